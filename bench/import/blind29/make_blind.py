#!/usr/bin/env python3
"""Write the blind29 corpus: EX work descriptions as Word files made "by different people over twenty
years", five documents to refuse, and the ground truth of every one.

    /work/main/.venv/bin/python bench/import/blind29/make_blind.py

Deterministic: every choice comes from random.Random(<document key>), the .docx zip entries get fixed
dates and the core properties fixed values, so two runs write the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import struct
import sys
import zipfile
import zlib
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for readers who extend layouts)
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from positions import POSITIONS  # noqa: E402
import texts  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
W = nsdecls("w")

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NBSP = "\u00a0"

# --- markers understood by rich(): value strings carry their Word-level damage --------------------
NBH, SHY, SPLIT, HID, TRK = "\x02", "\x03", "\x08", "\x07", "\x05"   # TRK: \x05old\x06new\x05


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rpr(bold=False, italic=False, size=None, font=None, hidden=False, caps=False):
    parts = []
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if caps:
        parts.append("<w:caps/>")
    if hidden:
        parts.append("<w:vanish/>")
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def run_xml(text: str, **fmt) -> str:
    out = []
    for i, piece in enumerate(re.split(r"(\t|\n|\x02|\x03)", text)):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece == "\n":
            out.append("<w:br/>")
        elif piece == NBH:
            out.append("<w:noBreakHyphen/>")
        elif piece == SHY:
            out.append("<w:softHyphen/>")
        elif piece:
            out.append(f'<w:t xml:space="preserve">{esc(piece)}</w:t>')
    return f"<w:r>{rpr(**fmt)}{''.join(out)}</w:r>" if out else ""


_ids = [100]


def rich(par, text: str, **fmt):
    """Append ``text`` to paragraph ``par`` as runs, turning the markers into Word constructs."""
    xml = []
    for chunk in re.split(r"(\x07[^\x07]*\x07|\x05[^\x05]*\x05)", text):
        if not chunk:
            continue
        if chunk.startswith(HID):
            xml.append(run_xml(chunk.strip(HID), hidden=True, **fmt))
        elif chunk.startswith(TRK):
            old, new = chunk.strip(TRK).split("\x06")
            _ids[0] += 2
            date = "2019-02-11T10:14:00Z"
            xml.append(f'<w:del w:id="{_ids[0]}" w:author="Classification" w:date="{date}"><w:r>{rpr(**fmt)}'
                       f'<w:delText xml:space="preserve">{esc(old)}</w:delText></w:r></w:del>')
            xml.append(f'<w:ins w:id="{_ids[0] + 1}" w:author="Classification" w:date="{date}">{run_xml(new, **fmt)}</w:ins>')
        else:
            for j, piece in enumerate(chunk.split(SPLIT)):
                if j:
                    xml.append('<w:proofErr w:type="spellStart"/>')
                xml.append(run_xml(piece, **fmt))
                if j:
                    xml.append('<w:proofErr w:type="spellEnd"/>')
    for frag in xml:
        if frag:
            par._p.append(parse_xml(f"<w:wrap {W}>{frag}</w:wrap>")[0])
    return par


def plain(text: str) -> str:
    """What a reader sees of a marked value."""
    text = re.sub(r"\x07[^\x07]*\x07", "", text)
    text = re.sub(r"\x05[^\x06]*\x06([^\x05]*)\x05", r"\1", text)
    return text.replace(NBH, "-").replace(SHY, "").replace(SPLIT, "")


def formfield(par, value: str, name: str):
    value = value or "\u2002" * 5
    frags = [f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
             f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
             '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>']
    words = value.split(" ")
    half = max(1, len(words) // 2)
    for piece in (" ".join(words[:half]), (" " if len(words) > half else "") + " ".join(words[half:])):
        if piece:
            frags.append(f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{esc(piece)}</w:t></w:r>')
    frags.append('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    for frag in frags:
        par._p.append(parse_xml(f"<w:wrap {W}>{frag}</w:wrap>")[0])


def content_control(par, value: str | None, alias: str, lang: str):
    placeholder = value is None
    shown = ("Click or tap here to enter text." if lang == "en" else "Cliquez ou appuyez ici pour entrer du texte.") \
        if placeholder else value
    pr = f'<w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias.lower())}"/>' + \
         ('<w:showingPlcHdr/>' if placeholder else '') + '<w:text/>'
    style = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    xml = (f'<w:sdt {W}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent><w:r>{style}'
           f'<w:t xml:space="preserve">{esc(shown)}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))


def textbox(par, lines: list[tuple[str, bool]]):
    paras = "".join(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run_xml(t, bold=b, size=13 if b else 11)}</w:p>'
                    for t, b in lines)
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           f'<v:shape id="TitleBox" type="#_x0000_t202" style="width:430pt;height:{30 + 16 * len(lines)}pt" '
           f'strokeweight="1.5pt"><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape>'
           f'</w:pict></w:r>')
    par._p.append(parse_xml(xml))


def shade(cell, fill="D9D9D9"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, **fmt):
    par = cell.paragraphs[0]
    rich(par, text, **fmt)
    return par


def png_noise(width: int, height: int, seed: int) -> bytes:
    rng = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(rng.choice((255, 255, 250, 240, 90, 30)) for _ in range(width)) for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --- how values are written ------------------------------------------------------------------------

def fmt_class(c: str | None, style: str, damage: set) -> str:
    if not c:
        return ""
    m = re.fullmatch(r"([A-Z]+(?:-[A-Z]+)?)-(\d\d)", c)
    group, level = m.group(1), m.group(2)
    if style == "space":
        s = f"{group} {level}"
    elif style == "short":
        s = f"{group}-{int(level)}"
    elif style == "nodash":
        s = f"{group}{level}" if "-" not in group else c
    elif style == "endash":
        s = f"{group}\u2013{level}"
    else:
        s = c
    if "nbh" in damage and s == c:
        s = s.replace("-", NBH)
    return s


def fmt_date(d: dt.date, lang: str, style: int) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"][style % 4]
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", d.isoformat(),
            f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}", d.strftime("%Y/%m/%d"),
            f"{MONTHS_EN[d.month - 1]} {d.day}{'st' if d.day in (1, 21, 31) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'}, {d.year}"][style % 6]


def _trim(x: float, dec: str) -> str:
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", dec)


def fmt_amount(n: int, lang: str, style: str) -> str:
    if lang == "fr":
        full = f"{n:,}".replace(",", NBSP)
        return {"full": f"{full} $", "M": f"{_trim(n / 1e6, ',')} M$", "K": f"{f'{n // 1000:,}'.replace(',', NBSP)} k$",
                "cents": f"{full},00 $", "million": f"{_trim(n / 1e6, ',')} millions $",
                "space": f"{full}$"}[style]
    return {"full": f"${n:,}", "M": f"${_trim(n / 1e6, '.')}M", "K": f"${n // 1000:,}K", "cents": f"${n:,}.00",
            "million": f"${_trim(n / 1e6, '.')} million", "space": f"$ {n:,}"}[style]


def fmt_fte(n: int, lang: str, style: int) -> str:
    if lang == "fr":
        return [f"{n} ETP", f"effectif de {n}", f"{n} équivalents temps plein", f"{n} employés"][style % 4]
    return [f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} employees", f"{n} full-time equivalents"][style % 5]


LABELS = {
    "en": {
        "title": ["Position Title", "Title of Position", "Position Title (approved)", "Job Title", "Official Title"],
        "cls": ["Classification", "Group and Level", "Group/Level", "Level", "Classification (Group & Level)"],
        "job": ["Job Code", "Generic Job No.", "Job Number", "Job ID", "Job Code No."],
        "num": ["Position Number", "Position No.", "Pos. #", "Position ID", "Position Reference No."],
        "date": ["Effective Date", "Date Effective", "Classification Effective Date", "Effective", "Date of Classification Decision"],
        "dept": ["Department", "Organization", "Department/Agency", "Dept.", "Organization Name"],
        "loc": ["Location", "Work Location", "Geographic Location", "City/Province", "Duty Station"],
        "sup_num": ["Supervisor's Position Number", "Reports to (Position No.)", "Position No. of Supervisor",
                    "Manager's Position #", "Supervisor Position No."],
        "sup_title": ["Supervisor's Title", "Reports to", "Title of Supervisor", "Immediate Supervisor", "Supervisor's Position Title"],
        "sup_cls": ["Supervisor's Level", "Supervisor Group/Level", "Classification of Supervisor", "Supervisor's Classification",
                    "Supervisor Level"],
        "sal": ["Salary", "Salaries", "Salary Budget", "Personnel (Salary)", "Salary dollars"],
        "om": ["O&M", "Operating and Maintenance", "Non-salary O&M", "O & M", "Operations and Maintenance (O&M)"],
        "tot": ["Total", "Total Budget", "Total Resources", "TOTAL", "Total Managed"],
        "fte": ["FTEs", "Total FTEs", "Human Resources (FTEs)", "Staff", "Employees (FTE)"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre", "Intitulé du poste", "Titre officiel du poste", "Titre du poste (approuvé)"],
        "cls": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau", "Classification (groupe et niveau)"],
        "job": ["Code d'emploi", "Numéro de l'emploi", "No de l'emploi", "Code de l'emploi", "No d'emploi générique"],
        "num": ["Numéro du poste", "No du poste", "N° de poste", "Poste no", "Numéro de poste"],
        "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date de la décision de classification",
                 "Date d'effet"],
        "dept": ["Ministère", "Organisation", "Ministère/organisme", "Organisme", "Nom de l'organisation"],
        "loc": ["Lieu", "Lieu de travail", "Emplacement", "Lieu géographique", "Ville (province)"],
        "sup_num": ["No du poste du superviseur", "Numéro de poste du gestionnaire", "Poste du supérieur (no)",
                    "N° de poste du supérieur immédiat", "Numéro du poste du surveillant"],
        "sup_title": ["Titre du superviseur", "Relève de", "Supérieur immédiat", "Titre du poste du gestionnaire",
                      "Titre du poste du supérieur"],
        "sup_cls": ["Classification du superviseur", "Groupe et niveau du superviseur", "Niveau du supérieur",
                    "Classification du poste du gestionnaire", "Groupe/niveau du supérieur"],
        "sal": ["Salaires", "Traitements", "Budget salarial", "Salaires et traitements", "Dépenses salariales"],
        "om": ["F et E", "Fonctionnement et entretien", "Budget de F et E", "F&E", "Fonctionnement et entretien (F et E)"],
        "tot": ["Total", "Budget total", "Total des ressources", "TOTAL", "Ressources totales"],
        "fte": ["ETP", "Nombre d'ETP", "Ressources humaines (ETP)", "Effectif", "Employés (ETP)"],
    },
}
HEADS = {
    "en": {"ga": ["General Accountability", "Overall Accountability", "Purpose of the Position", "Position Summary"],
           "org": ["Organization Structure", "Organizational Context", "Reporting Relationships", "Organization"],
           "nature": ["Nature and Scope", "Scope and Challenges", "Nature & Scope", "Context and Challenges"],
           "dims": ["Dimensions", "Financial Dimensions", "Key Resources", "Resources Managed"],
           "acts": ["Specific Accountabilities", "Key Activities", "Main Responsibilities", "Principal Activities"],
           "ident": ["Position Identification", "Position Information", "Identification", "Position Data"],
           "sign": ["Signatures", "Approvals", "Certification", "Sign-off"]},
    "fr": {"ga": ["Responsabilités générales", "Raison d'être du poste", "Fonction générale", "Sommaire du poste"],
           "org": ["Structure organisationnelle", "Contexte organisationnel", "Liens hiérarchiques", "Organisation"],
           "nature": ["Nature et étendue", "Nature et portée", "Contexte et défis", "Nature et étendue du poste"],
           "dims": ["Dimensions", "Dimensions financières", "Ressources gérées", "Ressources"],
           "acts": ["Responsabilités particulières", "Activités principales", "Principales responsabilités", "Activités clés"],
           "ident": ["Identification du poste", "Renseignements sur le poste", "Identification", "Données du poste"],
           "sign": ["Signatures", "Approbations", "Attestation", "Approbation"]},
}


class Ctx:
    """The choices made for one document and its values as written."""

    def __init__(self, p: dict, lang: str):
        self.p, self.lang = p, lang
        r = self.rng = random.Random(p["key"] + lang)
        self.lv = r.randrange(5)            # label variant
        self.hv = r.randrange(4)            # heading variant
        self.cls_style = r.choice(["std", "std", "space", "short", "nodash", "endash"])
        self.date_style = r.randrange(6)
        self.amount_styles = r.choice([["full"], ["M"], ["K", "M"], ["cents"], ["million"], ["space"], ["M", "K"]])
        self.fte_style = r.randrange(5)
        self.report_fmt = r.randrange(5)
        self.damage = set(r.sample(["nbh", "track", "split", "hidden", "shy", "none", "none"], 2))
        self.loc_style = r.randrange(3)
        self.colon = r.choice([":", ":", "", " :"]) if lang == "en" else r.choice([" :", ":", "\u00a0:"])
        self.caps = r.random() < 0.3
        self.sup_sentence = p.get("sup_sentence", r.random() < 0.25)
        self.fte_stated = r.random() < 0.5
        self.order = r.randrange(3)

    def t(self, pair):
        """One language's text of an (en, fr) pair."""
        if pair is None:
            return None
        en, fr = pair
        return (fr if self.lang == "fr" else en) or en or fr

    def label(self, key):
        lab = LABELS[self.lang][key][self.lv]
        return lab.upper() if self.caps else lab

    def head(self, key):
        h = HEADS[self.lang][key][self.hv]
        return h.upper() if self.caps else h

    def cls(self, c):
        return fmt_class(c, self.cls_style, self.damage)

    def amount(self, n, i=0):
        if n is None:
            return None
        return fmt_amount(n, self.lang, self.amount_styles[i % len(self.amount_styles)])

    def title(self):
        return self.t(self.p["title"])

    def values(self) -> dict:
        p, d = self.p, self.damage
        v = {"title": self.title(), "cls": self.cls(p["cls"]), "job": p["job"],
             "num": p["num"] or p.get("num_word") or ("NOUVEAU" if self.lang == "fr" else "NEW"),
             "date": fmt_date(p["date"], self.lang, self.date_style) if p["date"] else None,
             "dept": self.t(p["dept"]), "loc": self.loc(),
             "sup_num": p["sup"][0], "sup_title": self.t((p["sup"][1], p["sup"][2])),
             "sup_cls": self.cls(p["sup"][3]) if p["sup"][3] else None}
        if "track" in d and v["date"]:
            old = fmt_date(p["date"].replace(year=p["date"].year - 3), self.lang, self.date_style)
            v["date"] = f"{TRK}{old}\x06{v['date']}{TRK}"
        if "hidden" in d:
            v["cls"] = v["cls"] + (f"{HID} (indicate group and level, e.g. EX-01){HID}" if self.lang == "en"
                                   else f"{HID} (indiquer le groupe et le niveau, p. ex. EX-01){HID}")
        if "split" in d and " " in v["title"]:
            head, _, tail = v["title"].rpartition(" ")
            v["title"] = head + " " + tail[:3] + SPLIT + tail[3:]
        if "shy" in d:
            v["title"] = v["title"].replace("Operations", f"Op{SHY}er{SHY}a{SHY}tions").replace("Opérations", f"Opé{SHY}ra{SHY}tions")
        for k in p.get("unfilled", []):
            v[k] = None
        if p["date"] is None:
            v["date"] = None
        return v

    def loc(self):
        city, prov = self.p["loc"]
        if self.lang == "fr":
            prov = {"Alberta": "Alberta", "Ontario": "Ontario", "Quebec": "Québec", "British Columbia": "Colombie-Britannique",
                    "Nova Scotia": "Nouvelle-Écosse", "Manitoba": "Manitoba", "Saskatchewan": "Saskatchewan",
                    "New Brunswick": "Nouveau-Brunswick", "Nunavut": "Nunavut", "Prince Edward Island": "Île-du-Prince-Édouard",
                    "Newfoundland and Labrador": "Terre-Neuve-et-Labrador"}.get(prov, prov)
        return [f"{city}, {prov}", f"{city} ({prov})", f"{city}, {prov}"][self.loc_style]

    def report_parts(self, r):
        title = self.t((r[0], r[1]))
        return title, self.cls(r[2]) if r[2] else None, fmt_fte(r[3], self.lang, self.fte_style) if r[3] is not None else None

    def report_line(self, r):
        t, c, f = self.report_parts(r)
        k = self.report_fmt
        if k == 0:
            inner = ", ".join(x for x in (c, f) if x)
            return f"{t} ({inner})" if inner else t
        if k == 1:
            return " – ".join(x for x in (c, t, f) if x)
        if k == 2:
            return f"{t} [{c}]" + (f" – {f}" if f else "") if c else t + (f" – {f}" if f else "")
        if k == 3:
            return f"{t} ({c})" + (f", {f}" if f else "") if c else t + (f", {f}" if f else "")
        return f"{t}{' — ' + c if c else ''}{' (' + f + ')' if f else ''}"

    def sup_sentence_text(self, v):
        if self.lang == "fr":
            s = f"Le titulaire relève du {v['sup_title']}"
            s += f" ({v['sup_cls']})" if v["sup_cls"] else ""
            s += f", poste no {v['sup_num']}." if v["sup_num"] else "."
            return s
        s = f"The {v['title']} reports to the {v['sup_title']}"
        s += f" ({v['sup_cls']})" if v["sup_cls"] else ""
        s += f", position number {v['sup_num']}." if v["sup_num"] else "."
        return s

    def fte_total(self):
        return sum(r[3] or 0 for r in self.p["reports"]) + 1 + len(self.p["key"]) % 4


def ident_keys(ctx: Ctx, v: dict, with_sup=True) -> list[str]:
    orders = [["title", "cls", "num", "job", "date", "dept", "loc"], ["num", "title", "cls", "dept", "loc", "job", "date"],
              ["dept", "title", "num", "cls", "job", "loc", "date"]]
    keys = orders[ctx.order][:]
    if with_sup and not ctx.sup_sentence:
        keys += ["sup_title", "sup_num", "sup_cls"] if ctx.order != 1 else ["sup_num", "sup_title", "sup_cls"]
    return keys


def blank(ctx: Ctx) -> str:
    return ctx.rng.choice(["", "N/A", "—", "s.o." if ctx.lang == "fr" else "n/a"])


def ga_text(ctx: Ctx) -> str:
    scope = ctx.t(ctx.p["scope"])
    pool = texts.GA_FR if ctx.lang == "fr" else texts.GA_EN
    text = pool[len(ctx.p["key"]) % len(pool)].format(scope=scope, dept=ctx.t(ctx.p["dept"]))
    return text.replace(" de les ", " des ").replace(" de le ", " du ")


def nature_paras(ctx: Ctx) -> list[str]:
    pool = texts.NATURE_FR if ctx.lang == "fr" else texts.NATURE_EN
    k = len(ctx.p["key"]) % 3
    return [pool[k], pool[(k + 1) % 3]]


def activities(ctx: Ctx) -> list[str]:
    pool = texts.ACTIVITIES_FR if ctx.lang == "fr" else texts.ACTIVITIES_EN
    k = len(ctx.p["file"]) % 7
    return [pool[(k + i) % 7] for i in range(5)]


def org_intro(ctx: Ctx) -> str:
    n = len(ctx.p["reports"])
    if ctx.lang == "fr":
        return ctx.rng.choice([f"Les {n} postes suivants relèvent du titulaire :", "Postes relevant directement du titulaire :",
                               "Subordonnés directs :"])
    return ctx.rng.choice([f"The following {n} positions report directly to the {ctx.title()}:", "Direct reports:",
                           "Positions reporting to the incumbent:"])


def dims_rows(ctx: Ctx) -> list[tuple[str, str]]:
    p = ctx.p
    rows = []
    if p["sal"] is not None:
        rows.append((ctx.label("sal"), ctx.amount(p["sal"], 0)))
    if p["om"] is not None:
        rows.append((ctx.label("om"), ctx.amount(p["om"], 1)))
    if p["tot"] is not None:
        rows.append((ctx.label("tot"), ctx.amount(p["tot"], 0)))
    if ctx.fte_stated:
        rows.append((ctx.label("fte"), str(ctx.fte_total())))
    return rows


def dims_prose(ctx: Ctx) -> str:
    p = ctx.p
    if ctx.lang == "fr":
        parts = []
        if p["sal"] is not None:
            parts.append(f"un budget salarial de {ctx.amount(p['sal'])}")
        if p["om"] is not None:
            parts.append(f"un budget de fonctionnement et d'entretien de {ctx.amount(p['om'], 1)}")
        s = "Le titulaire gère " + " et ".join(parts) if parts else "Le titulaire gère des ressources"
        s += f", soit un total de {ctx.amount(p['tot'])}." if p["tot"] is not None else "."
        return s
    parts = []
    if p["sal"] is not None:
        parts.append(f"a salary budget of {ctx.amount(p['sal'])}")
    if p["om"] is not None:
        parts.append(f"an O&M budget of {ctx.amount(p['om'], 1)}")
    s = "The incumbent manages " + " and ".join(parts) if parts else "The incumbent manages resources"
    s += f", for a total of {ctx.amount(p['tot'])}." if p["tot"] is not None else "."
    return s


NAMES_EXTRA = {}


def signature_lines(ctx: Ctx) -> list[tuple[str, str]]:
    people = ctx.p["people"]
    if ctx.lang == "fr":
        labs = ["Titulaire", "Gestionnaire délégué", "Approuvé par"]
    else:
        labs = ["Incumbent", "Supervisor", "Approved by"]
    out = [(labs[i], name) for i, name in enumerate(people)]
    return out


# --- document skeleton helpers -------------------------------------------------------------------

def new_doc(ctx: Ctx, font="Calibri", size=11):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = font, Pt(size)
    cp = doc.core_properties
    year = ctx.p["date"].year if ctx.p["date"] else 2023
    cp.author, cp.last_modified_by = "HR Classification", "HR Classification"
    cp.created = cp.modified = dt.datetime(year, 3, 1, 9, 0, 0)
    cp.last_printed = dt.datetime(year, 3, 1, 9, 0, 0)
    cp.revision = 3
    cp.title, cp.subject, cp.keywords, cp.comments, cp.category = "", "", "", "", ""
    return doc


def heading(doc, ctx: Ctx, text: str, mode: str, n: int = 0):
    if mode == "style":
        return doc.add_heading(text, level=1 + (n < 0))
    if mode == "numbered":
        text = f"{n}. {text}"
    elif mode == "lettered":
        text = f"{'ABCDEFGHIJ'[n - 1]}) {text}"
    elif mode == "roman":
        text = f"{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][n - 1]}. {text}"
    elif mode == "colon":
        text = text + ":"
    par = doc.add_paragraph()
    rich(par, text, bold=True, size=12)
    return par


def kv_par(doc_or_cell, label: str, value: str | None, colon: str, bold_label=True, tabs=""):
    par = doc_or_cell.add_paragraph()
    rich(par, f"{label}{colon}", bold=bold_label)
    if value:
        rich(par, (tabs or " ") + value)
    return par


def reports_table(container, ctx: Ctx, style="Table Grid"):
    if ctx.lang == "fr":
        hdr = ["Titre du poste", "Groupe et niveau", "ETP"]
    else:
        hdr = ctx.rng.choice([["Title", "Group/Level", "FTEs"], ["Position", "Classification", "# of FTEs"],
                              ["Position Title", "Level", "Staff"]])
    rows = ctx.p["reports"]
    tbl = container.add_table(rows=len(rows) + 1, cols=3)
    if style:
        tbl.style = style
    for i, h in enumerate(hdr):
        set_cell(tbl.cell(0, i), h, bold=True)
    for j, r in enumerate(rows, 1):
        t, c, _ = ctx.report_parts(r)
        set_cell(tbl.cell(j, 0), t)
        set_cell(tbl.cell(j, 1), c or "")
        set_cell(tbl.cell(j, 2), str(r[3]) if r[3] is not None else "")
    return tbl


def add_body(doc, ctx: Ctx, v: dict, mode: str, reports_mode: str, dims_mode: str, start: int = 1,
             order=("ga", "org", "nature", "dims", "acts")):
    n = start
    for sec in order:
        heading(doc, ctx, ctx.head(sec) if sec != "org" or not ctx.caps else ctx.head(sec), mode, n)
        n += 1
        if sec == "ga":
            doc.add_paragraph(ga_text(ctx))
        elif sec == "nature":
            for t in nature_paras(ctx):
                doc.add_paragraph(t)
        elif sec == "acts":
            for a in activities(ctx):
                doc.add_paragraph(a, style="List Number" if ctx.rng.random() < 0.6 else "List Bullet")
        elif sec == "org":
            if ctx.sup_sentence:
                rich(doc.add_paragraph(), ctx.sup_sentence_text(v))
            add_reports(doc, ctx, reports_mode)
        elif sec == "dims":
            add_dims(doc, ctx, dims_mode)


def add_reports(doc, ctx: Ctx, mode: str):
    if mode == "table":
        doc.add_paragraph(org_intro(ctx))
        reports_table(doc, ctx)
    elif mode == "prose":
        lines = [ctx.report_line(r) for r in ctx.p["reports"]]
        lead = org_intro(ctx).rstrip(":")
        doc.add_paragraph(f"{lead}: " + "; ".join(lines) + ".")
    elif mode == "tabs":
        doc.add_paragraph(org_intro(ctx))
        for r in ctx.p["reports"]:
            t, c, f = ctx.report_parts(r)
            rich(doc.add_paragraph(), f"\t{t}\t{c or ''}\t{f or ''}")
    else:
        doc.add_paragraph(org_intro(ctx))
        style = "List Bullet" if mode == "bullets" else "List Number"
        for r in ctx.p["reports"]:
            rich(doc.add_paragraph(style=style), ctx.report_line(r))


def add_dims(doc, ctx: Ctx, mode: str):
    rows = dims_rows(ctx)
    if mode == "table" and rows:
        tbl = doc.add_table(rows=len(rows), cols=2)
        tbl.style = "Table Grid"
        for i, (a, b) in enumerate(rows):
            set_cell(tbl.cell(i, 0), a, bold=True)
            set_cell(tbl.cell(i, 1), b)
    elif mode == "prose":
        doc.add_paragraph(dims_prose(ctx))
        if ctx.fte_stated:
            doc.add_paragraph((f"Effectif total : {ctx.fte_total()} ETP." if ctx.lang == "fr"
                               else f"Total staff: {ctx.fte_total()} FTEs."))
    elif mode == "dots":
        for a, b in rows:
            rich(doc.add_paragraph(), f"{a} {'.' * max(4, 34 - len(a))} {b}")
    else:
        for a, b in rows:
            rich(doc.add_paragraph(), f"{a}{ctx.colon}\t\t{b}")


def add_signatures(doc, ctx: Ctx, mode="table"):
    sigs = signature_lines(ctx)
    if not sigs:
        return
    heading(doc, ctx, ctx.head("sign"), "bold")
    if mode == "table":
        tbl = doc.add_table(rows=len(sigs), cols=3)
        for i, (lab, name) in enumerate(sigs):
            set_cell(tbl.cell(i, 0), lab)
            set_cell(tbl.cell(i, 1), name + "\n________________________")
            signed = ctx.p["date"] if ctx.p["date"] and "date" not in ctx.p.get("unfilled", []) else None
            set_cell(tbl.cell(i, 2), "Date: " + (fmt_date(signed, ctx.lang, 2) if signed and not i else "__________"))
    else:
        for lab, name in sigs:
            rich(doc.add_paragraph(), f"{lab}: {name}\t\tSignature: ____________________")


# --- layouts ------------------------------------------------------------------------------------

def L_table2(doc, ctx, v):
    """Title on top, the identification in a two-column label table, reports in a table."""
    t = doc.add_paragraph(style="Title")
    rich(t, "Description de travail – Groupe de la direction" if ctx.lang == "fr" else "Executive Work Description")
    keys = ident_keys(ctx, v)
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for k in keys:
        if v[k] is None and ctx.rng.random() < 0.5:
            continue
        row = tbl.add_row()
        set_cell(row.cells[0], ctx.label(k), bold=True)
        shade(row.cells[0])
        set_cell(row.cells[1], v[k] if v[k] is not None else blank(ctx))
    doc.add_paragraph()
    add_body(doc, ctx, v, "style", "table", "table")
    add_signatures(doc, ctx)


def L_merged(doc, ctx, v):
    """A four-column form: labels in the first column, values over merged cells; two fields per row in
    places; the supervisor block under one vertically merged label."""
    rich(doc.add_paragraph(), ctx.t(ctx.p["dept"]).upper(), bold=True, size=14)
    rich(doc.add_paragraph(), "DESCRIPTION DE TRAVAIL – CADRES" if ctx.lang == "fr" else "WORK DESCRIPTION – EXECUTIVE (EX) GROUP",
         bold=True)
    tbl = doc.add_table(rows=0, cols=4)
    tbl.style = "Table Grid"

    def wide(k):
        row = tbl.add_row()
        set_cell(row.cells[0], ctx.label(k), bold=True)
        c = row.cells[1].merge(row.cells[3])
        set_cell(c, v[k] if v[k] is not None else blank(ctx))

    def pair(k1, k2):
        row = tbl.add_row()
        for i, k in ((0, k1), (2, k2)):
            set_cell(row.cells[i], ctx.label(k), bold=True)
            set_cell(row.cells[i + 1], v[k] if v[k] is not None else blank(ctx))

    wide("title")
    pair("cls", "num")
    pair("job", "date")
    wide("dept")
    wide("loc")
    if not ctx.sup_sentence:
        sup_label = "Supérieur immédiat" if ctx.lang == "fr" else "Supervisor"
        sub = ({"sup_title": "Titre", "sup_num": "No de poste", "sup_cls": "Groupe et niveau"} if ctx.lang == "fr"
               else {"sup_title": "Title", "sup_num": "Position No.", "sup_cls": "Group/Level"})
        first = None
        for k in ("sup_title", "sup_num", "sup_cls"):
            row = tbl.add_row()
            set_cell(row.cells[1], sub[k], italic=True)
            c = row.cells[2].merge(row.cells[3])
            set_cell(c, v[k] if v[k] is not None else blank(ctx))
            if first is None:
                first = row.cells[0]
                set_cell(first, sup_label, bold=True)
            else:
                first = first.merge(row.cells[0])
    doc.add_paragraph()
    add_body(doc, ctx, v, ctx.rng.choice(["numbered", "roman"]), ctx.rng.choice(["bullets", "table"]), "tabs")
    add_signatures(doc, ctx, "lines")


def L_tabs(doc, ctx, v):
    """Typed as on a typewriter: tabs and spaces to line values up, headings in bold capitals."""
    for line in (ctx.t(ctx.p["dept"]).upper(), "EXECUTIVE JOB DESCRIPTION" if ctx.lang == "en" else "DESCRIPTION D'EMPLOI – DIRECTION"):
        rich(doc.add_paragraph(), line, bold=True)
    doc.add_paragraph()
    for k in ident_keys(ctx, v):
        lab = ctx.label(k) + ctx.colon
        if v[k] is None:
            continue
        pad = "\t" * (2 if len(lab) < 16 else 1) if ctx.rng.random() < 0.6 else " " * max(2, 34 - len(lab))
        rich(doc.add_paragraph(), lab + pad + v[k])
    doc.add_paragraph()
    add_body(doc, ctx, v, "bold", "tabs", "dots", order=("ga", "nature", "org", "acts", "dims"))
    add_signatures(doc, ctx, "lines")


def L_lists(doc, ctx, v):
    """Headings as styled, numbered paragraphs; the identification as bullets of a Word list."""
    rich(doc.add_paragraph(style="Title"), ctx.title())
    doc.add_heading(f"1. {ctx.head('ident')}", level=2)
    for k in ident_keys(ctx, v):
        if v[k] is None:
            continue
        par = doc.add_paragraph(style="List Bullet")
        rich(par, ctx.label(k) + ctx.colon, bold=True)
        rich(par, " " + v[k])
    n = 2
    for sec in ("ga", "org", "dims", "nature", "acts"):
        doc.add_heading(f"{n}. {ctx.head(sec)}", level=2)
        n += 1
        if sec == "ga":
            doc.add_paragraph(ga_text(ctx))
        elif sec == "org":
            if ctx.sup_sentence:
                rich(doc.add_paragraph(), ctx.sup_sentence_text(v))
            add_reports(doc, ctx, "numbered")
        elif sec == "dims":
            for a, b in dims_rows(ctx):
                par = doc.add_paragraph(style="List Bullet 2")
                rich(par, f"{a}{ctx.colon} {b}")
        elif sec == "nature":
            for t in nature_paras(ctx):
                doc.add_paragraph(t)
        else:
            for a in activities(ctx):
                doc.add_paragraph(a, style="List Number 2")
    add_signatures(doc, ctx)


def L_csr(doc, ctx, v):
    """The Client Service Results / Key Activities template."""
    fr = ctx.lang == "fr"
    rich(doc.add_paragraph(style="Title"), "Description de travail" if fr else "Work Description")
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Light Grid Accent 1"
    for k in ident_keys(ctx, v):
        row = tbl.add_row()
        set_cell(row.cells[0], ctx.label(k), bold=True)
        set_cell(row.cells[1], v[k] if v[k] is not None else blank(ctx))
    doc.add_heading("Résultats axés sur le service à la clientèle" if fr else "Client Service Results", level=1)
    doc.add_paragraph((texts.CSR_FR if fr else texts.CSR_EN).format(scope=ctx.t(ctx.p["scope"])))
    doc.add_heading("Activités principales" if fr else "Key Activities", level=1)
    for a in activities(ctx):
        doc.add_paragraph(a, style="List Bullet")
    doc.add_heading(ctx.head("org"), level=1)
    if ctx.sup_sentence:
        rich(doc.add_paragraph(), ctx.sup_sentence_text(v))
    add_reports(doc, ctx, ctx.rng.choice(["table", "bullets"]))
    doc.add_heading(ctx.head("dims"), level=1)
    add_dims(doc, ctx, "table")
    doc.add_heading(ctx.head("nature"), level=1)
    for t in nature_paras(ctx):
        doc.add_paragraph(t)
    add_signatures(doc, ctx)


def L_nested(doc, ctx, v):
    """One big two-column table; the identification and the reports as tables nested in its cells."""
    outer = doc.add_table(rows=5, cols=2)
    outer.style = "Table Grid"
    names = [ctx.head("ident"), ctx.head("ga"), ctx.head("org"), ctx.head("dims"), ctx.head("acts")]
    for i, name in enumerate(names):
        set_cell(outer.cell(i, 0), name, bold=True)
        shade(outer.cell(i, 0), "BFBFBF")
    cell = outer.cell(0, 1)
    inner = cell.add_table(rows=0, cols=2)
    inner.style = "Table Grid"
    for k in ident_keys(ctx, v):
        if v[k] is None:
            continue
        row = inner.add_row()
        set_cell(row.cells[0], ctx.label(k), bold=True)
        set_cell(row.cells[1], v[k])
    set_cell(outer.cell(1, 1), ga_text(ctx))
    cell = outer.cell(2, 1)
    if ctx.sup_sentence:
        set_cell(cell, ctx.sup_sentence_text(v))
        rich(cell.add_paragraph(), org_intro(ctx))
    else:
        set_cell(cell, org_intro(ctx))
    reports_table(cell, ctx)
    cell = outer.cell(3, 1)
    rows = dims_rows(ctx)
    inner = cell.add_table(rows=len(rows), cols=2)
    for i, (a, b) in enumerate(rows):
        set_cell(inner.cell(i, 0), a)
        set_cell(inner.cell(i, 1), b)
    cell = outer.cell(4, 1)
    first = True
    for a in activities(ctx):
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        rich(par, "•\t" + a)
        first = False
    doc.add_paragraph()
    add_signatures(doc, ctx)


def L_textbox(doc, ctx, v):
    """Title and level in a text box at the top; the rest as label paragraphs; a running footer."""
    par = doc.add_paragraph()
    textbox(par, [(ctx.t(ctx.p["dept"]), False), (plain(v["title"]), True), (plain(v["cls"] or ""), True)])
    doc.add_paragraph()
    keys = [k for k in ident_keys(ctx, v) if k not in ("title", "cls", "dept")]
    for k in keys:
        if v[k] is None:
            continue
        kv_par(doc, ctx.label(k), v[k], ctx.colon, tabs="\t")
    ctx.doc_footer = True
    foot = doc.sections[0].footer.paragraphs[0]
    rich(foot, f"{ctx.t(ctx.p['dept'])} – {'Executive work description' if ctx.lang == 'en' else 'Description de travail'}\tPage 1")
    add_body(doc, ctx, v, "caps", ctx.rng.choice(["bullets", "prose"]), "lines")
    add_signatures(doc, ctx, "lines")


def L_formfields(doc, ctx, v):
    """A protected Word form: labels as text, values in legacy text form fields."""
    rich(doc.add_paragraph(), (ctx.t(ctx.p["dept"]) + " – " + ("Formulaire de description de travail" if ctx.lang == "fr"
                                                               else "Work Description Form")), bold=True, size=13)
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for i, k in enumerate(ident_keys(ctx, v)):
        row = tbl.add_row()
        set_cell(row.cells[0], ctx.label(k) + ctx.colon, size=9)
        formfield(row.cells[1].paragraphs[0], plain(v[k]) if v[k] else "", f"Text{i + 1}")
    doc.add_paragraph()
    add_body(doc, ctx, v, ctx.rng.choice(["lettered", "numbered"]), ctx.rng.choice(["table", "numbered"]), "lines")
    add_signatures(doc, ctx)


def L_sdt(doc, ctx, v):
    """A newer template of content controls; the controls nobody filled show their placeholder."""
    rich(doc.add_paragraph(style="Title"), "Executive (EX) Work Description" if ctx.lang == "en" else "Description de travail (EX)")
    for k in ident_keys(ctx, v):
        par = doc.add_paragraph()
        rich(par, ctx.label(k) + ctx.colon + " ", bold=True)
        content_control(par, plain(v[k]) if v[k] else None, LABELS["en"][k][0], ctx.lang)
    add_body(doc, ctx, v, "style", "bullets", "table")
    add_signatures(doc, ctx)


def L_header(doc, ctx, v):
    """The position number, job code and level only in the page header's table; body with bold-run headings."""
    sec = doc.sections[0]
    hdr = sec.header
    tbl = hdr.add_table(rows=2, cols=3, width=sec.page_width - sec.left_margin - sec.right_margin)
    tbl.style = "Table Grid"
    for i, k in enumerate(("num", "job", "cls")):
        set_cell(tbl.cell(0, i), ctx.label(k), bold=True, size=8)
        set_cell(tbl.cell(1, i), v[k] or "", size=9)
    foot = sec.footer.paragraphs[0]
    rich(foot, ("PROTÉGÉ A" if ctx.lang == "fr" else "PROTECTED A") + "\t\t" + ctx.t(ctx.p["dept"]))
    rich(doc.add_paragraph(), v["title"], bold=True, size=16)
    for k in ident_keys(ctx, v):
        if k in ("num", "job", "cls", "title") or v[k] is None:
            continue
        kv_par(doc, ctx.label(k), v[k], ctx.colon)
    add_body(doc, ctx, v, "colon", ctx.rng.choice(["table", "bullets"]), "lines", order=("ga", "acts", "org", "dims", "nature"))
    add_signatures(doc, ctx)


def L_sentence(doc, ctx, v):
    """Prose: the supervisor in one sentence, reports in a paragraph, the position number in the footer."""
    ctx.sup_sentence = True
    rich(doc.add_paragraph(style="Heading 1"), v["title"])
    kv_par(doc, ctx.label("cls"), v["cls"], ctx.colon)
    for k in ("date", "job", "loc"):
        if v[k] is not None:
            kv_par(doc, ctx.label(k), v[k], ctx.colon)
    foot = doc.sections[0].footer.paragraphs[0]
    rich(foot, f"{ctx.label('num')}{ctx.colon} {v['num']}")
    add_body(doc, ctx, v, ctx.rng.choice(["numbered", "bold"]), "prose", "prose")
    add_signatures(doc, ctx, "lines")


def L_gdocs(doc, ctx, v):
    """Exported from Google Docs: Arial, runs split mid-word, labels as bold runs in the value's
    paragraph, empty paragraphs for spacing, tables without a style."""
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    rich(doc.add_paragraph(), v["title"], bold=True, size=18, font="Arial")
    doc.add_paragraph()
    for k in ident_keys(ctx, v):
        if v[k] is None:
            continue
        par = doc.add_paragraph()
        lab = ctx.label(k)
        rich(par, lab[:3] + SPLIT + lab[3:] + ctx.colon + " ", bold=True, font="Arial")
        val = v[k]
        if not re.search(r"[\x02-\x08]", val):
            val = val[: len(val) // 2] + SPLIT + val[len(val) // 2:]
        rich(par, val, font="Arial")
    doc.add_paragraph()
    for sec in ("ga", "nature", "org", "acts", "dims"):
        rich(doc.add_paragraph(), ctx.head(sec), bold=True, size=14, font="Arial")
        if sec == "ga":
            doc.add_paragraph(ga_text(ctx))
        elif sec == "nature":
            for t in nature_paras(ctx):
                doc.add_paragraph(t)
        elif sec == "org":
            if ctx.sup_sentence:
                rich(doc.add_paragraph(), ctx.sup_sentence_text(v))
            doc.add_paragraph(org_intro(ctx))
            reports_table(doc, ctx, style=None)
        elif sec == "acts":
            for a in activities(ctx):
                rich(doc.add_paragraph(style="List Paragraph"), "●  " + a, font="Arial")
        else:
            rows = dims_rows(ctx)
            tbl = doc.add_table(rows=2, cols=len(rows))
            for i, (a, b) in enumerate(rows):
                set_cell(tbl.cell(0, i), a, bold=True)
                set_cell(tbl.cell(1, i), b)
        doc.add_paragraph()
    for lab, name in signature_lines(ctx):
        rich(doc.add_paragraph(), f"{lab}: {name}")


def L_libreoffice(doc, ctx, v):
    """Written in LibreOffice Writer: its own paragraph styles (Text Body, Table Contents, Table
    Heading), lettered headings, bullets typed as characters."""
    for name in ("Text Body", "Table Contents", "Table Heading"):
        doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    doc.styles["Table Heading"].font.bold = True
    rich(doc.add_paragraph(style="Heading 1"), ctx.t(ctx.p["dept"]))
    rich(doc.add_paragraph(style="Heading 2"), v["title"])
    tbl = doc.add_table(rows=0, cols=2)
    for k in ident_keys(ctx, v):
        if v[k] is None or k == "title":
            continue
        row = tbl.add_row()
        rich(row.cells[0].paragraphs[0], ctx.label(k))
        row.cells[0].paragraphs[0].style = doc.styles["Table Heading"]
        rich(row.cells[1].paragraphs[0], v[k])
        row.cells[1].paragraphs[0].style = doc.styles["Table Contents"]
    letters = "ABCDEF"
    for i, sec in enumerate(("ga", "org", "dims", "acts")):
        rich(doc.add_paragraph(style="Heading 3"), f"{letters[i]}. {ctx.head(sec)}")
        if sec == "ga":
            doc.add_paragraph(ga_text(ctx), style="Text Body")
        elif sec == "org":
            if ctx.sup_sentence:
                rich(doc.add_paragraph(style="Text Body"), ctx.sup_sentence_text(v))
            doc.add_paragraph(org_intro(ctx), style="Text Body")
            for r in ctx.p["reports"]:
                rich(doc.add_paragraph(style="Text Body"), "•  " + ctx.report_line(r))
        elif sec == "dims":
            for a, b in dims_rows(ctx):
                rich(doc.add_paragraph(style="Text Body"), f"{a}{ctx.colon}\t{b}")
        else:
            for j, a in enumerate(activities(ctx), 1):
                rich(doc.add_paragraph(style="Text Body"), f"{j}) {a}")
    for lab, name in signature_lines(ctx):
        rich(doc.add_paragraph(style="Text Body"), f"{lab}: {name}")


def L_bi2col(doc, ctx_en, ctx_fr, v_en, v_fr):
    """Bilingual side by side: a two-column table, English on the left, French on the right."""
    tbl = doc.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    set_cell(tbl.cell(0, 0), "EXECUTIVE WORK DESCRIPTION", bold=True)
    set_cell(tbl.cell(0, 1), "DESCRIPTION DE TRAVAIL – DIRECTION", bold=True)
    for k in ident_keys(ctx_en, v_en, with_sup=True):
        if k == "job" and v_en[k] is None:
            continue
        row = tbl.add_row()
        for cell, ctx, v in ((row.cells[0], ctx_en, v_en), (row.cells[1], ctx_fr, v_fr)):
            par = cell.paragraphs[0]
            rich(par, ctx.label(k) + ctx.colon, bold=True)
            rich(par, "\n" + (v[k] or ""))
    for sec in ("ga", "org", "dims"):
        row = tbl.add_row()
        for cell, ctx, v in ((row.cells[0], ctx_en, v_en), (row.cells[1], ctx_fr, v_fr)):
            set_cell(cell, ctx.head(sec), bold=True)
            if sec == "ga":
                rich(cell.add_paragraph(), ga_text(ctx))
            elif sec == "org":
                if ctx.sup_sentence:
                    rich(cell.add_paragraph(), ctx.sup_sentence_text(v))
                rich(cell.add_paragraph(), org_intro(ctx))
                for r in ctx.p["reports"]:
                    rich(cell.add_paragraph(style="List Bullet"), ctx.report_line(r))
            else:
                for a, b in dims_rows(ctx):
                    rich(cell.add_paragraph(), f"{a}{ctx.colon} {b}")
    doc.add_paragraph()
    tbl = doc.add_table(rows=len(ctx_en.p["people"]), cols=2)
    for i, ((la, name), (lf, _)) in enumerate(zip(signature_lines(ctx_en), signature_lines(ctx_fr))):
        set_cell(tbl.cell(i, 0), f"{la} / {lf}")
        set_cell(tbl.cell(i, 1), name)


def L_bi_table3(doc, ctx_en, ctx_fr, v_en, v_fr):
    """Bilingual form: label cell 'English / Français', then the English and the French value."""
    rich(doc.add_paragraph(), "Work Description / Description de travail", bold=True, size=14)
    tbl = doc.add_table(rows=0, cols=3)
    tbl.style = "Table Grid"
    for k in ident_keys(ctx_en, v_en):
        row = tbl.add_row()
        set_cell(row.cells[0], f"{ctx_en.label(k)} / {ctx_fr.label(k)}", bold=True, size=9)
        if v_en[k] == v_fr[k] or k in ("num", "job", "sup_num", "cls", "sup_cls"):
            c = row.cells[1].merge(row.cells[2])
            set_cell(c, v_en[k] or "")
        else:
            set_cell(row.cells[1], v_en[k] or "")
            set_cell(row.cells[2], v_fr[k] or "")
    for ctx, v in ((ctx_en, v_en), (ctx_fr, v_fr)):
        doc.add_heading(ctx.head("ga"), level=2)
        doc.add_paragraph(ga_text(ctx))
        doc.add_heading(ctx.head("org"), level=2)
        if ctx.sup_sentence:
            rich(doc.add_paragraph(), ctx.sup_sentence_text(v))
        add_reports(doc, ctx, "table")
        doc.add_heading(ctx.head("dims"), level=2)
        add_dims(doc, ctx, "lines")
    add_signatures(doc, ctx_en)


def L_bi_stacked(doc, ctx_en, ctx_fr, v_en, v_fr):
    """Bilingual labels 'Position Title / Titre du poste' on one line and the value on the next."""
    rich(doc.add_paragraph(style="Title"), "Executive Work Description / Description de travail de cadre")
    for k in ident_keys(ctx_en, v_en):
        rich(doc.add_paragraph(), f"{ctx_en.label(k)} / {ctx_fr.label(k)}", bold=True)
        if k in ("title", "sup_title", "loc", "dept", "date"):
            rich(doc.add_paragraph(), f"{v_en[k] or ''}\n{v_fr[k] or ''}" if v_en[k] != v_fr[k] else v_en[k] or "")
        else:
            rich(doc.add_paragraph(), v_en[k] or "")
    for ctx, v in ((ctx_en, v_en), (ctx_fr, v_fr)):
        add_body(doc, ctx, v, "style", "bullets", "lines", order=("ga", "org", "dims"))
    add_signatures(doc, ctx_en)


def L_en_then_fr(doc, ctx_en, ctx_fr, v_en, v_fr):
    """The English description, a page break, then the French copy of it."""
    for i, (ctx, v) in enumerate(((ctx_en, v_en), (ctx_fr, v_fr))):
        if i:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        rich(doc.add_paragraph(style="Title"), "Executive Work Description" if ctx.lang == "en" else "Description de travail – cadre")
        tbl = doc.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for k in ident_keys(ctx, v):
            if v[k] is None:
                continue
            row = tbl.add_row()
            set_cell(row.cells[0], ctx.label(k), bold=True)
            set_cell(row.cells[1], v[k])
        add_body(doc, ctx, v, "numbered", "table", "table", order=("ga", "org", "dims", "acts"))
        add_signatures(doc, ctx)


LAYOUTS = {"table2": L_table2, "merged": L_merged, "tabs": L_tabs, "lists": L_lists, "csr": L_csr, "nested": L_nested,
           "textbox": L_textbox, "formfields": L_formfields, "sdt": L_sdt, "header": L_header, "sentence": L_sentence,
           "gdocs": L_gdocs, "libreoffice": L_libreoffice}
BI_LAYOUTS = {"bi2col": L_bi2col, "bi_table3": L_bi_table3, "bi_stacked": L_bi_stacked, "en_then_fr": L_en_then_fr}
PRODUCER = {"gdocs": None, "libreoffice": "LibreOffice/7.3.7.2$Linux_X86_64 LibreOffice_project/30$Build-2"}


# --- saving -------------------------------------------------------------------------------------

APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
           'officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
           'docPropsVTypes"><Application>{app}</Application></Properties>')


def save(doc, path: Path, year: int, app: str | None = "Microsoft Office Word"):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            data = src.read(name)
            if name == "docProps/app.xml":
                data = APP_XML.format(app=app or "Microsoft Office Word").encode()
            info = zipfile.ZipInfo(name, date_time=(max(1980, year), 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    path.write_bytes(out.getvalue())


# --- ground truth -------------------------------------------------------------------------------

def yq(s) -> str:
    if s is None:
        return "null"
    if isinstance(s, bool):
        return "true" if s else "false"
    if isinstance(s, (int, float)):
        return str(s)
    if isinstance(s, dt.date):
        return s.isoformat()
    return "'" + str(s).replace("'", "''") + "'"


def truth(p: dict, lang: str, kind: str, unfilled: set) -> str:
    def pick(en, fr):
        if lang == "bi":
            return [en, fr] if en and fr and en != fr else (en or fr)
        return fr if lang == "fr" else en

    title = pick(*p["title"])
    sup_title = pick(p["sup"][1], p["sup"][2])
    fields = {"title": title, "classification": p["cls"], "job_code": None if "job" in unfilled else p["job"],
              "position_number": p["num"], "effective_date": None if "date" in unfilled else p["date"]}
    not_stated = [k for k in ("job_code", "position_number", "effective_date") if fields[k] is None]
    lines = [f"document: {yq(p['file'])}", f"kind: {kind}", f"language: {lang}", "outcome: import", "fields:"]

    def emit(key, val, ind="  "):
        if isinstance(val, list):
            lines.append(f"{ind}{key}:")
            lines.extend(f"{ind}- {yq(x)}" for x in val)
        else:
            lines.append(f"{ind}{key}: {yq(val)}")

    for k in ("title", "classification", "job_code", "position_number", "effective_date"):
        emit(k, fields[k])
    lines.append("  supervisor:")
    emit("position_number", p["sup"][0], "    ")
    emit("title", sup_title, "    ")
    emit("classification", p["sup"][3], "    ")
    for k, val in (("supervisor.position_number", p["sup"][0]), ("supervisor.classification", p["sup"][3])):
        if val is None:
            not_stated.append(k)
    lines.append("  direct_reports:")
    for r in p["reports"]:
        t = pick(r[0], r[1])
        if isinstance(t, list):
            lines.append("  - title:")
            lines.extend(f"    - {yq(x)}" for x in t)
        else:
            lines.append(f"  - title: {yq(t)}")
        lines.append(f"    classification: {yq(r[2])}")
        lines.append(f"    fte: {yq(r[3])}")
    for k, key in (("salary", "sal"), ("o_and_m", "om"), ("total", "tot")):
        emit(k, p[key])
        if p[key] is None:
            not_stated.append(k)
    city, prov = p["loc"]
    emit("location", f"{city}, {prov}")
    lines.append("not_stated:" + ("" if not_stated else " []"))
    lines.extend(f"- {k}" for k in not_stated)
    lines += ["also:", f"  fte: {yq(p.get('_fte'))}", "  operating_budget: null", "  program_budget: null",
              f"  provisional_number: {yq(None if p['num'] else p.get('num_word') or 'NEW')}"]
    lines.append("people:" + ("" if p["people"] else " []"))
    lines.extend(f"- {yq(n)}" for n in p["people"])
    lines.append("versions: null")
    return "\n".join(lines) + "\n"


# --- documents to refuse ------------------------------------------------------------------------

def refusals():
    out = []

    # 1. A briefing note to the deputy minister about an office relocation (mentions an EX and FTEs).
    ctx = Ctx({"key": "refuse-bn", "file": "x", "date": dt.date(2018, 4, 1), "people": [], "reports": [],
               "dept": ("Transport Canada", None), "title": ("", None), "scope": ("", None)}, "en")
    doc = new_doc(ctx)
    rich(doc.add_paragraph(), "UNCLASSIFIED", bold=True)
    rich(doc.add_paragraph(), "BRIEFING NOTE TO THE DEPUTY MINISTER", bold=True, size=13)
    rich(doc.add_paragraph(), "FOR DECISION", bold=True)
    for h, t in (("SUMMARY", "The lease of the Winnipeg regional office at 344 Edmonton Street expires on March 31, 2019. "
                  "This note seeks your approval to relocate the 62 FTEs of the Prairie and Northern Region to a "
                  "Crown-owned building at a one-time cost of $1.4M."),
                 ("BACKGROUND", "The Regional Director General, Prairie and Northern (EX-03) has confirmed that operational "
                  "requirements can be met at the new site. Public Services and Procurement Canada supports the move."),
                 ("RECOMMENDATION", "That you approve the relocation and the associated funding from the regional O&M budget.")):
        rich(doc.add_paragraph(), h, bold=True)
        doc.add_paragraph(t)
    rich(doc.add_paragraph(), "Prepared by: Lorraine Haddad-Whitfield, Senior Accommodation Advisor, 204-555-0147")
    rich(doc.add_paragraph(), "I concur / I do not concur: ______________________    Deputy Minister")
    out.append((doc, "BN - Winnipeg office relocation (DM decision).docx", "en", 2018))

    # 2. Minutes of a regional management committee (French).
    ctx = Ctx({"key": "refuse-pv", "file": "x", "date": dt.date(2019, 3, 14), "people": [], "reports": [],
               "dept": ("", "Pêches et Océans Canada"), "title": ("", None), "scope": ("", None)}, "fr")
    doc = new_doc(ctx)
    rich(doc.add_paragraph(style="Title"), "Comité de gestion régional – Procès-verbal")
    doc.add_paragraph("Date : 14 mars 2019, 9 h 30 à 11 h 45 – Salle 2-110, Moncton")
    doc.add_paragraph("Présents : J. Arsenault (présidente), M. Cormier, S. Doiron, R. Thibodeau-Nakashima")
    for i, t in enumerate(["Adoption de l'ordre du jour – adopté sans modification.",
                           "Dotation : le poste de directeur régional, Conservation et Protection (EX-01) sera doté par "
                           "processus annoncé; affiche prévue en avril.",
                           "Budget 2019-2020 : le budget de F et E de la région est réduit de 3 %; chaque secteur présentera "
                           "ses économies prévues à la prochaine réunion.",
                           "Varia : rappel des formations obligatoires en santé et sécurité."], 1):
        doc.add_paragraph(f"{i}. {t}")
    doc.add_paragraph("Prochaine réunion : 11 avril 2019.")
    out.append((doc, "PV CGR 2019-03-14.docx", "fr", 2019))

    # 3. A statement of merit criteria for an EX-01 staffing process.
    ctx = Ctx({"key": "refuse-smc", "file": "x", "date": dt.date(2021, 9, 1), "people": [], "reports": [],
               "dept": ("Natural Resources Canada", None), "title": ("", None), "scope": ("", None)}, "en")
    doc = new_doc(ctx)
    rich(doc.add_paragraph(style="Title"), "Statement of Merit Criteria and Conditions of Employment")
    tbl = doc.add_table(rows=4, cols=2)
    tbl.style = "Table Grid"
    for i, (a, b) in enumerate((("Position", "Director, Geological Survey Operations"), ("Group and level", "EX-01"),
                                ("Selection process number", "21-NRC-EA-1187"), ("Location", "Ottawa, Ontario"))):
        set_cell(tbl.cell(i, 0), a, bold=True)
        set_cell(tbl.cell(i, 1), b)
    doc.add_heading("Essential qualifications", level=1)
    for t in ["Graduation with a degree from a recognized post-secondary institution in geology or a related field.",
              "Significant experience in managing human and financial resources.",
              "Experience in providing strategic advice to senior management on complex issues."]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("Key leadership competencies", level=1)
    for t in ["Create vision and strategy", "Mobilize people", "Uphold integrity and respect", "Collaborate with partners",
              "Promote innovation and guide change", "Achieve results"]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("Conditions of employment", level=1)
    doc.add_paragraph("Secret security clearance. Bilingual imperative CBC/CBC.")
    out.append((doc, "SMC - Director GSC Operations EX-01.docx", "en", 2021))

    # 4. A sub-delegation of human resources authorities (bilingual table).
    ctx = Ctx({"key": "refuse-deleg", "file": "x", "date": dt.date(2016, 1, 1), "people": [], "reports": [],
               "dept": ("Veterans Affairs Canada", "Anciens Combattants Canada"), "title": ("", None), "scope": ("", None)}, "en")
    doc = new_doc(ctx)
    rich(doc.add_paragraph(), "Instrument of Delegation of Human Resources Authorities / Instrument de délégation des "
                              "pouvoirs en matière de ressources humaines", bold=True, size=13)
    tbl = doc.add_table(rows=5, cols=4)
    tbl.style = "Table Grid"
    rows = [("Authority / Pouvoir", "DM / SM", "ADM / SMA (EX-04, EX-05)", "DG / DG (EX-03)"),
            ("Appoint EX-01 to EX-03 / Nommer EX-01 à EX-03", "X", "X", ""),
            ("Approve overtime / Approuver les heures supplémentaires", "X", "X", "X"),
            ("Approve acting pay over 4 months / Approuver la rémunération intérimaire de plus de 4 mois", "X", "X", ""),
            ("Approve leave with pay / Approuver les congés payés", "X", "X", "X")]
    for i, row in enumerate(rows):
        for j, t in enumerate(row):
            set_cell(tbl.cell(i, j), t, bold=i == 0)
    doc.add_paragraph("Effective April 1, 2016 / En vigueur le 1er avril 2016")
    rich(doc.add_paragraph(), "Signed / Signé : Deputy Minister / Sous-ministre")
    out.append((doc, "HR delegation instrument 2016 - Instrument de délégation RH.docx", "bi", 2016))

    # 5. A scanned page pasted into Word: an image and no text.
    ctx = Ctx({"key": "refuse-scan", "file": "x", "date": dt.date(2009, 6, 1), "people": [], "reports": [],
               "dept": ("", None), "title": ("", None), "scope": ("", None)}, "en")
    doc = new_doc(ctx)
    doc.add_picture(io.BytesIO(png_noise(240, 310, 29)), width=docx.shared.Inches(6))
    out.append((doc, "scan0007.docx", "en", 2009))
    return out


REFUSE_KIND = {"scan0007.docx": "docx-image-only"}


def main():
    CORPUS.mkdir(exist_ok=True)
    EXPECTED.mkdir(exist_ok=True)
    for old in list(CORPUS.iterdir()) + list(EXPECTED.iterdir()):
        old.unlink()
    seen = set()
    for p in POSITIONS:
        assert p["file"] not in seen, p["file"]
        seen.add(p["file"])
        lang = "bi" if p["layout"] in BI_LAYOUTS else p["lang"]
        if lang == "bi":
            ctx_en, ctx_fr = Ctx(p, "en"), Ctx(p, "fr")
            ctx_fr.lv, ctx_fr.order, ctx_fr.sup_sentence, ctx_fr.fte_stated = ctx_en.lv, ctx_en.order, ctx_en.sup_sentence, ctx_en.fte_stated
            ctx_fr.damage = ctx_en.damage = ctx_en.damage - {"split", "shy", "track"}
            ctx_fr.cls_style = ctx_en.cls_style
            v_en, v_fr = ctx_en.values(), ctx_fr.values()
            doc = new_doc(ctx_en)
            BI_LAYOUTS[p["layout"]](doc, ctx_en, ctx_fr, v_en, v_fr)
            ctx = ctx_en
        else:
            ctx = Ctx(p, lang)
            if p["layout"] == "sentence":
                ctx.sup_sentence = True
            v = ctx.values()
            doc = new_doc(ctx, font="Times New Roman" if p["layout"] in ("tabs", "merged") else "Calibri")
            LAYOUTS[p["layout"]](doc, ctx, v)
        p["_fte"] = ctx.fte_total() if ctx.fte_stated else None
        year = p["date"].year if p["date"] else 2023
        app = "Google Docs" if p["layout"] == "gdocs" else PRODUCER.get(p["layout"], "Microsoft Office Word")
        save(doc, CORPUS / p["file"], year, app)
        kind = "docx-" + p["layout"].replace("_", "-")
        (EXPECTED / f"{p['file']}.expected.yaml").write_text(truth(p, lang, kind, set(p.get("unfilled", []))), encoding="utf-8")
        p["_damage"] = sorted(ctx.damage - {"none"})
    for doc, name, lang, year in refusals():
        save(doc, CORPUS / name, year)
        (EXPECTED / f"{name}.expected.yaml").write_text(
            f"document: {yq(name)}\nkind: {REFUSE_KIND.get(name, 'docx-not-wd')}\nlanguage: {lang}\noutcome: refuse\n"
            "fields: null\npeople: []\nversions: null\n", encoding="utf-8")
    print(f"{len(POSITIONS)} work descriptions, {len(refusals())} to refuse -> {CORPUS}")
    if "-v" in sys.argv:
        for p in POSITIONS:
            print(p["layout"], p["lang"], p["_damage"], p["file"])


if __name__ == "__main__":
    main()
