"""Generate blind142: legacy (WordPerfect / old Word) work descriptions of research establishments.

Run from anywhere:  /work/main/.venv/bin/python bench/import/blind142/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run.
"""
import copy
import datetime as dt
import io
import os
import random
import re
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

from tests.import_files import pdf_bytes  # noqa: E402
import texts  # noqa: E402
from texts import BYKEY, NAMES  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
EXPECTED = os.path.join(HERE, "expected")

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


# ---------------------------------------------------------------- notations

def fmt_date(iso, style):
    d = dt.date.fromisoformat(iso)
    if style == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "longth":
        suf = "st" if d.day in (1, 21, 31) else "nd" if d.day in (2, 22) else "rd" if d.day in (3, 23) else "th"
        return f"{MONTHS_EN[d.month - 1]} {d.day}{suf}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "iso":
        return iso
    if style == "dots":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "upper":
        return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}"
    if style == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "frnum":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


def fmt_cls(c, style):
    parts = c.split("-")
    if style == "std":
        return c
    if style == "short":      # EX-1, SE-REM-2
        return "-".join(parts[:-1] + [str(int(parts[-1]))])
    if style == "space":      # EX 01, SE-REM 02
        return "-".join(parts[:-1]) + " " + parts[-1]
    if style == "res":        # RES-04, REM-02 for SE-RES-04, SE-REM-02; others as they are
        return c[3:] if c.startswith("SE-") else c
    if style == "slash":      # SE/REM-02
        return "/".join(parts[:-1]) + "-" + parts[-1]
    raise ValueError(style)


def grp(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def fmt_amt(v, style):
    if style == "dollars":
        return f"${grp(v, ',')}"
    if style == "nodollar":
        return grp(v, ",")
    if style == "k":
        return f"${grp(v // 1000, ',')}K"
    if style == "m":
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
        return f"${s}M"
    if style == "million":
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
        return f"${s} million"
    if style == "thousands":
        return grp(v // 1000, ",")
    if style == "fr":
        return grp(v, "\u00a0") + "\u00a0$"
    if style == "frsp":
        return grp(v, " ") + " $"
    if style == "frm":
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{s} M$"
    if style == "frk":
        return grp(v // 1000, " ") + " k$"
    raise ValueError(style)


def fiscal(iso):
    d = dt.date.fromisoformat(iso)
    y = d.year if d.month >= 4 else d.year - 1
    return f"{y}-{(y + 1) % 100:02d}", f"{y - 1}-{y % 100:02d}"


# ---------------------------------------------------------------- prose

def le(name):
    w = name.split()[0].lower()
    if w[0] in "aeiouéèh" and w not in ("halieutiques",):
        return "l'" + name
    if w in ("station", "commission", "direction", "division", "région"):
        return "la " + name
    return "le " + name


def de(name):
    w = name.split()[0].lower()
    if w in ("conseil",):
        return "du " + name
    if w[0] in "aeioué":
        return "d'" + name
    return "de " + name


def prose(p, lang, rng):
    est_en, est_fr = p["est"]
    dom = p["domain"]
    if lang == "fr":
        ga = (f"Sous l'autorité du {p['sup'][1]}, le titulaire dirige {le(est_fr)} et en assure la gestion "
              f"scientifique, financière et administrative; il définit les orientations des programmes de "
              f"recherche et de développement, veille à l'excellence scientifique des travaux et au transfert "
              f"des connaissances vers les clients, les partenaires industriels et les autres ministères.")
        ns = (f"{le(est_fr)[0].upper()}{le(est_fr)[1:]} est l'un des établissements de recherche {de(p['dept'][1])}. Ses chercheurs "
              f"mènent des travaux de recherche fondamentale et appliquée dont les résultats appuient les "
              f"décisions du Ministère, l'élaboration de règlements et la compétitivité des secteurs visés. "
              f"Le titulaire doit concilier des attentes souvent divergentes : celles de la communauté "
              f"scientifique, des clients de l'industrie, des provinces et de la haute direction, dans un "
              f"contexte de réduction des ressources et de renouvellement des effectifs scientifiques. Il "
              f"négocie des ententes de collaboration et de partage des coûts avec les universités et "
              f"l'industrie, et représente le Ministère auprès des organismes nationaux et internationaux.")
        acc = ["Établit les priorités et le plan stratégique de recherche de l'établissement et en évalue les résultats.",
               "Gère les ressources humaines, financières et matérielles, y compris les installations, les serres, "
               "les laboratoires et les navires ou fermes rattachés à l'établissement.",
               "Négocie des ententes de collaboration et de recherche concertée avec l'industrie, les universités et "
               "les gouvernements provinciaux, et en assure le suivi.",
               "Assure la diffusion et le transfert des résultats de la recherche aux clients et au public.",
               "Conseille la haute direction sur les questions scientifiques et représente le Ministère au sein de comités nationaux et internationaux.",
               "Favorise le perfectionnement et le renouvellement du personnel scientifique et technique."]
    else:
        ga = (f"Under the direction of the {p['sup'][0]}, the incumbent is responsible for the scientific, "
              f"financial and administrative management of the {est_en}; establishes the direction of its "
              f"research and development programs in {dom}; ensures scientific excellence and the transfer of "
              f"knowledge and technology to clients, industry partners and other federal departments.")
        ns = (f"The {est_en} is one of the research establishments of {p['dept'][0]}. Its scientists carry out "
              f"basic and applied research whose results support departmental decisions, the development of "
              f"regulations and standards, and the competitiveness of the sectors served. The incumbent must "
              f"reconcile the often conflicting expectations of the scientific community, industry clients, "
              f"the provinces and senior management at a time of reduced resources and renewal of the "
              f"scientific workforce. Matching-investment and cost-shared agreements with universities and "
              f"industry are negotiated and monitored, and the Department is represented on national and "
              f"international scientific bodies.")
        acc = ["Establishes the research priorities and strategic plan of the establishment and evaluates results.",
               "Manages the human, financial and material resources, including laboratories, greenhouses, farms, "
               "vessels and other facilities attached to the establishment.",
               "Negotiates collaborative and matching-investment agreements with industry, universities and provincial "
               "governments and monitors their delivery.",
               "Ensures the dissemination and transfer of research results to clients and to the public.",
               "Advises senior management on scientific issues and represents the Department on national and "
               "international committees.",
               "Promotes the development and renewal of scientific and technical staff."]
    rng.shuffle(acc)
    return ga, ns, acc[:rng.randint(4, 6)]


# ---------------------------------------------------------------- blocks and truth

L = {
    "en": dict(head="POSITION DESCRIPTION", sub="EXECUTIVE GROUP", title="Position Title", pos="Position No.",
               cls="Group and Level", job="Job Code", eff="Effective Date", dept="Department",
               est="Establishment", loc="Location", sup="Supervisor's Position Title",
               supcls="Supervisor's Group and Level", suppos="Supervisor's Position No.",
               ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION", ns="NATURE AND SCOPE",
               dim="DIMENSIONS", acc="SPECIFIC ACCOUNTABILITIES", sal="Salaries", om="O&M",
               tot="Total", fte="Person-years", rep="Position", grp="Group/Level", cert="CERTIFICATION",
               inc="Incumbent", supsig="Supervisor", clsby="Classified by", date="Date"),
    "fr": dict(head="DESCRIPTION DE POSTE", sub="GROUPE DE LA DIRECTION", title="Titre du poste", pos="Numéro du poste",
               cls="Groupe et niveau", job="Code d'emploi", eff="Date d'entrée en vigueur", dept="Ministère",
               est="Établissement", loc="Lieu de travail", sup="Titre du poste du superviseur",
               supcls="Groupe et niveau du superviseur", suppos="Numéro du poste du superviseur",
               ga="RESPONSABILITÉS GÉNÉRALES", org="ORGANISATION", ns="NATURE ET ÉTENDUE",
               dim="DIMENSIONS", acc="RESPONSABILITÉS PARTICULIÈRES", sal="Traitements et salaires",
               om="F et E", tot="Total", fte="Années-personnes", rep="Poste", grp="Groupe/niveau",
               cert="ATTESTATION", inc="Titulaire", supsig="Superviseur", clsby="Classifié par", date="Date"),
}


def bil(key):
    return f"{L['fr'][key]} / {L['en'][key]}"


def build(p, lang, o, rng):
    """Blocks of a work description, and its truth."""
    lab = L["fr" if lang == "fr" else "en"]
    fr = lang == "fr"
    ix = 1 if fr else 0
    cs = o.get("cls", "std")
    rcs = o.get("rcls", cs)
    amt = o.get("amt", "fr" if fr else "dollars")
    ds = o.get("date", "fr" if fr else "long")
    ftew = o.get("ftew", lab["fte"])
    title = p["title"][ix]
    title_shown = o.get("title_shown", title if lang != "bilingual" else f"{p['title'][0]} / {p['title'][1]}")
    blocks = []
    truth = dict(title=title, classification=p["cls"], job_code=None, position_number=None, effective_date=None,
                 supervisor=dict(position_number=None, title=p["sup"][ix], classification=p["sup"][2]),
                 direct_reports=None, salary=p["sal"], o_and_m=p["om"], total=None,
                 location=p["loc"][ix])
    also = dict(department=p["dept"][ix], establishment=p["est"][ix], fte=p["fte"])
    if lang == "bilingual":
        also["title_fr"] = p["title"][1]
    lbl = (lambda k: bil(k)) if lang == "bilingual" else (lambda k: lab[k])

    # header
    if o.get("form") == "ex":
        blocks.append(("h", "DESCRIPTION DE TRAVAIL - DIRECTION" if fr else
                       "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL - DIRECTION" if lang == "bilingual"
                       else "EXECUTIVE JOB DESCRIPTION"))
    else:
        blocks.append(("h", p["dept"][ix].upper() if lang != "bilingual" else f"{p['dept'][0]} / {p['dept'][1]}".upper()))
        blocks.append(("h", f"{L['fr']['head']} / {L['en']['head']}" if lang == "bilingual" else lab["head"]))
        blocks.append(("h", f"{L['fr']['sub']} / {L['en']['sub']}" if lang == "bilingual" else lab["sub"]))
    kv = []
    kv.append((lbl("title"), title_shown))
    if o.get("pos", True) and p["pos"]:
        kv.append((lbl("pos"), p["pos"]))
        truth["position_number"] = p["pos"]
    kv.append((lbl("cls"), fmt_cls(p["cls"], cs) + (o.get("cls_suffix", ""))))
    if o.get("job", True) and p["job"]:
        kv.append((lbl("job"), p["job"]))
        truth["job_code"] = p["job"]
    elif o.get("job_text"):
        kv.append((lbl("job"), o["job_text"]))
    if p["eff"] and o.get("eff", True):
        kv.append((lbl("eff"), fmt_date(p["eff"], ds)))
        truth["effective_date"] = p["eff"]
    elif o.get("eff_text"):
        kv.append((lbl("eff"), o["eff_text"]))
    kv.append((lbl("dept"), p["dept"][ix] if lang != "bilingual" else f"{p['dept'][0]} / {p['dept'][1]}"))
    kv.append((lbl("est"), p["est"][ix] if lang != "bilingual" else f"{p['est'][0]} / {p['est'][1]}"))
    locshown = o.get("loc_shown", p["loc"][ix] if lang != "bilingual" else p["loc"][0])
    if o.get("loc_shown"):
        truth["location"] = o["loc_shown"]
    kv.append((lbl("loc"), locshown))
    sup_style = o.get("sup", "fields")
    sup_t = p["sup"][ix]
    if lang == "bilingual":
        sup_t_shown = f"{p['sup'][0]} / {p['sup'][1]}"
    else:
        sup_t_shown = sup_t
    suppos = p["sup"][3] if o.get("suppos", True) else None
    if sup_style == "fields":
        kv.append((lbl("sup"), sup_t_shown))
        kv.append((lbl("supcls"), fmt_cls(p["sup"][2], cs)))
        if suppos:
            kv.append((lbl("suppos"), suppos))
    elif sup_style == "line":
        lab_rt = "Relève de" if fr else "Relève de / Reports to" if lang == "bilingual" else "Reports to"
        v = f"{sup_t_shown} ({fmt_cls(p['sup'][2], cs)})"
        if suppos:
            v += f", {'poste no' if fr else 'Pos. No.'} {suppos}"
        kv.append((lab_rt, v))
    if suppos and sup_style != "prose":
        truth["supervisor"]["position_number"] = suppos
    blocks.append(("kv", kv))

    ga, ns, acc = prose(p, "fr" if fr else "en", rng)
    if lang == "bilingual":
        ga_fr, ns_fr, acc_fr = prose(p, "fr", random.Random(rng.random()))
    blocks.append(("h", f"{L['fr']['ga']} / {L['en']['ga']}" if lang == "bilingual" else lab["ga"]))
    blocks.append(("p", ga))
    if lang == "bilingual":
        blocks.append(("p", ga_fr))

    # organization: supervisor prose and reports
    blocks.append(("h", f"{L['fr']['org']} / {L['en']['org']}" if lang == "bilingual" else lab["org"]))
    reps = p["reports"]
    if sup_style == "prose":
        pp = (f"Le titulaire relève du {sup_t} ({fmt_cls(p['sup'][2], cs)})" if fr else
              f"The incumbent reports to the {sup_t} ({fmt_cls(p['sup'][2], cs)})")
        if suppos:
            pp += f", poste no {suppos}" if fr else f", position number {suppos}"
            truth["supervisor"]["position_number"] = suppos
        pp += "." if fr or lang != "bilingual" else ". / Le titulaire relève du " + p["sup"][1] + "."
        blocks.append(("p", pp))
    if o.get("former"):
        blocks.append(("p", o["former"]))
    rstyle = o.get("reports", "table")
    rtitle = (lambda r: r[1]) if fr else (lambda r: r[0])
    rshown = (lambda r: f"{r[0]} / {r[1]}") if lang == "bilingual" and o.get("rep_bil", True) else rtitle
    nofte = o.get("nofte", False)
    n = len(reps)
    if rstyle == "table":
        intro = ("Les postes suivants relèvent directement du titulaire :" if fr else
                 "The following positions report directly to the incumbent:")
        blocks.append(("p", intro))
        head = [lab["rep"], lab["grp"]] + ([] if nofte else [ftew])
        rows = [[rshown(r), fmt_cls(r[2], rcs)] + ([] if nofte else [str(r[3])]) for r in reps]
        blocks.append(("table", head, rows))
    elif rstyle == "list":
        intro = ("Relèvent du titulaire :" if fr else "Reporting to the incumbent are:")
        blocks.append(("p", intro))
        items = []
        for r in reps:
            if nofte:
                items.append(f"{rshown(r)} ({fmt_cls(r[2], rcs)})")
            else:
                items.append(f"{rshown(r)} ({fmt_cls(r[2], rcs)}, {r[3]} {'A-P' if fr else 'PYs' if ftew != 'FTEs' else 'FTEs'})"
                             if not o.get("dash") else f"{fmt_cls(r[2], rcs)} - {rshown(r)} - {r[3]}")
        blocks.append(("list", items))
    elif rstyle == "prose":
        word = ["", "one", "two", "three", "four", "five", "six"][n]
        wfr = ["", "un", "deux", "trois", "quatre", "cinq", "six"][n]
        parts = []
        for r in reps:
            if nofte:
                parts.append(f"{'le' if fr else 'the'} {rtitle(r)} ({fmt_cls(r[2], rcs)})")
            else:
                parts.append(f"{'le' if fr else 'the'} {rtitle(r)} ({fmt_cls(r[2], rcs)}; {r[3]} {'années-personnes' if fr else 'person-years'})")
        if fr:
            s = f"Le titulaire dirige {wfr} gestionnaires qui relèvent directement de lui : " + "; ".join(parts[:-1]) + "; et " + parts[-1] + "."
        else:
            s = f"The incumbent directs {word} managers who report directly: " + "; ".join(parts[:-1]) + "; and " + parts[-1] + "."
        blocks.append(("p", s))
    truth["direct_reports"] = [dict(title=rtitle(r), classification=r[2], fte=None if nofte else r[3]) for r in reps]
    if any(r[2].startswith("SE-") for r in reps) and rcs == "res":
        pass

    blocks.append(("h", f"{L['fr']['ns']} / {L['en']['ns']}" if lang == "bilingual" else lab["ns"]))
    blocks.append(("p", ns))
    if lang == "bilingual":
        blocks.append(("p", ns_fr))

    # dimensions
    blocks.append(("h", f"{L['fr']['dim']} / {L['en']['dim']}" if lang == "bilingual" else lab["dim"]))
    dims = o.get("dims", "lines")
    total_on = o.get("total", True)
    tot = p["sal"] + p["om"]
    if dims == "fy":
        cur, prev = fiscal(p["eff"])
        ps, po = p["prev"]
        unit = o.get("fyunit", "dollars")  # dollars | thousands
        f = (lambda v: fmt_amt(v, "thousands")) if unit == "thousands" else (lambda v: fmt_amt(v, "nodollar"))
        if o.get("fy_reverse"):
            cols = [(cur, p["sal"], p["om"], p["fte"]), (prev, ps, po, p["fte"] - o.get("fte_delta", 4))]
        else:
            cols = [(prev, ps, po, p["fte"] - o.get("fte_delta", 4)), (cur, p["sal"], p["om"], p["fte"])]
        capt = o.get("fycapt")
        if capt:
            blocks.append(("p", capt))
        if unit == "thousands":
            blocks.append(("p", "(en milliers de dollars)" if fr else "($000)"))
        head = [""] + [c[0] for c in cols]
        rows = [[ftew] + [str(c[3]) for c in cols],
                [lab["sal"]] + [f(c[1]) for c in cols],
                [lab["om"]] + [f(c[2]) for c in cols]]
        if total_on:
            rows.append([lab["tot"]] + [f(c[1] + c[2]) for c in cols])
        blocks.append(("table", head, rows))
        also["dimensions_year"] = cur
    elif dims == "lines":
        kv = [(ftew, str(p["fte"])), (lab["sal"], fmt_amt(p["sal"], amt)), (lab["om"], fmt_amt(p["om"], amt))]
        if total_on:
            kv.append((lab["tot"], fmt_amt(tot, amt)))
        blocks.append(("kv", kv))
    elif dims == "prose":
        if fr:
            s = (f"L'établissement compte {p['fte']} années-personnes. Son budget de fonctionnement comprend "
                 f"{fmt_amt(p['sal'], amt)} en traitements et salaires et {fmt_amt(p['om'], amt)} en fonctionnement et entretien")
            s += f", soit un total de {fmt_amt(tot, amt)}." if total_on else "."
        else:
            s = (f"The establishment has {p['fte']} person-years. Its operating budget comprises "
                 f"{fmt_amt(p['sal'], amt)} in salaries and {fmt_amt(p['om'], amt)} in operations and maintenance")
            s += f", for a total of {fmt_amt(tot, amt)}." if total_on else "."
        blocks.append(("p", s))
    if o.get("dim_extra"):
        blocks.append(("p", o["dim_extra"]))
    if total_on:
        truth["total"] = tot

    blocks.append(("h", f"{L['fr']['acc']} / {L['en']['acc']}" if lang == "bilingual" else lab["acc"]))
    blocks.append(("list", [f"{i}. {a}" for i, a in enumerate(acc, 1)]))
    if lang == "bilingual":
        blocks.append(("list", [f"{i}. {a}" for i, a in enumerate(acc_fr, 1)]))

    # signatures
    people = o.get("people", [])
    if people:
        blocks.append(("h", f"{L['fr']['cert']} / {L['en']['cert']}" if lang == "bilingual" else lab["cert"]))
        roles = [lbl("inc"), lbl("supsig"), lbl("clsby")]
        sig = []
        for role, name in zip(roles, people):
            sd = o.get("sigdate")
            sig.append((role, f"{name}    {lab['date']}: {sd}" if sd else f"{name}    ____________"))
        blocks.append(("kv", sig))
    return blocks, truth, also


# ---------------------------------------------------------------- serializers

def wrap(text, width, rng=None):
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            room = width - len(line) - 2
            if rng is not None and len(w) > 7 and room > 3 and w.isalpha() and rng.random() < 0.6:
                V = "aeiouyéèàAEIOU"
                ks = [k for k in range(3, min(room, len(w) - 3) + 1) if w[k] not in V and w[k + 1] in V]
                if ks:
                    k = ks[-1]
                    out.append(f"{line} {w[:k]}-")
                    line = w[k:]
                    continue
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        out.append(line)
    return out


def to_lines(blocks, o):
    """Plain text lines as a converted WordPerfect file gives them. Returns list of (line, hard)."""
    width = o.get("width", 76)
    wp = o.get("wp", 0)
    tab = "[Tab]" if wp >= 2 else "\t"
    lines = []
    for b in blocks:
        if b[0] == "h":
            t = f"[Bold On]{b[1]}[Bold Off]" if wp >= 2 else b[1]
            if wp >= 2 and o.get("center"):
                t = "[Center]" + t
            lines.append(("", True))
            lines.append((t, True))
        elif b[0] == "kv":
            for k, v in b[1]:
                sep = o.get("kvsep", "tab")
                if sep == "tab":
                    lines.append((f"{k}:{tab}{tab if len(k) < 15 else ''}{v}", True))
                else:
                    lines.append((f"{k}: {v}", True))
        elif b[0] == "p":
            ws = wrap(b[1], width, o.get("_hyph"))
            for i, w in enumerate(ws):
                lines.append((w, i == len(ws) - 1))
            lines.append(("", True))
        elif b[0] == "list":
            for it in b[1]:
                ws = wrap(it, width - 4)
                for i, w in enumerate(ws):
                    lines.append((("    " if i else "") + w if not it[:2].rstrip(".").isdigit() or i == 0 else "    " + w, i == len(ws) - 1))
            lines.append(("", True))
        elif b[0] == "table":
            head, rows = b[1], b[2]
            for r in [head] + rows:
                cells = [c for c in r]
                first = cells[0]
                rest = cells[1:]
                ntabs = max(1, (40 - len(first)) // 8 + (1 if len(first) % 8 else 0)) if len(first) < 40 else 1
                line = first + tab * ntabs + tab.join(rest)
                lines.append((line, True))
            lines.append(("", True))
    return lines


def render_text(blocks, o, rng):
    wp = o.get("wp", 0)
    lines = to_lines(blocks, o)
    out = []
    if wp >= 1:
        out.append(o.get("wp_top", "[Ln Spacing:1.5][Just:Full][Font:Times Roman 12pt]"))
    for t, hard in lines:
        if wp >= 2:
            t = t + ("[HRt]" if hard else "[SRt]")
        elif wp == 1 and hard and t and rng.random() < 0.12:
            t = t + "[HRt]"
        out.append(t)
    text = "\n".join(out)
    if wp < 2:
        text = text.expandtabs(8)
    if o.get("softhyph"):
        text = soft_hyphens(text, rng, o["softhyph"])
    if o.get("ff"):
        text = form_feeds(text, o.get("ff_every", 58), o.get("ff_mark", wp >= 2))
    return text + "\n"


def soft_hyphens(text, rng, rate):
    def sub(m):
        w = m.group(0)
        if rng.random() < rate:
            k = rng.randint(3, len(w) - 3)
            return w[:k] + "\u00ad" + w[k:]
        return w
    def guard(m):
        w = m.group(0)
        return w if any(w in nm for nm in NAMES) else sub(m)
    return re.sub(r"(?<![\[\w])[A-Za-zéèà]{9,}(?![\]\w])", guard, text)


def form_feeds(text, every, mark):
    ls = text.split("\n")
    out = []
    for i, l in enumerate(ls):
        if i and i % every == 0:
            out.append(("[HPg]" if mark else "") + "\f")
        out.append(l)
    return "\n".join(out)


def mojibake(s, twice=False):
    def once(t):
        b = t.encode("utf-8")
        out = []
        for ch in b:
            try:
                out.append(bytes([ch]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(bytes([ch]).decode("latin-1"))
        return "".join(out)
    s = once(s)
    return once(s) if twice else s


# ---------------------------------------------------------------- OCR

DIG = {"0": ["O", "o"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "2": ["Z"], "6": ["b"]}
LET = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("l", "1"), ("h", "b"), ("fi", "f1"), ("o", "0")]


def ocr(text, strength, rng, protect, header, footer, width=70):
    lev = {"light": 0.15, "middling": 0.4, "heavy": 0.7}[strength]
    # protect names
    tokens = {}
    for i, nm in enumerate(protect):
        tok = f"\x01{i}\x02"
        tokens[tok] = nm
        text = text.replace(nm, tok)
    # rewrap with hyphenation
    out_lines = []
    for para in text.split("\n"):
        if len(para) <= width:
            out_lines.append(para)
            continue
        words = para.split(" ")
        line = ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:

                out_lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        out_lines.append(line)
    # damage
    dmg = []
    for l in out_lines:
        s = []
        i = 0
        while i < len(l):
            c = l[i]
            if c == "\x01":
                j = l.index("\x02", i)
                s.append(l[i:j + 1])
                i = j + 1
                continue
            r = rng.random()
            if c in DIG and r < lev * (0.9 if c in "0158" else 0.25 if strength == "heavy" else 0):
                s.append(rng.choice(DIG[c]))
            elif c == " " and r < lev * 0.05:
                pass
            elif c.isalpha() and r < lev * 0.03:
                done = False
                for a, b in LET:
                    if l.startswith(a, i):
                        s.append(b)
                        i += len(a)
                        done = True
                        break
                if done:
                    continue
                s.append(c)
            else:
                s.append(c)
            i += 1
        dmg.append("".join(s))
    # pages with running header / footer
    pages = []
    per = 50
    for k in range(0, len(dmg), per):
        pages.append(dmg[k:k + per])
    res = []
    for n, pg in enumerate(pages, 1):
        if n > 1 and header:
            res.append(header)
            res.append("")
        res.extend(pg)
        res.append("")
        res.append(footer.format(n=n, N=len(pages)) if footer else f"- {n} -")
        res.append("\f" if n < len(pages) else "")
    text = "\n".join(res)
    for tok, nm in tokens.items():
        text = text.replace(tok, nm)
    return text


# ---------------------------------------------------------------- docx

FIXED = dt.datetime(2005, 3, 14, 9, 30, 0)


def rezip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2005, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    return out.getvalue()


def render_docx(blocks, o, rng):
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = o.get("author", "WPCONV")
    cp.title = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "WPCONV"
    cp.revision = 1
    st = d.styles
    body = st.add_style(o.get("body_style", "WP Default"), WD_STYLE_TYPE.PARAGRAPH)
    body.font.name = "Courier New" if o.get("courier") else "Times New Roman"
    body.font.size = Pt(12)
    hst = st.add_style(o.get("head_style", "Document 1"), WD_STYLE_TYPE.PARAGRAPH)
    hst.font.bold = True
    hst.font.name = body.font.name
    mode = o.get("docx_mode", "breaks")   # breaks | paras | table
    wp_codes = o.get("wp", 0)
    for b in blocks:
        if b[0] == "h":
            p = d.add_paragraph(style=hst)
            p.add_run(b[1]).bold = True
        elif b[0] == "kv":
            if mode == "table" and len(b[1]) > 3:
                t = d.add_table(rows=0, cols=2)
                for k, v in b[1]:
                    cells = t.add_row().cells
                    cells[0].text = k
                    cells[1].text = v
            elif mode in ("breaks", "table"):
                p = d.add_paragraph(style=body)
                for i, (k, v) in enumerate(b[1]):
                    if i:
                        p.add_run().add_break()
                    p.add_run(f"{k}:")
                    p.add_run("\t" + v)
            else:
                for k, v in b[1]:
                    p = d.add_paragraph(style=body)
                    p.add_run(f"{k}:\t{v}")
        elif b[0] == "p":
            p = d.add_paragraph(style=body)
            if mode == "breaks" or o.get("linebreaks"):
                ws = wrap(b[1], 78)
                for i, w in enumerate(ws):
                    if i:
                        p.add_run().add_break()
                    p.add_run(w + (" " if i < len(ws) - 1 and rng.random() < 0.5 else ""))
            else:
                p.add_run(b[1])
        elif b[0] == "list":
            for it in b[1]:
                p = d.add_paragraph(style=body)
                p.add_run(it)
        elif b[0] == "table":
            head, rows = b[1], b[2]
            if o.get("realtable", mode == "table"):
                t = d.add_table(rows=0, cols=len(head))
                t.style = d.styles["Table Grid"]
                for r in [head] + rows:
                    cells = t.add_row().cells
                    for c, v in zip(cells, r):
                        c.text = v
            else:
                for r in [head] + rows:
                    p = d.add_paragraph(style=body)
                    p.add_run("\t".join(r))
    if wp_codes:
        p = d.add_paragraph(style=body)
        p.add_run(o.get("wp_tail", "[HRt][HPg]"))
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


# ---------------------------------------------------------------- markdown

def render_md(blocks, o):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append(f"## {b[1]}\n")
        elif b[0] == "kv":
            for k, v in b[1]:
                out.append(f"**{k}:** {v}  ")
            out.append("")
        elif b[0] == "p":
            out.append(b[1] + "\n")
        elif b[0] == "list":
            for it in b[1]:
                out.append(f"- {it}" if not it[:1].isdigit() else it)
            out.append("")
        elif b[0] == "table":
            head, rows = b[1], b[2]
            out.append("| " + " | ".join(h or " " for h in head) + " |")
            out.append("|" + "|".join("---" for _ in head) + "|")
            for r in rows:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    return "\n".join(out) + "\n"


def pdf_pages(text, per=64):
    ls = []
    for l in text.replace("\f", "\n").split("\n"):
        ls.extend(wrap(l, 100) if len(l) > 100 else [l])
    return ["\n".join(ls[k:k + per]) for k in range(0, len(ls), per)]


# ---------------------------------------------------------------- documents

DOCS = []  # filled below


def doc(name, key, kind, lang, **o):
    DOCS.append(dict(name=name, key=key, kind=kind, lang=lang, o=o))


def N(*idx):
    return [NAMES[i] for i in idx]


# --- UTF-8 text: converted WordPerfect, mojibake
doc("LRC_DIR.TXT", "lethbridge", "text", "en", wp=2, cls="short", rcls="short", date="longth", dims="fy",
    ftew="Person-years", people=N(0, 1, 2), sigdate="97/04/10", center=True,
    former="This position was converted from the SE-REM-03 level to the Executive Group in 1993.",
    version_of="lethbridge", vnote="1997")
doc("Directeur CRD horticulture St-Jean.txt", "stjean", "text", "fr", moj=True, dims="fy", fyunit="thousands",
    reports="list", people=N(3, 5), sigdate="1998-09-14", softhyph=0.05)
doc("Dir Soils & Crops Ste-Foy (converti).txt", "saintefoy", "text", "fr", moj=True, wp=1, dims="lines", amt="frsp",
    total=False, reports="table", ftew="A-P", people=N(15, 17), suppos=True, date="frnum")
doc("pbs-director-1998.txt", "pbs", "text", "en", wp=1, date="dmy", dims="fy", reports="table", ff=True,
    softhyph=0.08, people=N(16, 18, 20), sigdate="June 1998", job=False)
doc("Institute of Ocean Sciences - Director - DRAFT.txt", "ios", "text", "en", dims="lines", amt="k",
    reports="list", eff_text="to be confirmed", people=N(22), cls="space", rcls="space", pos=False)
doc("DG_IRC_2000_final.txt", "irc", "text", "en", wp=2, dims="fy", fyunit="thousands", reports="table",
    date="iso", people=N(23, 24, 25), ff=True, ff_every=45, sup="line")
doc("Directeur général - Institut de recherche en biotechnologie.txt", "bri", "text", "fr", moj="twice",
    dims="lines", amt="fr", reports="list", people=N(26, 27), sup="prose")
doc("Regional Director Science NL Region.txt", "nafc", "text", "en", wp=1, dims="fy", reports="prose",
    people=N(28, 30), date="upper", sup="fields", suppos=False,
    dim_extra="Note: the 1997-98 figures include $1,250,000 of one-time funding for the cod moratorium science program.")
doc("DG Atlantic Forestry Centre bilingual.txt", "afc", "text", "bilingual", moj=True, dims="lines", amt="dollars",
    reports="table", people=N(31, 32), suppos=False)
doc("CCRS Data Acquisition Director.txt", "ccrs", "text", "en", wp=2, dims="fy", reports="tabs_table",
    date="long", people=N(33, 34), ftew="FTEs",
    dim_extra="O&M includes $4.2M for the operation of the Prince Albert and Gatineau satellite stations.")
doc("semiarid prairie director 1996.txt", "swiftcurrent", "text", "en", wp=2, softhyph=0.1, dims="fy",
    fyunit="thousands", cls="short", rcls="short", people=N(35, 36), date="dmy",
    title_shown="Director, Semiarid Prairie Agri\u00adcultural Research Centre", ff=True)
doc("Centre Saint-Laurent - directeur.txt", "csl", "text", "fr", moj=True, dims="prose", amt="frm",
    reports="list", people=N(37, 38), date="fr")

# --- cp1252 / latin-1 text
doc("Kentville AFHRC Director 2000.txt", "kentville", "text-cp1252", "en", dims="fy", reports="table",
    people=N(39, 40), date="long", curly=True)
doc("DG Marine Biosciences 1999 (EX-02).txt", "imb", "text-cp1252", "en", wp=1, dims="fy", reports="list",
    people=N(41, 42), curly=True, version_of="imb",
    over=dict(cls="EX-02", eff="1999-04-01", sal=9240000, om=3880000, prev=(8980000, 3700000), fte=117,
              reports_drop=[4]))
doc("DG Marine Biosciences 2002.txt", "imb", "text-cp1252", "en", dims="lines", amt="m", reports="table",
    people=N(41, 43, 44), curly=True, version_of="imb")
doc("DIR_HARROW.TXT", "harrow", "text-cp1252", "en", enc="latin-1", wp=2, dims="fy", cls="short", rcls="slash",
    people=N(45, 46), ff=True,
    dim_extra="Figures include the Delhi substation (« Station de recherches de Delhi »), 9 of the 87 person-years, managed from Harrow.")
doc("CFL directeur general 1996.txt", "lfc", "text-cp1252", "fr", enc="latin-1", wp=1, dims="fy",
    fyunit="thousands", reports="table", people=N(47, 48), version_of="lfc", softhyph=0.06)
doc("IML - Directeur regional Sciences.txt", "iml", "text-cp1252", "fr", dims="lines", amt="frsp", reports="list",
    people=N(49, 51), curly=True, sup="line")
doc("Directeur CRD horticulture St-Jean (1).txt", "stjean", "text", "fr", copy_of="Directeur CRD horticulture St-Jean.txt")
doc("Dir Freshwater Institute - signed.txt", "fwi", "text-cp1252", "en", dims="fy", reports="table",
    people=N(52, 53, 54), curly=True, ff=True, ftew="PYs", wp=1)
doc("Lacombe RC Director.txt", "lacombe", "text-cp1252", "en", dims="lines", amt="million", reports="prose",
    people=N(55), curly=True, total=False)

# --- OCR of old printouts
doc("scan_DG_Prairie_Region_1997.txt", "prairiedg", "ocr", "en", dims="fy", reports="table", people=N(56, 57, 58),
    strength="middling", hdr="Research Branch - Position Description - EX", ftr="Page {n} of {N}")
doc("Scan0042 Dir Cereal Research.txt", "cereal", "ocr", "en", dims="lines", amt="dollars", reports="list",
    people=N(59, 0), strength="heavy", hdr="", ftr="")
doc("OCR directeur regional sciences Golfe.txt", "gulf", "ocr", "bilingual", dims="lines", amt="dollars",
    reports="table", people=N(1, 3), strength="light", hdr="Pêches et Océans / Fisheries and Oceans", ftr="Page {n}")
doc("St Andrews Biological Station Director (scan).txt", "standrews", "ocr", "en", dims="fy", reports="list",
    people=N(4, 6), strength="middling", hdr="SABS - Director - Work Description", ftr="{n}", cls="short", rcls="short")
doc("numérisation Dir GSC Calgary.txt", "gsccal", "ocr", "en", dims="fy", fyunit="thousands", reports="table",
    people=N(7, 8, 9), strength="heavy", hdr="GSC Calgary", ftr="- {n} -")
doc("OCR Dir Ocean Sciences Division BIO.txt", "osd", "ocr", "en", dims="lines", amt="k", reports="table",
    people=N(10, 11), strength="light", hdr="Bedford Institute of Oceanography", ftr="Page {n} of {N}", sup="fields",
    rcls="res")

# --- Word converted from WordPerfect
doc("Director LRC 2004.docx", "lethbridge", "docx", "en", docx_mode="breaks", dims="lines", amt="dollars",
    reports="table", realtable=True, people=N(12, 1), version_of="lethbridge",
    over=dict(eff="2004-04-01", sal=10870000, om=3120000, fte=151, job="A0417",
              reports=[("Research Manager, Livestock Sciences", "", "SE-REM-02", 44),
                       ("Research Manager, Crop Sciences", "", "SE-REM-02", 35),
                       ("Research Manager, Environmental Health", "", "SE-REM-02", 31),
                       ("Manager, Corporate and Administrative Services", "", "AS-06", 16),
                       ("Manager, Farm and Facilities Operations", "", "EG-06", 24)]))
doc("Directeur général CTEC-Varennes.docx", "varennes", "docx", "fr", docx_mode="paras", dims="lines", amt="fr",
    reports="list", people=N(13, 14), head_style="Heading 1 (WP)", body_style="Normal (WP)")
doc("Director General, Industrial Materials Institute (bilingual).docx", "imi", "docx", "bilingual",
    docx_mode="table", dims="fy", reports="table", realtable=True, people=N(19, 21), suppos=True)
doc("DIRLAB_MTL.docx", "mtl", "docx", "en", docx_mode="breaks", dims="fy", fyunit="thousands", reports="table",
    people=N(2, 4), wp=1, courier=True, version_of="mtl")
doc("Director Pacific Forestry Centre.docx", "pfc", "docx", "en", docx_mode="paras", dims="prose", amt="dollars",
    reports="prose", people=N(5, 6, 7), date="dmy", sup="prose", nofte=True)
doc("Directeur general CFL 2001.docx", "lfc", "docx", "fr", docx_mode="paras", dims="lines", amt="fr",
    reports="table", realtable=True, people=N(8, 47), version_of="lfc",
    over=dict(eff="2001-04-01", sal=11380000, om=4420000, fte=142, job="R0445"))
doc("Dir. Research Programs HIA.docx", "hia", "docx", "en", docx_mode="breaks", dims="lines", amt="k",
    reports="list", dash=True, people=N(9, 11), cls="space", rcls="std", linebreaks=True)
doc("Directeur CRD bovin laitier et porc - Lennoxville.docx", "lennoxville", "docx", "bilingual",
    docx_mode="breaks", dims="fy", reports="table", realtable=True, people=N(15, 20), sup="line")
doc("Director NWRI.docx", "nwri", "docx", "en", docx_mode="table", dims="fy", reports="table", people=N(24, 25, 26),
    date="iso", fy_reverse=True, wp=1)

# --- PDF printed from converted files
doc("BIO Regional Director Science - signed.pdf", "biosci", "pdf", "en", dims="fy", reports="table",
    people=N(27, 28, 29), wp=1, version_of="biosci", date="long")
doc("BIO Regional Director Science DRAFT.txt", "biosci", "text", "en", dims="fy", reports="table",
    people=N(27), wp=2, version_of="biosci", date="long")
doc("DIRLAB_MTL (printed).pdf", "mtl", "pdf", "en", docx_mode="breaks", dims="fy", fyunit="thousands",
    reports="table", people=N(2, 4), wp=1, version_of="mtl")
doc("Summerland PARC Director.pdf", "summerland", "pdf", "en", dims="lines", amt="dollars", reports="list",
    people=N(30, 31), moj=True, curly=True)
doc("DG IMS - Directeur général ISM.pdf", "ims", "pdf", "bilingual", dims="fy", reports="table",
    people=N(32, 33, 34), softhyph=0.05, job=False)
doc("Institute for Ocean Technology DG.pdf", "iot", "pdf", "en", dims="lines", amt="m", reports="list",
    people=N(35, 36), date="dmy", total=False)

# --- Markdown (converted later)
doc("eastern-cereal-oilseed-director.md", "ecorc", "markdown", "en", dims="fy", reports="table", people=N(37, 38),
    date="iso")
doc("Director, Plant Biotechnology Institute.md", "pbi", "markdown", "en", dims="lines", amt="dollars",
    reports="list", people=N(39), date="long", nofte=True, rcls="res")


# ---------------------------------------------------------------- refusals

REFUSE = []


def wp_binary():
    rng = random.Random(4242)
    head = b"\xffWPC\x10\x00\x00\x00\x01\x0a\x02\x01\x00\x00\x00\x02"
    junk = bytes(rng.randrange(256) for _ in range(300))
    mid = (b"\x00\x00Courier 10cpi\x00\x00Times Roman 12pt\x00\x00HP LaserJet III\x00HPLASIII.PRS\x00"
           b"\x00\xfb\xff\x05\x00\x32\x00\x00\x00\x00\x01\x00\x00\x00Helvetica 10pt (Bold)\x00")
    junk2 = bytes(rng.randrange(256) for _ in range(500))
    tail = b"\x00\x00Document Summary\x00Typist: \x00Subject: \x00Account: \x00"
    return head + junk + mid + junk2 + tail + bytes(rng.randrange(256) for _ in range(200))


PROJECT = """AGRICULTURE AND AGRI-FOOD CANADA - RESEARCH BRANCH
RESEARCH PROJECT SUMMARY (Form RB-112)

Study No.: 2019-0347            Fiscal Year: 1999-00
Project Title: Integrated management of wheat midge in the northern Prairies
Centre: Saskatoon Research Centre
Project Leader: Dr. Norman Eskildsen, Research Scientist (SE-RES-03)
Co-investigators: Dr. Lucie Drapeau (SE-RES-02); Keith Harrowsmith, Biologist (BI-03)
Research Manager: Émilie Castonguay (SE-REM-01)

Objectives
1. Determine the distribution and density of wheat midge (Sitodiplosis mosellana) overwintering
   larvae in Saskatchewan and Alberta.
2. Evaluate the parasitoid Macroglenes penetrans as a biological control agent.
3. Develop a forecasting model linking soil temperature and moisture to adult emergence.

Resources requested            1998-99        1999-00
Person-years                       2.5            3.0
Salaries                        98,000        121,000
O&M                             34,500         41,000
Capital                         12,000              0
Total                          144,500        162,000

Collaborators: Saskatchewan Agriculture and Food; University of Saskatchewan; Alberta Wheat Pool.
Expected outputs: annual midge forecast maps; two refereed papers; a producer fact sheet.

Approved: Roger Baillargeon, Director, Saskatoon Research Centre (EX-01)      Date: 1999-05-04
"""

CV = """CURRICULUM VITAE

Dr. Ingrid Solheim, Ph.D.
Research Scientist / Chercheuse scientifique
Institute of Ocean Sciences / Institut des sciences de la mer, Sidney, B.C.

EDUCATION / FORMATION
1984  Ph.D., Physical Oceanography, Dalhousie University
1979  B.Sc. (Honours), Physics, Memorial University of Newfoundland

EMPLOYMENT / EMPLOIS
1998 - present   Section Head, Ocean Physics (SE-RES-04), Institute of Ocean Sciences, DFO
1991 - 1998      Research Scientist (SE-RES-03), Bedford Institute of Oceanography, DFO
1986 - 1991      Research Scientist (SE-RES-02), Bedford Institute of Oceanography
1984 - 1986      NSERC Post-doctoral Fellow, Woods Hole Oceanographic Institution

RESEARCH INTERESTS / INTÉRÊTS DE RECHERCHE
Shelf and slope circulation; mixing in coastal seas; ocean climate variability in the NE Pacific.

SUPERVISORY EXPERIENCE
Supervises a section of 22 scientists, technicians and support staff; manages an annual
O&M budget of about $640,000 and shiptime of 60 days per year.

SELECTED PUBLICATIONS / PUBLICATIONS CHOISIES
Solheim, I., and W.-L. Chao. 1999. Tidal mixing on the Scotian Shelf. J. Geophys. Res. 104: 11231-11248.
Solheim, I., S. Ramnarine and M. Oyelaran. 1996. Seasonal variability of the Labrador Current.
    Atmosphere-Ocean 34: 521-545.

REFERENCES / RÉFÉRENCES
Dr. Sunil Ramnarine, Division Manager, Ocean Sciences, BIO
Dr. Margaret Oyelaran, Dalhousie University
"""

MEMO = """MEMORANDUM / NOTE DE SERVICE
Fisheries and Oceans Canada - Science Branch, Maritimes Region

TO / À:         All Division Managers, BIO and St. Andrews
FROM / DE:      Regional Director, Science (EX-02)
FILE / DOSSIER: 1405-3-2
DATE:           March 6, 1998

SUBJECT / OBJET: Conversion of research manager positions and EX work descriptions

Following the Department's review of the Science organization, the positions of Division Manager
at the SE-REM-02 level will be reviewed for possible conversion to the EX Group for fiscal year
1998-99. Please send me your current work descriptions (WordPerfect 5.1 files on diskette are
acceptable) by March 27. Human Resources will convert them to the new EX format.

Do not change the dimensions: the 1998-99 reference levels (salary $21.4M, O&M $6.9M for the
region, 290 person-years) will be inserted by Finance.

Questions to Patricia Holroyd, Classification Advisor, at 426-3317.

Signed: Eleanor Strachan
"""

MINUTES = """PROCÈS-VERBAL
Comité de gestion - Centre de recherche et de développement sur les sols et les grandes cultures
Réunion du 12 janvier 2000, salle 2-110

Présents : Claude Montminy (président), Nicole Charbonneau, Denise Ouimet, Réjean Bouffard
Absente : Marthe Lacombe

1. Adoption de l'ordre du jour
   Adopté sans modification.

2. Budget 2000-2001
   Le directeur (EX-01) présente les niveaux de référence : traitements 3,87 M$, F et E 1,12 M$.
   Le comité demande une réserve de 50 000 $ pour le remplacement de la chambre de croissance.

3. Dotation
   Le poste de gestionnaire de recherche, Science des sols (SE-REM-01), sera doté en avril.
   Un poste de chercheur SE-RES-02 en agrométéorologie sera annoncé.

4. Description de travail du directeur
   La description de travail du directeur sera convertie de WordPerfect à Word et révisée
   par la Direction générale; aucune modification de fond n'est prévue.

5. Varia
   Journée portes ouvertes le 17 juin 2000.

Prochaine réunion : le 9 février 2000.
Secrétaire : Denise Ouimet
"""

REFUSE.append(dict(name="IMB_DG.WPD.txt", kind="text", lang="en", data=wp_binary(),
                   what="a WordPerfect 5.1/6 binary file saved with a .txt extension: header, printer and font names, no text of a description",
                   people=[]))
REFUSE.append(dict(name="Projet RB-112 wheat midge 1999-00.txt", kind="text-cp1252", lang="en",
                   data=PROJECT.replace("\n", "\r\n").encode("cp1252"),
                   what="a research project summary (study number, objectives, resources by fiscal year)",
                   people=["Norman Eskildsen", "Lucie Drapeau", "Keith Harrowsmith", "Émilie Castonguay", "Roger Baillargeon"]))
REFUSE.append(dict(name="CV - Dr. I. Solheim (FINAL).pdf", kind="pdf", lang="bilingual",
                   data=None, text=CV,
                   what="a scientist's curriculum vitae (positions held with SE-RES levels, publications)",
                   people=["Ingrid Solheim", "Wen-Li Chao", "Sunil Ramnarine", "Margaret Oyelaran"]))
REFUSE.append(dict(name="memo conversion REM to EX 1998.txt", kind="text", lang="bilingual",
                   data=None, text=MEMO, moj=True,
                   what="a memorandum asking division managers for their work descriptions (levels, regional dimensions in passing)",
                   people=["Patricia Holroyd", "Eleanor Strachan"]))
REFUSE.append(dict(name="PV comité de gestion 2000-01-12.docx", kind="docx", lang="fr", data=None, text=MINUTES,
                   what="minutes of a research centre's management committee (budget, staffing, levels in passing)",
                   people=["Claude Montminy", "Nicole Charbonneau", "Denise Ouimet", "Réjean Bouffard", "Marthe Lacombe"]))
REFUSE.append(dict(name="Director Brandon Research Centre - signed.pdf", kind="pdf", lang="en", data=None,
                   text=None, what="a scanned signed work description with no text layer (three image-only pages)",
                   people=[]))


# ---------------------------------------------------------------- writing

def yq(v):
    """YAML scalar."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    s = str(v)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return s
    if (re.fullmatch(r"[A-Za-z0-9À-ÿ][^:#'\"\n]*", s) and not re.fullmatch(r"[\d.eE+-]+", s)
            and s.lower() not in ("yes", "no", "on", "off", "true", "false", "null", "~")
            and not s.endswith(" ")):
        return s
    return "'" + s.replace("'", "''") + "'"


def dump(d, ind=0):
    out = []
    sp = "  " * ind
    for k, v in d.items():
        if isinstance(v, dict):
            if not v:
                out.append(f"{sp}{k}: {{}}")
            else:
                out.append(f"{sp}{k}:")
                out.extend(dump(v, ind + 1))
        elif isinstance(v, list):
            if not v:
                out.append(f"{sp}{k}: []")
            else:
                out.append(f"{sp}{k}:")
                for it in v:
                    if isinstance(it, dict):
                        first = True
                        for kk, vv in it.items():
                            out.append(f"{sp}{'- ' if first else '  '}{kk}: {yq(vv)}")
                            first = False
                    else:
                        out.append(f"{sp}- {yq(it)}")
        else:
            out.append(f"{sp}{k}: {yq(v)}")
    return out


def curly(s):
    s = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", s)
    s = re.sub(r"'", "\u2019", s)
    return s


def position_for(d):
    p = copy.deepcopy(BYKEY[d["key"]])
    over = d["o"].get("over", {})
    for k, v in over.items():
        if k == "reports_drop":
            p["reports"] = [r for i, r in enumerate(p["reports"]) if i not in v]
        elif k == "reports":
            p["reports"] = [(a, b or a, c, e) for a, b, c, e in v]
        else:
            p[k] = v
    return p


def not_stated(truth):
    ns = []
    for k in ("title", "classification", "job_code", "position_number", "effective_date"):
        if truth[k] is None:
            ns.append(k)
    for k in ("position_number", "title", "classification"):
        if truth["supervisor"][k] is None:
            ns.append(f"supervisor.{k}")
    if truth["direct_reports"] is None:
        ns.append("direct_reports")
    elif any(r["fte"] is None for r in truth["direct_reports"]):
        ns.append("direct_reports.fte")
    for k in ("salary", "o_and_m", "total", "location"):
        if truth[k] is None:
            ns.append(k)
    return ns


def main():
    for d in (CORPUS, EXPECTED):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    versions = {}
    for d in DOCS:
        if d["o"].get("version_of"):
            versions.setdefault(d["o"]["version_of"], []).append(d["name"])
    rendered = {}
    for d in DOCS:
        name, kind, lang, o = d["name"], d["kind"], d["lang"], d["o"]
        rng = random.Random("blind142:" + name)
        if o.get("copy_of"):
            src = next(x for x in DOCS if x["name"] == o["copy_of"])
            data = rendered[o["copy_of"]]
            # the same description saved again from the cp1252 workstation: re-encoded, CRLF
            text = data.decode("utf-8").replace("\n", "\r\n")
            # opened correctly as UTF-8 (so the mojibake shows) and saved as "ANSI": each mojibake
            # character goes back to one byte, which restores the original UTF-8 bytes
            out = bytearray()
            for ch in text:
                try:
                    out += ch.encode("cp1252")
                except UnicodeEncodeError:
                    out += ch.encode("latin-1")
            data = bytes(out)
            write(name, data)
            t = rendered["truth:" + o["copy_of"]]
            t = copy.deepcopy(t)
            t["document"] = name
            t["kind"] = kind
            t["also"]["encoding"] = "the mojibake file saved as ANSI (cp1252) with CRLF: its bytes are valid UTF-8 again, with no mojibake"
            t["also"].pop("mojibake", None)
            t["versions"] = dict(documents=[src["name"], name], newest=name, same_text=True,
                                 note="the same description saved twice: UTF-8 with mojibake, and re-saved as ANSI with CRLF (clean accents); the text as meant is the same")
            rendered["truth:" + o["copy_of"]]["versions"] = t["versions"]
            rendered["truth:" + name] = t
            continue
        p = position_for(d)
        if o.get("reports") == "tabs_table":
            o = dict(o, reports="table")
        blocks, truth, also = build(p, lang, o, rng)
        also["form"] = "converted WordPerfect" if o.get("wp") else "converted legacy file"
        people = list(o.get("people", []))
        if kind in ("text", "text-cp1252", "pdf", "ocr"):
            if kind == "ocr":
                o = dict(o, width=66, _hyph=rng)
            text = render_text(blocks, o, rng)
            if o.get("curly"):
                text = curly(text)
            if kind == "ocr":
                text = ocr(text, o["strength"], rng, people, o.get("hdr", ""), o.get("ftr", ""))
                also["damage"] = o["strength"]
            if o.get("moj"):
                text = mojibake(text, twice=o["moj"] == "twice")
                also["mojibake"] = "UTF-8 read as cp1252 twice" if o["moj"] == "twice" else "UTF-8 read as cp1252 (Ã© for é)"
            if kind == "text-cp1252":
                enc = o.get("enc", "cp1252")
                also["encoding"] = enc
                data = text.replace("\n", "\r\n").encode(enc)
            elif kind == "pdf":
                data = pdf_bytes(pdf_pages(text))
            else:
                data = text.encode("utf-8")
        elif kind == "docx":
            data = render_docx(blocks, o, rng)
        elif kind == "markdown":
            data = render_md(blocks, o).encode("utf-8")
        write(name, data)
        rendered[name] = data
        if o.get("wp"):
            also["wordperfect_codes"] = "throughout" if o["wp"] >= 2 else "some left"
        if o.get("softhyph"):
            also["soft_hyphens"] = True
        if o.get("former"):
            also["distractor"] = "former level SE-REM-03 of the position before conversion to EX"
        if o.get("dim_extra"):
            also["distractor"] = o["dim_extra"]
        if p["key"] in ("lethbridge", "swiftcurrent", "cereal", "lacombe") and name != "scan_DG_Prairie_Region_1997.txt":
            also["reports_to_in_corpus"] = "scan_DG_Prairie_Region_1997.txt"
        if p["key"] in ("osd", "standrews"):
            also["reports_to_in_corpus"] = "BIO Regional Director Science - signed.pdf"
        if o.get("rcls") == "res":
            also["report_classification_notation"] = "RES-nn and REM-nn printed for the SE group's subgroups SE-RES-nn and SE-REM-nn"
        if o.get("eff_text"):
            also["effective_date_text"] = o["eff_text"]
        ver = None
        if o.get("version_of"):
            docs = versions[o["version_of"]]
            ver = dict(documents=docs)
            ver.update(VNOTES[o["version_of"]])
        t = dict(document=name, kind=kind, language=lang, outcome="import", fields=truth,
                 not_stated=not_stated(truth), also=also, people=people, versions=ver)
        rendered["truth:" + name] = t
    for d in DOCS:
        t = rendered["truth:" + d["name"]]
        write_yaml(d["name"], t)
    for r in REFUSE:
        if r["data"] is not None:
            data = r["data"]
        elif r["kind"] == "pdf":
            data = pdf_bytes(pdf_pages(r["text"]) if r["text"] else ["", "", ""])
        elif r["kind"] == "docx":
            blocks = [("p", l) for l in r["text"].split("\n") if l.strip()]
            data = render_docx(blocks, {"docx_mode": "paras", "author": "Denise Ouimet"}, random.Random(1))
        else:
            text = mojibake(r["text"]) if r.get("moj") else r["text"]
            data = text.encode("utf-8")
        write(r["name"], data)
        t = dict(document=r["name"], kind=r["kind"], language=r["lang"], outcome="refuse", fields=None,
                 not_stated=[], also=dict(what=r["what"]), people=r["people"], versions=None)
        write_yaml(r["name"], t)


VNOTES = {
    "lethbridge": dict(newest="Director LRC 2004.docx", same_text=False,
                       note="1997 WordPerfect text (EX-1, 143 PYs, dimensions 1997-98) -> 2004 Word: new effective date, "
                            "a report renamed Environmental Health at SE-REM-02, administration at AS-06, new FTEs and budget"),
    "imb": dict(newest="DG Marine Biosciences 2002.txt", same_text=False,
                note="1999: EX-02 with five reports -> 2002: reclassified EX-03, a sixth report (Manager, Business Development), new budget"),
    "lfc": dict(newest="Directeur general CFL 2001.docx", same_text=False,
                note="1996 latin-1 text -> 2001 Word: new effective date and budget, same reports"),
    "mtl": dict(newest="DIRLAB_MTL.docx", same_text=False,
                note="the same description as Word and as a PDF printed from it; same values"),
    "biosci": dict(newest="BIO Regional Director Science - signed.pdf", same_text=False,
                   note="draft (WordPerfect codes, one signature) -> signed PDF; same values"),
}


def write(name, data):
    with open(os.path.join(CORPUS, name), "wb") as f:
        f.write(data)


def write_yaml(name, t):
    lines = dump(t)
    with open(os.path.join(EXPECTED, name + ".expected.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
