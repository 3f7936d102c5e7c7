"""blind181: executive work descriptions that went through the web and mail (issue 12).

Run from the repository root: python bench/import/blind181/make_blind.py
Writes corpus/ and expected/ beside this file, the same bytes on every run.
"""
from __future__ import annotations

import datetime as dt
import io
import quopri
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
from texts import (DEPARTMENTS, DOMAINS, FIRST, GA_EN, GA_FR, LAST, MANAGERS, NS_EN, NS_FR,  # noqa: E402
                   PLACES, PREFIX, SA_EN, SA_FR)

R = random.Random(181)
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
_used_names: set[str] = set()


def person() -> str:
    while True:
        n = f"{R.choice(FIRST)} {R.choice(LAST)}"
        if n not in _used_names:
            _used_names.add(n)
            return n


# ---------------------------------------------------------------- notations
def money(v: int, fr: bool) -> str:
    c = R.randrange(4)
    if fr:
        if c == 0 and v % 10000 == 0 and v >= 1000000:
            return f"{v / 1e6:.2f}".replace(".", ",") + " M$"
        if c == 1:
            return f"{v:,}".replace(",", "\u00a0") + " $"
        return f"{v:,}".replace(",", " ") + ("\u00a0$" if c == 2 else " $")
    if c == 0 and v % 10000 == 0 and v >= 1000000:
        return f"${v / 1e6:.2f}M"
    if c == 1 and v % 1000 == 0:
        return f"${v // 1000:,}K"
    if c == 2:
        return f"$ {v:,}"
    return f"${v:,}"


def date(d: dt.date, fr: bool) -> str:
    c = R.randrange(4)
    if c == 0:
        return d.isoformat()
    if fr:
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}" if c != 3 else f"le {day} {MONTHS_FR[d.month - 1]} {d.year}"
    if c == 1:
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if c == 2:
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}"


def klass(c: str) -> str:
    n = R.randrange(6)
    lvl = c.split("-")[-1]
    if n == 0:
        return c.replace("-", " ")
    if n == 1:
        return "EX-" + str(int(lvl))
    return c


# ---------------------------------------------------------------- positions
def make_positions(n: int) -> list[dict]:
    domains = DOMAINS[:]
    R.shuffle(domains)
    levels = ["EX-01"] * 18 + ["EX-02"] * 12 + ["EX-03"] * 9 + ["EX-04"] * 4
    R.shuffle(levels)
    used_numbers = set()
    out = []
    for i in range(n):
        lvl = levels[i]
        d_en, d_fr = domains[i]
        pre = R.choice(PREFIX[lvl])
        fem = R.random() < 0.5
        sup_lvl = {"EX-01": R.choice(["EX-02", "EX-03"]), "EX-02": "EX-03", "EX-03": R.choice(["EX-04", "EX-05"]),
                   "EX-04": "EX-05"}[lvl]
        spre = R.choice(PREFIX[sup_lvl])
        sd_en, sd_fr = R.choice(DOMAINS)
        dept = R.randrange(len(DEPARTMENTS))
        place = R.choice(PLACES[:4] if R.random() < 0.6 else PLACES)
        while True:
            num = str(R.randrange(10000, 999999)).zfill(R.choice([5, 6, 8]))
            if num not in used_numbers:
                used_numbers.add(num)
                break
        nrep = R.randint(2, 6)
        reps = []
        for m in R.sample(MANAGERS, nrep):
            reps.append({"en": m[0], "fr": m[1], "classification": m[2] if R.random() > 0.1 else None,
                         "fte": (1 if m[0] in ("Senior Advisor", "Executive Assistant") else R.randint(3, 40))
                         if R.random() > 0.12 else None})
        if lvl in ("EX-02", "EX-03", "EX-04"):
            for k in range(R.randint(1, 3)):
                e, f = R.choice(DOMAINS)
                sub = "EX-01" if lvl != "EX-04" else "EX-03"
                sp = PREFIX[sub][0]
                reps.insert(0, {"en": f"{sp[0]}, {e}", "fr": f"{sp[1]}, {f}", "classification": sub,
                                "fte": R.randint(15, 120) if R.random() > 0.3 else None})
        salary = R.randrange(60, 900) * 10000 if lvl != "EX-01" else R.randrange(60, 450) * 10000
        om = R.randrange(20, 900) * 1000 * (10 if lvl in ("EX-03", "EX-04") else 1)
        p = {
            "i": i, "level": lvl, "fem": fem,
            "title_en": f"{pre[0]}, {d_en}", "title_fr": f"{pre[2] if fem else pre[1]}, {d_fr}",
            "dom_en": d_en, "dom_fr": d_fr,
            "number": num if R.random() > 0.12 else None,
            "job_code": (str(R.randrange(100000, 999999)) if R.random() < 0.5 else
                         f"EX-{R.randrange(1000, 9999)}") if R.random() > 0.3 else None,
            "effective": dt.date(R.randint(2016, 2024), R.randint(1, 12), R.randint(1, 28)) if R.random() > 0.15 else None,
            "sup": {"number": str(R.randrange(10000, 99999)) if R.random() > 0.45 else None,
                    "en": f"{spre[0]}, {sd_en}", "fr": f"{spre[1]}, {sd_fr}", "classification": sup_lvl},
            "reports": reps if R.random() > 0.08 else None,
            "salary": salary, "om": om,
            "total": salary + om if R.random() > 0.3 else None,
            "place": place if R.random() > 0.08 else None,
            "dept": dept,
            "fte": None,
            "incumbent": person() if R.random() < 0.35 else None,
        }
        if p["reports"] and R.random() < 0.5 and all(r["fte"] is not None for r in p["reports"]):
            p["fte"] = 1 + sum(r["fte"] for r in p["reports"])
        out.append(p)
    return out


# ---------------------------------------------------------------- field blocks
L_EN = {"title": "Position Title", "number": "Position Number", "klass": "Group and Level", "job": "Job Code",
        "eff": "Effective Date", "dept": "Department", "loc": "Location", "sup": "Reports to",
        "supnum": "Supervisor's Position Number", "supk": "Supervisor's Group and Level", "dr": "Direct Reports",
        "sal": "Salary", "om": "O&M", "tot": "Total", "fte": "Total FTEs", "inc": "Incumbent",
        "ga": "General Accountability", "ns": "Nature and Scope", "sa": "Specific Accountabilities",
        "dim": "Dimensions", "org": "Organization"}
L_FR = {"title": "Titre du poste", "number": "Numéro du poste", "klass": "Groupe et niveau", "job": "Code d'emploi",
        "eff": "Date d'entrée en vigueur", "dept": "Ministère", "loc": "Lieu de travail", "sup": "Relève de",
        "supnum": "Numéro du poste du superviseur", "supk": "Groupe et niveau du superviseur",
        "dr": "Postes relevant directement du titulaire", "sal": "Traitements", "om": "F et E", "tot": "Total",
        "fte": "ETP (total)", "inc": "Titulaire", "ga": "Responsabilité générale", "ns": "Nature et étendue",
        "sa": "Activités principales", "dim": "Dimensions", "org": "Organisation"}


def lab(fr):
    return L_FR if fr else L_EN


def title_of(p, lang):
    return p["title_fr"] if lang == "fr" else p["title_en"]


def ident_pairs(p, lang):
    """(label, value) pairs for the identification block, values formatted; None values omitted."""
    fr = lang == "fr"
    L = lab(fr)
    t = title_of(p, lang) if lang != "bilingual" else f"{p['title_en']} / {p['title_fr']}"
    rows = [(L["title"], t), (L["klass"], klass(p["level"]))]
    if p["number"]:
        rows.append((L["number"], p["number"]))
    elif R.random() < 0.5:
        rows.append((L["number"], R.choice(["NOUVEAU", "À déterminer"]) if fr else R.choice(["New", "TBD", "n/a"])))
    if p["job_code"]:
        rows.append((L["job"], p["job_code"]))
    if p["effective"]:
        rows.append((L["eff"], date(p["effective"], fr)))
    rows.append((L["dept"], DEPARTMENTS[p["dept"]][1 if fr else 0]))
    if p["place"]:
        rows.append((L["loc"], p["place"][1 if fr else 0]))
    if p["incumbent"]:
        rows.append((L["inc"], p["incumbent"]))
    return rows


def sup_pairs(p, lang):
    fr = lang == "fr"
    L = lab(fr)
    s = p["sup"]
    rows = [(L["sup"], s["fr"] if fr else s["en"]), (L["supk"], klass(s["classification"]))]
    if s["number"]:
        rows.append((L["supnum"], s["number"]))
    return rows


def rep_line(r, fr):
    t = r["fr"] if fr else r["en"]
    bits = []
    if r["classification"]:
        bits.append(r["classification"])
    if r["fte"] is not None:
        bits.append(f"{r['fte']} ETP" if fr else (f"{r['fte']} FTE" + ("s" if r["fte"] != 1 else "")))
    return t + (f" ({', '.join(bits)})" if bits else "")


def dim_pairs(p, lang):
    fr = lang == "fr"
    L = lab(fr)
    rows = [(L["sal"], money(p["salary"], fr)), (L["om"], money(p["om"], fr))]
    if p["total"]:
        rows.append((L["tot"], money(p["total"], fr)))
    if p["fte"]:
        rows.append((L["fte"], str(p["fte"])))
    return rows


def prose(p, lang):
    fr = lang == "fr"
    d = p["dom_fr"].lower() if fr else p["dom_en"].lower()
    ga = R.choice(GA_FR if fr else GA_EN).format(d=d)
    ns = R.choice(NS_FR if fr else NS_EN).format(d=d)
    sa = [s.format(d=d) for s in R.sample(SA_FR if fr else SA_EN, 4)]
    return ga, ns, sa


def truth_fields(p, lang):
    fr = lang == "fr"
    reps = None
    if p["reports"]:
        reps = [{"title": r["fr"] if fr else r["en"], "classification": r["classification"], "fte": r["fte"]}
                for r in p["reports"]]
    f = {
        "title": title_of(p, "fr" if fr else "en"),
        "classification": p["level"],
        "job_code": p["job_code"],
        "position_number": p["number"],
        "effective_date": p["effective"],
        "supervisor": {"position_number": p["sup"]["number"], "title": p["sup"]["fr" if fr else "en"],
                       "classification": p["sup"]["classification"]},
        "direct_reports": reps,
        "salary": p["salary"], "o_and_m": p["om"], "total": p["total"],
        "location": p["place"][1 if fr else 0] if p["place"] else None,
    }
    ns = [k for k in ("job_code", "position_number", "effective_date") if f[k] is None]
    if f["supervisor"]["position_number"] is None:
        ns.append("supervisor.position_number")
    ns += [k for k in ("direct_reports", "total", "location") if f[k] is None]
    return f, ns


# ---------------------------------------------------------------- OCR damage
def ocr(text: str, strength: float) -> str:
    digit = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b"}
    out = []
    for line in text.split("\n"):
        chars = []
        for ch in line:
            if ch in digit and R.random() < strength:
                ch = digit[ch] if ch != "1" else R.choice(["l", "I"])
            elif ch == "m" and R.random() < strength / 4:
                ch = "rn"
            elif ch == "e" and R.random() < strength / 8:
                ch = "c"
            elif ch == " " and R.random() < strength / 6:
                ch = ""
            chars.append(ch)
        out.append("".join(chars))
    # re-wrap long lines with hyphenated ends
    wrapped = []
    for line in out:
        while len(line) > 78:
            cut = line.rfind(" ", 50, 78)
            if cut == -1 or R.random() < 0.3:
                k = 74
                if line[k - 1].isalpha() and line[k].isalpha():
                    wrapped.append(line[:k] + "-")
                    line = line[k:]
                    continue
                cut = line.rfind(" ", 0, 78)
                if cut <= 0:
                    break
            wrapped.append(line[:cut])
            line = line[cut + 1:]
        wrapped.append(line)
    return "\n".join(wrapped)


# ---------------------------------------------------------------- renderers
def wd_block(p, lang, style="colon"):
    """The work description's own text as plain lines (used inside mails, pages, OCR)."""
    fr = lang == "fr"
    L = lab(fr)
    lines = []
    head = "DESCRIPTION DE TRAVAIL - CADRE" if fr else "EXECUTIVE WORK DESCRIPTION"
    lines += [head, ""]
    for k, v in ident_pairs(p, lang):
        lines.append(f"{k}: {v}" if style == "colon" else f"{k}\t{v}")
    lines.append("")
    for k, v in sup_pairs(p, lang):
        lines.append(f"{k}: {v}" if style == "colon" else f"{k}\t{v}")
    lines.append("")
    ga, ns, sa = prose(p, lang)
    lines += [L["ga"].upper(), ga, "", L["ns"].upper(), ns, ""]
    lines += [L["sa"].upper()] + [f"- {s}" for s in sa] + [""]
    if p["reports"]:
        lines.append(L["dr"].upper() + ":")
        lines += [f"{n}. {rep_line(r, fr)}" for n, r in enumerate(p["reports"], 1)]
        lines.append("")
    lines.append(L["dim"].upper())
    for k, v in dim_pairs(p, lang):
        lines.append(f"{k}: {v}")
    return lines


def r_sharepoint(p, lang, draft=False):
    fr = lang == "fr"
    L = lab(fr)
    editor = person()
    mod = dt.date(2024, R.randint(1, 12), R.randint(1, 28))
    t = title_of(p, lang)
    dep = DEPARTMENTS[p["dept"]]
    out = [
        "Skip to main content",
        "This site uses cookies to improve your experience. [Accept](#) [Learn more](#)" if not fr else
        "Ce site utilise des témoins (cookies). [Accepter](#) [En savoir plus](#)",
        "[Français](#)" if not fr else "[English](#)",
        "",
        f"[{dep[2]} intranet](https://{dep[3].split('.')[0]}.sharepoint.gc.ca/) > [{'Ressources humaines' if fr else 'Human Resources'}](#) > "
        f"[{'Descriptions de travail - cadres' if fr else 'Executive Work Descriptions'}](#) > {t}",
        "",
        "* [Home](#)\n* [News](#)\n* [HR Hub](#)\n* [Pay and Benefits](#)\n* [Tools](#)" if not fr else
        "* [Accueil](#)\n* [Nouvelles](#)\n* [Carrefour RH](#)\n* [Paye et avantages](#)\n* [Outils](#)",
        "",
        f"# {t}" + (" (DRAFT)" if draft else ""),
        "",
        (f"Dernière modification par {editor} le {date(mod, True)}" if fr
         else f"Last modified by {editor} on {mod.strftime('%m/%d/%Y')}"),
        "",
        "**" + ("Sur cette page" if fr else "On this page") + "**",
        "",
    ]
    secs = [L["org"], L["ga"], L["ns"], L["sa"], L["dim"]]
    for n, s in enumerate(secs, 1):
        anchor = s.lower().replace(" ", "-").replace("'", "")
        out.append(f"{n}. [{s}](#{anchor})")
    out += ["", f"## {L['org']}", "", f"| {'Champ' if fr else 'Field'} | {'Valeur' if fr else 'Value'} |", "|---|---|"]
    for k, v in ident_pairs(p, lang) + sup_pairs(p, lang):
        out.append(f"| {k} | {v} |")
    ga, ns, sa = prose(p, lang)
    out += ["", f"## {L['ga']}", "", ga, "", f"## {L['ns']}", "", ns, "", f"## {L['sa']}", ""]
    out += [f"* {s}" for s in sa]
    if p["reports"]:
        out += ["", f"### {L['dr']}", "", f"| {'Poste' if fr else 'Position'} | {'Groupe' if fr else 'Group/Level'} | "
                f"{'ETP' if fr else 'FTEs'} |", "|---|---|---|"]
        for r in p["reports"]:
            out.append(f"| {r['fr'] if fr else r['en']} | {r['classification'] or ''} | "
                       f"{'' if r['fte'] is None else r['fte']} |")
    out += ["", f"## {L['dim']}", ""]
    out += [f"* **{k}:** {v}" for k, v in dim_pairs(p, lang)]
    out += ["", "---", "", "Was this page helpful? [Yes](#) [No](#)" if not fr else "Cette page vous a-t-elle été utile? [Oui](#) [Non](#)",
            "", "[Contact us](#) | [Terms and conditions](#) | [Privacy](#)", ""]
    return "\n".join(out), [editor]


def r_gcpedia(p, lang):
    fr = lang == "fr"
    L = lab(fr)
    t = title_of(p, lang)
    ed = dt.date(2023, R.randint(1, 12), R.randint(1, 28))
    out = ["GCpedia", "Jump to navigation Jump to search" if not fr else "Aller à la navigation Aller à la recherche",
           "", "Main Page | Random page | Recent changes | Help", "Tools: What links here | Related changes | Printable version",
           "English | Français", "", t, "From GCpedia" if not fr else "De GCpédia", ""]
    secs = [L["org"], L["ga"], L["ns"], L["sa"], L["dr"], L["dim"]]
    out.append("Contents" if not fr else "Sommaire")
    out += [f"{n} {s}" for n, s in enumerate(secs, 1)]
    out += ["", f"{L['org']}[edit]" if not fr else f"{L['org']}[modifier]"]
    for k, v in ident_pairs(p, lang) + sup_pairs(p, lang):  # infobox flattened: label line, value line
        out += [k, v]
    ga, ns, sa = prose(p, lang)
    e = "[modifier]" if fr else "[edit]"
    out += ["", L["ga"] + e, ga, "", L["ns"] + e, ns, "", L["sa"] + e] + sa + [""]
    if p["reports"]:
        out += [L["dr"] + e, "Poste" if fr else "Position", "Groupe et niveau" if fr else "Group and level",
                "ETP" if fr else "FTE"]
        for r in p["reports"]:  # table flattened: one cell a line
            out += [r["fr"] if fr else r["en"], r["classification"] or "", "" if r["fte"] is None else str(r["fte"])]
        out.append("")
    out.append(L["dim"] + e)
    for k, v in dim_pairs(p, lang):
        out.append(f"{k}\t{v}")
    out += ["", "Categories: Executive work descriptions | HR" if not fr else "Catégories : Descriptions de travail | RH",
            (f"Cette page a été modifiée pour la dernière fois le {ed.day} {MONTHS_FR[ed.month - 1]} {ed.year} à 14:02."
             if fr else f"This page was last edited on {ed.day} {MONTHS_EN[ed.month - 1]} {ed.year}, at 14:02."),
            "Privacy policy  About GCpedia  Disclaimers", ""]
    return "\n".join(out), []


def r_confluence(p, lang):
    fr = lang == "fr"
    L = lab(fr)
    a, b = person(), person()
    t = title_of(p, lang)
    out = [f"# {t}", "",
           f"Created by {a}, last modified by {b} on {MONTHS_EN[R.randrange(12)][:3]} {R.randint(1, 28):02d}, 2022",
           "", "Spaces / HR-Classification / Pages / Executive WDs", "", "**Page properties**", ""]
    for k, v in ident_pairs(p, lang) + sup_pairs(p, lang):
        out.append(f"| **{k}** | {v} |")
    ga, ns, sa = prose(p, lang)
    out += ["", "{toc}", "", f"## {L['ga']}", ga, "", f"## {L['ns']}", ns, "", f"## {L['sa']}"]
    out += [f"- {s}" for s in sa]
    if p["reports"]:
        out += ["", f"## {L['dr']}", ""]
        out += [f"- {rep_line(r, fr)}" for r in p["reports"]]
    out += ["", f"## {L['dim']}", "", " | ".join(f"{k}: {v}" for k, v in dim_pairs(p, lang)), "",
            "Like Be the first to like this", "No labels", ""]
    return "\n".join(out), [a, b]


SIG_EN = ("This e-mail may contain confidential information. If you received it in error, please notify the sender "
          "and delete it.")
SIG_FR = ("Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en "
          "aviser l'expéditeur et le supprimer.")


def sig(name, fr, dep):
    role = R.choice(["Conseillère en classification | Classification Advisor",
                     "Agent principal de classification | Senior Classification Officer",
                     "Gestionnaire, Programmes des cadres | Manager, Executive Programs"])
    return ["--", name, role, dep[1] + " | " + dep[0], f"Tél. | Tel. 613-{R.randint(200, 999)}-{R.randint(1000, 9999)}",
            "", SIG_FR if fr else SIG_EN, SIG_EN if fr else SIG_FR]


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("latin-1", "replace")).decode("ascii")


def r_email_qp(p, lang, draft=False):
    fr = lang == "fr"
    dep = DEPARTMENTS[p["dept"]]
    a, b = person(), person()
    ts = dt.datetime(2023, R.randint(1, 12), R.randint(1, 28), R.randint(8, 17), R.randint(0, 59))
    body = [("Bonjour," if fr else "Hi,"), "",
            ("Voici la description de travail, copiée ci-dessous. La version =3D finale suit la révision."
             if fr else "Pasting the work description below as requested (the attachment was blocked)."), ""]
    body += wd_block(p, lang)
    body += ["", "Merci," if fr else "Thanks,", ""] + sig(a, fr, dep)
    enc = qp("\n".join(body))
    subj = ("TR: " if fr else "FW: ") + ("DT " if fr else "WD ") + title_of(p, lang) + (" - DRAFT" if draft else "")
    head = [f"From: {a} <{a.split()[0].lower()}.x@{dep[3]}>", f"To: {b} <{b.split()[0].lower()}.y@{dep[3]}>",
            f"Date: {ts.strftime('%a, %d %b %Y %H:%M:%S')} -0500", f"Subject: {subj}", "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="iso-8859-1"', "Content-Transfer-Encoding: quoted-printable", ""]
    return "\n".join(head) + "\n" + enc + "\n", [a, b]


def r_forward(p, lang, cp1252=False):
    fr = lang == "fr"
    dep = DEPARTMENTS[p["dept"]]
    names = [person() for _ in range(3)]
    inner = wd_block(p, lang)
    # innermost: original pasted with signature
    msg = ["Bonjour," if fr else "Hello,", "", "Ci-dessous la DT approuvée." if fr else "The approved WD is below.", ""]
    msg += inner + [""] + sig(names[0], fr, dep)
    levels = R.randint(2, 3)
    for lv in range(1, levels + 1):
        ts = dt.datetime(2022, R.randint(1, 12), R.randint(1, 28), R.randint(8, 17), R.randint(0, 59))
        who, to = names[lv % 3], names[(lv + 1) % 3]
        quoted = [("> " + x) if x else ">" for x in msg]
        hdr_fr = R.random() < 0.5 if not fr else True
        if hdr_fr:
            hdr = [f"De : {names[(lv - 1) % 3]}", f"Envoyé : {ts.day} {MONTHS_FR[ts.month - 1]} {ts.year} {ts:%H:%M}",
                   f"À : {who}", f"Objet : RE: {'DT' if fr else 'WD'} - {title_of(p, lang)}"]
        else:
            hdr = [f"From: {names[(lv - 1) % 3]}", f"Sent: {ts:%A, %B} {ts.day}, {ts.year} {ts:%I:%M %p}",
                   f"To: {who}", f"Subject: RE: WD - {title_of(p, lang)}"]
        top = [R.choice(["FYI — see below.", "Please file.", "Can you load this one into the system?"]) if not fr else
               R.choice(["Pour information.", "À classer s’il vous plaît.", "Peux-tu saisir celle-ci ?"]), "", who, ""]
        msg = top + ["-----Original Message-----" if not hdr_fr else "-----Message d'origine-----"] + hdr + [""] + quoted
    text = "\n".join(msg) + "\n"
    if cp1252:
        text = text.replace("'", "\u2019").replace(" - ", " \u2013 ")
        return text.replace("\n", "\r\n").encode("cp1252", "replace"), names
    return text.encode("utf-8"), names


def esc(s):
    return s.replace("&", "&amp;").replace("é", "&eacute;" if R.random() < 0.5 else "é")


def r_html(p, lang):
    fr = lang == "fr"
    L = lab(fr)
    out = ["<html><head><title>" + esc(title_of(p, lang)) + "</title></head><body>",
           '<div class="nav"><a href="/">Home</a> | <a href="/hr">HR</a></div>',
           "<h1>" + esc(title_of(p, lang)) + "</h1>", "<table>"]
    for k, v in ident_pairs(p, lang) + sup_pairs(p, lang):
        out.append(f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>")
    out.append("</table>")
    ga, ns, sa = prose(p, lang)
    out += [f"<h2>{esc(L['ga'])}</h2>", f"<p>{esc(ga)}</p>", f"<h2>{esc(L['ns'])}</h2>", f"<p>{esc(ns)}</p>",
            f"<h2>{esc(L['sa'])}</h2>", "<ul>"] + [f"<li>{esc(s)}</li>" for s in sa] + ["</ul>"]
    if p["reports"]:
        out.append(f"<p><b>{esc(L['dr'])}</b><br>")
        out += [esc(rep_line(r, fr)) + "<br>" for r in p["reports"]]
        out.append("</p>")
    out.append(f"<h2>{esc(L['dim'])}</h2><p>")
    out += [f"{esc(k)}:&nbsp;{esc(v)}<br>" for k, v in dim_pairs(p, lang)]
    out += ["</p>", "<footer>Date modified: 2023-03-14</footer></body></html>", ""]
    return "\n".join(out), []


def r_ocr(p, lang, strength):
    fr = lang == "fr"
    dep = DEPARTMENTS[p["dept"]]
    a = person()
    lines = wd_block(p, lang)
    hdr = f"{a}   |   {'Imprimé depuis Outlook' if fr else 'Printed from Outlook'}"
    body = [hdr, "", f"{'Objet' if fr else 'Subject'}: {'DT' if fr else 'WD'} {title_of(p, lang)}", ""] + lines + [""] + sig(a, fr, dep)[:4]
    text = ocr("\n".join(body), strength)
    pages, cur = [], []
    for line in text.split("\n"):
        cur.append(line)
        if len(cur) >= 38:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    out = []
    for n, pg in enumerate(pages, 1):
        out += pg + ["", f"Page {n} {'de' if fr else 'of'} {len(pages)}", "\f" if n < len(pages) else ""]
    return "\n".join(out), [a]


def docx_bytes(p, lang):
    import docx
    fr = lang == "fr"
    L = lab(fr)
    d = docx.Document()
    cp = d.core_properties
    cp.author = "hrkit bench"
    cp.last_modified_by = "hrkit bench"
    cp.created = cp.modified = dt.datetime(2023, 1, 1)
    cp.revision = 1
    d.add_paragraph(("Accueil > Ressources humaines > DT de cadres" if fr else "Home > Human Resources > Executive WDs"))
    d.add_heading(title_of(p, lang), level=1)
    rows = ident_pairs(p, lang) + sup_pairs(p, lang)
    tb = d.add_table(rows=len(rows), cols=2)
    for i, (k, v) in enumerate(rows):
        tb.cell(i, 0).text, tb.cell(i, 1).text = k, v
    ga, ns, sa = prose(p, lang)
    d.add_heading(L["ga"], level=2)
    d.add_paragraph(ga)
    d.add_heading(L["ns"], level=2)
    d.add_paragraph(ns)
    d.add_heading(L["sa"], level=2)
    for s in sa:
        d.add_paragraph(s, style="List Bullet")
    if p["reports"]:
        d.add_heading(L["dr"], level=2)
        t2 = d.add_table(rows=1 + len(p["reports"]), cols=3)
        for j, h in enumerate(["Poste", "Groupe et niveau", "ETP"] if fr else ["Position", "Group/Level", "FTEs"]):
            t2.cell(0, j).text = h
        for i, r in enumerate(p["reports"], 1):
            t2.cell(i, 0).text = r["fr"] if fr else r["en"]
            t2.cell(i, 1).text = r["classification"] or ""
            t2.cell(i, 2).text = "" if r["fte"] is None else str(r["fte"])
    d.add_heading(L["dim"], level=2)
    for k, v in dim_pairs(p, lang):
        d.add_paragraph(f"{k}: {v}")
    d.add_paragraph("Last modified by SharePoint web part — page saved as Word" if not fr else
                    "Page enregistrée depuis SharePoint")
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


def r_pdf(p, lang):
    fr = lang == "fr"
    dep = DEPARTMENTS[p["dept"]]
    lines = wd_block(p, lang)
    url = f"https://intranet.{dep[3]}/hr/ex-wd/{(p['number'] or 'new')}"
    pages, cur = [], []
    for line in lines:
        cur.append(line[:110])
        if len(cur) >= 55:
            pages.append(cur)
            cur = []
    pages.append(cur)
    n = len(pages)
    texts = []
    for k, pg in enumerate(pages, 1):
        texts.append("\n".join([f"2024-02-{10 + k:02d}, 09:4{k}    {title_of(p, lang)} - {dep[2]} Intranet"] + [""] + pg
                               + ["", f"{url}    {k}/{n}"]))
    return pdf_bytes([t.encode("cp1252", "replace").decode("cp1252") for t in texts]), []


# ---------------------------------------------------------------- refusals
def refusals():
    out = []
    dep = DEPARTMENTS[1]
    execs = [(person(), f"{PREFIX['EX-01'][0][0]}, {DOMAINS[k][0]}", "EX-01") for k in range(5)]
    md = ["[ESDC intranet](#) > [Corporate Services Branch](#) > Our executives", "", "# Meet our executive team", "",
          "Last modified by Web Team on 03/05/2024", "", "| Name | Title | Level | Phone |", "|---|---|---|---|"]
    for n, t, lv in execs:
        md.append(f"| {n} | {t} | {lv} | 819-{R.randint(200, 999)}-{R.randint(1000, 9999)} |")
    md += ["", "For work descriptions, contact the Classification Centre of Expertise.", ""]
    out.append(("Our Executives - Corporate Services Branch (SharePoint).md", "\n".join(md).encode(), "markdown", "en",
                [e[0] for e in execs], "intranet page listing a branch's executives; no position described"))
    nm, ch = person(), person()
    news = ["Subject: Branch Bulletin / Bulletin de la direction générale - Vol. 7 No. 3", "", "=== APPOINTMENT / NOMINATION ===", "",
            f"Please join me in welcoming {nm} as Director General, Data Strategy (EX-03), effective April 8, 2024.",
            f"{nm.split()[0]} brings twenty years of experience and will lead a team of 85 employees.",
            f"Veuillez vous joindre à moi pour souhaiter la bienvenue à {nm}, nouvelle directrice générale, "
            "Stratégie des données (EX-03), à compter du 8 avril 2024.", "", f"{ch}", "Assistant Deputy Minister / Sous-ministre adjoint",
            "", "Upcoming events: Town hall April 15 | Pink Shirt Day", "Unsubscribe / Se désabonner", ""]
    out.append(("Branch Bulletin - new DG appointment.txt", "\n".join(news).encode(), "text", "bilingual", [nm, ch],
                "newsletter announcing an appointment"))
    a, b = person(), person()
    m = [f"From: {a}", "Sent: Tuesday, May 14, 2024 10:12 AM", f"To: {b}",
         "Subject: RE: Classification committee - Director, Pay Stabilization", "",
         "Could we book the committee for the 28th? The WD for position 47120 is attached (not pasted, it’s too long).",
         "", a, "", "-----Original Message-----", f"From: {b}", "Sent: Monday, May 13, 2024 4:40 PM", f"To: {a}",
         "Subject: Classification committee", "",
         "> Hi – when can we review the EX-01 for Pay Stabilization? Salary envelope to be confirmed.", ""]
    out.append(("RE Classification committee - Director, Pay Stabilization.txt",
                "\r\n".join(m).encode("cp1252"), "text-cp1252", "en", [a, b], "e-mail about scheduling; the WD is only attached"))
    out.append(("Scan_20240311_0007 - signed.pdf", pdf_bytes(["", ""]), "pdf", "en", [], "scan without a text layer"))
    g = ["GCpedia", "Jump to navigation Jump to search", "", "How to write an executive work description", "From GCpedia", "",
         "Contents", "1 Template", "2 Tips", "", "Template[edit]", "Position Title: [insert title]",
         "Group and Level: EX-0X", "Position Number: ######", "Salary: $X,XXX,XXX", "", "Example[edit]",
         "Position Title: Director, Example Programs", "Group and Level: EX-01", "Salary: $1,000,000", "",
         "Tips[edit]", "Keep the general accountability to one sentence.", "",
         "This page was last edited on 2 February 2023, at 09:15.", ""]
    out.append(("How to write an EX work description - GCpedia.txt", "\n".join(g).encode(), "text", "en", [],
                "guidance page with a template and an example, no real position"))
    return out


# ---------------------------------------------------------------- main
PLAN = (  # (renderer, kind, language) for 43 positions; two more documents are later versions
    [("sharepoint", "markdown", "en")] * 4 + [("sharepoint", "markdown", "fr")] * 2 +
    [("confluence", "markdown", "en")] * 2 + [("confluence", "markdown", "fr")] +
    [("gcpedia", "text", "en")] * 2 + [("gcpedia", "text", "fr")] * 2 +
    [("email_qp", "text", "en")] * 3 + [("email_qp", "text", "fr")] * 3 +
    [("html", "text", "en")] + [("html", "text", "fr")] +
    [("forward", "text", "en")] * 1 + [("forward", "text", "fr")] +
    [("forward", "text-cp1252", "en")] * 3 + [("forward", "text-cp1252", "fr")] * 2 +
    [("ocr", "ocr", "en")] * 3 + [("ocr", "ocr", "fr")] * 2 +
    [("docx", "docx", "en")] * 3 + [("docx", "docx", "fr")] * 2 +
    [("pdf", "pdf", "en")] * 2 + [("pdf", "pdf", "fr")] * 1 +
    [("sharepoint", "markdown", "bilingual")] + [("email_qp", "text", "bilingual")]
)


def fname(p, lang, kind, rend):
    t = title_of(p, "fr" if lang == "fr" else "en")
    ext = {"markdown": ".md", "text": ".txt", "text-cp1252": ".txt", "ocr": ".txt", "docx": ".docx", "pdf": ".pdf"}[kind]
    pick = R.randrange(6)
    stem = {0: t, 1: f"{t} (1)", 2: f"WD - {t}", 3: f"{t} - signed", 4: f"{p['level']} {t}", 5: f"Fwd_ {t}"}[pick]
    if rend == "ocr":
        stem = f"scan {t[:28]}"
    if rend == "gcpedia":
        stem = f"{t} - GCpedia"
    if rend == "html":
        stem = f"{t}.html"
    return stem.replace("/", "-") + ext


def render(rend, kind, p, lang, draft=False):
    people = []
    if rend == "sharepoint":
        s, people = r_sharepoint(p, "en" if lang == "bilingual" else lang, draft)
        if lang == "bilingual":
            s = s.replace(f"# {p['title_en']}", f"# {p['title_en']} / {p['title_fr']}", 1)
        data = s.encode()
    elif rend == "confluence":
        s, people = r_confluence(p, lang)
        data = s.encode()
    elif rend == "gcpedia":
        s, people = r_gcpedia(p, lang)
        data = s.encode()
    elif rend == "email_qp":
        s, people = r_email_qp(p, lang, draft)
        data = s.encode()
    elif rend == "html":
        s, people = r_html(p, lang)
        data = s.encode()
    elif rend == "forward":
        data, people = r_forward(p, lang, cp1252=(kind == "text-cp1252"))
    elif rend == "ocr":
        strength = R.choice([0.08, 0.2, 0.35])
        s, people = r_ocr(p, lang, strength)
        data = s.encode()
        return data, people, {"damage": {0.08: "light", 0.2: "medium", 0.35: "heavy"}[strength]}
    elif rend == "docx":
        data = docx_bytes(p, lang)
    elif rend == "pdf":
        data, people = r_pdf(p, lang)
    return data, people, {}


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir()
    positions = make_positions(len(PLAN))
    # supervisors whose own description is in the corpus
    by_level = {}
    for p in positions:
        by_level.setdefault(p["level"], []).append(p)
    linked = {}
    for p in positions[:40]:
        if p["level"] == "EX-01" and len(linked) < 4:
            boss = by_level["EX-02"][len(linked)]
            if boss["number"]:
                p["sup"] = {"number": boss["number"], "en": boss["title_en"], "fr": boss["title_fr"],
                            "classification": "EX-02"}
                linked[p["i"]] = boss["i"]
    files = {}
    docs = []
    for p, (rend, kind, lang) in zip(positions, PLAN):
        name = fname(p, lang, kind, rend)
        while name in files.values():
            name = name.replace(".", " (2).", 1)
        files[p["i"]] = name
        docs.append((p, rend, kind, lang, name, False))
    # versions: two positions with a draft sent by e-mail and a later final page
    versions = []
    for idx, rend_new in ((3, "sharepoint"), (12, "docx")):
        p = positions[idx]
        old = dict(p)
        old["salary"] = p["salary"] - 150000
        old["total"] = old["salary"] + p["om"] if p["total"] else None
        old["effective"] = None
        lang = "en" if PLAN[idx][2] == "bilingual" else PLAN[idx][2]
        oname = f"DRAFT {title_of(p, lang)} - for review.txt"
        docs.append((old, "email_qp", "text", lang, oname, True))
        versions.append((idx, oname))
    vmap = {}
    for idx, oname in versions:
        vmap[oname] = (oname, files[idx])
        vmap[files[idx]] = (oname, files[idx])
    for p, rend, kind, lang, name, draft in docs:
        data, people, extra = render(rend, kind, p, lang, draft)
        (corpus / name).write_bytes(data)
        tl = "fr" if lang == "fr" else "en"
        f, ns = truth_fields(p, tl)
        also = {"department": DEPARTMENTS[p["dept"]][1 if tl == "fr" else 0], "source": rend}
        if lang == "bilingual":
            also["title_fr"] = p["title_fr"]
        if lang == "fr":
            also["title_en"] = p["title_en"]
        if p["fte"]:
            also["fte"] = p["fte"]
        if p["incumbent"]:
            people = [p["incumbent"]] + people
        if p["number"] is None:
            also["position_number_note"] = "none stated (New/TBD or absent)"
        if p["i"] in linked:
            also["reports_to_in_corpus"] = files[linked[p["i"]]]
        also.update(extra)
        ver = None
        if name in vmap:
            o, n = vmap[name]
            ver = {"documents": [o, n], "newest": n, "same_text": False,
                   "note": "the e-mailed draft has a salary 150,000 lower and no effective date; the final adds both"}
        doc = {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": f,
               "not_stated": ns, "also": also, "people": people or [], "versions": ver}
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")
    for name, data, kind, lang, people, why in refusals():
        (corpus / name).write_bytes(data)
        doc = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
               "not_stated": [], "also": {"why": why}, "people": people, "versions": None}
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


if __name__ == "__main__":
    main()
