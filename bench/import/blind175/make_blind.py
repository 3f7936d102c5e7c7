"""Generate the blind175 corpus: managers' own words (e-mails, chats, notes, drafts, tickets).

Run from the repository root:  python bench/import/blind175/make_blind.py
Deterministic: random.Random(175), .docx re-zipped with fixed timestamps.
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
from docx.shared import Pt  # noqa: E402
import texts as T  # noqa: E402

R = random.Random(175)
CORPUS = os.path.join(HERE, "corpus")
EXPECTED = os.path.join(HERE, "expected")
NBSP = "\u00a0"

USED_NAMES = set()


def person():
    while True:
        n = f"{R.choice(T.GIVEN)} {R.choice(T.FAMILY)}"
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n


# ---------------------------------------------------------------- notations

def cls_fmt(c, rng):
    g, n = c.split("-")
    return rng.choice([c, c, f"{g} {n}", f"{g}-{int(n)}", f"{g}{n}"])


def date_en(d, rng):
    return rng.choice([f"{T.MONTHS_EN[d.month-1]} {d.day}, {d.year}", f"{d.day} {T.MONTHS_EN[d.month-1]} {d.year}",
                       d.isoformat(), f"{T.MONTHS_EN[d.month-1][:3]}. {d.day}, {d.year}"])


def date_fr(d, rng):
    day = "1er" if d.day == 1 else str(d.day)
    return rng.choice([f"{day} {T.MONTHS_FR[d.month-1]} {d.year}", f"le {day} {T.MONTHS_FR[d.month-1]} {d.year}",
                       d.isoformat()])


def amt_en(v, rng):
    opts = [f"${v:,}"]
    if v % 10000 == 0 and v >= 1000000:
        m = f"{v/1e6:.2f}".rstrip("0").rstrip(".")
        opts += [f"${m}M", f"${m} million", f"{m}M"]
    if v % 1000 == 0 and v < 1000000:
        opts += [f"${v//1000}K", f"${v//1000}k", f"{v//1000}K"]
    return rng.choice(opts)


def amt_fr(v, rng, sp=NBSP):
    full = f"{v:,}".replace(",", sp) + f"{sp}$"
    opts = [full, full.replace(sp, " ")]
    if v % 10000 == 0 and v >= 1000000:
        m = f"{v/1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        opts += [f"{m} M$", f"{m} million $"]
    if v % 1000 == 0 and v < 1000000:
        opts += [f"{v//1000} k$", f"{v//1000} K$"]
    return rng.choice(opts)


def fte_en(x):
    return f"{x:g}"


def fte_fr(x):
    return f"{x:g}".replace(".", ",")


# ---------------------------------------------------------------- positions

def make_position(i, lang, level=None, sup_level=None):
    rng = R
    area_en, area_fr = T.AREAS[i]
    level = level or rng.choices(["EX-01", "EX-02", "EX-03"], [6, 3, 2])[0]
    fem = rng.random() < 0.5
    lv = T.LEVELS[level]
    title_en = f"{lv[0]}, {area_en}"
    title_fr = f"{lv[2] if fem else lv[1]}, {area_fr}"
    sup_level = sup_level or {"EX-01": rng.choice(["EX-02", "EX-03", "EX-03"]), "EX-02": rng.choice(["EX-03", "EX-04"]),
                              "EX-03": rng.choice(["EX-04", "EX-04", "EX-05"])}[level]
    sa_en, sa_fr = rng.choice(T.SUP_AREAS)
    sfem = rng.random() < 0.5
    slv = T.LEVELS[sup_level]
    reports = []
    if level == "EX-01":
        for en, fr, c in rng.sample(T.REPORTS_MGR, rng.randint(2, 5)):
            fte = None if c == "AS-03" or en.startswith("Senior") else rng.choice([4, 6, 8, 9, 11, 12, 14, 17, 22, 7.5, 12.5])
            reports.append(dict(title=en, title_fr=fr, classification=c, fte=fte))
    else:
        subs = rng.sample(T.AREAS, 5)
        for en, fr in subs[:rng.randint(2, 4)]:
            if (en, fr) == (area_en, area_fr):
                continue
            reports.append(dict(title=f"Director, {en}", title_fr=f"Directeur, {fr}", classification="EX-01",
                                fte=rng.choice([18, 24, 31, 42, 55, 63, 27.5])))
        if rng.random() < 0.5:
            reports.append(dict(title="Senior Advisor", title_fr="Conseillère principale", classification=rng.choice(["EC-07", "AS-07"]), fte=None))
    scale = {"EX-01": 1, "EX-02": 2, "EX-03": 4}[level]
    salary = rng.randint(70, 260) * 10000 * scale
    om = rng.randint(12, 90) * 5000 * scale
    dept = rng.choice(T.DEPTS)
    place = rng.choice(T.PLACES)
    return dict(
        title_en=title_en, title_fr=title_fr, fem=fem, classification=level,
        position_number=str(rng.randint(10000, 99999)) if rng.random() < 0.85 else None,
        job_code=str(rng.randint(100100, 109999)) if rng.random() < 0.3 else None,
        effective_date=dt.date(rng.choice([2024, 2025]), rng.choice([1, 4, 4, 6, 9, 10]), rng.choice([1, 1, 2, 15, 16, 28]))
        if rng.random() < 0.75 else None,
        sup=dict(title_en=f"{slv[0]}, {sa_en}", title_fr=f"{slv[2] if sfem else slv[1]}, {sa_fr}", classification=sup_level,
                 position_number=str(rng.randint(10000, 99999)) if rng.random() < 0.5 else None,
                 abbr=rng.random() < 0.3),
        reports=reports, salary=salary, om=om,
        total_stated=rng.random() < 0.45,
        place=place, dept=dept, incumbent=person() if rng.random() < 0.7 else None,
    )


# ---------------------------------------------------------------- fact chunks

def sup_name_en(p):
    s = p["sup"]
    if s["abbr"]:
        lvl, area = s["title_en"].split(", ", 1)
        ab = {"Assistant Deputy Minister": "ADM", "Director General": "DG", "Executive Director": "ED",
              "Associate Deputy Minister": "Associate DM"}[lvl]
        return f"{ab}, {area}"
    return s["title_en"]


def sup_name_fr(p):
    s = p["sup"]
    if s["abbr"]:
        lvl, area = s["title_fr"].split(", ", 1)
        ab = {"Sous-ministre": "SM", "Directeur": "DG", "Directrice": "DG"}
        if lvl.startswith("Sous-ministre adjoint"):
            return f"SMA, {area}"
        if lvl.startswith("Directeur général") or lvl.startswith("Directrice générale"):
            return f"DG, {area}"
    return s["title_fr"]


def val(p, f, key):
    c = p.get("corr")
    if c and c[0] == key:
        return c[1]
    return f(p, key)


def get(p, key):
    return p[key]


def chunks_en(p, persona, rng):
    """Fact sentences in English (wrong value where a correction follows)."""
    out = {}
    t, c = p["title_en"], cls_fmt(val(p, get, "classification"), rng)
    if persona == "inc":
        out["title"] = rng.choice([f"My position is {t}, classified {c}.", f"I'm the {t} ({c}).",
                                   f"Here is what my job looks like. Title: {t}. Level: {c}."])
    elif persona == "sup":
        out["title"] = rng.choice([f"I'm setting up a new position on my team: {t}, at the {c} level.",
                                   f"The new {t} position will be an {c}.",
                                   f"Title will be {t} and it's classified {c}."])
    else:
        out["title"] = f"Position: {t} ({c})."
    pn = val(p, get, "position_number")
    if pn:
        out["posnum"] = rng.choice([f"The position number is {pn}.", f"Position # {pn}.", f"Pos. no. {pn}.",
                                    f"It already has a position number: {pn}."])
    elif persona == "sup" and rng.random() < 0.5:
        out["posnum"] = "It doesn't have a position number yet (HR will create one)."
    if p["job_code"]:
        out["job_code"] = rng.choice([f"Job code {p['job_code']}.", f"The work description's job code is {p['job_code']}."])
    ed = val(p, get, "effective_date")
    if ed:
        out["eff"] = rng.choice([f"It takes effect {date_en(ed, rng)}.", f"Effective date: {date_en(ed, rng)}.",
                                 f"We want it effective {date_en(ed, rng)}."])
    out["loc"] = rng.choice([f"The job is based in {p['place'][0]}.", f"Location is {p['place'][0]}.",
                             f"The team sits in {p['place'][0]}."])
    s = p["sup"]
    scls = cls_fmt(val(p, lambda q, k: q["sup"]["classification"], "sup_cls"), rng)
    spn = f", position {s['position_number']}" if s["position_number"] else ""
    if persona == "inc":
        out["sup"] = rng.choice([f"I report to the {sup_name_en(p)} ({scls}{spn}).",
                                 f"My boss is the {sup_name_en(p)}, an {scls}{spn}."])
    elif persona == "sup":
        out["sup"] = rng.choice([f"It reports to me (I'm the {s['title_en']}, {scls}{spn}).",
                                 f"The position will report directly to me, {s['title_en']} ({scls}{spn})."])
    else:
        out["sup"] = f"Reports to: {sup_name_en(p)} ({scls}){spn}."
    out["money"] = money_en(p, rng)
    return out


def money_en(p, rng):
    sal = amt_en(val(p, get, "salary"), rng)
    om = amt_en(val(p, get, "om"), rng)
    corr_money = p.get("corr") and p["corr"][0] in ("salary", "om")
    tot = ""
    if p["total_stated"] and not corr_money:
        tot = rng.choice([f", {amt_en(p['salary'] + p['om'], rng)} all in", f" for a total of {amt_en(p['salary'] + p['om'], rng)}"])
    return rng.choice([f"Budget: {sal} in salary and {om} in O&M{tot}.",
                       f"I have {sal} in salary dollars and {om} of O&M{tot}.",
                       f"Salary envelope is {sal}; O&M is {om}{tot}."])


def chunks_fr(p, persona, rng):
    out = {}
    t, c = p["title_fr"], cls_fmt(val(p, get, "classification"), rng)
    if persona == "inc":
        out["title"] = rng.choice([f"Mon poste est celui de {t}, classifié {c}.", f"Je suis {t} ({c}).",
                                   f"Voici mon poste. Titre : {t}. Niveau : {c}."])
    elif persona == "sup":
        out["title"] = rng.choice([f"Je crée un nouveau poste dans mon équipe : {t}, au niveau {c}.",
                                   f"Le titre sera {t} et le poste est classifié {c}."])
    else:
        out["title"] = f"Poste : {t} ({c})."
    pn = val(p, get, "position_number")
    if pn:
        out["posnum"] = rng.choice([f"Le numéro de poste est le {pn}.", f"No de poste : {pn}.", f"Poste nº {pn}."])
    elif persona == "sup" and rng.random() < 0.5:
        out["posnum"] = "Il n'a pas encore de numéro de poste (les RH vont en créer un)."
    if p["job_code"]:
        out["job_code"] = f"Code d'emploi {p['job_code']}."
    ed = val(p, get, "effective_date")
    if ed:
        out["eff"] = rng.choice([f"Entrée en vigueur : {date_fr(ed, rng)}.", f"Le poste serait en vigueur {date_fr(ed, rng)}.".replace("vigueur le le", "vigueur le")])
    out["loc"] = rng.choice([f"Le poste est situé à {p['place'][1]}.", f"Lieu de travail : {p['place'][1]}."])
    s = p["sup"]
    scls = cls_fmt(val(p, lambda q, k: q["sup"]["classification"], "sup_cls"), rng)
    spn = f", poste {s['position_number']}" if s["position_number"] else ""
    nm = sup_name_fr(p)
    art = "de la" if nm.startswith(("Directrice", "Sous-ministre adjointe", "Sous-ministre déléguée")) else "du"
    if persona == "inc":
        out["sup"] = f"Je relève {art} {nm} ({scls}{spn})."
    elif persona == "sup":
        out["sup"] = f"Le poste relève directement de moi ({s['title_fr']}, {scls}{spn})."
    else:
        out["sup"] = f"Relève de : {sup_name_fr(p)} ({scls}){spn}."
    sal = amt_fr(val(p, get, "salary"), rng)
    om = amt_fr(val(p, get, "om"), rng)
    corr_money = p.get("corr") and p["corr"][0] in ("salary", "om")
    tot = ""
    if p["total_stated"] and not corr_money:
        tot = f", pour un total de {amt_fr(p['salary'] + p['om'], rng)}"
    out["money"] = rng.choice([f"Budget : {sal} en salaires et {om} en F et E{tot}.",
                               f"J'ai {sal} de salaires et {om} de fonctionnement et entretien{tot}."])
    return out


def report_items(p, lang, rng):
    items = []
    for k, r in enumerate(p["reports"]):
        fte = r["fte"]
        c = p.get("corr")
        if c and c[0] == f"fte:{k}":
            fte = c[1]
        t = r["title"] if lang == "en" else r["title_fr"]
        cl = cls_fmt(r["classification"], rng)
        if fte is None:
            items.append((t, cl, None))
        else:
            items.append((t, cl, fte_en(fte) if lang == "en" else fte_fr(fte)))
    return items


def reports_sentence(p, lang, persona, rng):
    items = report_items(p, lang, rng)
    parts = []
    for t, cl, f in items:
        if lang == "en":
            a = "an" if t[0] in "AEIOU" else "a"
            parts.append(f"{a} {t} ({cl}{', ' + f + ' FTEs' if f else ''})" if rng.random() < 0.6 else
                         f"{a} {t} ({cl}){' with ' + f + ' people' if f else ''}")
        else:
            parts.append(f"{t} ({cl}{', ' + f + ' ETP' if f else ''})")
    joined = "; ".join(parts[:-1]) + (" and " if lang == "en" else " et ") + parts[-1] if len(parts) > 1 else parts[0]
    if lang == "en":
        lead = {"inc": "My direct reports are", "sup": "The Director's direct reports will be", "third": "Direct reports:"}[persona]
        if p["classification"] != "EX-01" and persona == "sup":
            lead = "Direct reports will be"
        return f"{lead} {joined}."
    lead = {"inc": "Mes subordonnés directs :", "sup": "Relèveront directement du poste :", "third": "Subordonnés directs :"}[persona]
    return f"{lead} {joined}."


def reports_bullets(p, lang, rng, dash="- "):
    out = []
    for t, cl, f in report_items(p, lang, rng):
        if lang == "en":
            out.append(f"{dash}{t} - {cl}" + (f" - {f} FTE" if f else ""))
        else:
            out.append(f"{dash}{t} – {cl}" + (f" – {f} ETP" if f else ""))
    return out


def correction_text(p, lang, rng):
    c = p.get("corr")
    if not c:
        return None
    key, wrong = c
    if key in ("salary", "om"):
        right = p[key]
        tot = ""
        if p["total_stated"]:
            tot = (f", which makes the total {amt_en(p['salary'] + p['om'], rng)}" if lang == "en"
                   else f", ce qui donne un total de {amt_fr(p['salary'] + p['om'], rng)}")
        if lang == "en":
            lab = "salary" if key == "salary" else "O&M"
            return f"Correction: the {lab} is {amt_en(right, rng)}, not {amt_en(wrong, rng)}{tot}."
        lab = "les salaires sont de" if key == "salary" else "le F et E est de"
        return f"Correction : {lab} {amt_fr(right, rng)} et non {amt_fr(wrong, rng)}{tot}."
    if key == "classification":
        if lang == "en":
            return f"Sorry, typo earlier: the level is {p['classification']}, not {wrong}."
        return f"Petite erreur plus haut : le niveau est {p['classification']}, pas {wrong}."
    if key == "sup_cls":
        if lang == "en":
            return f"One fix: my boss's level is {p['sup']['classification']}, not {wrong}."
        return f"Précision : le niveau du supérieur est {p['sup']['classification']}, pas {wrong}."
    if key == "position_number":
        if lang == "en":
            return f"Oops, I transposed the position number: it's {p['position_number']}, not {wrong}."
        return f"Oups, j'ai inversé des chiffres : le numéro de poste est {p['position_number']}, pas {wrong}."
    if key == "effective_date":
        if lang == "en":
            return f"Update: the effective date moved to {date_en(p['effective_date'], rng)} (not {date_en(wrong, rng)})."
        return f"Mise à jour : la date d'entrée en vigueur est maintenant le {date_fr(p['effective_date'], rng).replace('le ', '')} (et non {date_fr(wrong, rng).replace('le ', '')})."
    if key.startswith("fte:"):
        k = int(key[4:])
        r = p["reports"][k]
        if lang == "en":
            return f"Correction on the team: the {r['title']} has {fte_en(r['fte'])} FTEs, not {fte_en(wrong)}."
        return f"Correction pour l'équipe : {r['title_fr']} a {fte_fr(r['fte'])} ETP, pas {fte_fr(wrong)}."
    raise ValueError(key)


def plan_correction(p, rng):
    opts = ["salary", "om", "om", "classification", "sup_cls"]
    if p["position_number"]:
        opts.append("position_number")
    if p["effective_date"]:
        opts.append("effective_date")
    ftes = [k for k, r in enumerate(p["reports"]) if r["fte"]]
    if ftes:
        opts.append(f"fte:{rng.choice(ftes)}")
    key = rng.choice(opts)
    if key == "salary":
        wrong = p["salary"] + rng.choice([-1, 1]) * rng.randint(3, 12) * 10000
    elif key == "om":
        wrong = p["om"] + rng.choice([-1, 1]) * rng.randint(2, 8) * 5000
    elif key == "classification":
        wrong = {"EX-01": "EX-02", "EX-02": "EX-01", "EX-03": "EX-02"}[p["classification"]]
    elif key == "sup_cls":
        wrong = {"EX-02": "EX-03", "EX-03": "EX-02", "EX-04": "EX-03", "EX-05": "EX-04"}[p["sup"]["classification"]]
    elif key == "position_number":
        pn = p["position_number"]
        wrong = pn[:2] + pn[3] + pn[2] + pn[4:]
        if wrong == pn:
            wrong = pn[:-1] + str((int(pn[-1]) + 1) % 10)
    elif key == "effective_date":
        wrong = p["effective_date"].replace(year=p["effective_date"].year) - dt.timedelta(days=rng.choice([30, 61, 92]))
    else:
        k = int(key[4:])
        wrong = p["reports"][k]["fte"] + rng.choice([-2, 2, 3])
    p["corr"] = (key, wrong)


# ---------------------------------------------------------------- styles

def signature(name, title, dept, lang):
    if lang == "en":
        return [name, title, dept[0]]
    if lang == "fr":
        return [name, title, dept[1]]
    return [name, title, f"{dept[0]} / {dept[1]}"]


def ts(rng, base=dt.datetime(2024, 3, 4, 9, 0)):
    return base + dt.timedelta(days=rng.randint(0, 200), minutes=rng.randint(0, 480))


def body_paragraphs(p, lang, persona, rng, reports_as="sentence"):
    ch = chunks_en(p, persona, rng) if lang == "en" else chunks_fr(p, persona, rng)
    duties = T.DUTIES_EN if lang == "en" else T.DUTIES_FR
    d = rng.sample(duties, 2)
    paras = []
    paras.append(" ".join(x for x in [ch["title"], ch.get("posnum"), ch.get("job_code")] if x))
    if lang == "en":
        paras.append(f"In a nutshell the job is to {d[0]}, and to {d[1]}. " + ch["sup"])
    else:
        paras.append(f"En bref, il s'agit de {d[0]}, et de {d[1]}. " + ch["sup"])
    if reports_as == "sentence":
        paras.append(reports_sentence(p, lang, persona, rng))
    else:
        lead = {"en": "The team:", "fr": "L'équipe :"}[lang]
        paras.append(lead + "\n" + "\n".join(reports_bullets(p, lang, rng)))
    paras.append(" ".join(x for x in [ch["money"], ch["loc"], ch.get("eff")] if x))
    if p.get("distractor"):
        paras.append(p["distractor"][lang])
    return paras


def style_email(p, lang, persona, rng, writer, hr, cp1252=False):
    sent = ts(rng)
    subj_en = {"sup": f"my new {p['title_en'].split(',')[0]} position", "inc": "info for my work description",
               "third": "position details"}[persona]
    subj_fr = {"sup": "mon nouveau poste de " + p["title_fr"].split(",")[0].lower(), "inc": "info pour ma description de travail",
               "third": "détails du poste"}[persona]
    wtitle = (p["sup"]["title_en"] if persona == "sup" else p["title_en"]) if lang != "fr" else (p["sup"]["title_fr"] if persona == "sup" else p["title_fr"])
    dept = p["dept"]
    lines = []
    corr = correction_text(p, lang if lang != "bilingual" else "en", rng)
    reply_top = corr and rng.random() < 0.5
    if reply_top:
        s2 = sent + dt.timedelta(hours=2, minutes=13)
        if lang == "fr":
            lines += [f"De : {writer}", f"Envoyé : {s2:%Y-%m-%d %H:%M}", f"À : {hr}", f"Objet : RE: {subj_fr}", "",
                      "Bonjour,", "", corr, "", "Merci,", writer.split()[0], "", "-----Message d'origine-----"]
        else:
            lines += [f"From: {writer}", f"Sent: {s2:%A, %B %d, %Y %I:%M %p}", f"To: {hr}", f"Subject: RE: {subj_en}", "",
                      "Hi again,", "", corr, "", "Thanks,", writer.split()[0], "", "-----Original Message-----"]
        corr = None
    if lang == "fr":
        lines += [f"De : {writer}", f"Envoyé : {sent:%Y-%m-%d %H:%M}", f"À : {hr}", f"Objet : {subj_fr}", "",
                  f"Bonjour {hr.split()[0]},", "", "Comme convenu, voici les renseignements pour la description de travail.", ""]
    else:
        subj = subj_en if lang == "en" else f"{subj_en} / {subj_fr}"
        lines += [f"From: {writer}", f"Sent: {sent:%A, %B %d, %Y %I:%M %p}", f"To: {hr}", f"Subject: {subj}", ""]
        if lang == "bilingual":
            lines += ["(Le français suit l'anglais)", ""]
        lines += [f"Hi {hr.split()[0]},", "", "As discussed, here's what you need for the work description.", ""]
    L = "fr" if lang == "fr" else "en"
    for para in body_paragraphs(p, L, persona, rng, rng.choice(["sentence", "bullets"])):
        lines += [para, ""]
    if corr:
        lines += [("P.S. " if rng.random() < 0.5 else "") + corr, ""]
    if lang == "bilingual":
        lines += ["---", "", f"Bonjour {hr.split()[0]},", "", "Voici l'information pour la description de travail.", ""]
        save = p.get("corr")
        p["corr"] = None
        for para in body_paragraphs(p, "fr", persona, R.__class__(len(p["title_en"])), "sentence"):
            lines += [para, ""]
        p["corr"] = save
    lines += ["Thanks," if L == "en" else "Merci,", ""] + signature(writer, wtitle, dept, lang)
    return "\n".join(lines) + "\n"


def style_chat(p, lang, persona, rng, writer, hr, flavour):
    L = "fr" if lang == "fr" else "en"
    ch = chunks_en(p, persona, rng) if L == "en" else chunks_fr(p, persona, rng)
    t0 = ts(rng)
    msgs = []
    if L == "en":
        msgs.append((hr, "hey! for the new EX file, can you give me the basics? title, level, who it reports to, team, budget"))
        msgs.append((writer, "sure, one sec"))
    else:
        msgs.append((hr, "allo! pour le dossier EX, peux-tu me donner l'essentiel? titre, niveau, à qui ça relève, équipe, budget"))
        msgs.append((writer, "oui, une seconde"))
    msgs.append((writer, ch["title"]))
    if lang == "bilingual":
        msgs.append((writer, f"en français : {p['title_fr']}"))
    for k in ("posnum", "job_code", "sup"):
        if ch.get(k):
            msgs.append((writer, ch[k]))
    msgs.append((hr, "ok 👍 and the team?" if L == "en" else "ok 👍 et l'équipe?"))
    if rng.random() < 0.5:
        for b in reports_bullets(p, L, rng, dash=""):
            msgs.append((writer, b))
    else:
        msgs.append((writer, reports_sentence(p, L, persona, rng)))
    msgs.append((hr, "budget?" if L == "en" else "et le budget?"))
    msgs.append((writer, ch["money"]))
    if p.get("distractor"):
        msgs.append((writer, p["distractor"][L]))
    for k in ("loc", "eff"):
        if ch.get(k):
            msgs.append((writer, ch[k]))
    corr = correction_text(p, L, rng)
    if corr:
        msgs.append((hr, "great, I'll draft it today" if L == "en" else "parfait, je fais l'ébauche aujourd'hui"))
        msgs.append((writer, corr))
    msgs.append((hr, "thx!" if L == "en" else "merci!"))
    out = []
    if flavour == "teams":
        out.append(f"Chat with {hr}" if L == "en" else f"Conversation avec {hr}")
        out.append("")
        t = t0
        for who, m in msgs:
            t += dt.timedelta(minutes=rng.randint(0, 3))
            last, first = who.split()[1], who.split()[0]
            out.append(f"[{t:%Y-%m-%d %I:%M %p}] {last}, {first}")
            out.append(m)
            out.append("")
    else:
        out.append(f"#hr-classification   exported {t0:%Y-%m-%d}")
        out.append("")
        t = t0
        for who, m in msgs:
            t += dt.timedelta(minutes=rng.randint(0, 4))
            out.append(f"{who}  {t:%H:%M}")
            out.append(m)
    return "\n".join(out) + "\n"


def labeled_lines(p, lang, rng, labels_share=0.6):
    """A few labels mixed with sentences (notes, tickets)."""
    L = lang
    ch = chunks_en(p, "inc", rng) if L == "en" else chunks_fr(p, "inc", rng)
    lab = {"en": dict(title="Title", cls="Level", pn="Position #", jc="Job code", eff="Effective", loc="Location",
                      sup="Reports to", sal="Salary", om="O&M", tot="Total"),
           "fr": dict(title="Titre", cls="Niveau", pn="No de poste", jc="Code d'emploi", eff="En vigueur", loc="Lieu",
                      sup="Relève de", sal="Salaires", om="F et E", tot="Total")}[L]
    amt = amt_en if L == "en" else amt_fr
    dat = date_en if L == "en" else date_fr
    out = []
    t = p["title_en"] if L == "en" else p["title_fr"]
    out.append(f"{lab['title']}: {t}" if L == "en" else f"{lab['title']} : {t}")
    colon = ": " if L == "en" else " : "
    out.append(f"{lab['cls']}{colon}{cls_fmt(val(p, get, 'classification'), rng)}")
    pn = val(p, get, "position_number")
    if pn:
        out.append(f"{lab['pn']}{colon}{pn}")
    if p["job_code"]:
        out.append(f"{lab['jc']}{colon}{p['job_code']}")
    if rng.random() < labels_share:
        s = p["sup"]
        scls = cls_fmt(val(p, lambda q, k: q["sup"]["classification"], "sup_cls"), rng)
        st = sup_name_en(p) if L == "en" else sup_name_fr(p)
        out.append(f"{lab['sup']}{colon}{st} ({scls})" + (f", {s['position_number']}" if s["position_number"] else ""))
    else:
        out.append(ch["sup"])
    if rng.random() < labels_share:
        out.append(f"{lab['sal']}{colon}{amt(val(p, get, 'salary'), rng)}")
        out.append(f"{lab['om']}{colon}{amt(val(p, get, 'om'), rng)}")
        if p["total_stated"] and not (p.get("corr") and p["corr"][0] in ("salary", "om")):
            out.append(f"{lab['tot']}{colon}{amt(p['salary'] + p['om'], rng)}")
    else:
        out.append(ch["money"])
    out.append(ch["loc"])
    ed = val(p, get, "effective_date")
    if ed:
        out.append(f"{lab['eff']}{colon}{dat(ed, rng)}")
    return out


def style_notes_md(p, lang, rng, author):
    L = "fr" if lang == "fr" else "en"
    stamp = ts(rng)
    out = [f"# {p['title_en'] if L == 'en' else p['title_fr']} — {'notes' if L == 'en' else 'notes pour les RH'}", "",
           f"{stamp:%A, %B %d, %Y}  {stamp:%I:%M %p}" if L == "en" else f"{stamp:%Y-%m-%d %H:%M}", ""]
    if lang == "bilingual":
        out += [f"FR title / titre FR : *{p['title_fr']}*", ""]
    for line in labeled_lines(p, L, rng):
        out.append(f"- {line}")
    out += ["", "## " + ("Team" if L == "en" else "Équipe"), ""]
    if rng.random() < 0.5:
        hdr = ("| Position | Level | FTE |" if L == "en" else "| Poste | Niveau | ETP |")
        out += [hdr, "|---|---|---|"]
        for t, cl, f in report_items(p, L, rng):
            out.append(f"| {t} | {cl} | {f or ''} |")
    else:
        out += reports_bullets(p, L, rng)
    duties = T.DUTIES_EN if L == "en" else T.DUTIES_FR
    out += ["", "## " + ("What the job is" if L == "en" else "Le poste"), "",
            ("I " if L == "en" else "Je dois ") + "; ".join(rng.sample(duties, 3)) + "."]
    if p.get("distractor"):
        out += ["", p["distractor"][L]]
    corr = correction_text(p, L, rng)
    if corr:
        out += ["", f"**EDIT {stamp + dt.timedelta(days=2):%Y-%m-%d}:** {corr}"]
    if author:
        out += ["", f"_{author}_"]
    return "\n".join(out) + "\n"


def style_ticket(p, lang, rng, requester, agent):
    L = "fr" if lang == "fr" else "en"
    num = f"RITM{rng.randint(40000, 99999):07d}"
    t = ts(rng)
    if L == "en":
        head = [f"{num} | Classification - new/updated EX position", f"Opened: {t:%Y-%m-%d %H:%M:%S}",
                f"Requested for: {requester}", f"Department: {p['dept'][0]}", f"Assigned to: {agent}", f"Short description: Create position - {p['title_en']}",
                "Description:", "--- pasted by requester ---"]
    else:
        head = [f"{num} | Classification - poste EX nouveau/modifié", f"Ouvert : {t:%Y-%m-%d %H:%M:%S}",
                f"Demandé pour : {requester}", f"Ministère : {p['dept'][1]}", f"Assigné à : {agent}", f"Description courte : Création de poste - {p['title_fr']}",
                "Description :", "--- collé par le demandeur ---"]
    body = labeled_lines(p, L, rng, 0.4)
    body.append(reports_sentence(p, L, "third", rng))
    if p.get("distractor"):
        body.append(p["distractor"][L])
    tail = ["--- end ---" if L == "en" else "--- fin ---", ""]
    corr = correction_text(p, L, rng)
    tail += [("Additional comments (Customer Visible)" if L == "en" else "Commentaires supplémentaires (visibles par le client)"),
             f"{t + dt.timedelta(days=1):%Y-%m-%d %H:%M:%S} - {agent}",
             "Thanks, we'll assign a classification advisor." if L == "en" else "Merci, un conseiller en classification sera assigné."]
    if corr:
        tail += ["", f"{t + dt.timedelta(days=1, hours=3):%Y-%m-%d %H:%M:%S} - {requester}", corr]
    return "\n".join(head + body + tail) + "\n"


def docx_draft(p, lang, rng, author, stamp):
    d = docx.Document()
    d.core_properties.author = author or "HRuser"
    d.core_properties.last_modified_by = author or "HRuser"
    d.core_properties.created = stamp
    d.core_properties.modified = stamp
    d.core_properties.revision = 3
    L = "fr" if lang == "fr" else "en"
    if L == "en":
        d.add_heading("DRAFT - my position (for HR)", level=1)
        d.add_paragraph("Written by me, please fix the wording as needed.").italic = True
    else:
        d.add_heading("ÉBAUCHE – mon poste (pour les RH)", level=1)
        d.add_paragraph("Rédigé par moi; corrigez le style au besoin.")
    if lang == "bilingual":
        d.add_paragraph(f"Titre en français : {p['title_fr']}")
    paras = body_paragraphs(p, L, "inc", rng, reports_as="sentence" if rng.random() < 0.4 else "none")
    for para in paras:
        if para.startswith(("The team:", "L'équipe :")):
            continue
        d.add_paragraph(para)
    if not any(x.startswith(("My direct reports", "Mes subordonnés", "Direct reports", "The Director's")) for x in paras):
        d.add_heading("My team" if L == "en" else "Mon équipe", level=2)
        tb = d.add_table(rows=1, cols=3)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Position", "Group/level", "FTEs"] if L == "en" else ["Poste", "Groupe et niveau", "ETP"]):
            c.text = h
        for t, cl, f in report_items(p, L, rng):
            row = tb.add_row().cells
            row[0].text, row[1].text, row[2].text = t, cl, f or ("n/a" if L == "en" else "s.o.")
    corr = correction_text(p, L, rng)
    if corr:
        para = d.add_paragraph()
        r = para.add_run(f"[{corr}]")
        r.bold = True
    if lang == "bilingual":
        d.add_heading("Résumé en français", level=2)
        save = p.get("corr")
        p["corr"] = None
        for para in body_paragraphs(p, "fr", "inc", random.Random(len(p["title_fr"])), "sentence"):
            d.add_paragraph(para)
        p["corr"] = save
    if author:
        d.add_paragraph("")
        d.add_paragraph(author)
        d.add_paragraph(p["dept"][1] if lang == "fr" else p["dept"][0])
    bio = io.BytesIO()
    d.save(bio)
    return rezip(bio.getvalue())


def docx_text(lines, author, stamp):
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.created = stamp
    d.core_properties.modified = stamp
    d.core_properties.revision = 1
    for ln in lines:
        if ln.startswith("# "):
            d.add_heading(ln[2:], level=1)
        elif ln.startswith("## "):
            d.add_heading(ln[3:], level=2)
        elif ln.startswith("- "):
            d.add_paragraph(ln[2:], style="List Bullet")
        elif ln:
            d.add_paragraph(ln)
    bio = io.BytesIO()
    d.save(bio)
    return rezip(bio.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 6, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def wrap(text, width):
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        out.append(line)
    return out


def pdf_pages(text, header):
    lines = wrap(text, 95)
    pages = []
    for i in range(0, len(lines), 60):
        pages.append("\n".join([header, ""] + lines[i:i + 60] + ["", f"Page {i // 60 + 1}"]))
    return pdf_bytes(pages)


OCR_RATES = {"light": (0.12, 0.01, 0.01), "medium": (0.3, 0.04, 0.03), "heavy": (0.5, 0.08, 0.07)}
DIG = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}


def ocr(text, strength, rng, header):
    dr, lr, jr = OCR_RATES[strength]
    s = []
    for ch in text:
        if ch in DIG and rng.random() < dr:
            s.append(rng.choice([DIG[ch], "I"]) if ch == "1" else DIG[ch])
        elif ch == "m" and rng.random() < lr:
            s.append("rn")
        elif ch == "l" and rng.random() < lr:
            s.append("I")
        elif ch == "é" and rng.random() < lr * 6:
            s.append("e")
        elif ch in "’“”" :
            s.append("'" if ch == "’" else '"')
        elif ch == NBSP:
            s.append(" ")
        else:
            s.append(ch)
    t = "".join(s)
    words = t.split(" ")
    t = ""
    for i, w in enumerate(words):
        t += w
        if i < len(words) - 1:
            t += "" if (rng.random() < jr and w and not w.endswith("\n")) else " "
    lines = []
    for para in t.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > 72:
                if len(w) > 7 and w.isalpha() and rng.random() < 0.5:
                    cut = len(w) // 2
                    lines.append(f"{line} {w[:cut]}-")
                    line = w[cut:]
                else:
                    lines.append(line)
                    line = w
            else:
                line = f"{line} {w}" if line else w
        lines.append(line)
    pages, per = [], 40
    for i in range(0, len(lines), per):
        n = i // per + 1
        pages.append("\n".join([header, ""] + lines[i:i + per] + ["", rng.choice([f"Page {n}", f"- {n} -", f"{n}"])]))
    return "\n\f".join(pages) + "\n"


# ---------------------------------------------------------------- corpus plan

# (kind, lang, style, persona)
PLAN = [
    ("text", "en", "email", "sup"), ("text", "en", "email", "sup"), ("text", "en", "email", "inc"),
    ("text", "en", "teams", "inc"), ("text", "en", "teams", "sup"), ("text", "en", "slack", "inc"),
    ("text", "en", "slack", "sup"), ("text", "en", "ticket", "third"), ("text", "en", "ticket", "third"),
    ("text", "fr", "email", "sup"), ("text", "fr", "teams", "inc"), ("text", "bilingual", "email", "inc"),
    ("text", "fr", "ticket", "third"), ("text", "bilingual", "teams", "inc"),
    ("text-cp1252", "en", "email", "inc"), ("text-cp1252", "en", "email", "sup"), ("text-cp1252", "fr", "email", "sup"),
    ("text-cp1252", "fr", "email", "inc"), ("text-cp1252", "bilingual", "email", "sup"),
    ("markdown", "en", "notes", "inc"), ("markdown", "en", "notes", "inc"), ("markdown", "fr", "notes", "inc"),
    ("markdown", "bilingual", "notes", "inc"), ("markdown", "en", "ticket", "third"),
    ("docx", "en", "draft", "inc"), ("docx", "en", "draft", "inc"), ("docx", "en", "draft", "inc"),
    ("docx", "fr", "draft", "inc"), ("docx", "fr", "draft", "inc"), ("docx", "bilingual", "draft", "inc"),
    ("docx", "en", "notes", "inc"), ("docx", "fr", "email", "sup"),
    ("pdf", "en", "email", "sup"), ("pdf", "en", "email", "inc"), ("pdf", "fr", "draft", "inc"),
    ("pdf", "bilingual", "email", "sup"), ("pdf", "en", "ticket", "third"),
    ("ocr", "en", "email", "sup"), ("ocr", "en", "draft", "inc"), ("ocr", "fr", "email", "inc"),
    ("ocr", "fr", "draft", "inc"), ("ocr", "bilingual", "email", "sup"),
    # version pairs are added separately: (markdown notes v1 -> v2), (text email -> docx draft final)
]


def distractor(p, rng, persona):
    k = rng.choice(["branch", "old", "none", "none"])
    if k == "old" and persona != "inc":
        k = "branch"
    if k == "branch":
        v = rng.randint(30, 90) * 1000000
        return {"en": f"(For context, the branch as a whole runs about {amt_en(v, rng)} and the ADM's office is position {rng.randint(10000, 99999)}.)",
                "fr": f"(Pour le contexte, la direction générale gère environ {amt_fr(v, rng)} et le poste du SMA est le {rng.randint(10000, 99999)}.)",
                "kind": "branch budget and the ADM's position number"}
    if k == "old":
        v = rng.randint(40, 180) * 10000
        return {"en": f"The old {p['title_en'].split(',')[0]} job I came from (position {rng.randint(10000, 99999)}) had {amt_en(v, rng)} in salary, so this is a step up.",
                "fr": f"Mon ancien poste (no {rng.randint(10000, 99999)}) avait {amt_fr(v, rng)} en salaires; c'est donc un pas de plus.",
                "kind": "a former position's number and salary"}
    return None


def render(p, kind, lang, style, persona, rng):
    """Return (bytes, people, also_extra)."""
    people = []
    writer = p["incumbent"] if persona == "inc" and p["incumbent"] else person()
    hr = person()
    if persona == "sup":
        p["sup_name"] = writer
    people += [writer, hr]
    if persona == "inc" and not p["incumbent"]:
        p["incumbent"] = writer
    extra = {}
    if style == "email":
        txt = style_email(p, lang, persona, rng, writer, hr)
    elif style in ("teams", "slack"):
        txt = style_chat(p, lang, persona, rng, writer, hr, style)
    elif style == "ticket":
        txt = style_ticket(p, lang, rng, writer, hr)
        if kind == "markdown":
            txt = "```\n" + txt + "```\n"
    elif style == "notes":
        txt = style_notes_md(p, lang, rng, writer if rng.random() < 0.5 else None)
    elif style == "draft":
        txt = None
    if kind == "docx":
        stamp = dt.datetime(2024, 5, 1, 9, 30) + dt.timedelta(days=rng.randint(0, 90))
        if style == "draft":
            return docx_draft(p, lang, rng, writer, stamp), people, extra
        return docx_text(txt.split("\n"), writer, stamp), people, extra
    if style == "draft":  # plain-text draft for pdf/ocr
        L = "fr" if lang == "fr" else "en"
        head = ("DRAFT - position summary (my words)" if L == "en" else "ÉBAUCHE - résumé du poste (mes mots)")
        paras = body_paragraphs(p, L, "inc", rng, rng.choice(["sentence", "bullets"]))
        corr = correction_text(p, L, rng)
        if corr:
            paras.append(f"Note added later: {corr}" if L == "en" else f"Ajout : {corr}")
        if lang == "bilingual":
            save, p["corr"] = p.get("corr"), None
            paras += ["-- Version française --", f"Titre : {p['title_fr']}"] + body_paragraphs(p, "fr", "inc", random.Random(3), "sentence")
            p["corr"] = save
        txt = head + "\n\n" + "\n\n".join(paras) + f"\n\n{writer}\n{p['dept'][1] if lang == 'fr' else p['dept'][0]}\n"
    if kind == "text":
        return txt.encode("utf-8"), people, extra
    if kind == "text-cp1252":
        t = txt.replace("'", "’").replace("--- ", "– ")
        return t.replace("\n", "\r\n").encode("cp1252"), people, extra
    if kind == "markdown":
        return txt.encode("utf-8"), people, extra
    if kind == "pdf":
        hdr = "Printed from Outlook" if style == "email" else ("ServiceNow - printable view" if style == "ticket" else "")
        return pdf_pages(txt.replace("\u202f", " ").replace("👍", "(y)"), hdr), people, extra
    if kind == "ocr":
        strength = p["damage"]
        hdr = p["dept"][2] + (" - printed e-mail" if style == "email" else " - draft for HR")
        extra["damage"] = strength
        return ocr(txt, strength, rng, hdr).encode("utf-8"), people, extra
    raise ValueError(kind)


def fields_for(p, lang):
    fr = lang == "fr"
    s = p["sup"]
    reps = [dict(title=r["title_fr"] if fr else r["title"], classification=r["classification"],
                 fte=(int(r["fte"]) if r["fte"] is not None and float(r["fte"]).is_integer() else r["fte"]))
            for r in p["reports"]]
    total = p["salary"] + p["om"] if p["total_stated"] else None
    f = dict(
        title=p["title_fr"] if fr else p["title_en"], classification=p["classification"], job_code=p["job_code"],
        position_number=p["position_number"], effective_date=p["effective_date"],
        supervisor=dict(position_number=s["position_number"], title=s["title_fr"] if fr else s["title_en"],
                        classification=s["classification"]),
        direct_reports=reps or None, salary=p["salary"], o_and_m=p["om"], total=total,
        location=p["place"][1] if fr else p["place"][0])
    ns = [k for k in ("job_code", "position_number", "effective_date", "total") if f[k] is None]
    if s["position_number"] is None:
        ns.append("supervisor.position_number")
    return f, ns


def y(v, ind=0):
    """Tiny YAML emitter for our truths."""
    pad = "  " * ind
    if isinstance(v, dict):
        out = []
        for k, x in v.items():
            if isinstance(x, (dict, list)) and x:
                out.append(f"{pad}{k}:")
                out.append(y(x, ind + 1 if isinstance(x, dict) else ind))
            else:
                out.append(f"{pad}{k}: {scalar(x)}")
        return "\n".join(out)
    if isinstance(v, list):
        out = []
        for x in v:
            if isinstance(x, dict):
                lines = y(x, ind + 1).split("\n")
                out.append(f"{pad}- " + lines[0].lstrip())
                out += lines[1:]
            else:
                out.append(f"{pad}- {scalar(x)}")
        return "\n".join(out)
    return pad + scalar(v)


def scalar(x):
    if x is None:
        return "null"
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, (int, float)):
        return f"{x:g}" if isinstance(x, float) else str(x)
    if isinstance(x, dt.date):
        return x.isoformat()
    if isinstance(x, (dict, list)):
        return "{}" if isinstance(x, dict) else "[]"
    s = str(x)
    return "'" + s.replace("'", "''") + "'"


def fname(p, kind, lang, style, i, rng):
    t = p["title_en"] if lang != "fr" else p["title_fr"]
    short = t.split(",")[0]
    area = t.split(", ", 1)[1]
    ext = {"text": ".txt", "text-cp1252": ".txt", "ocr": ".txt", "markdown": ".md", "docx": ".docx", "pdf": ".pdf"}[kind]
    if style == "email":
        base = rng.choice([f"RE_ my new {short} position", f"FW_ {t}", f"email - {area} position"]) if lang != "fr" else \
            rng.choice([f"RE_ nouveau poste de {short.lower()}", f"Courriel - poste {area}"])
    elif style == "teams":
        base = f"Teams chat - {area}" if lang != "fr" else f"Clavardage Teams - {area}"
    elif style == "slack":
        base = f"slack export #hr-classification ({area})"
    elif style == "ticket":
        base = f"RITM ticket - Create position {t}" if lang != "fr" else f"Billet - création de poste, {area}"
    elif style == "notes":
        base = rng.choice([f"OneNote - {t}", f"notes {area} (for HR)", f"{short} {area} notes"]) if lang != "fr" else \
            f"Notes OneNote - {t}"
    else:
        base = rng.choice([f"DRAFT my position - {area}", f"{t} - my draft", f"position summary, {area}"]) if lang != "fr" else \
            rng.choice([f"Ébauche - mon poste, {area}", f"{t} (ébauche)"])
    if kind == "ocr":
        base = rng.choice([f"scan {base}", f"{base} - scanned", f"Numérisation - {base}" if lang == "fr" else f"{base} (scan)"])
    base += rng.choice(["", "", "", " (1)", " - signed" if lang != "fr" else " - signé", " v2", "_final"]) if style != "notes" else ""
    return base.replace("/", "-").replace(":", "") + ext


def main():
    for d in (CORPUS, EXPECTED):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    rng = R
    docs = []  # (filename, bytes, truth dict)
    order = list(range(len(T.AREAS)))
    R.shuffle(order)
    area_iter = iter(order)
    # Two DGs whose descriptions are in the corpus, with Directors under them.
    positions = []
    for j, (kind, lang, style, persona) in enumerate(PLAN):
        p = make_position(next(area_iter), lang)
        positions.append((p, kind, lang, style, persona))
    # reports_to_in_corpus: make positions 3 and 27 Directors reporting to DGs 0 and 24
    links = [(0, 3), (24, 27), (24, 34)]
    for dg_i, dir_i in links:
        dg = positions[dg_i][0]
        dg["classification"] = "EX-03"
        if not dg.get("_scaled"):
            dg["salary"], dg["om"], dg["_scaled"] = dg["salary"] * 3, dg["om"] * 3, True
        lvl = T.LEVELS["EX-03"]
        dg["title_en"] = f"{lvl[0]}, {dg['title_en'].split(', ', 1)[1]}"
        dg["title_fr"] = f"{lvl[2] if dg['fem'] else lvl[1]}, {dg['title_fr'].split(', ', 1)[1]}"
        if not dg["position_number"]:
            dg["position_number"] = str(rng.randint(10000, 99999))
        if dg["sup"]["classification"] in ("EX-02", "EX-03"):
            dg["sup"]["classification"] = "EX-04"
            dg["sup"]["title_en"] = "Assistant Deputy Minister, " + dg["sup"]["title_en"].split(", ", 1)[1]
            dg["sup"]["title_fr"] = "Sous-ministre adjoint, " + dg["sup"]["title_fr"].split(", ", 1)[1]
        d = positions[dir_i][0]
        d["classification"] = "EX-01"
        lvl = T.LEVELS["EX-01"]
        d["title_en"] = f"{lvl[0]}, {d['title_en'].split(', ', 1)[1]}"
        d["title_fr"] = f"{lvl[2] if d['fem'] else lvl[1]}, {d['title_fr'].split(', ', 1)[1]}"
        d["sup"] = dict(title_en=dg["title_en"], title_fr=dg["title_fr"], classification="EX-03",
                        position_number=dg["position_number"] if rng.random() < 0.7 else None, abbr=False)
        d["_link"] = dg_i
        keep = dg["reports"] if any(r.get("_linked") for r in dg["reports"]) else [r for r in dg["reports"] if r["title"] != "Senior Advisor"][:2]
        dg["reports"] = keep + \
            [dict(title=d["title_en"], title_fr=d["title_fr"], classification="EX-01", fte=rng.choice([21, 34, 40]), _linked=True)]
        d["dept"] = dg["dept"]
        d["reports"] = [r for r in d["reports"] if not r["title"].startswith("Director")] or \
            [dict(title="Manager, Operations", title_fr="Gestionnaire, Opérations", classification="PM-06", fte=10)]
        d["salary"] = min(d["salary"], 2400000)
        d["om"] = min(d["om"], 600000)
    damages = iter(["light", "medium", "heavy", "medium", "heavy", "light"])
    for j, (p, kind, lang, style, persona) in enumerate(positions):
        if kind == "ocr":
            p["damage"] = next(damages)
        if rng.random() < 0.35:
            plan_correction(p, rng)
        p["distractor"] = distractor(p, rng, persona)

    names = set()
    fnames = {}
    for j, (p, kind, lang, style, persona) in enumerate(positions):
        fn = fname(p, kind, lang, style, j, rng)
        while fn in names:
            fn = fn.replace(".", " (2).", 1) if "(2)" not in fn else fn.replace("(2)", "(3)")
        names.add(fn)
        fnames[j] = fn
    for j, (p, kind, lang, style, persona) in enumerate(positions):
        data, people, extra = render(p, kind, lang, style, persona, rng)
        docs.append((fnames[j], data, truth(p, kind, lang, style, persona, fnames[j], people, extra, fnames)))

    # Versions A: OneNote notes v1 -> v2 (O&M and a report added)
    pa = make_position(next(area_iter), "en", level="EX-01")
    pa["incumbent"] = person()
    pa["total_stated"] = False
    pa["distractor"] = None
    rng_a = random.Random(1751)
    v1 = style_notes_md(pa, "en", rng_a, pa["incumbent"])
    f1, v1p = fields_for(pa, "en")
    old = dict(om=pa["om"], reports=list(pa["reports"]))
    pa["om"] += 45000
    have = [r["title"] for r in pa["reports"]]
    en, fr, c = [x for x in T.REPORTS_MGR if x[0] not in have and x[2] != "AS-03"][0]
    pa["reports"] = pa["reports"] + [dict(title=en, title_fr=fr, classification=c, fte=5)]
    v2 = style_notes_md(pa, "en", random.Random(1752), pa["incumbent"])
    n1 = f"notes {pa['title_en'].split(', ', 1)[1]} for HR.md"
    n2 = f"notes {pa['title_en'].split(', ', 1)[1]} for HR v2.md"
    vers = dict(documents=[n1, n2], newest=n2, same_text=False, note="v2 raises the O&M by $45,000 and adds one direct report")
    pa_new = dict(pa)
    pa["om"], pa["reports"] = old["om"], old["reports"]
    docs.append((n1, v1.encode(), truth(pa, "markdown", "en", "notes", "inc", n1, [pa["incumbent"]], {}, {}, versions=vers)))
    docs.append((n2, v2.encode(), truth(pa_new, "markdown", "en", "notes", "inc", n2, [pa["incumbent"]], {}, {}, versions=vers)))

    # Versions B: incumbent e-mail (UTF-8) -> Word draft '- final' (salary changed, effective date set)
    pb = make_position(next(area_iter), "en", level="EX-02")
    pb["incumbent"] = person()
    pb["total_stated"] = False
    pb["effective_date"] = None
    pb["distractor"] = None
    hrb = person()
    e1 = style_email(pb, "en", "inc", random.Random(1753), pb["incumbent"], hrb)
    m1 = f"RE_ info for my work description - {pb['title_en'].split(', ', 1)[1]}.txt"
    m2 = f"{pb['title_en']} - my draft - final.docx"
    vers_b = dict(documents=[m1, m2], newest=m2, same_text=False,
                  note="the final Word draft has a salary $120,000 higher and states an effective date")
    tb1 = truth(pb, "text", "en", "email", "inc", m1, [pb["incumbent"], hrb], {}, {}, versions=vers_b)
    pb["salary"] += 120000
    pb["effective_date"] = dt.date(2025, 4, 1)
    e2 = docx_draft(pb, "en", random.Random(1754), pb["incumbent"], dt.datetime(2025, 2, 11, 14, 5))
    docs.append((m1, e1.encode(), tb1))
    docs.append((m2, e2, truth(pb, "docx", "en", "draft", "inc", m2, [pb["incumbent"]], {}, {}, versions=vers_b)))

    docs += refusals()

    for fn, data, tr in docs:
        with open(os.path.join(CORPUS, fn), "wb") as fh:
            fh.write(data)
        with open(os.path.join(EXPECTED, fn + ".expected.yaml"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(tr)


def truth(p, kind, lang, style, persona, fn, people, extra, fnames, versions=None):
    f, ns = fields_for(p, lang)
    also = {"department": (p["dept"][1] if lang == "fr" else p["dept"][0]) if style in ("email", "ticket", "draft") else None,
            "form": {"email": "e-mail", "teams": "Teams chat export", "slack": "Slack export", "ticket": "service ticket",
                     "notes": "OneNote/Word notes", "draft": "manager's first-person draft"}[style],
            "writer": {"inc": "incumbent", "sup": "supervisor", "third": "requester (ticket)"}[persona]}
    if lang == "fr":
        also["title_en"] = p["title_en"]
    else:
        also["title_fr"] = p["title_fr"] if lang == "bilingual" or kind == "docx" and "Titre" in "" else None
        if also["title_fr"] is None:
            del also["title_fr"]
    if lang == "bilingual":
        also["location_fr"] = p["place"][1]
        also["supervisor_title_fr"] = p["sup"]["title_fr"]
    ftes = [r["fte"] for r in p["reports"] if r["fte"] is not None]
    if p["sup"].get("abbr") and persona in ("inc", "third") and style not in ("ticket",) or (p["sup"].get("abbr") and style == "ticket"):
        if persona != "sup":
            also["supervisor_title_as_written"] = sup_name_fr(p) if lang == "fr" else sup_name_en(p)
    if p.get("corr"):
        k, w = p["corr"]
        also["corrected_in_text"] = f"{k}: {w.isoformat() if isinstance(w, dt.date) else w} first, corrected later in the text"
    if p.get("distractor"):
        also["distractor"] = p["distractor"]["kind"]
    if p.get("_link") is not None:
        also["reports_to_in_corpus"] = fnames[p["_link"]]
    also.update(extra)
    if also["department"] is None:
        also["department_stated"] = False
        del also["department"]
    ppl = []
    for n in people + ([p["incumbent"]] if p.get("incumbent") and persona == "inc" else []):
        if n and n not in ppl:
            ppl.append(n)
    doc = dict(document=fn, kind=kind, language=lang, outcome="import", fields=f, not_stated=ns or None, also=also,
               people=ppl, versions=versions)
    return emit(doc)


def emit(doc):
    out = []
    for k, v in doc.items():
        if isinstance(v, (dict, list)) and v:
            out.append(f"{k}:")
            out.append(y(v, 1 if isinstance(v, dict) else 0))
        else:
            out.append(f"{k}: {scalar(v)}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- refusals

def refusals():
    rng = random.Random(17500)
    out = []
    a, b, c = person(), person(), person()
    chat = "\n".join([
        f"Chat with {b}", "",
        f"[2024-06-11 09:02 AM] {a.split()[1]}, {a.split()[0]}", "can we book the interview for the Director, Client Experience competition? panel is me, you and the DG",
        "",
        f"[2024-06-11 09:04 AM] {b.split()[1]}, {b.split()[0]}", "Thursday 2pm works for me. candidate is available Thu or Fri",
        "",
        f"[2024-06-11 09:05 AM] {a.split()[1]}, {a.split()[0]}", "Thu 2pm then. I'll send the invite + the EX-01 questions. room 4B-210 or Teams?",
        "",
        f"[2024-06-11 09:07 AM] {b.split()[1]}, {b.split()[0]}", "Teams, the candidate is in Moncton. 90 minutes?",
        "",
        f"[2024-06-11 09:07 AM] {a.split()[1]}, {a.split()[0]}", "90 is good 👍",
    ]) + "\n"
    fn = "Teams chat - interview scheduling, Director competition.txt"
    out.append((fn, chat.encode(), refuse(fn, "text", "en", [a, b], "a chat scheduling an interview (names an EX-01 competition, no position data)")))

    d, e = person(), person()
    thread = "\r\n".join([
        f"From: {e}", "Sent: Wednesday, July 3, 2024 4:12 PM", f"To: {d}", "Subject: RE: leave request – Aug 12 to 23", "",
        "Hi,", "", "Approved in PeopleSoft. Enjoy the time off! Please make sure Tamsin has the briefing binder for the ADM’s", "“deep dive” on the 20th.", "",
        e.split()[0], "", "-----Original Message-----",
        f"From: {d}", "Sent: Tuesday, July 2, 2024 10:31 AM", f"To: {e}", "Subject: leave request – Aug 12 to 23", "",
        "Hi,", "", "I’d like to take annual leave from August 12 to 23 (10 days). My acting will be the Manager, Operations (PM-06).",
        "I still have 14.5 days of vacation leave left this year.", "", "Thanks,", d, ""])
    fn = "RE leave request – Aug 12 to 23.txt"
    out.append((fn, thread.encode("cp1252"), refuse(fn, "text-cp1252", "en", [d, e], "an e-mail thread approving a leave request")))

    f_, g = person(), person()
    dd = docx.Document()
    for prop, v in (("author", f_), ("last_modified_by", f_)):
        setattr(dd.core_properties, prop, v)
    dd.core_properties.created = dd.core_properties.modified = dt.datetime(2024, 9, 18, 16, 0)
    dd.add_heading(f"Note to file – {g}", level=1)
    dd.add_paragraph("Performance conversation, September 18, 2024 (mid-year).")
    dd.add_paragraph(f"{g} (Manager, Intake, PM-06) has met most commitments. The backlog target (under 12 weeks) was missed "
                     "in Q1 but recovered in Q2. Team engagement is strong; two of 14 staff are on assignments.")
    dd.add_paragraph("Areas to work on: briefing notes to the DG arrive late; delegation to team leads. We agreed on a "
                     "learning plan (Leading people, 3 days) and a check-in every two weeks.")
    dd.add_paragraph("Overall: Succeeded (preliminary). Not to be shared outside the PMA process.")
    dd.add_paragraph(f_)
    bio = io.BytesIO()
    dd.save(bio)
    fn = f"note - performance conversation {g.split()[0]} (confidential).docx"
    out.append((fn, rezip(bio.getvalue()), refuse(fn, "docx", "en", [g, f_], "a manager's note about an employee's performance")))

    fn = "Numérisation_2024-10-02_143311.pdf"
    out.append((fn, pdf_bytes(["", ""]), refuse(fn, "pdf", "fr", [], "a two-page scan without a text layer (the title suggests a French office)")))

    h, k = person(), person()
    notes = "\n".join([
        "# Réunion d'équipe – réorganisation / Team meeting – reorg", "", "2024-11-05, 10 h – 11 h, salle 3C / Teams", "",
        f"Présents / Present: {h}, {k}, équipe de gestion / management team", "",
        "- La nouvelle structure entre en vigueur le 1er avril 2025 / the new structure takes effect April 1, 2025",
        "- Deux directions fusionnent; aucun poste aboli / two directorates merge; no position abolished",
        "- Questions RH : écrire à la boîte générique / HR questions to the generic inbox",
        "- Prochaine rencontre : 2024-12-03 / next meeting December 3", ""])
    fn = "Notes réunion réorg - reorg meeting notes.md"
    out.append((fn, notes.encode(), refuse(fn, "markdown", "bilingual", [h, k], "bilingual minutes of a team meeting about a reorganization")))
    return out


def refuse(fn, kind, lang, people, what):
    return emit(dict(document=fn, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=None,
                     also={"what": what}, people=people or None, versions=None))


if __name__ == "__main__":
    main()
