"""Writes the blind147 corpus (bilingual and translated work descriptions) and its truths.

    /work/main/.venv/bin/python bench/import/blind147/make_blind.py

Deterministic: fixed seeds, .docx with fixed core properties re-zipped with fixed timestamps.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"
NBSP = "\u00a0"

# ---------------------------------------------------------------- positions

rng = random.Random(147)
_names_used: list[str] = []


def person() -> str:
    while True:
        name = f"{rng.choice(T.GIVEN)} {rng.choice(T.FAMILY)}"
        if name not in _names_used:
            _names_used.append(name)
            return name


_RESERVED = {"Terminology Standardization", "Parliamentary Translation", "Youth Employment",
             "Citizenship Program Delivery", "Settlement Programs", "Digital Services"}
_units = [u for u in T.UNITS if u[0] not in _RESERVED]
rng.shuffle(_units)
_unit_iter = iter(_units)
_posnos: set[str] = set()


def posno(digits: int | None = None) -> str:
    while True:
        d = digits or rng.choice([5, 6, 8])
        n = str(rng.randrange(10 ** (d - 1), 10 ** d)) if d != 8 else "000" + str(rng.randrange(10000, 99999))
        if n not in _posnos:
            _posnos.add(n)
            return n


def fr_title(cls: str, unit_fr: str, fem: bool) -> str:
    role = T.ROLES[cls][2 if fem else 1]
    return f"{role}, {unit_fr}"


def make_reports(cls: str, n: int) -> list[dict]:
    units = rng.sample(T.REPORT_UNITS, n)
    out = []
    for i, (ue, uf) in enumerate(units):
        if cls == "EX-03" and i < 3:
            fem = rng.random() < 0.5
            out.append(dict(en=f"Director, {ue}", fr=f"{'Directrice' if fem else 'Directeur'}, {uf}",
                            cls="EX-01", fte=rng.randrange(18, 90)))
            continue
        kind = rng.choice(T.REPORT_KINDS)
        out.append(dict(en=f"{kind[0]}, {ue}", fr=f"{kind[1]}, {uf}", cls=rng.choice(kind[2]),
                        fte=rng.randrange(3, 30)))
    if rng.random() < 0.4:
        out.append(dict(en=T.EA[0], fr=T.EA[1], cls=T.EA[2], fte=1))
    return out


def make_position(cls: str | None = None, dept: int | None = None, unit=None) -> dict:
    cls = cls or rng.choice(["EX-01"] * 6 + ["EX-02"] * 3 + ["EX-03"])
    ue, uf = unit or next(_unit_iter)
    de, df = T.DEPARTMENTS[dept if dept is not None else rng.randrange(len(T.DEPARTMENTS))]
    fem = rng.random() < 0.5
    sup_cls = {"EX-01": rng.choice(["EX-03", "EX-03", "EX-02"]), "EX-02": "EX-03", "EX-03": "EX-04"}[cls]
    sue, suf = rng.choice(T.UNITS)
    sfem = rng.random() < 0.5
    reports = make_reports(cls, rng.randrange(3, 7))
    salary = rng.randrange(110, 620) * 10000
    om = rng.randrange(60, 1900) * 1000
    y = rng.randrange(2016, 2025)
    eff = dt.date(y, rng.choice([1, 4, 4, 4, 6, 9, 10]), rng.choice([1, 1, 1, 3, 15, 22]))
    loc = rng.choice(T.LOCATIONS)
    fte = sum(r["fte"] for r in reports) + 1 + rng.randrange(0, 6)
    return dict(
        cls=cls, unit_en=ue, unit_fr=uf, dept_en=de, dept_fr=df, fem=fem,
        title_en=f"{T.ROLES[cls][0]}, {ue}", title_fr=fr_title(cls, uf, fem),
        job_code=str(rng.randrange(100100, 109999)), posno=posno(),
        eff=eff, loc_en=loc[0], loc_fr=loc[1],
        sup=dict(en=f"{T.ROLES[sup_cls][0]}, {sue}", fr=fr_title(sup_cls, suf, sfem), cls=sup_cls, posno=posno()),
        reports=reports, salary=salary, om=om, total=salary + om, fte=fte,
        ga=rng.randrange(len(T.GA_EN)), sa=sorted(rng.sample(range(len(T.SA)), 5)),
        incumbent=person(), signer=person(), advisor=person(),
        signed=eff - dt.timedelta(days=rng.randrange(10, 60)),
    )


# ---------------------------------------------------------------- notations

def money(v: int, lang: str, style: str) -> str:
    if lang == "en":
        if style == "M":
            return f"${v / 1e6:.3f}".rstrip("0").rstrip(".") + "M" if v >= 1_000_000 else f"${v // 1000:,}K"
        if style == "K":
            return f"${v // 1000:,}K"
        if style == "plain":
            return f"{v}"
        if style == "cents":
            return f"${v:,}.00"
        return f"${v:,}"
    if style == "M":
        if v >= 1_000_000:
            return (f"{v / 1e6:.3f}".rstrip("0").rstrip(".")).replace(".", ",") + " M$"
        return f"{v // 1000:,}".replace(",", " ") + " k$"
    if style == "K":
        return f"{v // 1000:,}".replace(",", NBSP) + " k$"
    if style == "plain":
        return f"{v}"
    if style == "cents":
        return f"{v:,}".replace(",", " ") + ",00 $"
    return f"{v:,}".replace(",", NBSP) + NBSP + "$"


def date(d: dt.date, lang: str, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if lang == "en":
        return f"{T.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {T.MONTHS_FR[d.month - 1]} {d.year}"


LABELS = {
    ("en", "A"): dict(title="Position Title", posno="Position Number", job="Job Code", cls="Group and Level",
                      eff="Effective Date", loc="Location", dept="Department", sup="Supervisor's Position Title",
                      sup_cls="Supervisor's Group and Level", sup_no="Supervisor's Position Number",
                      reports_to="Reports to", fte="Total FTEs", salary="Salary", om="O&M", total="Total",
                      ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", dims="DIMENSIONS",
                      sa="SPECIFIC ACCOUNTABILITIES", head="EXECUTIVE WORK DESCRIPTION",
                      rep_intro="The following positions report to the {title}:", ftes="FTEs",
                      sig="Incumbent", sig2="Approved by", sig3="Classified by"),
    ("en", "B"): dict(title="Title", posno="Position No.", job="Job Code No.", cls="Classification",
                      eff="Effective date", loc="Work location", dept="Organization", sup="Supervisor",
                      sup_cls="Supervisor's classification", sup_no="Supervisor's position no.",
                      reports_to="Reports to", fte="FTEs", salary="Salary budget", om="O&M budget",
                      total="Total budget", ga="General Accountability", org="Organization Structure",
                      dims="Dimensions", sa="Specific Accountabilities", head="Work Description",
                      rep_intro="Reporting to the {title} are:", ftes="FTE",
                      sig="Employee", sig2="Manager", sig3="Classification Advisor"),
    ("fr", "A"): dict(title="Titre du poste", posno="Numéro du poste", job="Code d'emploi", cls="Groupe et niveau",
                      eff="Date d'entrée en vigueur", loc="Lieu de travail", dept="Ministère",
                      sup="Titre du poste du superviseur", sup_cls="Groupe et niveau du superviseur",
                      sup_no="Numéro du poste du superviseur", reports_to="Relève de", fte="ETP total",
                      salary="Salaires", om="F et E", total="Total", ga="RESPONSABILITÉS GÉNÉRALES",
                      org="STRUCTURE ORGANISATIONNELLE", dims="DIMENSIONS", sa="ACTIVITÉS PRINCIPALES",
                      head="DESCRIPTION DE TRAVAIL DE LA DIRECTION",
                      rep_intro="Les postes suivants relèvent du titulaire :", ftes="ETP",
                      sig="Titulaire", sig2="Approuvé par", sig3="Classifié par"),
    ("fr", "B"): dict(title="Titre", posno="No de poste", job="Code de l'emploi", cls="Classification",
                      eff="Date de prise d'effet", loc="Lieu", dept="Organisation", sup="Superviseur",
                      sup_cls="Classification du superviseur", sup_no="No de poste du superviseur",
                      reports_to="Relève de", fte="ETP", salary="Budget salarial", om="Budget de F et E",
                      total="Budget total", ga="Responsabilités générales", org="Structure de l'organisation",
                      dims="Dimensions", sa="Responsabilités spécifiques", head="Description de travail",
                      rep_intro="Relèvent du titulaire :", ftes="ETP",
                      sig="Employé(e)", sig2="Gestionnaire", sig3="Conseiller(ère) en classification"),
}
TBD = {"en": "TBD", "fr": "À déterminer"}


def colon(lang: str) -> str:
    return " :" if lang == "fr" else ":"


def view(pos: dict, lang: str, spec: dict) -> dict:
    """The position's values as the document prints them in one language (disagreements applied)."""
    p = copy.deepcopy(pos)
    wrong = spec.get("disagree")
    if wrong and lang == wrong["in"]:
        field, value = wrong["field"], wrong["value"]
        if field == "report_fte":
            p["reports"][wrong["index"]]["fte"] = value
        else:
            p[field] = value
    return p


def report_line(r: dict, lang: str, style: str, spec: dict, L: dict) -> str:
    t = r[lang]
    cls = None if "report_cls" in spec["omit"] else r["cls"]
    fte = None if "report_fte" in spec["omit"] else r["fte"]
    if fte == 1 and lang == "en":
        L = dict(L, ftes=L["ftes"].rstrip("s"))
    if style == "paren":
        inner = ", ".join(x for x in [cls, f"{fte} {L['ftes']}" if fte is not None else None] if x)
        return f"- {t} ({inner})" if inner else f"- {t}"
    if style == "dash":
        parts = [cls, t, f"{fte} {L['ftes']}" if fte is not None else None]
        return " – ".join(x for x in parts if x)
    if style == "both":  # English / French (CLS) – N FTE/ETP
        tail = f" – {fte} FTE/ETP" if fte is not None else ""
        return f"{r['en']} / {r['fr']} ({cls}){tail}" if cls else f"{r['en']} / {r['fr']}{tail}"
    raise ValueError(style)


def sections(pos: dict, lang: str, spec: dict) -> list[tuple[str, list[str]]]:
    """The document's content in one language: (section, paragraphs)."""
    p = view(pos, lang, spec)
    L = LABELS[(lang, spec.get("labels", "A"))]
    c = colon(lang)
    om = spec["omit"]
    ms, ds = spec.get("money", "full"), spec.get("dates", "long")
    title = p[f"title_{lang}"]
    ident = [f"{L['dept']}{c} {p[f'dept_{lang}']}", f"{L['title']}{c} {title}",
             f"{L['cls']}{c} {p['cls']}"]
    if "position_number" in om:
        if spec.get("tbd"):
            ident.append(f"{L['posno']}{c} {TBD[lang]}")
    else:
        ident.append(f"{L['posno']}{c} {p['posno']}")
    if "job_code" not in om:
        ident.append(f"{L['job']}{c} {p['job_code']}")
    if "effective_date" not in om:
        ident.append(f"{L['eff']}{c} {date(p['eff'], lang, ds)}")
    if "location" not in om:
        ident.append(f"{L['loc']}{c} {p[f'loc_{lang}']}")
    sup = p["sup"]
    if spec.get("sup", "block") == "block":
        supl = [f"{L['sup']}{c} {sup[lang]}", f"{L['sup_cls']}{c} {sup['cls']}"]
        if "supervisor.position_number" not in om:
            supl.append(f"{L['sup_no']}{c} {sup['posno']}")
    else:
        no = "" if "supervisor.position_number" in om else (
            f", position {sup['posno']}" if lang == "en" else f", poste {sup['posno']}")
        supl = [f"{L['reports_to']}{c} {sup[lang]} ({sup['cls']}{no})"]
    ga = (T.GA_EN if lang == "en" else T.GA_FR)[p["ga"]].format(
        title=title, unit=p[f"unit_{lang}"], dept=p[f"dept_{lang}"])
    org = [L["rep_intro"].format(title=title)]
    org += [report_line(r, lang, spec.get("rstyle", "paren"), spec, L) for r in p["reports"]]
    dims = [f"{L['fte']}{c} {p['fte']}"]
    if "salary" not in om:
        dims.append(f"{L['salary']}{c} {money(p['salary'], lang, ms)}")
    if "o_and_m" not in om:
        dims.append(f"{L['om']}{c} {money(p['om'], lang, spec.get('money_om', ms))}")
    if "total" not in om:
        dims.append(f"{L['total']}{c} {money(p['total'], lang, ms)}")
    sa = [f"{i}. {T.SA[k][0 if lang == 'en' else 1]}" for i, k in enumerate(p["sa"], 1)]
    d = date(p["signed"], lang, "iso")
    sig = [f"{L['sig']}{c} {p['incumbent']}    {d}", f"{L['sig2']}{c} {p['signer']}    {d}"]
    if spec.get("advisor"):
        sig.append(f"{L['sig3']}{c} {p['advisor']}")
    out = [("head", [L["head"]]), ("ident", ident), ("sup", supl), ("ga", [L["ga"], ga]),
           ("org", [L["org"]] + org), ("dims", [L["dims"]] + dims), ("sa", [L["sa"]] + sa)]
    if spec.get("prevails"):
        out.append(("note", [PREVAILS[spec["prevails"]][lang]]))
    out.append(("sig", sig))
    return out


PREVAILS = {
    "fr": {"en": "In case of discrepancy between the English and French versions, the French version prevails.",
           "fr": "En cas de divergence entre les versions française et anglaise, la version française l'emporte."},
    "en": {"en": "In case of discrepancy between the two versions, the English version prevails.",
           "fr": "En cas de divergence entre les deux versions, la version anglaise l'emporte."},
}


def people(pos: dict, spec: dict) -> list[str]:
    out = [pos["incumbent"], pos["signer"]]
    if spec.get("advisor"):
        out.append(pos["advisor"])
    return out


# ---------------------------------------------------------------- layouts (text)

def wrap(par: str, width: int) -> list[str]:
    return textwrap.wrap(par, width, break_long_words=True, break_on_hyphens=False) or [""]


def single(pos, spec, langs=("en",), width=None) -> list[str]:
    lines: list[str] = []
    for n, lang in enumerate(langs):
        if n:
            lines += ["", "", spec.get("divider", "TRADUCTION FRANÇAISE / FRENCH TRANSLATION"), ""]
        for key, pars in sections(pos, lang, spec):
            for par in pars:
                lines += wrap(par, width) if width else [par]
            lines.append("")
    return lines


def columns(pos, spec, width=44, gap=4, sep=None) -> list[str]:
    """English in the left column, French in the right, read across line by line."""
    en, fr = sections(pos, "en", spec), sections(pos, "fr", spec)
    lines = []
    r = random.Random(spec["file"])
    for (k, pe), (_, pf) in zip(en, fr):
        left = [w for par in pe for w in wrap(par, width)]
        right = [w for par in pf for w in wrap(par, width)]
        for i in range(max(len(left), len(right))):
            a = left[i] if i < len(left) else ""
            b = right[i] if i < len(right) else ""
            if sep is None:
                lines.append((a.ljust(width + gap) + b).rstrip())
            else:
                s = " " * r.choice(sep)
                lines.append((a + s + b).strip() if a else b)
        lines.append("")
    return lines


def bilingual_stream(pos, spec) -> list[str]:
    """One stream, both languages on every label: 'Position Title / Titre du poste: X / Y'."""
    en, fr = sections(pos, "en", spec), sections(pos, "fr", spec)
    lines = []
    for (k, pe), (_, pf) in zip(en, fr):
        if k in ("ident", "sup", "dims"):
            if k == "dims":
                lines.append(pe[0] if pe[0] == pf[0] else f"{pe[0]} / {pf[0]}")
                pe, pf = pe[1:], pf[1:]
            for a, b in zip(pe, pf):
                la, va = a.split(":", 1)
                lb, vb = b.split(" :", 1)
                va, vb = va.strip(), vb.strip()
                same = va == vb or k == "dims" and spec.get("dims_en_only")
                lines.append(f"{la} / {lb}: {va}" if same else f"{la} / {lb}: {va} / {vb}")
        elif k == "org":
            lines.append(f"{pe[0]} / {pf[0]}")
            lines += pe[2:] if spec.get("rstyle") == "both" else pe[1:]
        elif k == "sig":
            lines += pe
        else:
            lines.append(f"{pe[0]} / {pf[0]}")
            lines += pe[1:] + [""] + pf[1:]
        lines.append("")
    return lines


def paginate(lines: list[str], per: int, header: str | None, footer: str | None, lang="en") -> list[list[str]]:
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        body = list(pg)
        if header:
            body = [header, ""] + body
        if footer:
            body = body + ["", footer.format(i=i, n=n)]
        out.append(body)
    return out


# ---------------------------------------------------------------- OCR damage

DIGIT = {"0": "OoO", "1": "Il", "5": "S", "8": "B", "2": "Z", "6": "b"}
LETTER = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("i", "l"), ("l", "I"), ("h", "b"), ("t", "l"),
          ("é", "e"), ("è", "c"), ("à", "a"), ("ç", "c"), ("É", "E"), ("ô", "o"), ("u", "n")]
STRENGTH = {"light": (0.15, 0.015, 0.01), "middling": (0.4, 0.04, 0.03), "heavy": (0.75, 0.09, 0.06)}


def damage_part(text: str, strength: str, r: random.Random) -> str:
    pd, pl, pr = STRENGTH[strength]
    toks = text.split(" ")
    out = []
    for t in toks:
        if any(ch.isdigit() for ch in t):
            chars = []
            for ch in t:
                if ch in DIGIT and (ch in "0158" or strength == "heavy") and r.random() < pd:
                    chars.append(r.choice(DIGIT[ch]))
                else:
                    chars.append(ch)
            t = "".join(chars)
        elif len(t) > 3 and r.random() < pl * len(t) / 3:
            a, b = r.choice(LETTER)
            if a in t:
                k = t.find(a)
                t = t[:k] + b + t[k + len(a):]
        out.append(t)
    s = ""
    for i, t in enumerate(out):
        if i and not (r.random() < pr and out[i - 1] and t):
            s += " "
        s += t
    return s


def damage(lines: list[str], strength: str, seed: str, names: list[str]) -> list[str]:
    r = random.Random(seed)
    pat = re.compile("(" + "|".join(re.escape(n) for n in names) + ")") if names else None
    out = []
    for line in lines:
        parts = pat.split(line) if pat else [line]
        out.append("".join(p if pat and pat.fullmatch(p) else damage_part(p, strength, r) for p in parts))
    return out


def hyphenate(lines: list[str], width: int, r: random.Random) -> list[str]:
    out = []
    for line in lines:
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            word_end = line.find(" ", cut + 1)
            word_end = len(line) if word_end < 0 else word_end
            if cut > 0 and word_end - cut > 7 and r.random() < 0.6:
                k = cut + 1 + (word_end - cut - 1) // 2
                out.append(line[:k] + "-")
                line = line[k:]
            elif cut > 0:
                out.append(line[:cut])
                line = line[cut + 1:]
            else:
                out.append(line[:width])
                line = line[width:]
        out.append(line)
    return out


def ocr_text(pages: list[list[str]], strength: str, seed: str, names: list[str]) -> str:
    out = []
    for pg in pages:
        out.append("\n".join(damage(pg, strength, seed + str(len(out)), names)))
    return "\n\f".join(out) + "\n"


# ---------------------------------------------------------------- Word

def docx_bytes(build) -> bytes:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    cp = d.core_properties
    cp.author = "Corporate Secretariat"
    cp.last_modified_by = "Corporate Secretariat"
    cp.created = dt.datetime(2024, 1, 1)
    cp.modified = dt.datetime(2024, 1, 1)
    cp.revision = 1
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def cell_text(cell, text: str):
    lines = text.split("\n")
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)


def field_pairs(pos, spec, key):
    en = dict(sections(pos, "en", spec))[key]
    fr = dict(sections(pos, "fr", spec))[key]
    return en, fr


def reports_table(d, pos, spec, lang_mode="both"):
    p_en, p_fr = view(pos, "en", spec), view(pos, "fr", spec)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = ["Position / Poste", "Group-Level / Groupe-niveau", "FTEs / ETP"]
    if lang_mode == "fr":
        hdr = ["Poste", "Groupe et niveau", "ETP"]
    if lang_mode == "en":
        hdr = ["Position", "Group and Level", "FTEs"]
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h
    for re_, rf in zip(p_en["reports"], p_fr["reports"]):
        row = t.add_row().cells
        name = {"both": f"{re_['en']} / {rf['fr']}", "en": re_["en"], "fr": rf["fr"],
                "stacked": f"{re_['en']}\n{rf['fr']}"}[lang_mode]
        cell_text(row[0], name)
        row[1].text = "" if "report_cls" in spec["omit"] else re_["cls"]
        if "report_fte" in spec["omit"]:
            row[2].text = ""
        elif re_["fte"] != rf["fte"]:
            row[2].text = f"{re_['fte']} / {rf['fte']}"
        else:
            row[2].text = str(re_["fte"])


def docx_pairs(pos, spec):
    """A two-column table: English cell | French cell, each 'Label: value'."""
    def build(d):
        d.add_heading("Work Description / Description de travail", 1)
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = "English"
        t.rows[0].cells[1].text = "Français"
        en, fr = sections(pos, "en", spec), sections(pos, "fr", spec)
        for (k, pe), (_, pf) in zip(en, fr):
            if k == "head":
                continue
            if k == "org" and spec.get("rtable"):
                row = t.add_row().cells
                cell_text(row[0], "\n".join(pe[:2]))
                cell_text(row[1], "\n".join(pf[:2]))
                continue
            if k in ("ident", "sup", "dims"):
                for a, b in zip(pe, pf):
                    row = t.add_row().cells
                    row[0].text, row[1].text = a, b
            else:
                row = t.add_row().cells
                cell_text(row[0], "\n".join(pe))
                cell_text(row[1], "\n".join(pf))
        if spec.get("rtable"):
            d.add_paragraph("")
            d.add_paragraph("Direct reports / Subordonnés directs")
            reports_table(d, pos, spec, spec.get("rtable"))
    return docx_bytes(build)


def docx_labelrows(pos, spec):
    """Label rows 'Position title | Titre du poste', then a value row; numbers only in one column."""
    only = spec.get("values_only", "en")

    def build(d):
        d.add_heading("DESCRIPTION DE TRAVAIL – WORK DESCRIPTION", 1)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        en, fr = sections(pos, "en", spec), sections(pos, "fr", spec)
        for (k, pe), (_, pf) in zip(en, fr):
            if k not in ("ident", "sup", "dims"):
                continue
            if k == "dims":
                lr = t.add_row().cells
                m = lr[0].merge(lr[1])
                m.text = f"{pe[0]} / {pf[0]}" if pe[0] != pf[0] else pe[0]
                pe, pf = pe[1:], pf[1:]
            for a, b in zip(pe, pf):
                la, va = a.split(":", 1)
                lb, vb = b.split(" :", 1)
                lr = t.add_row().cells
                lr[0].text, lr[1].text = la, lb
                vr = t.add_row().cells
                va, vb = va.strip(), vb.strip()
                textual = any(ch.isalpha() for ch in va) and not re.fullmatch(r"[A-Z]{2}-\d\d", va)
                if textual:
                    vr[0].text, vr[1].text = va, vb
                elif only == "merge":
                    m = vr[0].merge(vr[1])
                    m.text = va
                elif only == "en":
                    vr[0].text = va
                else:
                    vr[1].text = vb
        for (k, pe), (_, pf) in zip(en, fr):
            if k in ("ga", "sa"):
                d.add_heading(f"{pe[0]} / {pf[0]}", 2)
                for x in pe[1:]:
                    d.add_paragraph(x)
                for x in pf[1:]:
                    d.add_paragraph(x)
            if k == "org":
                d.add_heading(f"{pe[0]} / {pf[0]}", 2)
                reports_table(d, pos, spec, "both")
            if k == "sig":
                for x in pe:
                    d.add_paragraph(x)
    return docx_bytes(build)


def docx_3col(pos, spec):
    """Label (English) | Libellé (français) | value in one language."""
    vl = spec["values_in"]

    def build(d):
        d.add_heading("Work Description / Description de travail", 1)
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Field", "Champ", "Value / Valeur"]):
            c.text = h
        en, fr = sections(pos, "en", spec), sections(pos, "fr", spec)
        vals = dict(sections(pos, vl, spec))
        for (k, pe), (_, pf) in zip(en, fr):
            if k in ("ident", "sup", "dims"):
                vk = vals[k]
                if k == "dims":
                    pe, pf, vk = pe[1:], pf[1:], vk[1:]
                for a, b, v in zip(pe, pf, vk):
                    row = t.add_row().cells
                    row[0].text = a.split(":", 1)[0]
                    row[1].text = b.split(" :", 1)[0]
                    row[2].text = re.split(r" ?:", v, maxsplit=1)[1].strip()
        for (k, pe), (_, pf) in zip(en, fr):
            if k in ("ga", "sa"):
                d.add_heading(f"{pe[0].title() if pe[0].isupper() else pe[0]} / {pf[0]}", 2)
                for x in vals[k][1:]:
                    d.add_paragraph(x)
            if k == "org":
                d.add_heading(f"{pe[0].title()} / {pf[0].capitalize()}", 2)
                reports_table(d, pos, spec, vl)
            if k == "sig":
                for x in vals[k]:
                    d.add_paragraph(x)
    return docx_bytes(build)


def docx_sequential(pos, spec, langs):
    def build(d):
        for n, lang in enumerate(langs):
            if n:
                d.add_page_break()
                d.add_paragraph(spec.get("divider", "Version française"))
            for k, pars in sections(pos, lang, spec):
                if k == "head":
                    d.add_heading(pars[0], 1)
                elif k in ("ga", "org", "dims", "sa"):
                    d.add_heading(pars[0], 2)
                    if k == "org" and spec.get("rtable"):
                        d.add_paragraph(pars[1])
                        reports_table(d, pos, spec, lang)
                        continue
                    for x in pars[1:]:
                        if x.startswith("- "):
                            d.add_paragraph(x[2:], style="List Bullet")
                        else:
                            d.add_paragraph(x)
                elif k == "ident":
                    t = d.add_table(rows=0, cols=2)
                    t.style = "Table Grid"
                    for x in pars:
                        row = t.add_row().cells
                        a, b = re.split(r" ?:", x, maxsplit=1)
                        row[0].text, row[1].text = a, b.strip()
                else:
                    for x in pars:
                        d.add_paragraph(x)
    return docx_bytes(build)


# ---------------------------------------------------------------- markdown

def markdown(pos, spec, lang):
    out = []
    for k, pars in sections(pos, lang, spec):
        if k == "head":
            out += [f"# {pars[0]}", ""]
        elif k in ("ident", "sup"):
            for x in pars:
                a, b = re.split(r" ?:", x, maxsplit=1)
                out.append(f"- **{a}{colon(lang)}** {b.strip()}")
            out.append("")
        elif k in ("ga", "org", "dims", "sa"):
            out += [f"## {pars[0].title() if pars[0].isupper() else pars[0]}", ""]
            for x in pars[1:]:
                if k == "dims":
                    a, b = re.split(r" ?:", x, maxsplit=1)
                    x = f"- **{a}{colon(lang)}** {b.strip()}"
                out.append(x)
            out.append("")
        else:
            out += [x + "  " for x in pars] + [""]
    return "\n".join(out)


def markdown_bilingual(pos, spec):
    out = ["# Work Description / Description de travail", ""]
    for line in bilingual_stream(pos, spec):
        if ": " in line and " / " in line.split(":")[0]:
            a, b = line.split(": ", 1)
            out.append(f"- **{a}:** {b}")
        elif line.isupper() or (" / " in line and len(line) < 80 and not line.startswith(("-", "Manager", "Chief"))
                                and line[0].isupper() and ":" not in line and "(" not in line):
            out.append(f"## {line}")
        else:
            out.append(line)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- truth

def truth(pos: dict, spec: dict) -> dict:
    lang = spec["lang"]
    tl = spec.get("truth_lang") or ("fr" if lang == "fr" else "en")
    om = spec["omit"]
    reports = []
    for r in pos["reports"]:
        reports.append(dict(title=r[tl], classification=None if "report_cls" in om else r["cls"],
                            fte=None if "report_fte" in om else r["fte"]))
    f = dict(
        title=pos[f"title_{tl}"], classification=pos["cls"],
        job_code=None if "job_code" in om else pos["job_code"],
        position_number=None if "position_number" in om else pos["posno"],
        effective_date=None if "effective_date" in om else pos["eff"],
        supervisor=dict(position_number=None if "supervisor.position_number" in om else pos["sup"]["posno"],
                        title=pos["sup"][tl], classification=pos["sup"]["cls"]),
        direct_reports=reports,
        salary=None if "salary" in om else pos["salary"],
        o_and_m=None if "o_and_m" in om else pos["om"],
        total=None if "total" in om else pos["total"],
        location=None if "location" in om else pos[f"loc_{tl}"],
    )
    not_stated = [k for k in ["job_code", "position_number", "effective_date", "supervisor.position_number",
                              "salary", "o_and_m", "total", "location"] if k in om]
    also = {"department": pos[f"dept_{tl}"], "fte": pos["fte"]}
    if lang == "bilingual" or spec.get("title_fr"):
        also["title_en"] = pos["title_en"]
        also["title_fr"] = pos["title_fr"]
    also["form"] = spec["form"]
    if "report_cls" in om:
        also["report_classifications"] = "not stated"
    if "report_fte" in om:
        also["report_ftes"] = "not stated"
    if spec.get("damage"):
        also["damage"] = spec["damage"]
    if spec.get("disagree"):
        w = spec["disagree"]
        also["discrepancy"] = (f"{w['field']}{'[%d]' % w['index'] if 'index' in w else ''}: the "
                               f"{'French' if w['in'] == 'fr' else 'English'} version says {w['value']}"
                               f"{'' if not spec.get('prevails') else '; the document says the ' + ('French' if spec['prevails'] == 'fr' else 'English') + ' version prevails'}")
    if spec.get("values_in"):
        also["values_language"] = spec["values_in"]
    if spec.get("in_corpus"):
        also["reports_to_in_corpus"] = spec["in_corpus"]
    if spec.get("tbd"):
        also["position_number_printed"] = TBD["fr" if tl == "fr" else "en"] if lang != "bilingual" else "TBD / À déterminer"
    also.update(spec.get("also", {}))
    return dict(document=spec["file"], kind=spec["kind"], language=lang, outcome="import", fields=f,
                not_stated=not_stated or None, also=also, people=people(pos, spec),
                versions=spec.get("versions"))


# ---------------------------------------------------------------- the documents

DOCS: list[tuple[dict, bytes, dict]] = []


def add(spec: dict, data: bytes, pos: dict | None = None, refuse: dict | None = None):
    spec.setdefault("omit", set())
    if refuse is not None:
        t = dict(document=spec["file"], kind=spec["kind"], language=spec["lang"], outcome="refuse", fields=None,
                 not_stated=None, also=refuse.get("also", {}), people=refuse.get("people", []), versions=None)
    else:
        t = truth(pos, spec)
    DOCS.append((spec, data, t))


def S(**kw) -> dict:
    kw["omit"] = set(kw.get("omit", ()))
    return kw


def enc(text: str, kind: str) -> bytes:
    if kind == "text-cp1252":
        text = text.replace("'", "’").replace("\n", "\r\n")
        return text.encode("cp1252")
    return text.encode("utf-8")


def pdf_cols(pos, spec, per=52):
    lines = columns(pos, spec, width=spec.get("width", 44), gap=4)
    header = f"{pos['dept_en']}  |  {pos['dept_fr']}"
    pages = paginate(lines, per, header, "Page {i} of/de {n}")
    return pdf_bytes(["\n".join(pg) for pg in pages])


def ocr_cols(pos, spec, per=48):
    lines = columns(pos, spec, width=spec.get("width", 42), sep=(1, 1, 2, 3))
    header = f"{pos['dept_en']} / {pos['dept_fr']}"
    pages = paginate(lines, per, header, "Page {i} / {n}    Work Description / Description de travail")
    return ocr_text(pages, spec["damage"], spec["file"], people(pos, spec)).encode("utf-8")


def ocr_single(pos, spec, langs, per=50):
    r = random.Random(spec["file"] + "h")
    lines = single(pos, spec, langs)
    lines = hyphenate(lines, 78, r)
    pages = paginate(lines, per, spec.get("header"), spec.get("footer", "- {i} -"))
    return ocr_text(pages, spec["damage"], spec["file"], people(pos, spec)).encode("utf-8")


def build():
    # --- the supervisor in the corpus: a DG and two of its directors
    dg = make_position("EX-03", dept=0, unit=("Translation Bureau Operations", "Opérations du Bureau de la traduction"))
    d1 = make_position("EX-01", dept=0, unit=("Terminology Standardization", "Normalisation terminologique"))
    d2 = make_position("EX-01", dept=0, unit=("Parliamentary Translation", "Traduction parlementaire"))
    for d in (d1, d2):
        d["sup"] = dict(en=dg["title_en"], fr=dg["title_fr"], cls="EX-03", posno=dg["posno"])
    dg["reports"][0] = dict(en=d1["title_en"], fr=d1["title_fr"], cls="EX-01", fte=d1["fte"])
    dg["reports"][1] = dict(en=d2["title_en"], fr=d2["title_fr"], cls="EX-01", fte=d2["fte"])
    dg["fte"] = sum(r["fte"] for r in dg["reports"]) + 4

    f_dg = "DG Opérations du Bureau de la traduction - bilingue (signé).pdf"
    f_d1 = "Director, Terminology Standardization_Directeur, Normalisation terminologique.docx"
    f_d2 = "scan 2022-03-14 Traduction parlementaire EX-01.txt"
    sp = S(file=f_dg, kind="pdf", lang="bilingual", form="pdf two columns (English left, French right)",
           advisor=True, also={"supervises_in_corpus": [f_d1, f_d2]})
    add(sp, pdf_cols(dg, sp), dg)
    sp = S(file=f_d1, kind="docx", lang="bilingual", form="docx table English | Français, 'Label: value' cells",
           in_corpus=f_dg, rtable="both", dates="iso")
    add(sp, docx_pairs(d1, sp), d1)
    sp = S(file=f_d2, kind="ocr-columns", lang="bilingual", form="scanned bilingual two-column form read across",
           damage="middling", in_corpus=f_dg, omit=["job_code"])
    add(sp, ocr_cols(d2, sp), d2)

    # --- versions 1: English DRAFT docx (2021) -> signed bilingual two-column PDF (2023)
    v1a = make_position("EX-02")
    v1a["eff"] = dt.date(2021, 4, 1)
    v1b = copy.deepcopy(v1a)
    v1b["eff"] = dt.date(2023, 4, 1)
    v1b["signed"] = dt.date(2023, 3, 2)
    v1b["reports"].append(dict(en="Manager, Linguistic Technologies", fr="Gestionnaire, Technologies langagières",
                               cls="IT-04", fte=7))
    v1b["fte"] = v1a["fte"] + 9
    v1b["salary"] = v1a["salary"] + 610000
    v1b["om"] = v1a["om"] + 84000
    v1b["total"] = v1b["salary"] + v1b["om"]
    fa = f"ED {v1a['unit_en']} - work description DRAFT.docx"
    fb = f"ED {v1a['unit_en']} - description de travail bilingue - signed.pdf"
    ver = dict(documents=[fa, fb], newest=fb, same_text=False,
               note="2021 English draft; 2023 signed bilingual version adds a report (Manager, Linguistic Technologies, IT-04, 7), 9 FTEs, new salary and O&M, new effective date")
    sp = S(file=fa, kind="docx", lang="en", form="docx headings, identification table, report table",
           rtable="en", versions=ver, dates="long", omit=["total"])
    add(sp, docx_sequential(v1a, sp, ("en",)), v1a)
    sp = S(file=fb, kind="pdf", lang="bilingual", form="pdf two columns (English left, French right)",
           versions=ver, money="M", money_om="K", advisor=True)
    add(sp, pdf_cols(v1b, sp), v1b)

    # --- versions 2: English text -> bilingual docx (its translation, same values)
    v2 = make_position("EX-01")
    fa = f"{v2['title_en']}.txt"
    fb = f"{v2['title_en']} - EN-FR (translated).docx"
    ver = dict(documents=[fa, fb], newest=fb, same_text=False,
               note="the English text and, later, the bilingual Word version translated from it; same values")
    sp = S(file=fa, kind="text", lang="en", form="plain text, English", versions=ver, dates="iso", rstyle="dash",
           sup="line", labels="B")
    add(sp, ("\n".join(single(v2, sp, ("en",), width=90)) + "\n").encode(), v2)
    sp = S(file=fb, kind="docx", lang="bilingual", form="docx label row / value row, English | French",
           versions=ver, dates="iso", values_only="merge", sup="line", labels="B")
    add(sp, docx_labelrows(v2, sp), v2)

    # --- versions 3: the same PDF saved twice
    v3 = make_position("EX-01")
    fa = f"WD_{v3['posno']}_{v3['unit_en'].replace(' ', '_')}.pdf"
    fb = f"WD_{v3['posno']}_{v3['unit_en'].replace(' ', '_')} (1).pdf"
    ver = dict(documents=[fa, fb], newest=None, same_text=True, note="the same file saved twice")
    for f in (fa, fb):
        sp = S(file=f, kind="pdf", lang="bilingual", form="pdf two columns (English left, French right)",
               versions=ver, money="K", dates="long", omit=["supervisor.position_number"])
        add(sp, pdf_cols(v3, sp), v3)

    # --- more Word
    p = make_position()
    sp = S(file=f"{p['title_en']} (bilingual).docx", kind="docx", lang="bilingual",
           form="docx table English | Français, 'Label: value' cells", rtable="stacked",
           disagree=dict(field="salary", value=p["salary"] + 900000, **{"in": "fr"}), money="full")
    add(sp, docx_pairs(p, sp), p)

    p = make_position()
    sp = S(file=f"EX - {p['unit_en']} - WD bilingual v3.docx", kind="docx", lang="bilingual",
           form="docx label row / value row, figures in the English column only", values_only="en", labels="A",
           omit=["total", "supervisor.position_number"])
    add(sp, docx_labelrows(p, sp), p)

    p = make_position()
    sp = S(file=f"DT {p['title_fr']} – {p['cls']}.docx", kind="docx", lang="bilingual",
           form="docx three columns: English label | French label | value in French", values_in="fr",
           truth_lang="fr", title_fr=True, money="full", labels="A")
    add(sp, docx_3col(p, sp), p)
    DOCS[-1][2]["also"]["title_en"] = None  # the English title is not printed
    DOCS[-1][2]["also"].pop("title_en")

    p = make_position()
    sp = S(file=f"{p['unit_en']}, Director - form.docx", kind="docx", lang="bilingual",
           form="docx three columns: English label | French label | value in English", values_in="en",
           money="cents", omit=["job_code"])
    add(sp, docx_3col(p, sp), p)
    DOCS[-1][2]["also"].pop("title_fr")
    DOCS[-1][2]["also"].pop("title_en")

    p = make_position()
    sp = S(file=f"{p['title_en']} - EN + FR.docx", kind="docx", lang="bilingual",
           form="docx English, then a page break and the French translation", rtable=None, money="M",
           divider="Version française / French version")
    add(sp, docx_sequential(p, sp, ("en", "fr")), p)

    p = make_position("EX-02")
    sp = S(file=f"Description de travail - {p['title_fr']} (EN-FR).docx", kind="docx", lang="bilingual",
           form="docx English, then the French translation; the French version prevails",
           disagree=dict(field="om", value=p["om"] + 250000, **{"in": "en"}), prevails="fr",
           divider="Traduction / Translation")
    add(sp, docx_sequential(p, sp, ("en", "fr")), p)

    p = make_position()
    sp = S(file=f"{p['title_fr']}.docx", kind="docx", lang="fr", form="docx French only, reports table",
           rtable="fr", labels="B", dates="long", omit=["location"])
    add(sp, docx_sequential(p, sp, ("fr",)), p)

    # --- more two-column PDFs
    p = make_position()
    sp = S(file=f"{p['title_en']} _ {p['title_fr']}.pdf", kind="pdf", lang="bilingual",
           form="pdf two columns (English left, French right)",
           disagree=dict(field="report_fte", index=1, value=p["reports"][1]["fte"] + 10, **{"in": "fr"}))
    add(sp, pdf_cols(p, sp), p)

    p = make_position("EX-02")
    sp = S(file=f"EX-02 {p['unit_en']} bilingual.pdf", kind="pdf", lang="bilingual",
           form="pdf two columns (English left, French right), narrow", width=36, labels="B", sup="line",
           dates="iso", omit=["job_code", "total"])
    add(sp, pdf_cols(p, sp), p)

    p = make_position()
    sp = S(file=f"DT-WD {p['posno']}.pdf", kind="pdf", lang="bilingual",
           form="pdf two columns (English left, French right)", money="M", omit=["report_fte"])
    add(sp, pdf_cols(p, sp), p)

    p = make_position("EX-03")
    sp = S(file=f"{p['title_en']}.pdf", kind="pdf", lang="bilingual",
           form="pdf English pages, then the French translation pages", advisor=True, money="M", money_om="K")
    lines = single(p, sp, ("en", "fr"), width=95)
    add(sp, pdf_bytes(["\n".join(pg) for pg in paginate(lines, 60, None, "{i}/{n}")]), p)

    p = make_position()
    sp = S(file=f"Description de travail – {p['title_fr']}.pdf", kind="pdf", lang="fr",
           form="pdf French only", labels="A", sup="line", money="M")
    lines = single(p, sp, ("fr",), width=95)
    add(sp, pdf_bytes(["\n".join(pg) for pg in paginate(lines, 60, p["dept_fr"], "Page {i} de {n}")]), p)

    # --- OCR of two-column bilingual forms
    for cls, dmg, extra in [("EX-01", "light", {}), ("EX-02", "heavy", dict(omit=["supervisor.position_number"])),
                            ("EX-01", "middling", dict(money="M", disagree="date")),
                            ("EX-01", "heavy", dict(labels="B", sup="line", money="K")),
                            ("EX-03", "light", dict(dates="iso", omit=["report_cls"]))]:
        p = make_position(cls)
        dis = None
        if extra.pop("disagree", None) == "date":
            dis = dict(field="eff", value=p["eff"].replace(year=p["eff"].year + 1), **{"in": "fr"})
        sp = S(file=rng.choice([f"SCAN_{p['posno']}.txt", f"{p['unit_en']} scan (OCR).txt",
                                f"numérisation {p['title_fr']}.txt"]),
               kind="ocr-columns", lang="bilingual", form="scanned bilingual two-column form read across",
               damage=dmg, disagree=dis, **extra)
        add(sp, ocr_cols(p, sp), p)
        if dis:
            DOCS[-1][2]["also"]["discrepancy"] = f"effective date: the French column says {dis['value'].isoformat()}"

    # --- OCR single stream
    p = make_position()
    sp = S(file=f"Scan - {p['title_fr']}.txt", kind="ocr", lang="fr", form="scanned French work description",
           damage="middling", labels="A", money="full", header=p["dept_fr"], footer="Page {i} de {n}")
    add(sp, ocr_single(p, sp, ("fr",)), p)

    p = make_position("EX-02")
    sp = S(file=f"OCR {p['unit_en']} EN-FR.txt", kind="ocr", lang="bilingual",
           form="scanned English description followed by its French translation", damage="light", money="M",
           header=f"{p['dept_en']} - Work Description", footer="- {i} -",
           disagree=dict(field="salary", value=p["salary"] - 200000, **{"in": "fr"}))
    add(sp, ocr_single(p, sp, ("en", "fr")), p)

    p = make_position()
    sp = S(file=f"{p['title_en']} - scanned.txt", kind="ocr", lang="en", form="scanned English work description",
           damage="heavy", labels="B", rstyle="dash", header="PROTECTED A", footer="Page {i} of {n}",
           omit=["effective_date"])
    add(sp, ocr_single(p, sp, ("en",)), p)

    p = make_position()
    sp = S(file=f"scan_{p['posno']}_bilingue.txt", kind="ocr", lang="bilingual",
           form="scanned bilingual form, both languages on every label", damage="middling", rstyle="both",
           dims_en_only=True)
    r = random.Random(sp["file"])
    lines = hyphenate(bilingual_stream(p, sp), 80, r)
    add(sp, ocr_text(paginate(lines, 45, None, "Page {i}"), "middling", sp["file"], people(p, sp)).encode(), p)

    # --- UTF-8 text
    p = make_position()
    sp = S(file=f"{p['title_en']} - EN then FR.txt", kind="text", lang="bilingual",
           form="plain text, English then the French translation", money="full", dates="long",
           divider="=== VERSION FRANÇAISE ===")
    add(sp, ("\n".join(single(p, sp, ("en", "fr"))) + "\n").encode(), p)

    p = make_position("EX-02")
    sp = S(file=f"WD {p['unit_en']} (EN-FR) - signed.txt", kind="text", lang="bilingual",
           form="plain text, English then the French translation", money="M", money_om="K",
           disagree=dict(field="report_fte", index=0, value=p["reports"][0]["fte"] * 2, **{"in": "fr"}),
           divider="-- Traduction française --")
    add(sp, ("\n".join(single(p, sp, ("en", "fr"))) + "\n").encode(), p)

    p = make_position()
    sp = S(file=f"description de travail {p['unit_fr'].lower()}.txt", kind="text", lang="fr",
           form="plain text, French", money="K", labels="B", sup="line", omit=["job_code"])
    add(sp, ("\n".join(single(p, sp, ("fr",))) + "\n").encode(), p)

    p = make_position()
    sp = S(file=f"{p['unit_en']} – bilingual WD.txt", kind="text", lang="bilingual",
           form="plain text, both languages on every label", rstyle="both", dims_en_only=True, money="full")
    add(sp, ("\n".join(bilingual_stream(p, sp)) + "\n").encode(), p)

    # --- cp1252 text (CRLF, curly quotes)
    p = make_position()
    sp = S(file=f"{p['title_en']} - FR-EN.txt", kind="text-cp1252", lang="bilingual",
           form="cp1252 text, both languages on every label", rstyle="both", dims_en_only=True, money="full",
           sup="line")
    add(sp, enc("\n".join(bilingual_stream(p, sp)) + "\n", sp["kind"]), p)

    p = make_position()
    sp = S(file=f"Poste {p['posno']} - {p['title_fr']}.txt", kind="text-cp1252", lang="fr",
           form="cp1252 text, French", labels="A", money="full", omit=["total"])
    add(sp, enc("\n".join(single(p, sp, ("fr",))) + "\n", sp["kind"]), p)

    p = make_position("EX-03")
    sp = S(file=f"{p['title_en']}, EN-FR.txt", kind="text-cp1252", lang="bilingual",
           form="cp1252 text, English then the French translation", money="cents", labels="B",
           divider="TRADUCTION", advisor=True)
    add(sp, enc("\n".join(single(p, sp, ("en", "fr"))) + "\n", sp["kind"]), p)

    p = make_position()
    sp = S(file=f"{p['unit_en']} {p['cls']} (bilingue).txt", kind="text-cp1252", lang="bilingual",
           form="cp1252 text, both languages on every label", rstyle="both", money="K", dims_en_only=True,
           tbd=True, omit=["position_number"])
    add(sp, enc("\n".join(bilingual_stream(p, sp)) + "\n", sp["kind"]), p)

    # --- Markdown
    p = make_position()
    sp = S(file=f"{p['title_en']}.md", kind="markdown", lang="en", form="markdown, English; reports named in both languages",
           rstyle="both", money="M", money_om="K")
    add(sp, markdown(p, sp, "en").encode(), p)

    p = make_position()
    sp = S(file=f"{p['title_fr']}.md", kind="markdown", lang="fr", form="markdown, French", labels="B",
           dates="long", omit=["supervisor.position_number"])
    add(sp, markdown(p, sp, "fr").encode(), p)

    p = make_position()
    sp = S(file=f"{p['unit_en']} - {p['unit_fr']}.md", kind="markdown", lang="bilingual",
           form="markdown, both languages on every label", rstyle="both", dims_en_only=True)
    add(sp, markdown_bilingual(p, sp).encode(), p)

    # --- two more Word pairs
    p = make_position()
    sp = S(file=f"{p['title_fr']} - {p['title_en']} FINAL.docx", kind="docx", lang="bilingual",
           form="docx table English | Français, 'Label: value' cells", dates="long", money="M", money_om="K")
    add(sp, docx_pairs(p, sp), p)

    p = make_position()
    sp = S(file=f"{p['unit_en']} DRAFT 2 - EN-FR.docx", kind="docx", lang="bilingual",
           form="docx label row / value row, figures in the French column only", values_only="fr",
           omit=["effective_date"], sup="line")
    add(sp, docx_labelrows(p, sp), p)

    refusals()


def refusals():
    # 1. translation request form (Word)
    req, tr = person(), person()
    fname = "Demande de traduction - Translation Request 2023-0417.docx"

    def build(d):
        d.add_heading("Translation Request / Demande de traduction", 1)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in [("Request No. / No de demande", "2023-0417"),
                     ("Requester / Demandeur", req),
                     ("Branch / Direction générale", "Human Resources / Ressources humaines"),
                     ("Document title / Titre du document",
                      "Work Description – Director, Citizenship Program Delivery (EX-01), position 482917"),
                     ("Source language / Langue source", "English / Anglais"),
                     ("Target language / Langue cible", "French / Français"),
                     ("Word count / Nombre de mots", "2 140"),
                     ("Requested delivery / Livraison demandée", "2023-05-12"),
                     ("Priority / Priorité", "Normal / Normale"),
                     ("Cost centre / Centre de coûts", "104217"),
                     ("Translator / Traducteur", tr)]:
            row = t.add_row().cells
            row[0].text, row[1].text = a, b
        d.add_paragraph("Please attach the source document. Veuillez joindre le document source.")
    add(S(file=fname, kind="docx", lang="bilingual"), docx_bytes(build),
        refuse=dict(also={"what": "translation request form naming a work description"}, people=[req, tr]))

    # 2. glossary of bilingual titles (PDF)
    lines = ["Glossary of bilingual executive titles / Lexique des titres de cadres", "",
             "English title                                      Titre français                                   Group"]
    for ue, uf in T.UNITS[:30]:
        lines.append(f"{('Director, ' + ue).ljust(50)} {('Directeur/Directrice, ' + uf).ljust(48)} EX-01")
    lines += ["", "Source: Terminology Standardization, internal use only."]
    add(S(file="Glossaire titres EX - bilingual titles glossary.pdf", kind="pdf", lang="bilingual"),
        pdf_bytes(["\n".join(lines[:36]), "\n".join(lines[36:])]),
        refuse=dict(also={"what": "glossary of bilingual executive titles"}))

    # 3. translator's cover note (UTF-8 text)
    tn, rc = person(), person()
    note = f"""Bonjour {rc.split()[0]},

Please find attached the French translation of the work description for the position of
Director, Youth Employment (EX-01), position 771204, job code 105532.

Quelques remarques :
- « Total FTEs » a été rendu par « ETP total » ;
- the figure for O&M ($420K) appears as 420 k$ in the French version;
- the title Gestionnaire, Partenariats (PM-06) follows the departmental glossary.

The source text was 1 980 words. The translation is ready for the manager's signature.

Merci,
{tn}
Translator / Traductrice
"""
    add(S(file="Note du traducteur - WD Youth Employment.txt", kind="text", lang="bilingual"), note.encode(),
        refuse=dict(also={"what": "translator's cover note about a work description"}, people=[tn, rc]))

    # 4. scan without a text layer
    add(S(file="Scan_2023-06-19_1432.pdf", kind="pdf", lang="bilingual"), pdf_bytes(["", "", ""]),
        refuse=dict(also={"what": "three-page scan without a text layer"}))

    # 5. minutes of the official languages committee (Markdown)
    chair, sec = person(), person()
    mins = f"""# Official Languages Committee / Comité des langues officielles

**Minutes / Procès-verbal** – 2024-02-08

Present / Présents: {chair} (chair / présidence), {sec} (secretary / secrétaire)

## 1. Bilingual work descriptions / Descriptions de travail bilingues

- All EX work descriptions must be available in both official languages before classification.
- The Director, Settlement Programs (EX-01) and the Executive Director, Digital Services (EX-02)
  descriptions are still awaiting translation.
- Budget for translation: $45,000 / 45 000 $.

## 2. Next meeting / Prochaine réunion

2024-03-14, 10 h.
"""
    add(S(file="PV comité LO 2024-02-08.md", kind="markdown", lang="bilingual"), mins.encode(),
        refuse=dict(also={"what": "committee minutes"}, people=[chair, sec]))


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, s):
    if re.fullmatch(r"[0-9][0-9.]*", s):
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style="'")
    return dumper.represent_str(s)


Dumper.add_representer(str, _str)


def main():
    build()
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    seen = set()
    for spec, data, t in DOCS:
        assert spec["file"] not in seen, spec["file"]
        seen.add(spec["file"])
        (CORPUS / spec["file"]).write_bytes(data)
        text = yaml.dump(t, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=110)
        (EXPECTED / (spec["file"] + ".expected.yaml")).write_text(text, encoding="utf-8")
    print(f"{len(DOCS)} documents")


if __name__ == "__main__":
    main()
