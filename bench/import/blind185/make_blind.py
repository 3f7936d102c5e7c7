"""Blind corpus blind185 (locations emphasis): writes corpus/ and expected/ deterministically.

Run from the repository root: python bench/import/blind185/make_blind.py
"""
import datetime as dt
import io
import os
import random
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)
from tests.import_files import pdf_bytes  # noqa: E402
import docx  # noqa: E402
import texts as T  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
EXPECTED = os.path.join(HERE, "expected")
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
NAMES_USED = set()


def person(rng):
    while True:
        n = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if n not in NAMES_USED:
            NAMES_USED.add(n)
            return n


def fmt_date(d, lang, rng):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return rng.choice([f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat()])
    return rng.choice([f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(),
                       f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"])


def fmt_money(v, lang, style):
    if lang == "fr":
        if style == "k":
            return f"{v // 1000:,}".replace(",", "\u00a0") + " k$"
        return f"{v:,}".replace(",", "\u00a0") + " $"
    if style == "k":
        return f"${v // 1000:,}K"
    return f"${v:,}"


def loc_truth(printed, lang, kind, given):
    if given:
        return given
    if kind == "address":
        s = printed.split("  ")[0]
        parts = s.split(", ")
        return ", ".join(parts[-2:]) if lang != "fr" else parts[-1]
    return printed


def fr_hybrid_truth(printed):
    return printed.split(" : ")[-1].split(" - ")[-1]


LEVEL_TITLES = {
    "EX-01": [("Director, {}", "Directeur, {}"), ("Regional Director, {}", "Directrice régionale, {}")],
    "EX-02": [("Executive Director, {}", "Directeur exécutif, {}"), ("Regional Director, {}", "Directeur régional, {}")],
    "EX-03": [("Director General, {}", "Directrice générale, {}"),
              ("Regional Director General, {}", "Directeur général régional, {}")],
}
SUP_TITLES = {
    "EX-02": [("Executive Director, {}", "Directeur exécutif, {}")],
    "EX-03": [("Director General, {}", "Directeur général, {}"), ("Regional Director General, {}", "Directrice générale régionale, {}")],
    "EX-04": [("Assistant Deputy Minister, {}", "Sous-ministre adjoint, {}")],
    "EX-05": [("Senior Assistant Deputy Minister, {}", "Sous-ministre adjointe principale, {}")],
}
SUP_AREAS = [("Northern Affairs", "Affaires du Nord"), ("Regional Operations", "Opérations régionales"),
             ("Program Operations", "Opérations de programmes"), ("Service Delivery", "Prestation des services"),
             ("Ecosystems and Oceans Science", "Sciences des écosystèmes et des océans"),
             ("Corporate Services", "Services ministériels"), ("Quebec Region", "Région du Québec"),
             ("Atlantic Region", "Région de l'Atlantique")]


def make_position(i):
    rng = random.Random(185000 + i)
    level = ["EX-01", "EX-01", "EX-02", "EX-01", "EX-03", "EX-02", "EX-01"][i % 7]
    area = T.AREAS[i]
    ten, tfr = rng.choice(LEVEL_TITLES[level])
    dept = T.DEPTS[i % len(T.DEPTS)]
    sup_level = {"EX-01": rng.choice(["EX-02", "EX-03"]), "EX-02": "EX-03", "EX-03": rng.choice(["EX-04", "EX-05"])}[level]
    sa = rng.choice(SUP_AREAS)
    se, sf = rng.choice(SUP_TITLES[sup_level])
    p = dict(i=i, level=level, title_en=ten.format(area[0]), title_fr=tfr.format(area[1]), dept=dept,
             area=area, branch=sa, loc=T.LOCS[i],
             job_code=None if rng.random() < 0.25 else str(rng.randint(100100, 109999)),
             pn=None if rng.random() < 0.15 else str(rng.randint(10000, 99999)),
             eff=None if rng.random() < 0.1 else dt.date(2018, 1, 1) + dt.timedelta(days=rng.randint(0, 2500)),
             sup=dict(title_en=se.format(sa[0]), title_fr=sf.format(sa[1]), cls=sup_level,
                      pn=str(rng.randint(10000, 99999)) if rng.random() < 0.55 else None,
                      loc=rng.choice(["Ottawa, Ont.", "Gatineau, QC", "Winnipeg, MB", "Québec (Québec)"])),
             )
    scale = {"EX-01": 1, "EX-02": 2, "EX-03": 4}[level]
    p["salary"] = rng.randint(600, 1600) * 1000 * scale
    p["om"] = rng.randint(80, 900) * 1000 * scale
    p["total_shown"] = rng.random() > 0.1
    nrep = rng.randint(2, 5)
    reps = []
    units = rng.sample(T.SUBUNITS, nrep)
    for k, u in enumerate(units):
        if level == "EX-03" and k < 2:
            lv = rng.choice(["EX-01", "EX-02"])
            t = ("Director, {}" if lv == "EX-01" else "Executive Director, {}")
            tf = ("Directeur, {}" if lv == "EX-01" else "Directeur exécutif, {}")
            reps.append(dict(en=t.format(u[0]), fr=tf.format(u[1]), cls=lv, fte=rng.randint(15, 80)))
            continue
        if k == nrep - 1 and rng.random() < 0.3:
            reps.append(dict(en="Executive Assistant", fr="Adjointe exécutive", cls=rng.choice(["AS-02", "CR-05"]), fte=1))
            continue
        tt, cl = rng.choice(T.REPORT_EN)
        fte = 1 if tt.startswith("Senior Advisor") else rng.randint(3, 30)
        reps.append(dict(en=tt.format(u[0]), fr=T.REPORT_FR[tt].format(u[1]), cls=rng.choice(cl), fte=fte))
    if rng.random() < 0.15:
        reps[-1]["cls"] = None
    if rng.random() < 0.15:
        reps[-1]["fte"] = None
    p["reports"] = reps
    p["fte"] = sum(r["fte"] or 0 for r in reps) + 1
    p["incumbent"] = person(rng) if rng.random() < 0.6 else None
    p["approver"] = person(rng)
    p["classifier"] = person(rng) if rng.random() < 0.5 else None
    return p


POS = [make_position(i) for i in range(43)]
# family: 0 is the supervisor of 1 and 2
POS[0].update(level="EX-02", title_en="Executive Director, Nunavut Operations",
              title_fr="Directeur exécutif, Opérations du Nunavut", pn="61207")
for j in (1, 2):
    POS[j]["level"] = "EX-01"
    POS[j]["title_en"] = POS[j]["title_en"].replace("Executive Director", "Director").replace("Director General", "Director")
    POS[j]["dept"] = POS[0]["dept"]
    POS[j]["sup"] = dict(title_en=POS[0]["title_en"], title_fr=POS[0]["title_fr"], cls="EX-02", pn="61207",
                         loc="Iqaluit, Nunavut")

# document plan: (position, kind, lang, extra)
KINDS = (["ocr"] * 12 + ["docx"] * 7 + ["pdf"] * 6 + ["markdown"] * 6 + ["text"] * 6 + ["text-cp1252"] * 6)
LANGS = {"ocr": ["en", "en", "fr", "en", "bilingual", "en", "fr", "en", "en", "fr", "bilingual", "en"],
         "docx": ["en", "fr", "en", "bilingual", "en", "en", "fr"],
         "pdf": ["en", "en", "fr", "en", "bilingual", "en"],
         "markdown": ["en", "fr", "en", "en", "fr", "en"],
         "text": ["en", "fr", "en", "bilingual", "en", "en"],
         "text-cp1252": ["fr", "en", "fr", "en", "fr", "bilingual"]}
_order = list(range(43))
random.Random(185).shuffle(_order)
PLAN = []
_cnt = {k: 0 for k in LANGS}
for pos_i, kind in zip(_order, KINDS):
    lang = LANGS[kind][_cnt[kind]]
    _cnt[kind] += 1
    PLAN.append([pos_i, kind, lang, {}])
# force family kinds
for row in PLAN:
    if row[0] == 0:
        row[1], row[2] = "docx", "en"
    if row[0] == 1:
        row[1], row[2] = "ocr", "en"
    if row[0] == 2:
        row[1], row[2] = "text-cp1252", "fr"
# fix counts after forcing: swap kinds with rows that now duplicate
def _rebalance():
    want = {k: KINDS.count(k) for k in LANGS}
    have = {k: sum(1 for r in PLAN if r[1] == k) for k in LANGS}
    for r in PLAN:
        if r[0] in (0, 1, 2):
            continue
        if have[r[1]] > want[r[1]]:
            for k in LANGS:
                if have[k] < want[k]:
                    have[r[1]] -= 1
                    have[k] += 1
                    r[1] = k
                    break
_rebalance()


def block_doc(p, lang, rng, version=None):
    """The document as blocks: ('h', text) ('kv', label, value) ('box', label, lines) ('p', text)
    ('list', items) ('table', header, rows). Returns blocks and the truth."""
    fr = lang == "fr"
    bi = lang == "bilingual"
    pv = dict(p)
    if version:
        pv.update(version)
    loc_en, loc_fr, given, lkind = pv["loc"]

    def L(en, frl):
        return f"{en} / {frl}" if bi else (frl if fr else en)

    title = f"{pv['title_en']} / {pv['title_fr']}" if bi else (pv["title_fr"] if fr else pv["title_en"])
    money_style = rng.choice(["full", "full", "k"])
    blocks = []
    also = {"department": pv["dept"][1] if fr else pv["dept"][0]}
    if rng.random() < 0.35:
        blocks.append(("p", pv["dept"][1] if fr else pv["dept"][0]))
        blocks.append(("p", rng.choice(T.HQ_LETTERHEADS_FR) if fr else rng.choice(T.HQ_LETTERHEADS)))
        also["letterhead_address"] = "headquarters address printed above the form, not the position's location"
    blocks.append(("h", L("EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL DE CADRE")))
    blocks.append(("h", L("POSITION IDENTIFICATION", "IDENTIFICATION DU POSTE")))
    blocks.append(("kv", L("Position Title", "Titre du poste"), title))
    blocks.append(("kv", L("Group and Level", "Groupe et niveau"), pv["level"]))
    pn_shown = pv["pn"] if pv["pn"] else rng.choice(["NOUVEAU", "À déterminer"] if fr else ["NEW", "TBD", "Vacant - to be assigned"])
    blocks.append(("kv", L("Position Number", "Numéro du poste"), pn_shown))
    if pv["job_code"] or rng.random() < 0.5:
        blocks.append(("kv", L("Job Code", "Code d'emploi"), pv["job_code"] or ""))
    blocks.append(("kv", L("Effective Date", "Date d'entrée en vigueur"), fmt_date(pv["eff"], "fr" if fr else "en", rng) if pv["eff"] else ""))
    blocks.append(("kv", L("Department", "Ministère"), pv["dept"][1] if fr else pv["dept"][0]))
    # location
    printed = f"{loc_en} / {loc_fr}" if bi else (loc_fr if fr else loc_en)
    truth_loc = loc_truth(loc_fr if fr else loc_en, "fr" if fr else "en", lkind, None if fr else given)
    if fr and lkind == "hybrid":
        truth_loc = fr_hybrid_truth(loc_fr)
    if bi:
        also["location_fr"] = loc_truth(loc_fr, "fr", lkind, fr_hybrid_truth(loc_fr) if lkind == "hybrid" else None)
    layout = rng.choice(["line", "line", "combined", "box"] if lkind == "address" else ["line", "line", "combined"])
    if lkind in ("address",) and layout == "box":
        addr = loc_fr if fr else loc_en
        main, postal = addr.split("  ")
        parts = main.split(", ")
        if fr:
            lines = [", ".join(parts[:-1]), parts[-1], postal]
        else:
            lines = [", ".join(parts[:-2]), ", ".join(parts[-2:]), postal]
        if bi:
            lines = lines + ["/"] + [loc_fr.split("  ")[0], loc_fr.split("  ")[1]]
        blocks.append(("box", L("Work Location (address)", "Adresse du lieu de travail"), lines))
        also["location_layout"] = "address box over several lines"
    elif layout == "combined" and not bi:
        lab = "Direction générale | Direction | Lieu" if fr else "Branch | Directorate | Location"
        blocks.append(("kv", lab, f"{pv['branch'][1] if fr else pv['branch'][0]} | {pv['area'][1] if fr else pv['area'][0]} | {printed}"))
        also["location_layout"] = "branch, directorate and location on one line"
    else:
        blocks.append(("kv", L("Branch", "Direction générale"), pv["branch"][1] if fr else pv["branch"][0]))
        blocks.append(("kv", L(rng.choice(["Location", "Geographic Location", "Work Location"]),
                               rng.choice(["Lieu de travail", "Emplacement géographique"])), printed))
        also["location_layout"] = "label line"
    if lkind in ("multi", "remote", "hybrid", "region", "ncr"):
        also["location_kind"] = lkind
    also["branch"] = pv["branch"][1] if fr else pv["branch"][0]
    # supervisor
    sup = pv["sup"]
    stitle = f"{sup['title_en']} / {sup['title_fr']}" if bi else (sup["title_fr"] if fr else sup["title_en"])
    show_sup_loc = rng.random() < 0.3
    if rng.random() < 0.6:
        blocks.append(("h", L("SUPERVISOR", "SUPERVISEUR")))
        blocks.append(("kv", L("Supervisor's Position Title", "Titre du poste du superviseur"), stitle))
        blocks.append(("kv", L("Supervisor's Group and Level", "Groupe et niveau du superviseur"), sup["cls"]))
        blocks.append(("kv", L("Supervisor's Position Number", "Numéro de poste du superviseur"), sup["pn"] or ""))
        if show_sup_loc:
            blocks.append(("kv", L("Supervisor's Location", "Lieu de travail du superviseur"), sup["loc"]))
            also["supervisor_location"] = sup["loc"]
    else:
        num = (f", poste {sup['pn']}" if fr else f", position {sup['pn']}") if sup["pn"] else ""
        where = ""
        if show_sup_loc:
            where = f", situé à {sup['loc']}" if fr else f", located in {sup['loc']}"
            also["supervisor_location"] = sup["loc"]
        sent = (f"Le titulaire relève du {sup['title_fr']} ({sup['cls']}{num}){where}." if fr else
                f"The position reports to the {sup['title_en']} ({sup['cls']}{num}){where}.")
        blocks.append(("h", L("ORGANIZATION STRUCTURE", "STRUCTURE ORGANISATIONNELLE")))
        blocks.append(("p", sent))
    # general accountability
    blocks.append(("h", L("GENERAL ACCOUNTABILITY", "RESPONSABILITÉ GÉNÉRALE")))
    if fr:
        blocks.append(("p", T.GA_FR.format(t=pv["title_fr"], a=pv["area"][1].lower(), d=pv["dept"][1], loc=loc_fr.split("  ")[0])))
    else:
        blocks.append(("p", T.GA_EN.format(t=pv["title_en"], a=pv["area"][0].lower(), d=pv["dept"][0], loc=loc_en.split("  ")[0])))
    # reports
    reps = pv["reports"]
    rl = rng.choice(["table", "list", "prose"])
    if not any(b[0] == "h" and b[1].startswith(("ORGANIZATION", "STRUCTURE")) for b in blocks):
        blocks.append(("h", L("ORGANIZATION STRUCTURE", "STRUCTURE ORGANISATIONNELLE")))
    rt = (lambda r: f"{r['en']} / {r['fr']}") if bi else (lambda r: r["fr"] if fr else r["en"])
    if rl == "table":
        blocks.append(("table", [L("No.", "No"), L("Title", "Titre"), L("Group/Level", "Groupe/niveau"), L("FTEs", "ETP")],
                       [[str(k + 1), rt(r), r["cls"] or "", "" if r["fte"] is None else str(r["fte"])] for k, r in enumerate(reps)]))
    elif rl == "list":
        items = []
        for r in reps:
            inner = [x for x in [r["cls"], None if r["fte"] is None else (f"{r['fte']} ETP" if fr else f"{r['fte']} FTEs")] if x]
            items.append(rt(r) + (f" ({', '.join(inner)})" if inner else ""))
        blocks.append(("p", "Relèvent directement du poste :" if fr else "Reporting directly to the position:"))
        blocks.append(("list", items))
    else:
        parts = []
        for r in reps:
            s = ("le " if fr else "the ") + rt(r)
            if r["cls"]:
                s += f" ({r['cls']})"
            if r["fte"] is not None:
                s += f" avec {r['fte']} ETP" if fr else f" with {r['fte']} FTEs"
            parts.append(s)
        join = "; ".join(parts[:-1]) + (" et " if fr else " and ") + parts[-1]
        blocks.append(("p", ("Relèvent directement du titulaire " if fr else "Reporting directly to the position are ") + join + "."))
    # dimensions
    blocks.append(("h", "DIMENSIONS"))
    blocks.append(("kv", L("Total FTEs", "Total des ETP"), str(pv["fte"])))
    blocks.append(("kv", L("Salary", "Salaires"), fmt_money(pv["salary"], "fr" if fr else "en", money_style)))
    blocks.append(("kv", L("O&M", "F et E"), fmt_money(pv["om"], "fr" if fr else "en", money_style)))
    total = pv["salary"] + pv["om"]
    if pv["total_shown"]:
        blocks.append(("kv", L("Total", "Total"), fmt_money(total, "fr" if fr else "en", money_style)))
    blocks.append(("h", L("NATURE AND SCOPE", "NATURE ET ÉTENDUE")))
    blocks.append(("p", T.NS_FR if fr else T.NS_EN))
    blocks.append(("h", L("SPECIFIC ACCOUNTABILITIES", "ACTIVITÉS PRINCIPALES")))
    blocks.append(("list", T.SA_FR if fr else T.SA_EN))
    blocks.append(("h", "SIGNATURES"))
    people = []
    sd = (pv["eff"] or dt.date(2021, 3, 1)) - dt.timedelta(days=rng.randint(3, 40))
    for role_en, role_fr, who in (("Incumbent", "Titulaire", pv["incumbent"]),
                                  ("Approved by", "Approuvé par", pv["approver"]),
                                  ("Classified by", "Classifié par", pv["classifier"])):
        if who:
            people.append(who)
            blocks.append(("kv", L(role_en, role_fr), f"{who}    {L('Date', 'Date')}: {sd.isoformat()}"))
    truth_fields = {
        "title": pv["title_fr"] if fr else pv["title_en"],
        "classification": pv["level"],
        "job_code": pv["job_code"],
        "position_number": pv["pn"],
        "effective_date": pv["eff"],
        "supervisor": {"position_number": sup["pn"], "title": sup["title_fr"] if fr else sup["title_en"], "classification": sup["cls"]},
        "direct_reports": [{"title": r["fr"] if fr else r["en"], "classification": r["cls"], "fte": r["fte"]} for r in reps],
        "salary": pv["salary"], "o_and_m": pv["om"], "total": total if pv["total_shown"] else None,
        "location": truth_loc,
    }
    if bi:
        also["title_fr"] = pv["title_fr"]
    if fr:
        also["title_en"] = pv["title_en"]
    also["fte"] = pv["fte"]
    also["location_as_printed"] = printed
    return blocks, truth_fields, also, people


# ---------- renderers ----------
def render_text(blocks, md=False):
    out = []
    for b in blocks:
        if b[0] == "h":
            out += ["", ("## " + b[1].title() if md else b[1]), ""]
        elif b[0] == "kv":
            out.append(f"* **{b[1]}:** {b[2]}" if md else f"{b[1]}: {b[2]}")
        elif b[0] == "box":
            if md:
                out.append(f"* **{b[1]}:**")
                out += [f"  {x}  " for x in b[2]]
            else:
                out.append(f"{b[1]}:")
                out += [f"    {x}" for x in b[2]]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "list":
            out += [("* " if md else "- ") + x for x in b[1]] + [""]
        elif b[0] == "table":
            hdr, rows = b[1], b[2]
            out.append("| " + " | ".join(hdr) + " |")
            if md:
                out.append("|" + "---|" * len(hdr))
            out += ["| " + " | ".join(r) + " |" for r in rows]
            out.append("")
    text = "\n".join(out).strip() + "\n"
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


def wrap(line, width, rng, hyph=True):
    if len(line) <= width:
        return [line]
    res, cur = [], ""
    for w in line.split(" "):
        if len(cur) + len(w) + 1 > width and cur:
            if hyph and len(w) > 7 and rng.random() < 0.4 and w.isalpha():
                cut = len(w) // 2
                res.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
                continue
            res.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    res.append(cur)
    return res


DIG = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}


def damage(text, strength, rng, header):
    p = {"light": 0.06, "medium": 0.15, "heavy": 0.3}[strength]
    lines = []
    for line in text.split("\n"):
        lines += wrap(line, 72, rng)
    out = []
    for line in lines:
        chars = []
        for c in line:
            if c in DIG and rng.random() < p:
                c = DIG[c] if c != "1" else rng.choice("lI")
            elif c == "m" and rng.random() < p / 3:
                c = "rn"
            elif c == "e" and rng.random() < p / 6:
                c = "c"
            elif c in "éèà" and rng.random() < p * 2:
                c = {"é": "e", "è": "e", "à": "a"}[c]
            chars.append(c)
        line = "".join(chars)
        if rng.random() < p and " " in line:
            k = line.index(" ")
            line = line[:k] + line[k + 1:]
        out.append(line)
    pages, per = [], 48
    for k in range(0, len(out), per):
        pages.append(out[k:k + per])
    n = len(pages)
    res = []
    for k, pg in enumerate(pages):
        body = ([header, ""] if k else []) + pg
        foot = rng.choice([f"Page {k + 1} of {n}", f"- {k + 1} -", f"{' ' * 34}{k + 1}"])
        res.append("\n".join(body) + "\n\n" + foot + "\n")
    return "\f".join(res)


def docx_bytes(blocks, author, rng):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.created = cp.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.last_modified_by = author
    cp.revision = 1
    as_table = rng.random() < 0.6
    pending = []

    def flush():
        if not pending:
            return
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in pending:
            row = t.add_row().cells
            row[0].text = lab
            row[1].text = val
        pending.clear()

    for b in blocks:
        if b[0] in ("kv", "box") and as_table:
            pending.append((b[1], b[2] if b[0] == "kv" else "\n".join(b[2])))
            continue
        flush()
        if b[0] == "h":
            d.add_heading(b[1], level=1)
        elif b[0] == "kv":
            para = d.add_paragraph()
            para.add_run(b[1] + ": ").bold = True
            para.add_run(b[2])
        elif b[0] == "box":
            para = d.add_paragraph()
            para.add_run(b[1] + ":").bold = True
            for x in b[2]:
                d.add_paragraph(x)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "list":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = h
            for r in b[2]:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = v
    flush()
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 15, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    return out.getvalue()


def pdf_pages(text, per=60):
    lines = []
    r = random.Random(0)
    for line in text.split("\n"):
        lines += wrap(line, 95, r, hyph=False)
    return ["\n".join(lines[k:k + per]) for k in range(0, len(lines), per)]


# ---------- YAML ----------
def q(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    s = str(v)
    return "'" + s.replace("'", "''") + "'"


def yaml_doc(d):
    out = []

    def emit(key, v, ind):
        pad = " " * ind
        if isinstance(v, dict):
            out.append(f"{pad}{key}:")
            for k2, v2 in v.items():
                emit(k2, v2, ind + 2)
        elif isinstance(v, list):
            if not v:
                out.append(f"{pad}{key}: []")
                return
            out.append(f"{pad}{key}:")
            for item in v:
                if isinstance(item, dict):
                    first = True
                    for k2, v2 in item.items():
                        out.append(f"{pad}{'- ' if first else '  '}{k2}: {q(v2)}")
                        first = False
                else:
                    out.append(f"{pad}- {q(item)}")
        else:
            out.append(f"{pad}{key}: {q(v)}")

    for k, v in d.items():
        if k == "document":
            out.append(f"document: {q(v)}")
        else:
            emit(k, v, 0)
    return "\n".join(out) + "\n"


def not_stated(f):
    ns = []
    for k in ("job_code", "position_number", "effective_date", "total", "location"):
        if f[k] is None:
            ns.append(k)
    if f["supervisor"]["position_number"] is None:
        ns.append("supervisor.position_number")
    return ns


# ---------- file names ----------
def file_name(p, kind, lang, rng, k):
    t = p["title_fr"] if lang == "fr" else p["title_en"]
    ext = {"ocr": ".txt", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md", "docx": ".docx", "pdf": ".pdf"}[kind]
    if kind == "ocr":
        return rng.choice([f"Scan_{p['level']}_{t.split(',')[-1].strip().replace(' ', '_')}",
                           f"img{2040 + k:05d} {t} OCR", f"SCAN {p['dept'][2]} - {t}"]) + ext
    if lang == "fr":
        return rng.choice([f"Description de travail – {t}", f"DT {t}", f"{t} (1)"]) + ext
    return rng.choice([f"{t}", f"{t} - signed", f"WD {p['pn'] or 'new'} {t}", f"{p['dept'][2]} {t} ({p['level']})",
                       f"{t} - final", f"{t} (1)"]) + ext


def write(name, data):
    with open(os.path.join(CORPUS, name), "wb") as fh:
        fh.write(data)


def encode(kind, text):
    if kind == "text-cp1252":
        text = text.replace("'", "\u2019").replace("\n", "\r\n")
        return text.encode("cp1252")
    return text.encode("utf-8")


def emit_wd(p, kind, lang, name, rng, version=None, extra_also=None, versions=None):
    blocks, fields, also, people = block_doc(p, lang, rng, version)
    if extra_also:
        also.update(extra_also)
    if kind == "docx":
        data = docx_bytes(blocks, people[0] if people else "HR", rng)
    elif kind in ("markdown",):
        data = render_text(blocks, md=True).encode("utf-8")
    elif kind == "ocr":
        strength = rng.choice(["light", "medium", "medium", "heavy"])
        also["damage"] = strength
        hdr = f"{p['dept'][2]} - {fields['title']}"
        data = damage(render_text(blocks), strength, rng, hdr).encode("utf-8")
    elif kind == "pdf":
        data = pdf_bytes(pdf_pages(render_text(blocks)))
    else:
        data = encode(kind, render_text(blocks))
    write(name, data)
    truth = {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
             "not_stated": not_stated(fields), "also": also, "people": people, "versions": versions}
    with open(os.path.join(EXPECTED, name + ".expected.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(yaml_doc(truth))


def emit_refuse(name, kind, lang, data, people, what):
    write(name, data)
    truth = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
             "not_stated": [], "also": {"what": what}, "people": people, "versions": None}
    with open(os.path.join(EXPECTED, name + ".expected.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(yaml_doc(truth))


def main():
    for d in (CORPUS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    names = set()
    fam = {}
    # versions: position V1 (docx DRAFT -> pdf signed), V2 (markdown DRAFT -> ocr scan)
    vrows = [r for r in PLAN if r[1] == "pdf" and r[2] == "en" and r[0] > 2][:1] + \
            [r for r in PLAN if r[1] == "ocr" and r[2] == "en" and r[0] > 2][:1]
    vinfo = {}
    for r, old_kind in zip(vrows, ["docx", "markdown"]):
        p = POS[r[0]]
        rng = random.Random(185700 + r[0])
        eff_new = p["eff"] or dt.date(2022, 4, 1)
        if p["eff"] is None:
            p["eff"] = eff_new
        old = dict(eff=eff_new - dt.timedelta(days=rng.choice([183, 365])),
                   salary=p["salary"] - rng.randint(40, 300) * 1000, om=p["om"] + rng.randint(-60, 60) * 1000,
                   loc=("Ottawa, Ont.", "Ottawa (Ont.)", None, "plain"))
        t = p["title_en"]
        old_name = f"{t} - DRAFT" + (".docx" if old_kind == "docx" else ".md")
        new_name = f"{t} - signed.pdf" if r[1] == "pdf" else f"Scan 2024-03-12 {t}.txt"
        vinfo[r[0]] = dict(old_kind=old_kind, old=old, old_name=old_name, new_name=new_name,
                           versions={"documents": [old_name, new_name], "newest": new_name, "same_text": False,
                                     "note": f"the newer one has a later effective date, a higher salary, a changed O&M, "
                                             f"and its location moved from Ottawa, Ont. to {p['loc'][0]}"})
    for k, (pi, kind, lang, _) in enumerate(PLAN):
        p = POS[pi]
        rng = random.Random(185500 + k)
        if pi in vinfo:
            name = vinfo[pi]["new_name"]
        else:
            name = file_name(p, kind, lang, rng, k)
        while name in names:
            base, ext = os.path.splitext(name)
            name = base + " (2)" + ext
        names.add(name)
        fam[pi] = name
        extra = {}
        if pi in (1, 2):
            extra["reports_to_in_corpus"] = None  # filled below
        PLAN[k][3] = dict(name=name, rng=rng, extra=extra)
    for k, (pi, kind, lang, meta) in enumerate(PLAN):
        p = POS[pi]
        extra = meta["extra"]
        if pi in (1, 2):
            extra["reports_to_in_corpus"] = fam[0]
        versions = vinfo[pi]["versions"] if pi in vinfo else None
        emit_wd(p, kind, lang, meta["name"], meta["rng"], extra_also=extra, versions=versions)
        if pi in vinfo:
            v = vinfo[pi]
            emit_wd(p, v["old_kind"], "en", v["old_name"], random.Random(185900 + pi), version=v["old"],
                    versions=v["versions"])
    # ----- to refuse -----
    r = random.Random(185999)
    who = [person(r) for _ in range(6)]
    directory = ["REGIONAL OFFICE DIRECTORY - Northern and Atlantic offices", "Updated 2024-02-01", ""]
    offices = [("Iqaluit", "Building 918, P.O. Box 1500, Iqaluit, NU  X0A 0H0", "867-555-0142"),
               ("Yellowknife", "4914 50th Street, Yellowknife, NT  X1A 2R3", "867-555-0177"),
               ("Whitehorse", "300 Main Street, Suite 400, Whitehorse, YT  Y1A 2B5", "867-555-0110"),
               ("Happy Valley-Goose Bay", "P.O. Box 3000, Stn B, Happy Valley-Goose Bay, NL  A0P 1E0", "709-555-0190"),
               ("Kuujjuaq", "C.P. 420, Kuujjuaq (Québec)  J0M 1C0", "819-555-0133"),
               ("Moncton", "1045 Main Street, Moncton, NB  E1C 1H1", "506-555-0120")]
    for (city, addr, tel), w in zip(offices, who):
        directory += [f"Office: {city}", f"  Address: {addr}", f"  Telephone: {tel}",
                      f"  Regional Director (EX-01): {w}", ""]
    emit_refuse("Regional office directory 2024.txt", "text", "en", "\n".join(directory).encode("utf-8"), who,
                "an office directory: addresses, telephones and the directors' names, no position described")
    rn = ["NOTICE OF RELOCATION / AVIS DE RÉINSTALLATION", "",
          "To: Staff of Permafrost Monitoring", f"From: {who[0]}, Director General, Northern Affairs", "Date: 2023-10-02", "",
          "Effective April 1, 2024, the position of Director, Permafrost Monitoring (EX-01, position 48213) "
          "will be relocated from Ottawa, Ont. to Yellowknife, N.W.T. The incumbent will be offered relocation "
          "assistance under the Integrated Relocation Program. Staff in the unit (14 FTEs) will remain in Ottawa "
          "until the new office at 4914 50th Street is ready.", "",
          "À compter du 1er avril 2024, le poste sera réinstallé d'Ottawa (Ont.) à Yellowknife (T.N.-O.).", "",
          f"Contact: {who[1]}, Relocation Coordinator"]
    d = docx.Document()
    d.core_properties.author = who[0]
    d.core_properties.created = d.core_properties.modified = dt.datetime(2023, 10, 2, 9, 0, 0)
    for line in rn:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in sorted(zin.namelist()):
            info = zipfile.ZipInfo(n, date_time=(2023, 10, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(n))
    emit_refuse("Relocation notice - Director PM to Yellowknife.docx", "docx", "bilingual", out.getvalue(), who[:2],
                "a relocation notice naming a position, its level, number and old and new locations")
    memo = ("MEMORANDUM\r\n\r\nTO: Regional Directors General\r\nFROM: " + who[2] + ", Director, Accommodation Management\r\n"
            "SUBJECT: Hybrid work \u2013 office space in Iqaluit, Whitehorse and Moncton\r\n\r\n"
            "Further to the direction on a common hybrid work model, employees are expected on site three days a week. "
            "Space at Building 918 (Iqaluit, NU) and 300 Main Street (Whitehorse, YT) will be shared with our "
            "colleagues\u2019 units. Please confirm your unit\u2019s FTEs by March 15.\r\n")
    emit_refuse("Memo - hybrid work and office space.txt", "text-cp1252", "en", memo.encode("cp1252"), [who[2]],
                "a memo on office space and hybrid work, no position described")
    chart = ["# Organization chart - Northern Affairs Branch", "", "```",
             "Assistant Deputy Minister, Northern Affairs (EX-04) - Gatineau, QC",
             "├── Executive Director, Nunavut Operations (EX-02) - Iqaluit, NU",
             "│   ├── Director, Northern Infrastructure (EX-01) - Iqaluit, NU",
             "│   └── Director, Nunavik Partnerships (EX-01) - Kuujjuaq, Qc",
             "├── Director General, Northern Contaminated Sites (EX-03) - Yellowknife, N.W.T.",
             "└── Regional Director, Yukon Regional Programs (EX-01) - Whitehorse, Yukon", "```", ""]
    emit_refuse("Org chart Northern Affairs (DRAFT).md", "markdown", "en", "\n".join(chart).encode("utf-8"), [],
                "an organization chart with levels and locations, no position described")
    emit_refuse("Scan 2023-11-20 Regional Director General.pdf", "pdf", "en", pdf_bytes(["", "", ""]), [],
                "a scan without a text layer: unreadable")


if __name__ == "__main__":
    main()
