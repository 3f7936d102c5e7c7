"""Blind corpus 124: writes corpus/ and expected/ byte for byte the same on every run.

    /work/main/.venv/bin/python bench/import/blind124/make_blind.py
"""
import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
from datetime import date, datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
NBSP = "\u00a0"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ABBR_EN = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
PS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


# ------------------------------------------------------------------ notations
def fdate(d, style):
    if d is None:
        return None
    day = "1er" if d.day == 1 else str(d.day)
    return {
        "en_long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        "en_dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
        "en_abbr": f"{ABBR_EN[d.month - 1]} {d.day}, {d.year}",
        "iso": d.isoformat(),
        "fr_long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}",
        "fr_le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
        "slash_dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "bi": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year} / {day} {MONTHS_FR[d.month - 1]} {d.year}",
        "export_en": f"{d.day:02d}-{PS[d.month - 1]}-{d.year}",
        "export_fr": f"{d.year}/{d.month:02d}/{d.day:02d}",
    }[style]


def _grp(v, sep):
    return f"{v:,}".replace(",", sep)


def _dec(x, comma=False):
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", ",") if comma else s


def fmoney(v, style):
    if v is None:
        return None
    if style in ("en_full", "bi"):
        return f"${v:,}"
    if style == "en_m":
        return f"${_dec(v / 1e6)}M" if v >= 1_000_000 else f"${v // 1000}K"
    if style == "en_k":
        return f"${v // 1000:,}K"
    if style == "fr_full":
        return f"{_grp(v, NBSP)}{NBSP}$"
    if style == "fr_m":
        return f"{_dec(v / 1e6, True)}{NBSP}M$" if v >= 1_000_000 else f"{v // 1000}{NBSP}k$"
    if style == "fr_k":
        return f"{_grp(v // 1000, ' ')} k$"
    if style == "raw":
        return f"{v}.00"
    raise ValueError(style)


def fcls(c, style="dash"):
    if c is None:
        return None
    if style == "space":
        return c[: c.rfind("-")] + " " + c[c.rfind("-") + 1:]
    if style == "nodash":
        return c[: c.rfind("-")] + c[c.rfind("-") + 1:]
    return c


def ffte(x, lang):
    if x is None:
        return None
    s = f"{x:g}"
    return s.replace(".", ",") if lang == "fr" else s


# ------------------------------------------------------------------ labels of the forms
LAB = {
    "EN-A": dict(head=["NATURAL RESOURCES CANADA", "EXECUTIVE POSITION DESCRIPTION"], title="Position Title",
                 num="Position Number", job="Job Code", cls="Group/Level", date="Effective Date", loc="Location",
                 sector="Sector", sup_line="Reports to", ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE",
                 ns="NATURE AND SCOPE", dim="DIMENSIONS", sa="SPECIFIC ACCOUNTABILITIES", cert="CERTIFICATION",
                 fte="FTEs", sal="Salary", om="O&M", tot="Total", gc="Grants and Contributions",
                 sector_v="Regional Operations Sector", rep_head="Positions reporting directly to the {t}:"),
    "EN-B": dict(head=["Natural Resources Canada", "Executive Work Description"], title="Title",
                 num="Position number", job="Job code", cls="Classification", date="Effective date",
                 loc="Geographic location", sector="Sector",
                 sup3=("Supervisor's position title", "Supervisor's position number", "Supervisor's classification"),
                 sup_line="Reports to", ga="General Accountability", org="Organization Structure",
                 ns="Nature and Scope", dim="Dimensions", sa="Specific Accountabilities", cert="Certification",
                 fte="Full-time equivalents (FTEs)", sal="Salary budget", om="Operating and maintenance (O&M)",
                 tot="Total", gc="Grants and contributions", sector_v="Regional Operations Sector",
                 rep_head="The following positions report directly to the {t}:"),
    "FR-A": dict(head=["RESSOURCES NATURELLES CANADA", "DESCRIPTION DE POSTE – GROUPE DE LA DIRECTION"],
                 title="Titre du poste", num="Numéro du poste", job="Code d'emploi", cls="Groupe/Niveau",
                 date="Date d'entrée en vigueur", loc="Lieu", sector="Secteur", sup_line="Relève de",
                 ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE ORGANISATIONNELLE", ns="NATURE ET PORTÉE",
                 dim="DIMENSIONS", sa="RESPONSABILITÉS SPÉCIFIQUES", cert="ATTESTATION", fte="ETP",
                 sal="Traitements", om="F et E", tot="Total", gc="Subventions et contributions",
                 sector_v="Secteur des opérations régionales", rep_head="Postes relevant directement du titulaire :"),
    "FR-B": dict(head=["Ressources naturelles Canada", "Description de travail – Groupe de la direction (EX)"],
                 title="Titre", num="Numéro de poste", job="Code de l'emploi", cls="Classification",
                 date="Date de prise d'effet", loc="Emplacement géographique", sector="Secteur",
                 sup3=("Titre du poste du superviseur", "Numéro de poste du superviseur",
                       "Classification du superviseur"), sup_line="Relève de",
                 ga="Responsabilité générale", org="Structure organisationnelle", ns="Nature et portée",
                 dim="Dimensions", sa="Responsabilités spécifiques", cert="Attestation",
                 fte="Équivalents temps plein (ETP)", sal="Budget salarial",
                 om="Fonctionnement et entretien (F et E)", tot="Budget total", gc="Subventions et contributions",
                 sector_v="Secteur des opérations régionales",
                 rep_head="Les postes suivants relèvent directement du titulaire :"),
    "BI": dict(head=["Natural Resources Canada / Ressources naturelles Canada",
                     "Executive Work Description / Description de travail de cadre de direction"],
               title="Position title / Titre du poste", title_fr="French title / Titre en français",
               num="Position number / Numéro de poste", job="Job code / Code de l'emploi",
               cls="Group and level / Groupe et niveau", date="Effective date / Date d'entrée en vigueur",
               loc="Location / Lieu de travail", sector="Sector / Secteur",
               sup3=("Supervisor's title / Titre du superviseur", "Supervisor's position no. / No de poste du superviseur",
                     "Supervisor's group and level / Groupe et niveau du superviseur"),
               sup_line="Reports to / Relève de", ga="General Accountability / Responsabilité générale",
               org="Organization / Organisation", ns="Nature and Scope / Nature et portée",
               dim="Dimensions", sa="Specific Accountabilities / Responsabilités spécifiques",
               cert="Certification / Attestation", fte="FTEs / ETP", sal="Salary / Traitements",
               om="O&M / F et E", tot="Total", gc="Grants and contributions / Subventions et contributions",
               sector_v="Regional Operations / Opérations régionales",
               rep_head="Direct reports / Subordonnés directs:"),
}
LAB["MD-FR"] = LAB["FR-B"]
LAB["MD-EN"] = LAB["EN-B"]
LAB["EXPORT-FR"] = LAB["FR-B"]
LAB["EXPORT-EN"] = LAB["EN-B"]
LAB["EMAIL-FR"] = dict(LAB["FR-B"], title="Titre", num="No de poste", job="Code d'emploi", cls="Niveau",
                       date="En vigueur le", loc="Lieu", sup_line="Supérieur immédiat", fte="ETP",
                       sal="Salaires", om="F&E", tot="Total", rep_head="Subordonnés directs :")
LAB["EMAIL-EN"] = dict(LAB["EN-B"], title="Title", num="Pos #", job="Job code", cls="Level", date="Effective",
                       loc="Location", sup_line="Reports to", fte="FTEs", sal="Salary", om="O&M", tot="Total",
                       rep_head="Direct reports:")


def fr_fix(s):
    s = s.replace(" de le ", " du ").replace(" de les ", " des ").replace(" de des ", " des ")
    s = re.sub(r"\ble (directrice|sous-ministre adjointe)", r"la \1", s)
    return re.sub(r"^Le (Directrice)", r"La \1", s)


def lang_of(doc):
    return "fr" if doc["lang"] == "fr" else "en"


# ------------------------------------------------------------------ the logical document
def blocks_of(doc):
    """A list of blocks: ('title', [lines]), ('fields', [(label, value)]), ('h', text), ('p', text),
    ('list', [text], numbered), ('table', [row...]), ('sig', [lines])."""
    f = doc["form"]
    L = LAB[f]
    lang = lang_of(doc)
    bi = doc["lang"] == "bilingual"
    rnd = random.Random(doc["file"])
    cf = doc.get("clsfmt", "dash")
    out = [("title", list(L["head"]))]
    if doc.get("header"):
        out.insert(0, ("p", doc["header"]))
    if doc.get("draft"):
        out.insert(0, ("p", "ÉBAUCHE – NE PAS DIFFUSER" if lang == "fr" else "DRAFT – FOR DISCUSSION ONLY"))
    cls_v = doc.get("reclass") or fcls(doc["cls"], cf)
    num_v = doc["num"] if doc["num"] is not None else doc.get("num_text")
    dfmt = doc.get("datefmt") if doc.get("datefmt") != "export" else ("export_fr" if lang == "fr" else "export_en")
    date_v = fdate(doc["date"], dfmt) if doc["date"] else doc.get("date_text")
    fields = [(L["title"], doc["title"])]
    if bi:
        fields.append((L["title_fr"], doc["title_fr"]))
    fields += [(L["num"], num_v), (L["job"], doc["job"]), (L["cls"], cls_v), (L["date"], date_v),
               (L["sector"], L["sector_v"]), (L["loc"], doc["loc"])]
    sn, st, sc = doc["sup"]
    lay = doc["sup_layout"]
    if lay == "fields":
        fields += [(L["sup3"][0], st), (L["sup3"][1], sn), (L["sup3"][2], fcls(sc, cf))]
    elif lay == "line":
        if bi:
            v = f"{st} ({fcls(sc, cf)}) – {sn}"
        elif lang == "fr":
            v = f"{st} ({fcls(sc, cf)}), poste no {sn}"
        else:
            v = f"{st} ({fcls(sc, cf)}), Position No. {sn}"
        fields.append((L["sup_line"], v))
    elif lay == "email":
        v = f"{st} ({fcls(sc, cf)})" + (f" – poste {sn}" if sn and lang == "fr" else f", pos. {sn}" if sn else "")
        fields.append((L["sup_line"], v))
    if doc.get("region_first"):
        fields.insert(0, ("Region" if lang == "en" else "Région", "Northern Region"))
    fields = [(a, b) for a, b in fields if b is not None]
    out.append(("fields", fields))

    t_en, t_fr = doc["title"], doc.get("title_fr", doc["title"])
    short_en = "Director" if "Director" in t_en else "incumbent"
    short_fr = "titulaire"
    # general accountability
    out.append(("h", L["ga"]))
    if lang == "en" or bi:
        out.append(("p", T.GA_EN.format(t=t_en, d=doc.get("d_en", ""), r=doc.get("r_en", "region"))))
    if lang == "fr" or bi:
        out.append(("p", fr_fix(T.GA_FR.format(t=t_fr if bi else doc["title"], d=doc.get("d_fr", ""),
                                               r=doc.get("r_fr", "région")))))
    # organization
    out.append(("h", L["org"]))
    if lay == "sentence":
        if lang == "fr":
            out.append(("p", f"Le titulaire relève du {st} ({fcls(sc, cf)}, poste {sn}) et fait partie de "
                             "l'équipe de direction régionale."))
        else:
            out.append(("p", f"The {t_en} reports to the {st} ({fcls(sc, cf)}) (position {sn}) and is a member "
                             "of the regional management team."))
    reps = doc["reports"]
    rl = doc["rep_layout"]
    if rl == "sentence":
        parts = []
        for r in reps:
            inner = fcls(r[1], cf)
            if r[2] is not None:
                inner += f", {ffte(r[2], lang)} {'ETP' if lang == 'fr' else 'FTEs'}"
            parts.append(f"{r[0]} ({inner})" if lang == "fr" else f"the {r[0]} ({inner})")
        n_fr = {2: "Deux", 3: "Trois", 4: "Quatre"}[len(reps)]
        n_en = {2: "two", 3: "three", 4: "four"}[len(reps)]
        if lang == "fr":
            out.append(("p", f"{n_fr} postes relèvent directement du titulaire : " + "; ".join(parts[:-1])
                        + " et " + parts[-1] + "."))
        else:
            out.append(("p", f"The {short_en} has {n_en} direct reports: " + ", ".join(parts[:-1]) + " and "
                        + parts[-1] + "."))
    else:
        out.append(("p", L["rep_head"].format(t=short_en)))
        if rl in ("table", "table_text"):
            head = (["Position / Poste", "Group and level / Groupe et niveau", "FTEs / ETP"] if bi else
                    ["Poste", "Groupe et niveau", "ETP"] if lang == "fr" else ["Position", "Group and level", "FTEs"])
            out.append(("table", [head] + [[r[0], fcls(r[1], cf), ffte(r[2], lang)] for r in reps]))
        else:
            items = []
            for r in reps:
                c, n = fcls(r[1], cf), ffte(r[2], lang)
                if rl == "bullets":
                    items.append(f"{r[0]} ({c}; {n} ETP)" if lang == "fr" else f"{r[0]} ({c}, {n} FTEs)")
                elif rl == "lines":
                    items.append(f"{r[0]}, {c} ({n} ETP)" if lang == "fr" else f"{c} – {r[0]} ({n} FTE)")
                elif rl == "lines_fte_first":
                    items.append(f"{n} ETP – {r[0]} ({c})")
                elif rl == "md_bold":
                    items.append(f"**{r[0]}** ({c}, {n} {'ETP' if lang == 'fr' else 'FTEs'})")
                elif rl == "email":
                    items.append(f"{r[0]} - {c} - {n} {'ETP' if lang == 'fr' else 'FTEs'}")
            out.append(("list", items, False))
    # nature and scope
    out.append(("h", L["ns"]))
    if lang == "en" or bi:
        for i in sorted(rnd.sample(range(len(T.NS_EN)), 3)):
            out.append(("p", T.NS_EN[i]))
    if lang == "fr" or bi:
        for i in sorted(rnd.sample(range(len(T.NS_FR)), 2 if bi else 3)):
            out.append(("p", T.NS_FR[i]))
    # dimensions
    out.append(("h", L["dim"]))
    sal, om, tot = doc["money"]
    mf = doc["moneyfmt"]
    dims = [(L["fte"], ffte(doc["fte"], lang))]
    if sal is None and om is None:
        dims.append(("Salary and O&M budget" if lang == "en" else "Budget (salaires et F et E)", fmoney(tot, mf)))
    else:
        dims += [(L["sal"], fmoney(sal, mf)), (L["om"], fmoney(om, mf))]
        if tot is not None:
            dims.append((L["tot"], fmoney(tot, mf)))
    if doc.get("gc"):
        dims.append((L["gc"], fmoney(doc["gc"], mf)))
    out.append(("dims", dims))
    # specific accountabilities
    out.append(("h", L["sa"]))
    sa = []
    if lang == "en" or bi:
        for i in sorted(rnd.sample(range(len(T.SA_EN)), 6)):
            sa.append(T.SA_EN[i].format(d=doc.get("d_en", ""), s=doc.get("s_en", "supervisor"),
                                        r=doc.get("r_en", "region")))
    if lang == "fr" or bi:
        for i in sorted(rnd.sample(range(len(T.SA_FR)), 4 if bi else 6)):
            sa.append(fr_fix(T.SA_FR[i].format(d=doc.get("d_fr", ""), s=doc.get("s_fr", "superviseur"),
                                               r=doc.get("r_fr", "région"))))
    out.append(("list", sa, True))
    # certification
    ppl = doc["people"]
    sig = []
    if doc.get("draft"):
        sig.append(("Préparé par : " if lang == "fr" else "Prepared by: ") + ppl["prepared"])
    else:
        if ppl.get("incumbent"):
            sig.append(("Titulaire : " if lang == "fr" else "Incumbent: ") + ppl["incumbent"])
        if ppl.get("signer"):
            nm, tt = ppl["signer"]
            sig.append(("Approuvé par : " if lang == "fr" else "Approved by: ") + f"{nm}, {tt}")
        if ppl.get("classified"):
            sig.append(("Classification examinée par : " if lang == "fr" else "Classified by: ") + ppl["classified"])
    if not doc.get("draft") and not doc["form"].startswith(("EMAIL", "EXPORT")):
        cert = ("L'énoncé qui précède décrit fidèlement les fonctions attribuées au poste." if lang == "fr" else
                "The foregoing is an accurate statement of the duties assigned to the position.")
        out.append(("h", L["cert"]))
        out.append(("p", cert))
    out.append(("sig", sig))
    return out


# ------------------------------------------------------------------ plain text rendering
def text_lines(blocks, md=False, width=None):
    lines = []
    for b in blocks:
        k = b[0]
        if k == "title":
            if md:
                lines += ["# " + b[1][-1], "", "_" + b[1][0] + "_", ""]
            else:
                lines += b[1] + [""]
        elif k == "fields":
            if md:
                lines += [f"*   **{a}:** {v}" for a, v in b[1]] + [""]
            else:
                wl = max(len(a) for a, _ in b[1])
                lines += [f"{a}:".ljust(wl + 2) + v if width is None else f"{a}: {v}" for a, v in b[1]] + [""]
        elif k == "h":
            lines += [("## " + b[1]) if md else b[1].upper(), ""]
        elif k == "p":
            lines += [b[1], ""]
        elif k == "list":
            for i, it in enumerate(b[1], 1):
                lines.append((f"{i}.  " if md else f"{i}. ") + it if b[2] else ("*   " if md else "- ") + it)
            lines.append("")
        elif k == "table":
            rows = b[1]
            if md:
                lines.append("| " + " | ".join(rows[0]) + " |")
                lines.append("|" + "---|" * len(rows[0]))
                lines += ["| " + " | ".join(str(c) if c is not None else "" for c in r) + " |" for r in rows[1:]]
            else:
                w = [max(len(str(r[i] or "")) for r in rows) for i in range(len(rows[0]))]
                lines += ["   ".join(str(c or "").ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows]
            lines.append("")
        elif k == "dims":
            lines += [(f"*   **{a}:** {v}" if md else f"{a}: {v}") for a, v in b[1]] + [""]
        elif k == "sig":
            lines += b[1] + [""]
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def wrap(lines, width, hyphen_rnd=None, protect=()):
    out = []
    for ln in lines:
        if len(ln) <= width:
            out.append(ln)
            continue
        s = ln
        for name in protect:
            s = s.replace(name, name.replace(" ", "\x01"))
        words = s.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                if (hyphen_rnd and len(w) >= 9 and w.isalpha() and "\x01" not in w
                        and hyphen_rnd.random() < 0.5 and len(cur) + 5 < width):
                    cut = max(3, min(len(w) - 3, width - len(cur) - 2))
                    out.append(cur + " " + w[:cut] + "-")
                    cur = w[cut:]
                    continue
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return [x.replace("\x01", " ") for x in out]


# ------------------------------------------------------------------ OCR damage
STRENGTH = {"light": (0.12, 0.015, 0.006), "middling": (0.3, 0.045, 0.02), "heavy": (0.55, 0.09, 0.04)}
DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}
LETTER = [("m", "rn"), ("rn", "m"), ("e", "c"), ("i", "l"), ("l", "I"), ("d", "cl"), ("h", "b"), ("u", "v"),
          ("o", "a"), ("t", "f"), ("é", "e"), ("è", "e"), ("à", "a"), ("ç", "c"), ("ti", "ü"), ("cl", "d")]


def damage(text, strength, rnd, names=()):
    pd, pw, pj = STRENGTH[strength]
    keep = {}
    for i, n in enumerate(sorted(set(names), key=lambda n: (-len(n), n))):
        tok = f"\x02{i}\x03"
        keep[tok] = n
        text = text.replace(n, tok)

    def tok(m):
        w = m.group(0)
        if "\x02" in w:
            return w
        if any(c.isdigit() for c in w):
            return "".join(DIGIT.get(c, c) if c in DIGIT and rnd.random() < pd else
                           ("l" if c == "1" and rnd.random() < pd / 3 else c) for c in w)
        if len(w) > 2 and rnd.random() < pw:
            opts = [(a, b) for a, b in LETTER if a in w]
            if opts:
                a, b = opts[rnd.randrange(len(opts))]
                pos = [m.start() for m in re.finditer(re.escape(a), w)]
                p = pos[rnd.randrange(len(pos))]
                return w[:p] + b + w[p + len(a):]
        return w

    text = re.sub(r"[^\s]+", tok, text)
    text = re.sub(r"(?<=[a-zé]) (?=[a-z])", lambda m: "" if rnd.random() < pj else " ", text)
    for t, n in keep.items():
        text = text.replace(t, n)
    return text


def names_of(doc):
    p = doc["people"]
    ns = []
    for k in ("incumbent", "classified", "prepared", "sender", "to", "cc", "fwd", "orig", "updated"):
        if p.get(k):
            ns.append(p[k])
    if p.get("signer"):
        ns.append(p["signer"][0])
    return ns


SCRIBBLE = ["~/ ,;:.-~ //", "(i (C0;!;*;*; ! ~", "__,/~~.,-'", "X/;// .-=-", "J'~~ {l.", "~~,,/'~ //."]


def render_ocr(doc, rnd):
    bl = blocks_of(doc)
    lines = text_lines(bl, width=1)
    names = names_of(doc)
    strength = doc["damage"]
    width = rnd.choice([70, 72, 74, 76, 78])
    # signatures: scribbles beside the names, dates
    sd = doc.get("sigdate")
    sig_extra = [""]
    if sd:
        sig_extra += [("Signature" if doc["lang"] != "fr" else "Signature") + "   " + rnd.choice(SCRIBBLE)
                      + "      Date: " + sd]
    lines = lines + sig_extra
    body = "\n".join(lines).replace(NBSP, " ")
    body = damage(body, strength, rnd, names)
    lines = wrap(body.split("\n"), width, rnd, protect=names)
    per = rnd.choice([46, 50, 54])
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    hdr = doc.get("pages_hdr")
    out = []
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        if hdr and hdr != "Page" and i > 1:
            out += [damage(hdr, "light", rnd), ""]
        out += pg
        if hdr == "Page":
            out += ["", f"Page {i} de {n}" if doc["lang"] == "fr" else f"Page {i} of {n}"]
        elif hdr:
            out += ["", f"- {i} -"]
        else:
            out += ["", str(i)]
        out.append("\f" if i < n else "")
    text = "\n".join(out)
    if doc.get("wrapper") == "lines":
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    elif doc.get("wrapper") == "oneline":
        text = ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
                + re.sub(r"\s+", " ", text).strip() + "\n")
    return text


def render_ocr_columns(doc, rnd):
    bl = blocks_of(doc)
    left_kinds = {"title", "fields", "dims", "sig"}
    left, right = [], []
    cur = left
    for b in bl:
        if b[0] == "h":
            cur = right if b[1] in (LAB[doc["form"]]["ns"], LAB[doc["form"]]["sa"]) else left
        tgt = left if b[0] in left_kinds else cur
        tgt += text_lines([b], width=1) + [""]
    names = names_of(doc)
    left = [x.replace(NBSP, " ") for x in left]
    right = [x.replace(NBSP, " ") for x in right]
    L = wrap(damage("\n".join(left), doc["damage"], rnd, names).split("\n"), 38, rnd, protect=names)
    R = wrap(damage("\n".join(right), doc["damage"], rnd, names).split("\n"), 40, rnd, protect=names)
    L = [x for x in L if x.strip()]
    R = [x for x in R if x.strip()]
    n = max(len(L), len(R))
    L += [""] * (n - len(L))
    R += [""] * (n - len(R))
    return "\n".join((a + " " + b).strip() if a else b for a, b in zip(L, R)) + "\n"


# ------------------------------------------------------------------ e-mails and exports
def sig_block(name, lang):
    if name == T.ADVISOR:
        return [name, "Conseillère principale en ressources humaines | Senior Human Resources Advisor",
                "Ressources naturelles Canada | Natural Resources Canada", "Tél. | Tel. : 418-555-0142"]
    return [name, "Natural Resources Canada / Ressources naturelles Canada"]


def render_email(doc):
    lang = lang_of(doc)
    p = doc["people"]
    bl = blocks_of(doc)
    # the pasted description: no certification section, the names kept
    desc = text_lines([b for b in bl if not (b[0] == "h" and b[1] == LAB[doc["form"]]["cert"])], width=1)
    desc = [d for d in desc if not d.startswith(("L'énoncé", "The foregoing"))]
    sender, to = p["sender"], p["to"]
    if doc["kind"] == "text" and doc["file"].endswith(".eml"):
        quoted = ["> De : Marie-Ève Gosselin-Paré", "> Envoyé : 9 février 2024 16:20",
                  "> Objet : DT Dir Relations PNI",
                  ">", "> Geneviève, voici la version précédente. Le code d'emploi était 304990 et le titre",
                  "> proposé « Directrice, Affaires autochtones – Québec » (EX-01, proposé).", ">"]
        head = [f"From: {sender} <genevieve.thibodeau-marchand@example.nrcan.invalid>",
                f"To: {to} <etienne.lachapelle-roy@example.nrcan.invalid>",
                f"Cc: {p['fwd']} <marie-eve.gosselin-pare@example.nrcan.invalid>",
                "Subject: =?UTF-8?Q?RE=3A_DT_Dir_Relations_PNI_=E2=80=93_version_finale?=",
                f"Date: {doc['sent']}", "Message-ID: <20240219190731.4471@example.nrcan.invalid>",
                "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit",
                ""]
        body = (["Bonjour Étienne,", "",
                 "Voici la version finale de la description de travail, conforme à la décision du comité de",
                 "classification du 12 février. Le nouveau code d'emploi est 305120.", "",
                 "-----"] + desc + ["-----", "", "Merci,", ""] + sig_block(sender, "fr") + [""] + quoted)
        return "\r\n".join(head + body) + "\r\n"
    if lang == "fr":
        head = [f"De : {sender}", f"Envoyé : {doc['sent']}", f"À : {to}"]
        if p.get("cc"):
            head.append(f"Cc : {p['cc']}")
        head.append(f"Objet : {'TR: ' if doc.get('fwd_en') else ''}Description de travail – {doc['title']}")
        if doc.get("fwd_en"):
            head = [f"De : {to}", "Envoyé : 7 juin 2023 10:02", "À : Dossiers EX Ontario",
                    f"Objet : TR: Clean energy director - WD text"]
            intro = ["Pour le dossier du poste 62520. La DT (version française approuvée) est dans le courriel de "
                     "Wendy ci-dessous.", "", "G.", "",
                     "-----Original Message-----", f"From: {sender}", f"Sent: {doc['sent']}",
                     f"To: {to}", "Subject: Clean energy director - WD text", "",
                     f"Hi {to.split()[0]}, here is the French text of the work description, as approved.", ""]
            tail = ["", "Wendy", ""] + sig_block(sender, "en")
        else:
            intro = [f"Bonjour {to.split()[0]},", "",
                     "Tel que discuté, voici le texte de la description de travail (copié du document Word, la "
                     "mise en forme s'est perdue).", ""]
            tail = ["", "Bonne journée,", ""] + sig_block(sender, "fr")
    else:
        head = [f"From: {sender}", f"Sent: {doc['sent']}", f"To: {to}",
                f"Subject: {'FW: ' if p.get('orig') else ''}Job description - {doc['title']}"]
        intro = [f"Hi {to.split()[0]},", ""]
        if p.get("orig"):
            intro += ["Forwarding the WD as Gordon sent it to me. Please use this text for the staffing file.", "",
                      "________________________________", f"From: {p['orig']}", "Sent: March 31, 2014 9:05 AM",
                      f"To: {sender}", "Subject: Polar Logistics director - final text", "",
                      "Genevieve - text below, signed copy to follow by mail. The old title (Manager, Polar "
                      "Continental Shelf Logistics, GT-08) should be retired.", ""]
        else:
            intro += ["As requested, the text of the work description is pasted below.", ""]
        tail = ["", "Thanks,", ""] + sig_block(sender, "en")
    return "\n".join(head + [""] + intro + desc + tail) + "\n"


def as_printed(name):
    given, family = name.split(" ", 1)
    return f"{family},{given}"


def render_export(doc):
    fr = doc["lang"] == "fr"
    p = doc["people"]
    sn, st, sc = doc["sup"]
    g, lv = doc["cls"].split("-")
    sal, om, tot = doc["money"]
    d = fdate(doc["date"], "export_fr" if fr else "export_en")
    loc_code = {"Québec (Québec)": "QUE01", "Whitehorse, YT": "WHS02"}[doc["loc"]]
    lines = ["RNCAN / NRCAN - SGRH" if fr else "NRCAN HRMS", ("RAPPORT DE POSTE" if fr else "POSITION REPORT")
             + f"{'':30}{'Date du rapport' if fr else 'Run date'}: {doc['run']}", "=" * 78,
             f"{'No de poste' if fr else 'Position':<18}| {doc['num']}",
             f"{'Date effective' if fr else 'Eff date':<18}| {d}",
             f"{'Statut' if fr else 'Status':<18}| {'Actif' if fr else 'Active'}",
             f"{'Descr courte' if fr else 'Short descr':<18}| {doc['short']}",
             f"{'Description' if fr else 'Descr':<18}| {doc['title']}",
             f"{'Code emploi' if fr else 'Job code':<18}| {doc['job']}",
             f"{'Grade' if fr else 'Sal plan/grade':<18}| {g} {lv}",
             f"{'Emplacement' if fr else 'Location':<18}| {loc_code} {doc['loc']}",
             f"{'Relève de' if fr else 'Reports to':<18}| {sn} {st} ({sc.replace('-', ' ')})",
             f"{'Titulaire' if fr else 'Incumbent':<18}| {as_printed(p['incumbent'])}",
             f"{'ETP (unité)' if fr else 'FTE (unit)':<18}| {doc['fte']}.00",
             f"{'Budget salaires' if fr else 'Budget salary':<18}| {fmoney(sal, 'raw')}",
             f"{'Budget F et E' if fr else 'Budget O&M':<18}| {fmoney(om, 'raw')}",
             f"{'Budget total' if fr else 'Budget total':<18}| {fmoney(tot, 'raw')}", "=" * 78,
             "POSTES SUBORDONNÉS DIRECTS" if fr else "DIRECT SUBORDINATE POSITIONS",
             f"{'Poste':<8}{'Description':<58}{'Grade':<10}{'ETP' if fr else 'FTE':>5}"]
    for r in doc["reports"]:
        g2, l2 = r[1].rsplit("-", 1)
        lines.append(f"{r[3]:<8}{r[0]:<58}{g2 + ' ' + l2:<10}{r[2]:>5}")
    lines += ["=" * 78, "TEXTE DE LA DESCRIPTION" if fr else "DESCRIPTION TEXT", ""]
    bl = blocks_of(doc)
    keep = [b for b in bl if b[0] in ("h", "p", "list")]
    # only the prose sections
    txt = text_lines(keep, width=1)
    lines += wrap(txt, 78)
    lines += ["", "=" * 78, f"{'Dernière mise à jour par' if fr else 'Last updated by'}: {p['updated']}",
              f"{'Fin du rapport' if fr else 'End of report'}"]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ Word and PDF
def fix_docx(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def new_docx(author, when):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 3
    cp.title = ""
    return d


def save_docx(d):
    buf = io.BytesIO()
    d.save(buf)
    return fix_docx(buf.getvalue())


def render_docx(doc):
    lang = lang_of(doc)
    author = doc["people"].get("prepared") or T.ADVISOR
    yr = doc["date"].year if doc["date"] else 2022 if "2022" in doc["file"] else 2016
    d = new_docx(author, datetime(yr, 3, 1, 9, 0, 0))
    fields_as_table = doc["form"] in ("FR-B", "EN-B", "BI")
    for b in blocks_of(doc):
        k = b[0]
        if k == "title":
            d.add_paragraph(b[1][0])
            d.add_heading(b[1][1], level=1)
        elif k == "fields":
            if fields_as_table:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for a, v in b[1]:
                    row = t.add_row().cells
                    row[0].text = a
                    row[1].text = v
            else:
                for a, v in b[1]:
                    par = d.add_paragraph()
                    par.add_run(a + " : " if lang == "fr" else a + ": ").bold = True
                    par.add_run(v)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "list":
            for it in b[1]:
                d.add_paragraph(it, style="List Number" if b[2] else "List Bullet")
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for r in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = "" if c is None else str(c)
        elif k == "dims":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = a
                cells[1].text = v
        elif k == "sig":
            for ln in b[1]:
                d.add_paragraph(ln)
            if not doc.get("draft"):
                d.add_paragraph("Signature : ____________________    Date : __________" if lang == "fr" else
                                "Signature: ____________________    Date: __________")
    return save_docx(d)


def pdf_pages(lines, footer):
    lines = wrap(lines, 100)
    per = 66
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    n = len(chunks)
    return [("\n".join(c + ["", f"{footer}        Page {i} / {n}"])) for i, c in enumerate(chunks, 1)]


def render_pdf(doc):
    lines = text_lines(blocks_of(doc), width=1)
    lines += ["", "Signature: ______________________     Date: ______________"]
    return pdf_bytes(pdf_pages(lines, doc["title"][:60]))


# ------------------------------------------------------------------ refusals
def refusals():
    out = {}
    rnd = random.Random(124)
    # 1. org chart, scanned
    chart = ["RESSOURCES NATURELLES CANADA / NATURAL RESOURCES CANADA",
             "Organigramme - Région du Nord / Organization Chart - Northern Region", "En date du / As of: 2022-04-01",
             "", "                 Directrice générale régionale / Regional Director General",
             "                                  EX-03  (63001)", "                                      |",
             "   +------------------+------------------+------------------+------------------+",
             "   |                  |                  |                  |                  |",
             "Dir. Logistique    Dir. Géoscience     Dir. Transition    Dir. Partenariats  Dir. Services",
             "polaire / Polar    du Nord / Northern  énergétique /      autochtones /      ministériels /",
             "Logistics          Geoscience          Energy Transition  Indigenous Partn.  Corporate Services",
             "EX-01 (63110)      EX-01 (63220)       EX-01 (63310)      EX-01 (63030)      EX-01 (63015)",
             "Resolute           Yellowknife         Whitehorse         Yellowknife        Yellowknife",
             "", "   Bureau du Nunavut / Nunavut Office  EX-01 (63040)  Iqaluit",
             "   Bureau du Nunavik / Nunavik Office  EX-01 (63050)  Kuujjuaq", "",
             "ETP totaux / Total FTEs: 118", "", "Préparé par / Prepared by: RH régionales / Regional HR", "1"]
    out["Organigramme Région du Nord - Northern Region org chart 2022.txt"] = (
        damage("\n".join(chart), "middling", rnd).encode("utf-8") + b"\n")
    # 2. memo (Word, French)
    d = new_docx(T.ADVISOR, datetime(2019, 2, 11, 14, 0, 0))
    d.add_paragraph("Ressources naturelles Canada")
    d.add_heading("NOTE DE SERVICE", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, v in [("Destinataire", "Étienne Lachapelle-Roy, Directeur général régional, Région du Québec"),
                 ("Expéditrice", "Geneviève Thibodeau-Marchand, Conseillère principale en ressources humaines"),
                 ("Date", "Le 11 février 2019"), ("Objet", "Revue des descriptions de travail EX de la région")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, v
    d.add_heading("Objet", level=2)
    d.add_paragraph("La présente note propose un calendrier pour la revue des descriptions de travail des postes "
                    "de direction de la région, dont plusieurs datent de plus de cinq ans.")
    d.add_heading("Contexte", level=2)
    d.add_paragraph("Les descriptions suivantes devront être mises à jour avant le 31 mars 2019 afin de refléter "
                    "la nouvelle structure du Centre de foresterie des Laurentides :")
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for r in [("Poste", "Titre", "Niveau", "Dernière mise à jour"),
              ("61120", "Directeur exécutif, Centre de foresterie des Laurentides", "EX-02", "2015"),
              ("61151", "Directrice, Écologie forestière et changements climatiques", "EX-01", "2011"),
              ("61160", "Directeur, Installations et biens immobiliers – CFL", "EX-01", "2014"),
              ("61230", "Directeur, Géoscience du Québec", "EX-01", "2013")]:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_heading("Recommandation", level=2)
    d.add_paragraph("Que le comité de gestion régional approuve le calendrier proposé et désigne un gestionnaire "
                    "responsable pour chaque description.")
    d.add_paragraph("Geneviève Thibodeau-Marchand")
    out["Note de service - revue des DT EX 2019.docx"] = save_docx(d)
    # 3. letter of offer (PDF)
    letter = ["Natural Resources Canada", "Regional Operations Sector", "", "June 8, 2020", "",
              "Dana Whitford", "Resolute, Nunavut", "", "PROTECTED B", "",
              "Subject: Acting appointment - Director, Polar Logistics Operations (EX-01), position 63110", "",
              "Dear Dana Whitford,", "",
              "I am pleased to offer you an acting appointment as Director, Polar Logistics Operations, at the EX-01 "
              "group and level, position number 63110, in Resolute, Nunavut, from July 1, 2020 to March 31, 2021.",
              "", "Your acting pay will be set in accordance with the Directive on Executive Compensation, within "
              "the EX-01 salary range of $122,800 to $144,600. The position's salary budget of $3,150,000 and O&M "
              "budget of $9,020,000 remain under the delegated authority of the Regional Director General.", "",
              "Please sign and return a copy of this letter by June 19, 2020.", "", "Yours sincerely,", "",
              "Shauna McIlwraith", "Regional Director General, Northern Region", "",
              "I accept this offer: ______________________  Date: __________", "",
              "c.c. Geneviève Thibodeau-Marchand, Senior Human Resources Advisor"]
    out["Letter of offer - acting Director Polar Logistics.pdf"] = pdf_bytes(["\n".join(wrap(letter, 100))])
    # 4. a scan without a text layer
    out["Scan_20190312_0007.pdf"] = pdf_bytes(["", ""])
    # 5. an e-mail thread (cp1252, CRLF, curly quotes)
    mail = ["De : Geneviève Thibodeau-Marchand", "Envoyé : 21 novembre 2023 08:41",
            "À : Gestionnaires EX – Région du Québec", "Objet : RE: Questionnaires gestion des talents 2023-2024 – rappel",
            "", "Bonjour à tous,", "",
            "Petit rappel : les questionnaires de gestion des talents sont obligatoires pour les EX-03 et plus, "
            "et fortement encouragés pour les EX-01 et EX-02. La date limite est le 31 janvier 2024.", "",
            "Pour la Direction générale régionale (poste 61004, EX-03), le questionnaire est donc obligatoire ; "
            "pour les directeurs et directrices (EX-01) du Centre de foresterie des Laurentides, il est volontaire.",
            "", "N’hésitez pas à me contacter si l’outil « Talent » vous pose problème.", "", "Merci !", "",
            "Geneviève", "", "-----Message d'origine-----", "De : Annick Desrosiers-Fortin",
            "Envoyé : 20 novembre 2023 16:12", "À : Geneviève Thibodeau-Marchand",
            "Objet : Questionnaires gestion des talents 2023-2024", "",
            "Bonjour Geneviève, est-ce que le questionnaire est obligatoire pour mes directeurs EX-01 cette année ? "
            "On m’a dit que l’échéance était le 15 décembre.", "", "Annick"]
    out["RE_ Questionnaires gestion des talents 2023-2024 - rappel.txt"] = "\r\n".join(mail + [""]).encode("cp1252")
    return out


REFUSAL_TRUTH = {
    "Organigramme Région du Nord - Northern Region org chart 2022.txt": dict(
        what="the Northern Region's bilingual organization chart, OCR'd from a scan (titles, levels, position "
             "numbers, no description)", damage="middling", people=[]),
    "Note de service - revue des DT EX 2019.docx": dict(
        what="a memo to the RDG Quebec proposing a review of the region's EX work descriptions, with a table of "
             "four positions, levels and update years",
        people=["Étienne Lachapelle-Roy", "Geneviève Thibodeau-Marchand"]),
    "Letter of offer - acting Director Polar Logistics.pdf": dict(
        what="a letter offering an acting EX-01 appointment to position 63110, with the salary range and the "
             "position's budgets", people=["Dana Whitford", "Shauna McIlwraith", "Geneviève Thibodeau-Marchand"]),
    "Scan_20190312_0007.pdf": dict(what="a two-page scan without a text layer (unreadable)", people=[]),
    "RE_ Questionnaires gestion des talents 2023-2024 - rappel.txt": dict(
        what="an e-mail thread about the talent-management questionnaire deadline, naming a position and levels",
        people=["Geneviève Thibodeau-Marchand", "Annick Desrosiers-Fortin"]),
}


# ------------------------------------------------------------------ truths
def fte_val(x):
    return None if x is None else (int(x) if float(x).is_integer() else x)


def truth(doc, by_num, versions):
    sn, st, sc = doc["sup"]
    sal, om, tot = doc["money"]
    fields = {
        "title": doc["title"], "classification": doc["cls"], "job_code": doc["job"],
        "position_number": doc["num"], "effective_date": doc["date"],
        "supervisor": {"position_number": sn, "title": st, "classification": sc},
        "direct_reports": [{"title": r[0], "classification": r[1], "fte": fte_val(r[2])} for r in doc["reports"]]
        or None,
        "salary": sal, "o_and_m": om, "total": tot, "location": doc["loc"],
    }
    ns = [k for k, v in fields.items() if v is None]
    ns += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    order = ["title", "classification", "job_code", "position_number", "effective_date", "supervisor.position_number",
             "supervisor.title", "supervisor.classification", "direct_reports", "salary", "o_and_m", "total",
             "location"]
    ns = [k for k in order if k in ns]
    also = {"department": T.DEPT_FR if doc["lang"] == "fr" else T.DEPT_EN, "form": doc["form"],
            "fte": fte_val(doc["fte"])}
    if doc.get("title_fr"):
        also["title_fr"] = doc["title_fr"]
    if doc.get("gc"):
        also["g_and_c"] = doc["gc"]
    if doc.get("damage"):
        also["damage"] = doc["damage"]
    if doc["kind"] == "ocr-columns":
        also["layout"] = "two columns read across, line by line"
    if doc.get("wrapper"):
        also["wrapper"] = "Structured Job Description / Full Extracted Text" + (
            ", all on one line" if doc["wrapper"] == "oneline" else "")
    if doc["form"].startswith("EMAIL"):
        also["container"] = "an e-mail with the description pasted in"
    if doc["form"].startswith("EXPORT"):
        also["container"] = "an HR-system position report"
        also["short_title"] = doc["short"]
    if doc.get("draft"):
        also["draft"] = True
    if doc.get("reclass"):
        also["classification_as_printed"] = doc["reclass"]
    if doc.get("date") is None and doc.get("date_text"):
        also["effective_date_as_printed"] = doc["date_text"]
    if doc.get("num") is None and doc.get("num_text"):
        also["position_number_as_printed"] = doc["num_text"]
    if sn in by_num and sn != doc["num"]:
        also["reports_to_in_corpus"] = by_num[sn]
    for t in doc.get("traps", []):
        also.setdefault("traps", []).append(t)
    ppl = []
    for n in names_of(doc):
        if doc["form"].startswith("EXPORT") and n == doc["people"].get("incumbent"):
            n = as_printed(n)
        if n not in ppl:
            ppl.append(n)
    if doc["kind"] == "text" and doc["file"].endswith(".eml"):
        ppl.append("Marie-Ève Gosselin-Paré") if "Marie-Ève Gosselin-Paré" not in ppl else None
    if doc["form"] == "EMAIL-EN" and doc["people"].get("orig"):
        pass
    return {
        "document": doc["file"], "kind": doc["kind"], "language": doc["lang"], "outcome": "import",
        "fields": fields, "not_stated": ns or None, "also": also, "people": ppl,
        "versions": versions.get(doc["key"]),
    }


VERSION_NOTES = {
    "Q4": "2013 signed FR-A scan (Directeur, Géoscience du Québec, job code 302240, four reports) and the 2022 "
          "draft (Directrice, Géoscience et géorisques du Québec, job code 304815, no effective date, four "
          "reports, larger budget)",
    "Q6": "the French work description and its English translation: same date, figures and reports",
    "O2": "2012 Director, Great Lakes Forestry Centre (EX-01, three managers) reclassified in 2019 as Executive "
          "Director (EX-02, new job code, five reports)",
    "O4": "the draft (no position number, no effective date, Prepared by) and the signed scan of the same text",
    "N1": "2011 Regional Director, Northern Operations (EX-02), 2016 Regional Director General, Northern Region "
          "(EX-03), 2024 bilingual version (new job code, new supervisor title, five directors)",
    "N2": "2014 text pasted in an e-mail (EX-01, three reports) and the 2021 signed PDF (new title and job code, "
          "four reports, larger budget)",
}
NEWEST = {"Q4": 1, "Q6": None, "O2": 1, "O4": 1, "N1": 2, "N2": 1}


def curly(doc):
    c = lambda x: x.replace("'", "\u2019") if isinstance(x, str) else x
    doc = dict(doc)
    for k in ("title", "title_fr", "loc", "d_fr", "d_en", "r_fr"):
        if k in doc:
            doc[k] = c(doc[k])
    doc["sup"] = tuple(c(x) for x in doc["sup"])
    doc["reports"] = [tuple(c(x) for x in r) for r in doc["reports"]]
    return doc


def dump(obj):
    return yaml.safe_dump(obj, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)


def main():
    for p in (CORPUS, EXPECTED):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir()
    docs = T.DOCS
    groups = {}
    for d in docs:
        groups.setdefault(d["key"], []).append(d)
    versions = {}
    for k, g in groups.items():
        if len(g) > 1:
            newest = g[NEWEST[k]]["file"] if NEWEST[k] is not None else None
            versions[k] = {"documents": [d["file"] for d in g], "newest": newest, "same_text": False,
                           "note": VERSION_NOTES[k]}
    by_num = {}
    for k, g in groups.items():
        num = next((d["num"] for d in g if d["num"]), None)
        if num:
            newest = g[NEWEST[k]] if k in NEWEST and NEWEST[k] is not None else g[-1]
            by_num[num] = newest["file"]
    for d in docs:
        if d["kind"] == "text-cp1252":
            d = curly(d)
        rnd = random.Random("blind124:" + d["file"])
        kind = d["kind"]
        if d["form"].startswith("EMAIL"):
            data = render_email(d)
            data = data.replace("\n", "\r\n").encode("cp1252") if kind == "text-cp1252" else data.encode("utf-8")
        elif d["form"].startswith("EXPORT"):
            data = render_export(d).encode("utf-8")
        elif kind == "ocr":
            data = render_ocr(d, rnd).encode("utf-8")
        elif kind == "ocr-columns":
            data = render_ocr_columns(d, rnd).encode("utf-8")
        elif kind == "docx":
            data = render_docx(d)
        elif kind == "pdf":
            data = render_pdf(d)
        elif kind == "markdown":
            data = ("\n".join(text_lines(blocks_of(d), md=True)) + "\n").encode("utf-8")
        elif kind == "text-cp1252":
            s = "\n".join(text_lines(blocks_of(d), width=1)) + "\n"
            s = s.replace("'", "\u2019")
            data = s.replace("\n", "\r\n").encode("cp1252")
        else:
            data = ("\n".join(text_lines(blocks_of(d))) + "\n").encode("utf-8")
        (CORPUS / d["file"]).write_bytes(data)
        (EXPECTED / (d["file"] + ".expected.yaml")).write_text(dump(truth(d, by_num, versions)), encoding="utf-8")
    for name, data in refusals().items():
        meta = next(r for r in T.REFUSALS if r["file"] == name)
        (CORPUS / name).write_bytes(data)
        info = REFUSAL_TRUTH[name]
        also = {"what": info["what"]}
        if info.get("damage"):
            also["damage"] = info["damage"]
        t = {"document": name, "kind": meta["kind"], "language": meta["lang"], "outcome": "refuse", "fields": None,
             "not_stated": None, "also": also, "people": info["people"], "versions": None}
        (EXPECTED / (name + ".expected.yaml")).write_text(dump(t), encoding="utf-8")


if __name__ == "__main__":
    main()
