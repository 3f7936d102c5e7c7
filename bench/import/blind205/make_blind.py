"""Generate blind205: executive work descriptions that arrive inside e-mail (and 5 documents to refuse).

Run from the repository root: python bench/import/blind205/make_blind.py
Deterministic: fixed seed, .docx re-zipped with fixed timestamps.
"""
import io, os, random, shutil, sys, zipfile, datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(HERE))
import yaml, docx
from tests.import_files import pdf_bytes
import texts as T

R = random.Random(205205)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
NB = "\u00a0"

# ---------------------------------------------------------------- people
_used_names = set()
def person():
    while True:
        n = f"{R.choice(T.GIVEN)} {R.choice(T.FAMILY)}"
        if n not in _used_names:
            _used_names.add(n); return n

# ---------------------------------------------------------------- positions
POS = []
numbers = R.sample(range(21000, 98999), 200)
codes = R.sample(range(100200, 109800), 80)
for d in T.DEPTS:
    short, den, dfr, dom, locs, adm, dg, subs = d
    dgp = dict(dept=short, dept_en=den, dept_fr=dfr, domain=dom, title=dg[0], title_fr=dg[1], cls=dg[2],
               theme=dg[3], number=str(numbers.pop()), job_code=str(codes.pop()), loc=locs[0],
               sup=dict(title=adm[0], title_fr=adm[1], cls=adm[2], number=str(numbers.pop())), subs=[])
    POS.append(dgp)
    for s in subs:
        p = dict(dept=short, dept_en=den, dept_fr=dfr, domain=dom, title=s[0], title_fr=s[1], cls=s[2], theme=s[3],
                 number=str(numbers.pop()), job_code=str(codes.pop()), loc=R.choice(locs),
                 sup=dict(title=dg[0], title_fr=dg[1], cls=dg[2], number=dgp["number"]), dg=dgp)
        mgrs = R.sample(T.MANAGERS[s[3]], R.randint(2, min(4, len(T.MANAGERS[s[3]]))))
        p["reports"] = [dict(title=m[0], title_fr=m[1], cls=m[2], fte=R.randint(4, 22)) for m in mgrs]
        if R.random() < 0.2:
            p["reports"].append(dict(title="Executive Assistant", title_fr="Adjointe exécutive", cls="AS-02", fte=1))
        p["fte"] = sum(r["fte"] for r in p["reports"]) + 1
        p["salary"] = R.randint(90, 480) * 10000
        p["om"] = R.randint(40, 900) * 1000
        dgp["subs"].append(p); POS.append(p)
    dgp["reports"] = [dict(title=s["title"], title_fr=s["title_fr"], cls=s["cls"], fte=s["fte"]) for s in dgp["subs"]]
    dgp["fte"] = sum(r["fte"] for r in dgp["reports"]) + 3
    dgp["salary"] = sum(s["salary"] for s in dgp["subs"]) + R.randint(30, 90) * 10000
    dgp["om"] = sum(s["om"] for s in dgp["subs"]) + R.randint(100, 600) * 1000
for p in POS:
    p["eff"] = dt.date(R.choice([2019, 2020, 2021, 2022, 2023, 2024]), R.choice([1, 4, 4, 6, 9, 10]), R.choice([1, 1, 1, 15, 18, 27]))

# ---------------------------------------------------------------- notations
def money(v, style, lang):
    if lang == "fr":
        if style == "M":
            s = f"{v/1e6:.6f}".rstrip("0").rstrip("."); return s.replace(".", ",") + f"{NB}M$"
        if style == "K":
            return f"{v//1000:,}".replace(",", NB) + f"{NB}k$"
        return f"{v:,}".replace(",", NB) + f"{NB}$"
    if style == "M":
        if v < 1_000_000: return f"${v//1000}K"
        return "$" + f"{v/1e6:.6f}".rstrip("0").rstrip(".") + "M"
    if style == "K":
        return f"${v//1000:,}K"
    return f"${v:,}"

def date_s(d, style, lang):
    if lang == "fr":
        return ("1er" if d.day == 1 else str(d.day)) + f" {MOIS[d.month-1]} {d.year}" if style != "iso" else d.isoformat()
    return {"iso": d.isoformat(), "long": f"{MONTHS[d.month-1]} {d.day}, {d.year}",
            "dmy": f"{d.day} {MONTHS[d.month-1]} {d.year}", "slash": d.strftime("%Y/%m/%d")}[style]

def cls_s(c, style):
    if style == "short" and c[-2] == "0":
        return c[:-2] + c[-1]
    if style == "space":
        return c.replace("-", " ", 1) if c.count("-") == 1 else c
    return c

# ---------------------------------------------------------------- the description itself (blocks)
def description(p, v, lang):
    """v: variant dict. Returns (blocks, truth_fields, not_stated, people)."""
    people = []
    fr = lang == "fr"; bi = lang == "bilingual"
    t = (lambda e, f: f) if fr else (lambda e, f: e)
    cs = lambda c: cls_s(c, v["cls"])
    mlang = "fr" if fr else "en"
    title = p["title_fr"] if fr else p["title"]
    B = []
    if bi:
        B.append(("h", "EXECUTIVE GROUP POSITION DESCRIPTION / DESCRIPTION DE POSTE DU GROUPE DE LA DIRECTION"))
    else:
        B.append(("h", t("EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL DE CADRE")))
    def kv(en, frl, val):
        lab = f"{en} / {frl}" if bi else t(en, frl)
        B.append(("kv", lab, val))
    if bi:
        B.append(("kv", "Position title / Titre du poste", p["title"]))
        B.append(("p", p["title_fr"]))
    else:
        kv("Position title", "Titre du poste", title)
    kv("Classification", "Classification", cs(p["cls"]))
    ns = []
    jc = p["job_code"] if not v.get("no_jc") else None
    if jc: kv("Job code", "Code d'emploi", jc)
    else: ns.append("job_code")
    pn = p["number"] if not v.get("no_pn") else None
    if pn: kv("Position number", "Numéro du poste", pn)
    else:
        kv("Position number", "Numéro du poste", t("New position - to be assigned", "Nouveau poste - à déterminer")); ns.append("position_number")
    eff = v["eff"] if not v.get("no_eff") else None
    if eff: kv("Effective date", "Date d'entrée en vigueur", date_s(eff, v["date"], mlang))
    else: ns.append("effective_date")
    kv("Department", "Ministère", p["dept_fr"] if fr else p["dept_en"])
    loc = p["loc"][1] if fr else p["loc"][0]
    kv("Location", "Lieu", loc)
    sup = p["sup"]
    supt = sup["title_fr"] if fr else sup["title"]
    spn = sup["number"] if not v.get("no_spn") else None
    if v["suplay"] == "rows":
        if spn: kv("Supervisor's position number", "Numéro du poste du superviseur", spn)
        kv("Supervisor's position title", "Titre du poste du superviseur", supt)
        kv("Supervisor's classification", "Classification du superviseur", cs(sup["cls"]))
    if not spn: ns.append("supervisor.position_number")
    B.append(("h", t("GENERAL ACCOUNTABILITY", "RESPONSABILITÉ GÉNÉRALE") if not bi else "GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE"))
    ga = (T.GA_FR if fr else T.GA_EN)[p["theme"]]
    B.append(("p", f"{t('The', 'Le ou la')} {title} {ga}"))
    B.append(("h", t("ORGANIZATION STRUCTURE", "STRUCTURE ORGANISATIONNELLE") if not bi else "ORGANIZATION STRUCTURE / STRUCTURE ORGANISATIONNELLE"))
    if v["suplay"] == "sentence":
        num = (f", {t('position', 'poste')} {spn}" if spn else "")
        B.append(("p", t(f"The {title} reports to the {supt} ({cs(sup['cls'])}{num}).",
                         f"Le titulaire relève du {supt} ({cs(sup['cls'])}{num}).")))
    else:
        B.append(("p", t(f"The {title} is one of several positions reporting to the supervisor named above.",
                         f"Le poste est l'un des postes qui relèvent du superviseur nommé ci-dessus.")))
    reps = p["reports"]
    rt = lambda r: r["title_fr"] if fr else r["title"]
    fte_w = t("FTEs", "ETP")
    if v["replay"] == "bullets":
        B.append(("p", t("The following positions report directly to the incumbent:", "Les postes suivants relèvent directement du titulaire :")))
        for r in reps: B.append(("li", f"{rt(r)} ({cs(r['cls'])}, {r['fte']} {fte_w})"))
    elif v["replay"] == "dash":
        B.append(("p", t("Direct reports:", "Subordonnés directs :")))
        for r in reps: B.append(("li", f"{rt(r)} - {cs(r['cls'])} - {r['fte']} {t('FTE', 'ETP')}"))
    elif v["replay"] == "table":
        B.append(("table", [t("Position", "Poste"), t("Level", "Niveau"), fte_w],
                  [[rt(r), cs(r["cls"]), str(r["fte"])] for r in reps]))
    else:  # sentence
        parts = [f"{rt(r)} ({cs(r['cls'])}, {r['fte']} {fte_w})" for r in reps]
        join = t(" and ", " et ")
        B.append(("p", t(f"Reporting to the {title} are the ", "Relèvent du titulaire : le ") + ", ".join(parts[:-1]) + join + parts[-1] + "."))
    B.append(("p", t(f"In total the organization comprises {p['fte']} FTEs, including the incumbent.",
                     f"Au total, l'organisation compte {p['fte']} ETP, y compris le titulaire.")))
    B.append(("h", t("DIMENSIONS", "DIMENSIONS")))
    sal, om = v["salary"], v["om"]
    kv("Salary", "Salaires", money(sal, v["money"], mlang))
    kv("O&M", "F et E", money(om, v["money"], mlang))
    tot = sal + om if not v.get("no_total") else None
    if tot: kv("Total", "Total", money(tot, v["money"], mlang))
    else: ns.append("total")
    B.append(("h", t("SPECIFIC ACCOUNTABILITIES", "RESPONSABILITÉS PARTICULIÈRES") if not bi else "SPECIFIC ACCOUNTABILITIES / RESPONSABILITÉS PARTICULIÈRES"))
    for i, s in enumerate(R.sample(T.SA_FR if fr else T.SA_EN, 4), 1):
        B.append(("p", f"{i}. {s}"))
    if v.get("signed"):
        n = person(); people.append(n)
        B.append(("kv", t("Classified by", "Classifié par"), f"{n}, {date_s(v['eff'] - dt.timedelta(days=R.randint(10, 60)), 'iso', mlang)}"))
    fields = dict(title=p["title"] if not fr else p["title_fr"], classification=p["cls"], job_code=jc, position_number=pn,
                  effective_date=eff,
                  supervisor=dict(position_number=spn, title=supt, classification=sup["cls"]),
                  direct_reports=[dict(title=rt(r), classification=r["cls"], fte=r["fte"]) for r in reps],
                  salary=sal, o_and_m=om, total=tot, location=loc)
    return B, fields, ns, people

def blocks_text(B, md=False, width=None):
    out = []
    for b in B:
        if b[0] == "h":
            out += ["", (f"## {b[1].title() if False else b[1]}" if md else b[1]), ""]
        elif b[0] == "kv":
            out.append(f"* **{b[1]}:** {b[2]}" if md else f"{b[1]}: {b[2]}")
        elif b[0] == "p":
            out.append(b[1]); out.append("") if not md else out.append("")
        elif b[0] == "li":
            out.append(f"* {b[1]}" if md else f"  - {b[1]}")
        elif b[0] == "table":
            if md:
                out += ["", "| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
                out += ["| " + " | ".join(r) + " |" for r in b[2]]
                out.append("")
            else:
                out += ["", "\t".join(b[1])] + ["\t".join(r) for r in b[2]] + [""]
    # collapse blank runs
    res = []
    for l in out:
        if l == "" and res and res[-1] == "": continue
        res.append(l)
    while res and res[0] == "": res.pop(0)
    return res

def wrap(lines, width):
    out = []
    for l in lines:
        if len(l) <= width or "\t" in l:
            out.append(l); continue
        ind = "    " if l.startswith("  - ") else ""
        cur = ""
        for w in l.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur); cur = ind + w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return out

def qp_soft(lines, width=76):
    out = []
    for l in lines:
        while len(l) > width - 1:
            out.append(l[:width - 1] + "="); l = l[width - 1:]
        out.append(l)
    return out

# ---------------------------------------------------------------- e-mail envelope
def email_addr(name, dom):
    g, f = name.split(" ", 1)
    return f"{g.lower()}.{f.lower().replace(' ', '')}@{dom}"

def when(base, lang, style):
    d = base
    if lang == "fr":
        return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month-1]} {d.year} {d.hour:02d}:{d.minute:02d}"
    h = d.hour % 12 or 12
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month-1]} {d.day}, {d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"

def header(msg, lang, md=False, outlook_name=True):
    fr = lang == "fr"
    lab = ["De", "Envoyé", "À", "Cc", "Objet"] if fr else ["From", "Sent", "To", "Cc", "Subject"]
    sep = " : " if fr else ":\t" if not md else ": "
    def nm(n):
        fam = n.split(" ", 1)[1]; giv = n.split(" ", 1)[0]
        return f"{fam}, {giv} ({msg['dept']}/{msg['dept_fr_abbr']})" if outlook_name else n
    rows = [(lab[0], f"{nm(msg['from'])} <{email_addr(msg['from'], msg['domain'])}>"),
            (lab[1], when(msg["sent"], lang, None)),
            (lab[2], "; ".join(nm(n) for n in msg["to"]))]
    if msg.get("cc"): rows.append((lab[3], "; ".join(nm(n) for n in msg["cc"])))
    rows.append((lab[4], msg["subject"]))
    if msg.get("attach"): rows.append(("Pièces jointes" if fr else "Attachments", msg["attach"]))
    if md:
        return [f"**{a}:** {b}  " for a, b in rows]
    return [f"{a}{sep}{b}" for a, b in rows]

def signature(name, lang, dom, people, phone=True):
    people.append(name)
    st = R.choice(T.SENDER_TITLES)
    lines = ["", name, st[2] if lang == "fr" else st[0] + (f" ({st[1]})" if R.random() < 0.6 else "")]
    if lang == "bilingual": lines.append(st[2])
    if phone:
        lines.append(f"{'Tél.' if lang == 'fr' else 'Tel'}: 613-555-{R.randint(1000, 9999)} | {email_addr(name, dom)}")
    return lines

FR_ABBR = {"ESDC": "EDSC", "IRCC": "IRCC", "DFO": "MPO", "NRCan": "RNCan", "PSPC": "SPAC", "ISC": "SAC"}

def decoy_lines(p, v, lang):
    """Talk about the description that changes nothing in it."""
    fr = lang == "fr"
    alt_om = v["om"] + R.choice([-1, 1]) * R.randint(5, 60) * 1000
    opts_en = [f"Can you confirm the O&M is {money(alt_om, 'M', 'en')}? That is what I have in the tracker, but the WD below says otherwise.",
               f"Quick question - is the effective date still {date_s(v['eff'] + dt.timedelta(days=R.choice([30, 61, 92])), 'long', 'en')}, or do we keep what is in the WD?",
               f"The committee asked whether the FTE count ({p['fte'] + R.randint(2, 9)}) includes the vacant positions. No change to the WD for now.",
               f"FYI the funding for next year may go to {money(v['salary'] + R.randint(10, 40) * 10000, 'M', 'en')} in salary, but that is not reflected in the WD and should not be until approved."]
    opts_fr = [f"Peux-tu confirmer que le F et E est de {money(alt_om, 'M', 'fr')}? C'est ce que j'ai dans le tableau de suivi, mais la DT ci-dessous indique autre chose.",
               f"Petite question : la date d'entrée en vigueur est-elle toujours le {date_s(v['eff'] + dt.timedelta(days=R.choice([30, 61, 92])), 'long', 'fr')}, ou garde-t-on celle de la DT?",
               f"Le comité demande si le nombre d'ETP ({p['fte'] + R.randint(2, 9)}) comprend les postes vacants. Aucun changement à la DT pour l'instant."]
    return [R.choice(opts_fr if fr else opts_en)]

def build_email(p, v, lang, envelope, md=False):
    """Returns (lines, people, also_extra). The description sits inside a thread."""
    people = []
    B, fields, ns, dpeople = description(p, v, lang)
    people += dpeople
    fr = lang == "fr"
    desc = blocks_text(B, md=md)
    dom = p["domain"]
    base = dt.datetime(v["eff"].year, v["eff"].month, 1, 9, 0) - dt.timedelta(days=R.randint(20, 120), minutes=R.randint(0, 500))
    names = [person() for _ in range(5)]
    ex_att = f"WD_{R.randint(10000, 99999)}_{'FR' if fr else 'EN'}.docx"
    ex_subject = (f"DT {cls_s(p['cls'], 'std')} - {p['title_fr']}" if fr else f"EX WD for review - {p['title']}")
    if v.get("subject_tag"): ex_subject = v["subject_tag"] + " " + ex_subject
    ext = v.get("external")
    mk = lambda i, sub, frm, to, cc=None, att=None: dict(
        **{"from": frm}, to=to, cc=cc, subject=sub, attach=att, sent=base + dt.timedelta(hours=i * R.randint(3, 30), minutes=R.randint(1, 59)),
        dept=p["dept"], dept_fr_abbr=FR_ABBR[p["dept"]], domain=dom)
    RE = "RE : " if fr else "RE: "
    TR = "TR : " if fr else "FW: "
    hi = (lambda n: f"Bonjour {n.split()[0]}," if fr else f"Hi {n.split()[0]},")
    lines = []
    disc = T.DISCLAIMER if v.get("disclaimer") else []
    sig = lambda n, phone=True: signature(n, lang, dom, people, phone)
    for n in names[:4]: people.append(n)
    msgs = []
    if envelope == "pasted":
        m1 = mk(2, RE + ex_subject, names[0], [names[1]], [names[2]], ex_att if v.get("attach") else None)
        body = [hi(names[1]), "",
                ("Voici la description de travail approuvée, collée ci-dessous (voir aussi " if fr else "Please find the approved work description pasted below (see also the attached ") + ex_att + ").", ""]
        body += desc + [""] + sig(names[0]) + ([""] + disc if disc else [])
        m0 = mk(0, ex_subject, names[1], [names[0]], None)
        body0 = [hi(names[0]), "", ("Peux-tu m'envoyer la DT du poste dans le corps du courriel? Je n'arrive pas à ouvrir la pièce jointe." if fr
                                    else "Could you send me the WD in the body of the e-mail? I can't open the attachment on my phone.")] + sig(names[1])
        msgs = [(m1, body), (m0, body0)]
    elif envelope == "forwarded":
        m1 = mk(3, TR + ex_subject, names[0], [names[3]], [names[2]])
        top = [hi(names[3]), "", ("Pour ton dossier, voir la DT ci-dessous. " if fr else "For your file - see the WD below. ") + decoy_lines(p, v, lang)[0]] + sig(names[0])
        m0 = mk(0, ex_subject, names[1], [names[0]], None, ex_att if v.get("attach") else None)
        body0 = [hi(names[0]), "", ("Voici la version finale." if fr else "Here is the final version, as signed off."), ""] + desc + sig(names[1]) + ([""] + disc if disc else [])
        msgs = [(m1, top), (m0, body0)]
    else:  # quoted / nested
        m1 = mk(4, RE + ex_subject, names[0], [names[1]], [names[3]])
        top = [hi(names[1]), "", ("Merci. " if fr else "Thanks. ") + decoy_lines(p, v, lang)[0]] + sig(names[0], phone=False)
        m0 = mk(0, ex_subject, names[1], [names[0]], [names[2]])
        inner = [hi(names[0]), "", ("Ci-dessous la DT telle que soumise au comité." if fr else "Below is the WD as submitted to the committee."), ""] + desc + sig(names[1])
        inner = wrap(inner, 70)
        if fr:
            wrote = f"Le {JOURS[m0['sent'].weekday()][:3]}. {m0['sent'].day} {MOIS[m0['sent'].month-1]} {m0['sent'].year}, à {m0['sent'].hour} h {m0['sent'].minute:02d}, {names[1]} <{email_addr(names[1], dom)}> a écrit :"
        else:
            wrote = f"On {DAYS[m0['sent'].weekday()][:3]}, {MONTHS[m0['sent'].month-1][:3]} {m0['sent'].day}, {m0['sent'].year} at {m0['sent'].hour % 12 or 12}:{m0['sent'].minute:02d} {'AM' if m0['sent'].hour < 12 else 'PM'} {names[1]} <{email_addr(names[1], dom)}> wrote:"
        quoted = [wrote] + [("> " + l).rstrip() for l in inner]
        if envelope == "nested":
            mid = [hi(names[3]) if not fr else hi(names[3]), "", ("Je fais suivre pour approbation." if fr else "Forwarding for approval."), ""] + sig(names[1], phone=False)
            wrote2 = (f"Le {m0['sent'].day} {MOIS[m0['sent'].month-1]} {m0['sent'].year}, {names[1]} a écrit :" if fr
                      else f"On {MONTHS[m0['sent'].month-1]} {m0['sent'].day}, {m0['sent'].year}, {names[1]} wrote:")
            quoted = [wrote2] + [("> " + l).rstrip() for l in mid + [""] + quoted]
        top += [""] + quoted
        msgs = [(m1, top)]
        # an older message below the quote, Outlook style
        m00 = mk(-1, ex_subject, names[2], [names[1]], None)
        msgs.append((m00, [("Voir la pièce jointe " if fr else "See attached ") + ex_att + "."] + sig(names[2])))
    out = []
    if ext:
        out += ["[EXTERNAL] / [EXTERNE]", T.EXTERNAL, ""]
        msgs[0][0]["subject"] = "[EXTERNAL] " + msgs[0][0]["subject"]
    for i, (m, body) in enumerate(msgs):
        if i > 0:
            out += ["", ("-----Message d'origine-----" if fr else "-----Original Message-----") if not md else "---", ""]
        out += header(m, lang, md=md) + [""] + body
    return out, fields, ns, people, dict(department=p["dept"], envelope=envelope, sent=msgs[0][0]["sent"].date().isoformat())

# ---------------------------------------------------------------- writers
def ocr_damage(lines, level, rr):
    p = {"light": 0.02, "medium": 0.06, "heavy": 0.12}[level]
    dig = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
    let = [("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("é", "e"), ("è", "e"), ("à", "a"), ("h", "b")]
    out = []
    for l in lines:
        s = []
        for ch in l:
            if ch in dig and rr.random() < p * 4: s.append(dig[ch])
            else: s.append(ch)
        l = "".join(s)
        for a, b in let:
            if a in l and rr.random() < p * 2:
                i = l.find(a); l = l[:i] + b + l[i + len(a):]
        if " " in l and rr.random() < p * 2:
            i = rr.choice([k for k, c in enumerate(l) if c == " "]); l = l[:i] + l[i + 1:]
        out.append(l)
    return out

def ocr_text(lines, level, head, rr):
    body = []
    for l in wrap(lines, 72):
        if len(l) > 60 and rr.random() < 0.15 and " " in l:
            # hyphenate the last word across the line end
            w = l.rsplit(" ", 1)
            if len(w[1]) > 6:
                body += [w[0] + " " + w[1][:3] + "-", w[1][3:]]; continue
        body.append(l)
    body = ocr_damage(body, level, rr)
    pages = [body[i:i + 48] for i in range(0, len(body), 48)]
    out = []
    for n, pg in enumerate(pages, 1):
        if n > 1: out.append("\f")
        out += [head, ""] + pg + ["", f"Page {n} of {len(pages)}" if n % 2 else f"- {n} -"]
    return "\n".join(out) + "\n"

def pdf_doc(lines, printer, rr):
    body = wrap(lines, 100)
    pages = [body[i:i + 62] for i in range(0, len(body), 62)]
    out = []
    for n, pg in enumerate(pages, 1):
        txt = ([printer, "_" * 90, ""] if n == 1 else []) + pg + ["", f"Printed by: {printer}".ljust(70) + f"{n}"]
        out.append("\n".join(txt))
    return pdf_bytes(out)

def fixed_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data)); buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, (2020, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return buf.getvalue()

def docx_doc(lines, table_blocks=None):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "blind205"; cp.created = cp.modified = dt.datetime(2020, 1, 1); cp.last_modified_by = "blind205"; cp.revision = 1
    for l in lines:
        if isinstance(l, tuple):  # ('table', header, rows) or ('h', text)
            if l[0] == "table":
                t = d.add_table(rows=1, cols=len(l[1])); t.style = "Table Grid"
                for c, h in zip(t.rows[0].cells, l[1]): c.text = h
                for r in l[2]:
                    cells = t.add_row().cells
                    for c, x in zip(cells, r): c.text = x
            elif l[0] == "h":
                d.add_heading(l[1], level=2)
            elif l[0] == "b":
                para = d.add_paragraph(); para.add_run(l[1]).bold = True
            continue
        d.add_paragraph(l)
    b = io.BytesIO(); d.save(b)
    return fixed_zip(b.getvalue())

# ---------------------------------------------------------------- the plan
OUT_C, OUT_E = HERE / "corpus", HERE / "expected"

def plan():
    """45 work descriptions (42 positions, 3 of them in two versions) + 5 to refuse."""
    kinds = (["text"] * 13 + ["text-cp1252"] * 5 + ["markdown"] * 7 + ["pdf"] * 9 + ["docx"] * 7 + ["ocr"] * 4)
    langs = ["en"] * 26 + ["fr"] * 12 + ["bilingual"] * 7
    envs = ["pasted", "forwarded", "quoted", "nested"]
    R.shuffle(kinds); R.shuffle(langs)
    return kinds, langs, envs

def main():
    for d in (OUT_C, OUT_E):
        if d.exists(): shutil.rmtree(d)
        d.mkdir(parents=True)
    kinds, langs, envs = plan()
    version_of = {POS[3]["number"]: None, POS[15]["number"]: None, POS[30]["number"]: None}
    jobs = []
    for p in POS:
        jobs.append((p, "only"))
        if p["number"] in version_of:
            jobs[-1] = (p, "v1"); jobs.append((p, "v2"))
    assert len(jobs) == 45, len(jobs)
    dg_file = {}
    records = []
    rr = random.Random(2050)
    counter = 0
    pairs = {}
    for i, (p, ver) in enumerate(jobs):
        kind = kinds[i]; lang = langs[i]
        if ver == "v2":
            kind = records[-1]["kind"]; lang = records[-1]["language"]
        fr = lang == "fr"
        env = envs[i % 4]
        v = dict(cls=R.choice(["std", "std", "std", "short", "space"]), date=R.choice(["iso", "long", "dmy", "slash"]) if not fr else R.choice(["long", "long", "iso"]),
                 money=R.choice(["M", "K", "full"]), suplay=R.choice(["rows", "rows", "sentence"]),
                 replay=R.choice(["bullets", "dash", "table", "sentence"]), signed=R.random() < 0.4,
                 no_jc=R.random() < 0.2, no_pn=R.random() < 0.12, no_eff=R.random() < 0.08, no_spn=R.random() < 0.35,
                 no_total=R.random() < 0.25, disclaimer=R.random() < 0.5, attach=R.random() < 0.5,
                 external=R.random() < 0.15, eff=p["eff"], salary=p["salary"], om=p["om"])
        if ver == "v1":
            v.update(eff=dt.date(p["eff"].year - 1, p["eff"].month, p["eff"].day), salary=p["salary"] - R.randint(10, 40) * 10000,
                     om=p["om"] - R.randint(5, 30) * 1000, no_pn=False, no_eff=False, subject_tag="DRAFT")
            env = "pasted"
        if ver == "v2":
            v.update(no_pn=False, no_eff=False, subject_tag="FINAL"); env = "forwarded"
        if kind == "ocr": v["replay"] = R.choice(["bullets", "dash", "sentence"])
        md = kind == "markdown"
        lines, fields, ns, people, also = build_email(p, v, lang, env, md=md)
        if kind not in ("docx", "markdown") and v["replay"] == "table" and kind != "text":
            pass
        # soft breaks on some plain-text exports
        qp = kind == "text" and R.random() < 0.35 and env != "pasted" or (kind == "text" and i % 9 == 0)
        if qp: lines = qp_soft(lines); also["soft_breaks"] = True
        t = p["title_fr"] if fr else p["title"]
        short = t.replace("Director General", "DG").replace("Directeur général", "DG").replace("Directrice générale", "DG")
        tag = {"v1": " DRAFT", "v2": " - FINAL"}.get(ver, R.choice(["", "", "", " (1)", " - signed", " DRAFT" if False else "", " - copy"]))
        stems = [f"RE_ {short}{tag}", f"FW_ EX WD - {short}{tag}", f"Email - {short}{tag}", f"{short} (from Outlook){tag}",
                 f"TR _ DT - {short}{tag}" if fr else f"Fwd_ WD {short}{tag}", f"{p['dept']} WD {short}, e-mail{tag}"]
        stem = stems[(i * 7) % len(stems)].replace("/", "-").replace(":", "")
        if kind == "ocr":
            stem = [f"scan_email_{i:03d}", f"{short} - printed email (scanned)", f"IMG_{4100 + i} OCR"][i % 3]
        ext = {"text": ".txt", "text-cp1252": ".txt", "ocr": ".txt", "markdown": ".md", "pdf": ".pdf", "docx": ".docx"}[kind]
        name = stem + ext
        if kind == "text":
            data = ("\n".join(lines) + "\n").encode("utf-8")
        elif kind == "text-cp1252":
            s = "\r\n".join(lines) + "\r\n"
            s = s.replace("'", "\u2019").replace(" - ", " \u2013 ")
            data = s.encode("cp1252")
        elif kind == "markdown":
            data = ("\n".join(lines) + "\n").encode("utf-8")
        elif kind == "pdf":
            printer = person()
            people.append(printer)
            data = pdf_doc(lines, printer, rr)
            also["form"] = "printed from Outlook"
        elif kind == "docx":
            dl = []
            for l in lines:
                if l and (l.startswith(("From:", "Sent:", "To:", "Cc:", "Subject:", "De :", "Envoyé :", "À :", "Objet :", "Attachments:", "Pièces jointes :"))):
                    dl.append(("b", l))
                elif l in ("GENERAL ACCOUNTABILITY", "ORGANIZATION STRUCTURE", "DIMENSIONS", "SPECIFIC ACCOUNTABILITIES",
                           "RESPONSABILITÉ GÉNÉRALE", "STRUCTURE ORGANISATIONNELLE", "RESPONSABILITÉS PARTICULIÈRES") and env in ("pasted", "forwarded"):
                    dl.append(("h", l))
                elif "\t" in l and not l.startswith(("From", "Sent", "To", "Cc", "Subject")):
                    if dl and isinstance(dl[-1], tuple) and dl[-1][0] == "table":
                        dl[-1][2].append(l.split("\t"))
                    else:
                        dl.append(("table", l.split("\t"), []))
                elif l == "":
                    continue
                else:
                    dl.append(l)
            data = docx_doc(dl)
            also["form"] = "pasted from mail into Word"
        else:  # ocr
            level = ["light", "medium", "medium", "heavy"][counter % 4]; counter += 1
            printer = person(); people.append(printer)
            data = ocr_text(lines, level, f"{printer}   -   Outlook", rr).encode("utf-8")
            also["damage"] = level
        (OUT_C / name).write_bytes(data)
        fields = dict(fields)
        if kind == "text-cp1252":
            cf = lambda x: x.replace("'", "\u2019") if isinstance(x, str) else x
            for k in ("title", "location"): fields[k] = cf(fields[k])
            fields["supervisor"] = {k: cf(x) for k, x in fields["supervisor"].items()}
            fields["direct_reports"] = [{k: cf(x) for k, x in r.items()} for r in fields["direct_reports"]]
        notst = list(ns)
        also["fte"] = p["fte"]
        if lang == "bilingual": also["title_fr"] = p["title_fr"]
        also["department"] = p["dept"]
        if "dg" in p: dg_file.setdefault(id(p), p["dg"]["number"])
        also["notations"] = dict(classification=v["cls"], date=v["date"], money=v["money"])
        also["supervisor_layout"] = v["suplay"]; also["reports_layout"] = v["replay"]
        flat = "\n".join(lines)
        def shown(n):
            g, f = n.split(" ", 1)
            return n in flat or f"{f}, {g}" in flat or n == locals().get("printer")
        printed = [n for n in people if shown(n)]
        if kind in ("pdf", "ocr"): printed.append(printer)
        people = printed
        rec = dict(document=name, kind=kind, language=lang, outcome="import", fields=fields, not_stated=notst or None,
                   also=also, people=sorted(set(people)), versions=None, _p=p, _ver=ver)
        records.append(rec)
        if ver in ("v1", "v2"): pairs.setdefault(p["number"], []).append(rec)
    # reports_to_in_corpus
    by_number = {}
    for r in records:
        if r["_p"]["cls"] == "EX-03": by_number.setdefault(r["_p"]["number"], r["document"])
    for r in records:
        if "dg" in r["_p"]:
            r["also"]["reports_to_in_corpus"] = by_number[r["_p"]["dg"]["number"]]
    for num, (a, b) in pairs.items():
        vv = dict(documents=[a["document"], b["document"]], newest=b["document"], same_text=False,
                  note="the DRAFT (first e-mail) has an earlier effective date, a lower salary and O&M; the FINAL is forwarded later")
        a["versions"] = vv; b["versions"] = vv
    records += refusals(rr)
    names = set()
    for r in records:
        assert r["document"] not in names, r["document"]; names.add(r["document"])
        r.pop("_p", None); r.pop("_ver", None)
        (OUT_E / (r["document"] + ".expected.yaml")).write_text(
            yaml.safe_dump(r, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")

def refusals(rr):
    recs = []
    def add(name, kind, lang, data, people, what):
        (OUT_C / name).write_bytes(data)
        recs.append(dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=None,
                         also=dict(what=what), people=sorted(set(people)), versions=None))
    # 1 staffing thread, no description (text)
    a, b, c = person(), person(), person()
    m = [f"From:\tPettigrew, {a.split()[0]} (ESDC/EDSC) <{email_addr(a, 'hrsdc-rhdcc.gc.ca')}>",
         "Sent:\tWednesday, May 10, 2023 3:12 PM", f"To:\t{b}", f"Cc:\t{c}",
         "Subject:\tRE: Staffing - Director, Pension Policy Analysis (EX-01) - position 61234", "",
         f"Hi {b.split()[0]},", "",
         "Following up on our call: the pool from process 23-EDSC-EX-0457 is still valid until March 31, 2024.",
         "The position (EX-01, job code 103902) is vacant since April 1, 2023; salary budget of $2.4M and O&M of $310K",
         "are confirmed by the branch. Can we proceed with an acting for 4 months while the WD is updated?", "",
         "Thanks,", a, "Executive Resourcing Advisor (PE-05)", "613-555-0144", "",
         "-----Original Message-----", f"From: {b}", "Sent: Tuesday, May 9, 2023 11:02 AM", f"To: {a}",
         "Subject: Staffing - Director, Pension Policy Analysis (EX-01) - position 61234", "",
         "Can you tell me where we are with the staffing of this EX-01? The DG would like someone in place by July.", "", b,
         "Director General, Seniors and Pensions Policy (EX-03)"]
    add("RE_ Staffing - Director, Pension Policy Analysis (EX-01).txt", "text", "en", ("\n".join(m) + "\n").encode(), [a, b, c],
        "an e-mail thread about staffing a position, without its work description")
    # 2 meeting invitation (cp1252)
    a, b = person(), person()
    m = [f"From:\t{a}", "Sent:\tThursday, February 2, 2023 8:45 AM", f"To:\t{b}; EX Resourcing Committee",
         "Subject:\tEX Classification Committee \u2013 review of 6 work descriptions",
         "When:\tTuesday, February 14, 2023 1:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).",
         "Where:\tMicrosoft Teams Meeting; 140 Promenade du Portage, Room 7D-102", "",
         "*~*~*~*~*~*~*~*~*~*", "",
         "Agenda / Ordre du jour :", "1. Director General, Clean Fuels (EX-03) \u2013 reclassification",
         "2. Director, Biofuels Research (EX-01) \u2013 new WD", "3. Director, Fuel Markets Analysis (EX-01) \u2013 dimensions update ($1.9M / $220K)",
         "", "Please review the WDs in the shared folder before the meeting.", "",
         "________________________________________________________________________________",
         "Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Meeting ID: 281 554 903 117",
         "Passcode: 7xKq2b", "________________________________________________________________________________"]
    add("EX Classification Committee \u2013 review of 6 WDs (invitation).txt", "text-cp1252", "bilingual",
        ("\r\n".join(m) + "\r\n").encode("cp1252"), [a, b], "a meeting invitation (Outlook calendar item saved as text)")
    # 3 out-of-office (markdown, bilingual)
    a, b, c = person(), person(), person()
    m = [f"**From:** {a} <{email_addr(a, 'dfo-mpo.gc.ca')}>  ", "**Sent:** Monday, July 17, 2023 7:02 AM  ",
         f"**To:** {b}  ", "**Subject:** Automatic reply: RE: EX WD for review - Director, Resource Management  ", "",
         "I am out of the office until July 31, 2023, with limited access to e-mail. For urgent matters regarding",
         f"executive work descriptions, please contact {c} (Senior Classification Advisor, AS-05) at 613-555-0199.", "",
         "Je suis absente du bureau jusqu'au 31 juillet 2023 et j'aurai un accès limité à mes courriels. Pour les",
         f"questions urgentes concernant les descriptions de travail de cadres, veuillez communiquer avec {c} au 613-555-0199.", "",
         a, "Director, Classification and Organizational Design (EX-01) / Directrice, Classification et conception organisationnelle"]
    add("Automatic reply_ RE_ EX WD for review.md", "markdown", "bilingual", ("\n".join(m) + "\n").encode(), [a, b, c],
        "an out-of-office reply")
    # 4 staffing thread in French (docx)
    a, b = person(), person()
    d = [("b", f"De : {a}"), ("b", "Envoyé : 12 septembre 2022 10:14"), ("b", f"À : {b}"),
         ("b", "Objet : TR : Dotation - Directrice exécutive, Permis et allocations (EX-02)"),
         f"Bonjour {b.split()[0]},",
         "Comme convenu, le processus de dotation pour le poste 48817 (EX-02) sera lancé en octobre. La DT n'a pas changé depuis 2021; le budget salarial est de 3,1 M$ et le F et E de 420 k$.",
         "Peux-tu préparer l'annonce et la grille d'évaluation?", a, "Gestionnaire, Services aux cadres (PE-06)", "Tél. : 613-555-0172"]
    add("TR _ Dotation EX-02 Permis et allocations.docx", "docx", "fr", docx_doc(d), [a, b],
        "an e-mail thread about launching a staffing process, pasted into Word, without a description")
    # 5 scan of a printed e-mail, no text layer
    add("Scanned email 2023-03-08 (WD Director, Housing Programs).pdf", "pdf", "en", pdf_bytes(["", "", ""]), [],
        "a three-page scan of a printed e-mail without a text layer (unreadable)")
    return recs

if __name__ == "__main__":
    main()
