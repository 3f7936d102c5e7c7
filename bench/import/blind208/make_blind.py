"""Generate blind208: faxed executive work descriptions (cover sheets, fax headers, low-resolution OCR,
stamps, handwritten notes, transmission reports) and five faxes to refuse.

Run from the repository root: python bench/import/blind208/make_blind.py
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

import yaml  # noqa: E402
import docx  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
from texts import DEPTS, SUBS, FIRST, LAST, GA_EN, GA_FR, NS_EN, NS_FR, SA_EN, SA_FR, NOTES, STAMPS  # noqa: E402

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NBSP = "\u00a0"


# ---------------------------------------------------------------- hierarchy and facts
def build_positions():
    rng = random.Random(2080)
    positions = []
    used_numbers = set()

    def number():
        while True:
            n = str(rng.randint(10000, 99999)) if rng.random() < 0.8 else str(rng.randint(100000, 699999))
            if rng.random() < 0.05:
                n = "0" + n[1:]
            if n not in used_numbers:
                used_numbers.add(n)
                return n

    for d_index, dept in enumerate(DEPTS):
        adm_number = number()
        dg = dict(level="EX-03", unit=dept["dg"], dept=dept, role="dg")
        ed = dict(level="EX-02", unit=dept["ed"], dept=dept, role="ed")
        dirs = [dict(level="EX-01", unit=u, dept=dept, role="dir") for u in dept["dirs"]]
        if d_index in (0, 1):
            dirs.append(dict(level="EX-01", unit=("Business Planning and Operations",
                                                  "Planification des activités et opérations"), dept=dept, role="dir"))
        dg["super"] = dict(title=dept["adm"], level="EX-04", number=adm_number, pos=None)
        ed["super"] = dict(pos=dg)
        under_dg = [dirs[0], dirs[1], dirs[2]] + dirs[6:]
        under_ed = dirs[3:6]
        for x in under_dg:
            x["super"] = dict(pos=dg)
        for x in under_ed:
            x["super"] = dict(pos=ed)
        dg["reports_pos"] = [ed] + under_dg
        ed["reports_pos"] = under_ed
        for p in [dg, ed] + dirs:
            p["number"] = number()
            positions.append(p)

    for i, p in enumerate(positions):
        r = random.Random(208000 + i)
        en, fr = p["unit"]
        prefix = {"dg": ("Director General", "Directeur général"), "ed": ("Executive Director", "Directeur exécutif"),
                  "dir": ("Director", "Directeur")}[p["role"]]
        p["title_en"] = f"{prefix[0]}, {en}"
        p["title_fr"] = f"{prefix[1]}, {fr}"
        p["job_code"] = None if r.random() < 0.15 else str(r.randint(100100, 109999))
        p["number_stated"] = r.random() >= 0.1
        p["number_word"] = r.choice(["NEW", "TBD", "To be assigned", "Vacant - to be assigned"])
        p["date"] = None if r.random() < 0.1 else dt.date(r.randint(2014, 2022), r.randint(1, 12), r.randint(2, 28))
        p["index"] = i
        if p["role"] == "dir":
            n = r.randint(2, 5)
            subs = r.sample(SUBS, n)
            p["reports"] = [dict(en="Manager, " + s[0], fr="Gestionnaire, " + s[1], level=r.choice(p["dept"]["groups"]),
                                 fte=r.randint(3, 24)) for s in subs]
            if r.random() < 0.3:
                p["reports"].append(dict(en="Executive Assistant", fr="Adjoint exécutif", level="AS-01", fte=1))
            p["fte"] = sum(x["fte"] for x in p["reports"]) + 1
            p["salary"] = r.randint(80, 380) * 10000
            p["om"] = r.randint(5, 120) * 10000
        p["total_stated"] = r.random() >= 0.2
        p["super_number_stated"] = r.random() >= 0.3
        p["loc"] = (p["dept"]["city"], p["dept"]["city_fr"])
        if p["dept"]["short"] == "DFO" and r.random() < 0.3:
            p["loc"] = ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)")
        p["loc_stated"] = r.random() >= 0.06
    for role in ("ed", "dg"):
        for p in positions:
            if p["role"] != role:
                continue
            r = random.Random(208500 + p["index"])
            p["reports"] = [dict(en=q["title_en"], fr=q["title_fr"], level=q["level"], fte=q["fte"], pos=q)
                            for q in p["reports_pos"]]
            p["fte"] = sum(x["fte"] for x in p["reports"]) + (2 if role == "dg" else 1)
            p["salary"] = sum(x["pos"]["salary"] for x in p["reports"]) + r.randint(20, 60) * 10000
            p["om"] = sum(x["pos"]["om"] for x in p["reports"]) + r.randint(10, 90) * 10000
    for p in positions:
        p["number_eff"] = p["number"] if p["number_stated"] else None
    for p in positions:
        s = p["super"]
        if s.get("pos") is not None:
            q = s["pos"]
            s.update(title=(q["title_en"], q["title_fr"]), level=q["level"], number=q["number_eff"])
    return positions


# ---------------------------------------------------------------- notations
def fmt_date(d, lang, style):
    if lang == "fr":
        return [f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(),
                f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat()][style % 3]
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            f"{d.year}/{d.month:02d}/{d.day:02d}"][style % 4]


def fmt_money(v, lang, style):
    if lang == "fr":
        s = style % 3
        if s == 0:
            return f"{v:,}".replace(",", NBSP) + NBSP + "$"
        if s == 1:
            return f"{v / 1e6:.2f}".replace(".", ",") + NBSP + "M$"
        return f"{v // 1000:,}".replace(",", NBSP) + NBSP + "k$"
    s = style % 4
    if s == 0:
        return f"${v:,}"
    if s == 1:
        return f"${v / 1e6:.2f}M"
    if s == 2:
        return f"${v // 1000:,}K"
    return f"$ {v:,}.00"


def fmt_level(level, style):
    g, n = level.rsplit("-", 1)
    return [level, f"{g}-{int(n)}", f"{g} {n}", f"{g}-{n}"][style % 4]


# ---------------------------------------------------------------- the work description, as blocks
def wd_blocks(p, lang, r, facts):
    """blocks: ('h', text) ('f', label, value) ('row', [(label, value)...]) ('p', text) ('b', text)
    ('t', header, rows). facts: the variant choices, recorded in also."""
    en = lang in ("en", "bilingual")
    L = {  # labels
        "en": dict(title="Position Title", level="Group and Level", num="Position Number", job="Job Code",
                   date="Effective Date", loc="Location", dept="Department", sup_t="Supervisor's Title",
                   sup_l="Supervisor's Group and Level", sup_n="Supervisor's Position Number", ga="GENERAL ACCOUNTABILITY",
                   org="ORGANIZATION STRUCTURE", ns="NATURE AND SCOPE", dim="DIMENSIONS", sa="SPECIFIC ACCOUNTABILITIES",
                   sal="Salary budget", om="O&M budget", tot="Total", fte="FTEs", head="EXECUTIVE WORK DESCRIPTION",
                   cert="CERTIFICATION", rt="Reports to"),
        "fr": dict(title="Titre du poste", level="Groupe et niveau", num="Numéro du poste", job="Code d’emploi",
                   date="Date d’entrée en vigueur", loc="Lieu de travail", dept="Ministère",
                   sup_t="Titre du poste du superviseur", sup_l="Groupe et niveau du superviseur",
                   sup_n="Numéro du poste du superviseur", ga="RESPONSABILITÉ GÉNÉRALE",
                   org="STRUCTURE ORGANISATIONNELLE", ns="NATURE ET ÉTENDUE", dim="DIMENSIONS",
                   sa="ACTIVITÉS PRINCIPALES", sal="Budget salarial", om="Budget de F et E", tot="Total", fte="ETP",
                   head="DESCRIPTION DE TRAVAIL DE LA DIRECTION", cert="CERTIFICATION", rt="Relève de"),
    }
    if lang == "bilingual":
        lab = {k: f"{L['en'][k]} / {L['fr'][k]}" for k in L["en"]}
    else:
        lab = L[lang]
    tl = "fr" if lang == "fr" else "en"
    title = p["title_fr"] if lang == "fr" else p["title_en"]
    dept = p["dept"]["fr"] if lang == "fr" else p["dept"]["en"]
    loc = p["loc"][1] if lang == "fr" else p["loc"][0]
    lstyle, dstyle, mstyle = r.randrange(4), r.randrange(4), r.randrange(4)
    facts.update(level_notation=fmt_level("EX-01", lstyle), date_notation=dstyle, money_notation=fmt_money(1230000, tl, mstyle))
    level = fmt_level(p["level"], lstyle)
    number = p["number"] if p["number_stated"] else p["number_word"] if tl == "en" else r.choice(["À déterminer", "NOUVEAU"])
    if p["number_stated"] is False:
        facts["position_number_printed"] = number
    blocks = [("h", lab["head"]), ("f", lab["dept"], dept)]
    form = r.choice(["fields", "typed"])
    facts["header_form"] = form
    if lang == "bilingual":
        title_v = f"{p['title_en']} / {p['title_fr']}" if r.random() < 0.5 else None
    else:
        title_v = None
    date_v = fmt_date(p["date"], tl, dstyle) if p["date"] else ""
    if form == "fields":
        if title_v:
            blocks.append(("f", lab["title"], title_v))
        else:
            blocks.append(("f", lab["title"], title))
            if lang == "bilingual":
                blocks.append(("p", p["title_fr"]))
        blocks += [("f", lab["level"], level), ("f", lab["num"], number)]
        if p["job_code"]:
            blocks.append(("f", lab["job"], p["job_code"]))
        blocks.append(("f", lab["date"], date_v))
        if p["loc_stated"]:
            blocks.append(("f", lab["loc"], loc))
    else:
        blocks.append(("f", lab["title"].upper(), title_v or title))
        if lang == "bilingual" and not title_v:
            blocks.append(("p", p["title_fr"]))
        row = [(lab["level"].upper(), level), (lab["num"].upper(), number)]
        if p["job_code"]:
            row.append((lab["job"].upper(), p["job_code"]))
        blocks.append(("row", row))
        row2 = [(lab["date"].upper(), date_v)]
        if p["loc_stated"]:
            row2.append((lab["loc"].upper(), loc))
        blocks.append(("row", row2))
    # supervisor
    s = p["super"]
    s_title = s["title"][1] if lang == "fr" else s["title"][0]
    s_level = fmt_level(s["level"], lstyle)
    s_num = s["number"] if p["super_number_stated"] else None
    sform = r.choice(["fields", "reports_to", "sentence"])
    facts["supervisor_form"] = sform
    if sform == "fields":
        blocks += [("f", lab["sup_t"], s_title), ("f", lab["sup_l"], s_level)]
        if p["super_number_stated"]:
            blocks.append(("f", lab["sup_n"], s_num or ("N/A" if tl == "en" else "s.o.")))
        else:
            blocks.append(("f", lab["sup_n"], ""))
    elif sform == "reports_to":
        inner = f"{s_level}, position {s_num}" if (s_num and tl == "en") else f"{s_level}, poste {s_num}" if s_num else s_level
        blocks.append(("f", lab["rt"], f"{s_title} ({inner})"))
    blocks.append(("h", lab["ga"]))
    ga = (GA_FR if lang == "fr" else GA_EN).format(title=title, unit=(p["unit"][1] if lang == "fr" else p["unit"][0]).lower(), dept=dept)
    blocks.append(("p", ga))
    if lang == "bilingual":
        blocks.append(("p", GA_FR.format(title=p["title_fr"], unit=p["unit"][1].lower(), dept=p["dept"]["fr"])))
    blocks.append(("h", lab["org"]))
    if sform == "sentence":
        if tl == "en":
            num_part = f" (position {s_num})" if s_num else ""
            blocks.append(("p", f"The {title} reports to the {s_title}, {s_level}{num_part}."))
        else:
            num_part = f" (poste {s_num})" if s_num else ""
            blocks.append(("p", f"Le {title} relève du {s_title}, {s_level}{num_part}."))
    # direct reports
    rform = r.choice(["bullets", "dashes", "table", "sentence"])
    with_fte = r.random() >= 0.15
    facts["reports_form"] = rform
    intro = ("The following positions report directly to the incumbent:" if tl == "en"
             else "Les postes suivants relèvent directement du titulaire :")
    reps = p["reports"]
    fte_word = "FTEs" if tl == "en" else "ETP"

    def rt(x):
        return x["fr"] if lang == "fr" else x["en"]
    if rform == "sentence":
        parts = []
        for x in reps:
            inner = f"{fmt_level(x['level'], lstyle)}, {x['fte']} {fte_word}" if with_fte else fmt_level(x["level"], lstyle)
            parts.append(f"{rt(x)} ({inner})")
        blocks.append(("p", intro + " " + "; ".join(parts) + "."))
    elif rform == "table":
        blocks.append(("p", intro))
        head = ["Position", "Group/Level", fte_word] if tl == "en" else ["Poste", "Groupe/niveau", "ETP"]
        rows = [[rt(x), fmt_level(x["level"], lstyle), str(x["fte"])] for x in reps]
        if not with_fte:
            head, rows = head[:2], [rw[:2] for rw in rows]
        blocks.append(("t", head, rows))
    else:
        blocks.append(("p", intro))
        for x in reps:
            if rform == "bullets":
                inner = f"{fmt_level(x['level'], lstyle)}, {x['fte']} {fte_word}" if with_fte else fmt_level(x["level"], lstyle)
                blocks.append(("b", f"{rt(x)} ({inner})"))
            else:
                tail = f" — {x['fte']} {'FTE' if tl == 'en' else 'ETP'}" if with_fte else ""
                blocks.append(("b", f"{rt(x)} — {fmt_level(x['level'], lstyle)}{tail}"))
    facts["reports_fte"] = with_fte
    blocks.append(("h", lab["ns"]))
    blocks.append(("p", NS_FR if lang == "fr" else NS_EN))
    if lang == "bilingual":
        blocks.append(("p", NS_FR))
    blocks.append(("h", lab["dim"]))
    sal, om = fmt_money(p["salary"], tl, mstyle), fmt_money(p["om"], tl, mstyle)
    tot = fmt_money(p["salary"] + p["om"], tl, mstyle)
    if r.random() < 0.6:
        blocks += [("f", lab["fte"], str(p["fte"])), ("f", lab["sal"], sal), ("f", lab["om"], om)]
        if p["total_stated"]:
            blocks.append(("f", lab["tot"], tot))
        facts["dimensions_form"] = "fields"
    else:
        if tl == "en":
            t = f"The position manages {p['fte']} FTEs with a salary budget of {sal} and an O&M budget of {om}"
            t += f", for a total of {tot}." if p["total_stated"] else "."
        else:
            t = f"Le poste gère {p['fte']} ETP, un budget salarial de {sal} et un budget de F et E de {om}"
            t += f", pour un total de {tot}." if p["total_stated"] else "."
        blocks.append(("p", t))
        facts["dimensions_form"] = "sentence"
    blocks.append(("h", lab["sa"]))
    for i, a in enumerate(SA_FR if lang == "fr" else SA_EN, 1):
        blocks.append(("b", f"{i}. " + a.format(unit=(p["unit"][1] if lang == "fr" else p["unit"][0]).lower())))
    return blocks, lab


def blocks_to_lines(blocks):
    lines = []
    for b in blocks:
        if b[0] == "h":
            lines += ["", b[1], ""]
        elif b[0] == "f":
            lines.append(f"{b[1]}: {b[2]}".rstrip())
        elif b[0] == "row":
            lines.append("   ".join(f"{a}: {v}" for a, v in b[1]).rstrip())
        elif b[0] == "p":
            lines.append(b[1])
        elif b[0] == "b":
            lines.append(("- " if not b[1][0].isdigit() else "") + b[1])
        elif b[0] == "t":
            w = [max(len(x[i]) for x in [b[1]] + b[2]) for i in range(len(b[1]))]
            for row in [b[1]] + b[2]:
                lines.append("  ".join(c.ljust(w[i]) for i, c in enumerate(row)).rstrip())
    return lines


def wrap(lines, width):
    out = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if len(cur) + 1 + len(w) <= width:
                cur = (cur + " " + w) if cur else w
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out


# ---------------------------------------------------------------- fax furniture
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def fax_setup(p, r, eff):
    base = eff or dt.date(2019, 6, 3)
    when = dt.datetime(base.year, base.month, base.day, 9, 0) + dt.timedelta(days=r.randint(3, 200),
                                                                               minutes=r.randint(0, 480))
    area = p["dept"]["area"] if p else "613"
    return dict(when=when, sender=person(r), receiver=person(r), area=area,
                from_fax=f"{area} 555 0{r.randint(100, 199)}", to_fax=f"{area}555{r.randint(1000, 1999):04d}",
                from_tel=f"{area}-555-0{r.randint(200, 299)}", to_tel=f"{area}-555-0{r.randint(300, 399)}",
                station=r.choice(["HR SERVICES", "RH/HR CLASSIF", "CLASSIFICATION", "HR OPS", "EXEC GROUP SVCS"]),
                header=r.choice(["sender", "receiver", "both"]), tvr=r.random() < 0.6)


def cover_sheet(fx, p, lang, r, total_pages, re_text):
    ticks = {k: ("X" if r.random() < 0.4 else " ") for k in ["URGENT", "For Review", "Please Comment", "Please Reply",
                                                             "For Information"]}
    if "X" not in ticks.values():
        ticks["For Review"] = "X"
    dept = p["dept"] if p else DEPTS[0]
    when = fx["when"]
    date_s = fmt_date(when.date(), "fr" if lang == "fr" else "en", r.randrange(2))
    lines = [f"{dept['en']} / {dept['fr']}", "", "FAX COVER SHEET / BORDEREAU DE TÉLÉCOPIE", "",
             f"TO / À: {fx['receiver']}, Classification Unit / Unité de la classification",
             f"FAX / TÉLÉC.: {fx['to_fax'][:3]}-{fx['to_fax'][3:6]}-{fx['to_fax'][6:]}     PHONE / TÉL.: {fx['to_tel']}",
             f"FROM / DE: {fx['sender']}, {'HR Operations' if lang != 'fr' else 'Opérations des RH'}",
             f"FAX / TÉLÉC.: {fx['from_fax']}     PHONE / TÉL.: {fx['from_tel']}",
             f"PAGES (including cover / incluant la page couverture): {total_pages}",
             f"DATE: {date_s}",
             f"RE / OBJET: {re_text}", "",
             "  ".join(f"[{v}] {k}" for k, v in ticks.items()), ""]
    comment = r.choice(["Please review and sign page 4; original to follow.",
                        "Voici la description de travail pour signature. Merci!",
                        "As discussed - latest version attached.", "Pls confirm receipt.", ""])
    if comment:
        lines += [f"Comments / Commentaires: {comment}", ""]
    lines += ["CONFIDENTIALITY NOTICE: This facsimile contains personal information protected under the Privacy Act.",
              "If you have received it in error, please notify the sender immediately and destroy all copies.",
              "AVIS DE CONFIDENTIALITÉ : La présente télécopie contient des renseignements personnels protégés en",
              "vertu de la Loi sur la protection des renseignements personnels. Si vous l’avez reçue par erreur,",
              "veuillez en aviser l’expéditeur immédiatement et en détruire toutes les copies."]
    return lines, [k for k, v in ticks.items() if v == "X"]


def page_header(fx, page, total):
    w = fx["when"] + dt.timedelta(minutes=page // 3)
    sender = (f"{MON3[w.month - 1]}-{w.day:02d}-{w.year} {w.hour:02d}:{w.minute:02d} FROM:{fx['station']} "
              f"{fx['from_fax']} TO:{fx['to_fax']} P.{page:02d}/{total:02d}")
    h12 = w.hour % 12 or 12
    recv = (f"Received: {w.month}/{w.day}/{w.year % 100:02d} {h12}:{(w.minute + 2) % 60:02d}"
            f"{'PM' if w.hour >= 12 else 'AM'}; {fx['from_fax'].replace(' ', '')} -> {fx['receiver'].split()[-1].upper()}; Page {page}")
    return {"sender": [sender], "receiver": [recv], "both": [recv, sender]}[fx["header"]]


def tvr_lines(fx, total, r):
    w = fx["when"]
    return ["TRANSMISSION VERIFICATION REPORT", "",
            f"TIME     : {w.month:02d}/{w.day:02d}/{w.year} {w.hour:02d}:{(w.minute + 4) % 60:02d}",
            f"NAME     : {fx['station']}", f"FAX      : {fx['from_fax'].replace(' ', '')}",
            f"TEL      : {fx['from_tel'].replace('-', '')}", f"SER.#    : BRN{r.randint(10000000, 99999999)}", "",
            f"DATE,TIME            {w.month:02d}/{w.day:02d} {w.hour:02d}:{w.minute:02d}",
            f"FAX NO./NAME         {fx['to_fax']}", f"DURATION             00:{r.randint(1, 6):02d}:{r.randint(0, 59):02d}",
            f"PAGE(S)              {total:02d}", "RESULT               OK", "MODE                 STANDARD",
            "                     ECM", f"JOB NO.              {r.randint(100, 9999):04d}"]


# ---------------------------------------------------------------- OCR damage
DIG = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}


def damage_line(line, r, s):
    # s: probability scale (light .3, medium .6, heavy 1.0)
    out = []
    for w in line.split(" "):
        if any(c.isdigit() for c in w) and r.random() < 0.5 * s:
            w = "".join(DIG[c] if c in DIG and r.random() < 0.5 else ("l" if c == "1" and r.random() < 0.2 else c) for c in w)
        elif len(w) > 3 and r.random() < 0.25 * s:
            k = r.randrange(5)
            if k == 0 and "m" in w:
                w = w.replace("m", "rn", 1)
            elif k == 1 and "d" in w:
                w = w.replace("d", "cl", 1)
            elif k == 2 and "i" in w:
                w = w.replace("i", "l", 1)
            elif k == 3 and "e" in w:
                w = w.replace("e", "c", 1)
            elif k == 4 and w.endswith("."):
                w = w[:-1]
        if r.random() < 0.03 * s:
            w = w + r.choice([",", ".", "'", "`"])
        out.append(w)
    res = ""
    for i, w in enumerate(out):
        if i and r.random() < 0.05 * s and not res.endswith(":"):
            res += w
        else:
            res += (" " if i else "") + w
    return res


def hyphen_wrap(lines, width, r):
    out = []
    for line in lines:
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut < width * 0.5:
                cut = width
            word_end = line.find(" ", cut + 1)
            nxt = line[cut + 1: word_end if word_end > 0 else len(line)]
            if len(nxt) > 7 and nxt.isalpha() and r.random() < 0.5 and cut + 1 + 4 <= width + 6:
                out.append(line[:cut] + " " + nxt[:4] + "-")
                line = nxt[4:] + line[cut + 1 + len(nxt):]
            else:
                out.append(line[:cut])
                line = line[cut + 1:]
        out.append(line)
    return out


def skew(lines, r, s):
    lines = list(lines)
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if len(a) > 40 and len(b) > 40 and ":" not in a[:40] and ":" not in b[:40] and r.random() < 0.08 * s:
            lines[i], lines[i + 1] = b, a
    return lines


def stamp_lines(r, when):
    st = r.choice(STAMPS)
    d = when.date() + dt.timedelta(days=r.randint(0, 3))
    spaced = " ".join(st) if r.random() < 0.5 else st
    return [f"        {spaced}", f"        {MON3[d.month - 1]} {d.day:02d} {d.year}"], st


# ---------------------------------------------------------------- renderers
def paginate(lines, per):
    pages, cur = [], []
    for line in lines:
        cur.append(line)
        if len(cur) >= per:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    return pages


def fax_pages(p, lang, r, blocks, fx, facts, strength, width):
    body = wrap(blocks_to_lines(blocks), width)
    pages = paginate(body, r.randint(34, 46))
    total = len(pages) + 1
    re_text = f"EWD - {p['title_fr'] if lang == 'fr' else p['title_en']} ({p['level']})"
    if p["number_stated"] and r.random() < 0.5:
        re_text += f" - pos. {p['number']}"
    cover, ticked = cover_sheet(fx, p, lang, r, total, re_text)
    facts["fax"] = dict(cover_pages_stated=total, ticked=ticked, header=fx["header"], transmission_report=fx["tvr"])
    out = [page_header(fx, 1, total) + [""] + cover]
    extras = []
    for i, pg in enumerate(pages, 2):
        pg = list(pg)
        if r.random() < 0.35:
            st, name = stamp_lines(r, fx["when"])
            pos = r.randrange(len(pg))
            pg[pos:pos] = st
            extras.append(f"stamp {name} p.{i}")
        if r.random() < 0.25:
            note = r.choice(NOTES)
            pg.insert(r.randrange(len(pg)), f"                              {note}  ~{r.choice(['J.', 'M.', 'D.', 'T.'])}")
            extras.append(f"note '{note}' p.{i}")
        if r.random() < 0.5:
            pg += ["", f"Page {i - 1} of {len(pages)}" if lang != "fr" else f"Page {i - 1} de {len(pages)}"]
        out.append(page_header(fx, i, total) + [""] + pg)
    if fx["tvr"]:
        out.append(tvr_lines(fx, total, r))
    if extras:
        facts["fax"]["marks"] = extras
    if strength:
        damaged = []
        for pg in out:
            pg = skew(pg, r, strength)
            pg = [damage_line(x, r, strength) for x in pg]
            damaged.append(hyphen_wrap(pg, width + 4, r))
        out = damaged
    return out


def docx_bytes(build):
    d = docx.Document()
    cp = d.core_properties
    fixed = dt.datetime(2020, 1, 1, 0, 0, 0)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.author = cp.last_modified_by = "HR"
    cp.revision = 1
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            zi = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(name))
    return out.getvalue()


def docx_from_blocks(blocks, pre, mid_headers, post):
    def build(d):
        for line in pre:
            par = d.add_paragraph(line)
            if line:
                par.runs[0].italic = True
        half = len(blocks) // 2
        for i, b in enumerate(blocks):
            if i == half:
                for line in mid_headers:
                    par = d.add_paragraph(line)
                    par.runs[0].italic = True
            if b[0] == "h":
                d.add_heading(b[1], level=2)
            elif b[0] == "f":
                d.add_paragraph(f"{b[1]}: {b[2]}".rstrip())
            elif b[0] == "row":
                t = d.add_table(rows=1, cols=len(b[1]) * 2)
                for j, (a, v) in enumerate(b[1]):
                    t.rows[0].cells[2 * j].text = a
                    t.rows[0].cells[2 * j + 1].text = v
            elif b[0] == "p":
                d.add_paragraph(b[1])
            elif b[0] == "b":
                d.add_paragraph(b[1], style="List Bullet" if not b[1][0].isdigit() else None)
            elif b[0] == "t":
                t = d.add_table(rows=1 + len(b[2]), cols=len(b[1]))
                t.style = "Table Grid"
                for j, c in enumerate(b[1]):
                    t.rows[0].cells[j].text = c
                for k, row in enumerate(b[2], 1):
                    for j, c in enumerate(row):
                        t.rows[k].cells[j].text = c
        for line in post:
            d.add_paragraph(line)
    return build


# ---------------------------------------------------------------- documents
def cert_block(lang, r):
    names = [person(r), person(r)]
    if lang == "fr":
        return [("h", "CERTIFICATION"), ("p", f"Titulaire du poste : {names[0]}    Signature : ____________"),
                ("p", f"Superviseur : {names[1]}    Date : ____________")], names
    return [("h", "CERTIFICATION"), ("p", f"Incumbent: {names[0]}    Signature: ____________"),
            ("p", f"Supervisor: {names[1]}    Date: ____________")], names


def truth_fields(p, lang, draft=None):
    tl = "fr" if lang == "fr" else "en"
    x = draft or p
    s = p["super"]
    f = dict(
        title=p["title_fr"] if tl == "fr" else p["title_en"],
        classification=p["level"], job_code=p["job_code"], position_number=p["number_eff"],
        effective_date=x["date"],
        supervisor=dict(position_number=s["number"] if p["super_number_stated"] else None,
                        title=s["title"][1] if tl == "fr" else s["title"][0], classification=s["level"]),
        direct_reports=None, salary=x["salary"], o_and_m=x["om"],
        total=(x["salary"] + x["om"]) if p["total_stated"] else None,
        location=(p["loc"][1] if tl == "fr" else p["loc"][0]) if p["loc_stated"] else None)
    return f


def main():
    positions = build_positions()
    out_c, out_e = HERE / "corpus", HERE / "expected"
    for d in (out_c, out_e):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    r0 = random.Random(2081)
    kinds = ["ocr"] * 16 + ["pdf"] * 12 + ["docx"] * 9 + ["markdown"] * 3 + ["text"] * 3 + ["text-cp1252"] * 2
    order = list(range(len(positions)))  # 42 positions
    r0.shuffle(kinds)
    drafts = r0.sample(order, 3)
    docs = [(i, None) for i in order] + [(i, "draft") for i in drafts]
    langs = ["en"] * 26 + ["fr"] * 11 + ["bilingual"] * 8
    r0.shuffle(langs)
    retyped_text = {"markdown": [True, True, False], "text": [True, True, False], "text-cp1252": [True, False]}
    names_used = set()
    docnames = {}
    for j, ((pi, version), kind, lang) in enumerate(zip(docs, kinds, langs)):
        p = positions[pi]
        if p["dept"]["short"] == "ESDC" and lang == "en" and j % 2:
            lang = "fr"
        if version == "draft" or pi in drafts:
            # both versions of a position in the same language
            lang = langs[docs.index((pi, None))] if version == "draft" else lang
            if p["dept"]["short"] == "ESDC" and lang == "en" and docs.index((pi, None)) % 2:
                lang = "fr"
        r = random.Random(208600 + j)
        rn = random.Random(208700 + j)
        rd = random.Random(208900 + j)
        facts = {}
        draft = None
        pp = p
        if version == "draft":
            draft = dict(date=(p["date"] - dt.timedelta(days=365 + r.randint(0, 200))) if p["date"] else None,
                         salary=p["salary"] - r.randint(5, 30) * 10000, om=p["om"] - r.randint(1, 4) * 10000)
            pp = dict(p, date=draft["date"], salary=draft["salary"], om=draft["om"])
        blocks, lab = wd_blocks(pp, lang, r, facts)
        people = []
        if r.random() < 0.6 or version:
            cb, names = cert_block(lang, rn)
            blocks += cb
            people += names
        tl = "fr" if lang == "fr" else "en"
        title = p["title_fr"] if tl == "fr" else p["title_en"]
        # file name
        nm = {"ocr": [f"scan_fax_{p['number']}", f"fax from HR - {title}", f"{title} (fax)", f"FAX{j:03d} {p['dept']['short']} EWD",
                      f"{title} - faxed copy OCR"],
              "pdf": [f"FAX_{2019 + j % 4}{(j % 12) + 1:02d}{(j * 7) % 28 + 1:02d}_{p['number']}", f"{title} - faxed, signed",
                      f"EWD {p['number']} (fax)", f"{p['dept']['short']} {title} - télécopie" if tl == "fr" else f"{p['dept']['short']} {title} fax"],
              "docx": [f"{title} (retyped from fax)", f"EWD {title} - retapé de la télécopie" if tl == "fr" else f"EWD {title} - retyped",
                       f"{title} v2"],
              "markdown": [f"{title} (from fax)", f"{title}"],
              "text": [f"{title} - transcribed", f"ewd_{p['number']}"],
              "text-cp1252": [f"{title} (fax) - copie", f"{title}"]}[kind]
        base = nm[r.randrange(len(nm))]
        if version == "draft":
            base = f"{title} DRAFT"
        elif pi in drafts:
            base = f"{title} - signed"
        ext = {"ocr": ".txt", "pdf": ".pdf", "docx": ".docx", "markdown": ".md", "text": ".txt", "text-cp1252": ".txt"}[kind]
        name = base + ext
        while name in names_used:
            base += " (1)"
            name = base + ext
        names_used.add(name)
        docnames[(pi, version)] = name
        fx = fax_setup(p, rn, pp["date"])
        strength = None
        if kind == "ocr":
            strength = [0.3, 0.6, 1.0][rd.randrange(3)]
            pages = fax_pages(pp, lang, rd, blocks, fx, facts, strength, rd.randint(60, 76))
            text = "\n\f".join("\n".join(pg) for pg in pages) + "\n"
            (out_c / name).write_text(text, encoding="utf-8")
            form = "fax"
        elif kind == "pdf":
            strength = [None, 0.3, 0.6][rd.randrange(3)]
            pages = fax_pages(pp, lang, rd, blocks, fx, facts, strength, 88)
            (out_c / name).write_bytes(pdf_bytes(["\n".join(pg) for pg in pages]))
            form = "fax"
        elif kind == "docx":
            total = 4 + rd.randrange(3)
            pre = page_header(fx, 2, total) + ["[Retyped from fax / Retapé à partir d’une télécopie]", ""]
            mid = page_header(fx, 3, total)
            post = []
            facts["fax"] = dict(header=fx["header"], transmission_report=fx["tvr"], cover_sheet=False)
            if rd.random() < 0.4:
                cover, ticked = cover_sheet(fx, p, lang, rd, total, f"EWD - {title}")
                pre = page_header(fx, 1, total) + cover + [""] + pre
                facts["fax"]["cover_sheet"] = True
                facts["fax"]["ticked"] = ticked
            if fx["tvr"]:
                post = [""] + tvr_lines(fx, total, rd)
            (out_c / name).write_bytes(docx_bytes(docx_from_blocks(blocks, pre, mid, post)))
            form = "fax-retyped"
        else:
            retyped = retyped_text[kind].pop(0)
            lines = blocks_to_lines(blocks)
            if kind == "markdown":
                md = []
                for b in blocks:
                    if b[0] == "h":
                        md += ["", "## " + b[1].title() if lang != "fr" else "## " + b[1].capitalize(), ""]
                    elif b[0] == "f":
                        md.append(f"**{b[1]}:** {b[2]}  ")
                    elif b[0] == "row":
                        md.append("  ".join(f"**{a}:** {v}" for a, v in b[1]) + "  ")
                    elif b[0] == "p":
                        md += [b[1], ""]
                    elif b[0] == "b":
                        md.append(("* " if not b[1][0].isdigit() else "") + b[1])
                    elif b[0] == "t":
                        md += ["", "| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
                        md += ["| " + " | ".join(row) + " |" for row in b[2]] + [""]
                lines = ["# " + title, ""] + md
            if retyped:
                hdr = page_header(fx, 2, 5)
                if kind == "markdown":
                    pre = ["> " + h for h in hdr] + ["> _(transcribed from fax; originals on file)_", ""]
                else:
                    pre = hdr + ["(transcribed from fax)", ""]
                lines = pre + lines
                if fx["tvr"] and kind != "markdown":
                    lines += [""] + tvr_lines(fx, 5, rd)
                facts["fax"] = dict(header=fx["header"], transmission_report=fx["tvr"] and kind != "markdown",
                                    cover_sheet=False)
            form = "fax-retyped" if retyped else "bare"
            if kind == "text-cp1252":
                (out_c / name).write_bytes(("\r\n".join(lines) + "\r\n").replace("'", "’").encode("cp1252"))
            else:
                (out_c / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        if facts.get("fax") is not None:
            people += [fx["sender"], fx["receiver"]]
        fields = truth_fields(p, lang, draft)
        fields["direct_reports"] = [dict(title=(x["fr"] if tl == "fr" else x["en"]), classification=x["level"],
                                         fte=x["fte"] if facts["reports_fte"] else None) for x in p["reports"]]
        not_stated = [k for k in ("job_code", "position_number", "effective_date", "total", "location")
                      if fields[k] is None]
        if fields["supervisor"]["position_number"] is None:
            not_stated.append("supervisor.position_number")
        if not facts["reports_fte"]:
            not_stated.append("direct_reports.fte")
        also = dict(department=p["dept"]["fr"] if tl == "fr" else p["dept"]["en"], form=form, fte=p["fte"])
        if lang == "bilingual":
            also["title_fr"] = p["title_fr"]
        if lang == "fr":
            also["title_en"] = p["title_en"]
        if strength:
            also["damage"] = {0.3: "light", 0.6: "medium", 1.0: "heavy"}[strength]
        if p["super"].get("pos") is not None:
            also["reports_to_in_corpus"] = None  # filled below
            also["_sup"] = id(p["super"]["pos"])
        also["notations"] = {k: v for k, v in facts.items() if k != "fax"}
        if facts.get("fax"):
            also["fax"] = facts["fax"]
        truth = dict(document=name, kind=kind, language=lang, outcome="import", fields=fields,
                     not_stated=not_stated or None, also=also, people=sorted(set(people)), versions=None)
        if version == "draft" or pi in drafts:
            truth["_pair"] = pi
        docnames[("truth", j)] = truth
    truths = [v for k, v in docnames.items() if k[0] == "truth"]
    by_id = {id(p): docnames[(p["index"], None)] for p in positions}
    for t in truths:
        if "_sup" in t["also"]:
            t["also"]["reports_to_in_corpus"] = by_id[t["also"].pop("_sup")]
        if "_pair" in t:
            pi = t.pop("_pair")
            older, newer = docnames[(pi, "draft")], docnames[(pi, None)]
            t["versions"] = dict(documents=[older, newer], newest=newer, same_text=False,
                                 note="the DRAFT has an effective date a year or more earlier and lower salary and "
                                      "O&M budgets; the signed one is current")
    truths += refusals(out_c)
    for t in truths:
        (out_e / (t["document"] + ".expected.yaml")).write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def refusals(out_c):
    r = random.Random(208999)
    res = []
    dept = DEPTS[2]
    fakep = dict(dept=dept)
    # 1 cover sheet alone
    fx = fax_setup(fakep, r, dt.date(2021, 3, 1))
    cover, _ = cover_sheet(fx, fakep, "en", r, 6, "EWD - Director, Anti-dumping Investigations (EX-01) for signature")
    text = "\n".join(page_header(fx, 1, 6) + [""] + cover)
    text = "\n".join(damage_line(x, r, 0.6) for x in text.split("\n")) + "\n"
    name = "fax cover - HR Services.txt"
    (out_c / name).write_text(text, encoding="utf-8")
    res.append(("ocr", "en", name, "a fax cover sheet alone (6 pages announced, none followed)", [fx["sender"], fx["receiver"]]))
    # 2 transmission report alone
    fx = fax_setup(fakep, r, dt.date(2020, 11, 2))
    name = "TX report 0412.pdf"
    (out_c / name).write_bytes(pdf_bytes(["\n".join(tvr_lines(fx, 5, r))]))
    res.append(("pdf", "en", name, "a transmission verification report alone", []))
    # 3 fax of a staffing memo
    d2 = DEPTS[0]
    fp = dict(dept=d2)
    fx = fax_setup(fp, r, dt.date(2019, 9, 9))
    who, sig = person(r), person(r)
    memo = ["MEMORANDUM / NOTE DE SERVICE", "", f"TO: {fx['receiver']}, Staffing Advisor",
            f"FROM: {sig}, Director General, Rail Safety", "SECURITY: Protected B",
            "SUBJECT: Acting appointment - Director, Rail Safety Oversight (EX-01)", "",
            f"I am requesting the acting appointment of {who} to the position of Director, Rail Safety Oversight",
            "(EX-01), for a period of four months, while the incumbent is on assignment. The work description",
            "of the position is unchanged and is on file with Classification. The salary will be paid from the",
            "Directorate's salary budget of $1,240,000; no additional O&M is required.", "",
            "Please process this request at your earliest convenience.", "", sig]
    cover, _ = cover_sheet(fx, fp, "en", r, 2, "Staffing - acting appointment EX-01")
    pages = [page_header(fx, 1, 2) + [""] + cover, page_header(fx, 2, 2) + [""] + memo + ["", "   R E C E I V E D", "   SEP 19 2019"]]
    text = "\n\f".join("\n".join(damage_line(x, r, 1.0) for x in pg) for pg in pages) + "\n"
    name = "fax - staffing memo acting EX-01.txt"
    (out_c / name).write_text(text, encoding="utf-8")
    res.append(("ocr", "en", name, "a faxed staffing memo (acting appointment), not a work description",
                [fx["sender"], fx["receiver"], who, sig]))
    # 4 scan without a text layer
    name = "FAX_20210415_0912.pdf"
    (out_c / name).write_bytes(pdf_bytes(["", "", "", "", ""]))
    res.append(("pdf", "en", name, "a five-page faxed scan without a text layer", []))
    # 5 cover sheet + org chart, retyped (Word)
    d3 = DEPTS[4]
    fp = dict(dept=d3)
    fx = fax_setup(fp, r, dt.date(2022, 2, 14))
    cover, _ = cover_sheet(fx, fp, "fr", r, 2, "Organigramme - Traitement des prestations, Québec")

    def build(d):
        for line in page_header(fx, 1, 2) + cover:
            d.add_paragraph(line)
        for line in page_header(fx, 2, 2):
            d.add_paragraph(line).runs[0].italic = True
        d.add_heading("Organigramme / Organization Chart", level=1)
        t = d.add_table(rows=3, cols=3)
        t.style = "Table Grid"
        t.rows[0].cells[1].text = "Directeur général, Traitement des prestations, Québec\nEX-03"
        for k, (a, b) in enumerate([("Directeur, Traitement de l’assurance-emploi", "EX-01"),
                                    ("Directeur, Traitement des pensions", "EX-01"),
                                    ("Directeur exécutif, Services d’intégrité, Québec", "EX-02")]):
            t.rows[1].cells[k].text = f"{a}\n{b}"
            t.rows[2].cells[k].text = "Gestionnaires (PM-06)"
    name = "Organigramme DGTP (télécopie).docx"
    (out_c / name).write_bytes(docx_bytes(build))
    res.append(("docx", "fr", name, "a fax cover sheet and an organization chart, retyped", [fx["sender"], fx["receiver"]]))
    return [dict(document=n, kind=k, language=lg, outcome="refuse", fields=None, not_stated=None,
                 also=dict(what=w), people=sorted(set(pe)), versions=None) for k, lg, n, w, pe in res]


if __name__ == "__main__":
    main()
