#!/usr/bin/env python3
"""Write blind90: EX work descriptions of northern and Indigenous-serving organizations, and
documents to refuse, with their ground truth. Deterministic: the same bytes on every run.

    python bench/import/blind90/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))  # the repository: tests/import_files.pdf_bytes

from positions import P, REPS, SUPS, VERSIONS  # noqa: E402
from texts import (CERT, CSR, DIM_LABELS, FIRST, GA, HEAD, LABELS, LAST, MONTHS_EN, MONTHS_FR, NS,  # noqa: E402
                   ORGS, PLACES, SA)
from tests.import_files import pdf_bytes  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
IN_CORPUS = {"cannor_dgops": 3, "cannor_dgnpmo": 1, "rdg_nu": 8, "rdg_nt": 11, "dg_nsp": 13, "re_north": 21,
             "rdg_mb": 25, "rdg_arctic": 36}
FIXED = (2024, 1, 15, 9, 0, 0)
QUAL = {"ea": [("Nunavut", "Nunavut"), ("Northwest Territories", "Territoires du Nord-Ouest")],
        "csp": [("Faro", "Faro"), ("Mount Nansen", "Mont Nansen")],
        "nurse": [("North Zone", "Zone nord"), ("South Zone", "Zone sud")],
        "em": [("Operations", "Opérations"), ("Planning", "Planification")],
        "cap": [("Water and Wastewater", "Eau et eaux usées"), ("Housing", "Logement")],
        "area": [("Baffin", "Baffin"), ("Kivalliq", "Kivalliq")],
        "sci": [("Marine", "Milieu marin"), ("Terrestrial", "Milieu terrestre")],
        "log": [("Resolute Base", "Base de Resolute"), ("Field Operations", "Opérations sur le terrain")],
        "neg": [("Self-Government", "Autonomie gouvernementale"), ("Land Claims", "Revendications territoriales")],
        "marine": [("Eastern Arctic", "Arctique de l'Est"), ("Western Arctic", "Arctique de l'Ouest")]}


# --- notations --------------------------------------------------------------------------------

def fmt_cls(c: str, style: str) -> str:
    grp, lvl = c.rsplit("-", 1)
    return {"dash": c, "space": f"{grp} {lvl}", "short": f"{grp}-{int(lvl)}", "paren": f"({c})", "joined": f"{grp}{lvl}",
            "mixed": f"{grp.capitalize()}-{lvl}", "spaced": f"{grp} - {lvl}"}[style]


FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def fmt_date(d: dt.date, style: str, lang: str) -> str:
    m_en, m_fr = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    day_fr = "1er" if d.day == 1 else str(d.day)
    if lang == "fr":
        return {"iso": d.isoformat(), "long": f"{day_fr} {m_fr} {d.year}", "le": f"le {day_fr} {m_fr} {d.year}",
                "dots": f"{d.day:02d}.{d.month:02d}.{d.year}", "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
                "abbr": f"{d.day} {FR_ABBR[d.month - 1]} {d.year}"}.get(style, f"{day_fr} {m_fr} {d.year}")
    return {"iso": d.isoformat(), "long": f"{m_en} {d.day}, {d.year}", "nth": f"{m_en} {d.day}{'st' if d.day in (1, 21, 31) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'}, {d.year}",
            "dmy": f"{d.day} {m_en} {d.year}", "upper": f"{d.day:02d}-{m_en[:3].upper()}-{d.year}",
            "slash": f"{d.year}/{d.month:02d}/{d.day:02d}", "dots": f"{d.year}.{d.month:02d}.{d.day:02d}"}.get(style, d.isoformat())


def _trim(x: float, places: int) -> str:
    s = f"{x:.{places}f}".rstrip("0").rstrip(".")
    return s


def fmt_amt(v: int, style: str, lang: str) -> str:
    if lang == "fr":
        grouped = f"{v:,}".replace(",", " ")
        if style in ("M", "million") and v >= 1_000_000:
            m = _trim(v / 1e6, 2).replace(".", ",")
            return f"{m} M$" if style == "M" else f"{m} millions $"
        if style == "cents":
            return f"{grouped},00 $"
        return f"{grouped} $"
    if style == "M" and v >= 1_000_000:
        return f"${_trim(v / 1e6, 2)}M"
    if style == "million" and v >= 1_000_000:
        return f"${_trim(v / 1e6, 2)} million"
    if style == "K" or (style in ("M", "million") and v < 1_000_000):
        return f"${v // 1000:,}K".replace(",", "") if v < 10_000_000 else f"${v:,}"
    if style == "cents":
        return f"${v:,}.00"
    return f"${v:,}"


def fmt_fte(n: int, style: str, lang: str) -> str:
    if lang == "fr":
        return {"etp": f"{n} ETP", "effectif": f"effectif de {n}", "emp": f"{n} employés"}.get(style, f"{n} ETP")
    return {"ftes": f"{n} FTE" if n == 1 else f"{n} FTEs", "fte": f"{n} FTE", "staff": f"staff of {n}", "emp": f"{n} employees"}.get(style, f"{n} FTEs")


# --- a position's facts -----------------------------------------------------------------------

def fem(title: str) -> bool:
    first = title.split(",")[0].split()[0]
    return first.endswith(("rice", "ente", "jointe")) or title.startswith(("Sous-ministre adjointe", "Infirmière", "Adjointe"))


def du(title: str) -> str:
    """French 'du X' / 'de la X'."""
    return f"de la {title}" if fem(title) else f"du {title}"


def french(s: str) -> str:
    return s.replace(" de des ", " des ").replace(" de les ", " des ").replace(" de le ", " du ").replace(" à les ", " aux ").replace(" à le ", " au ")


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def facts(p, rng: random.Random) -> dict:
    (pid, org, t_en, t_fr, t_iu, level, place, unit, focus, region, sup_key, reps, kind, lang, fname) = p
    sup = SUPS[sup_key]
    f = {"id": pid, "org": org, "t_en": t_en, "t_fr": t_fr, "t_iu": t_iu, "cls": level, "place": place, "unit": unit,
         "focus": focus, "region": region, "sup_key": sup_key, "kind": kind, "lang": lang, "fname": fname}
    f["posno"] = "NEW" if pid == 7 else ("TBD" if pid == 19 else str(rng.randint(10000, 99999999)))
    f["job_code"] = str(rng.randint(100000, 109999)) if rng.random() < 0.5 else None
    f["eff"] = dt.date(rng.randint(2011, 2024), rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.82 else None
    f["sup"] = {"posno": str(rng.randint(10000, 9999999)) if rng.random() < 0.6 else None,
                "en": sup[0], "fr": sup[1], "cls": sup[2] if (sup[2] and rng.random() < 0.85) else None}
    big = level != "EX-01"
    f["reports"] = []
    for k in reps:
        en, fr, c = REPS[k]
        fte = rng.randint(15, 120) if (big and c.startswith("EX")) else rng.randint(1, 24)
        if k == "exa":
            fte = 1
        f["reports"].append({"en": en, "fr": fr, "cls": c if rng.random() < 0.88 else None,
                             "fte": fte if rng.random() < 0.85 else None})
    # a title that appears twice gets the qualifier the unit uses (two managers of one kind)
    counts = {}
    for k in reps:
        counts[k] = counts.get(k, 0) + 1
    used = {}
    for k, r in zip(reps, f["reports"]):
        if counts[k] > 1:
            q_en, q_fr = QUAL[k][used.get(k, 0)]
            used[k] = used.get(k, 0) + 1
            r["en"], r["fr"] = f"{r['en']} ({q_en})", f"{r['fr']} ({q_fr})"
    scale = {"EX-01": 1, "EX-02": 4, "EX-03": 9}[level]
    salary = rng.randint(60, 450) * 10_000 * scale
    om = rng.randint(8, 150) * 10_000 * scale
    variant = rng.choices(["full", "sal_om", "total", "none"], [56, 16, 14, 14])[0]
    f["dims"] = {"salary": salary if variant in ("full", "sal_om") else None,
                 "om": om if variant in ("full", "sal_om") else None,
                 "total": salary + om if variant in ("full", "total") else None,
                 "fte": sum(r["fte"] or 0 for r in f["reports"]) + rng.randint(1, 6) if rng.random() < 0.75 else None,
                 "gc": rng.randint(2, 90) * 1_000_000 * scale if (org in ("cannor", "isc", "cirnac") and rng.random() < 0.5) else None}
    f["incumbent"] = person(rng) if rng.random() < 0.45 else None
    f["signers"] = [person(rng) for _ in range(rng.choice([0, 1, 2, 2]))]
    return f


# --- rendering helpers ------------------------------------------------------------------------

class Style:
    def __init__(self, rng: random.Random, lang: str, cp1252: bool):
        self.rng = rng
        L = "fr" if lang == "fr" else "en"
        self.L, self.lang, self.cp1252 = L, lang, cp1252
        self.cls = rng.choice(["dash", "dash", "space", "short", "joined", "mixed", "spaced"])
        self.date = rng.choice(["iso", "long", "dmy", "upper", "slash", "dots", "nth"] if L == "en" else ["iso", "long", "le", "dots", "slash", "abbr"])
        self.amt = rng.choice(["comma", "M", "K", "million", "cents"] if L == "en" else ["plain", "M", "cents", "million"])
        self.fte = rng.choice(["ftes", "fte", "staff", "emp"] if L == "en" else ["etp", "effectif", "emp"])
        self.layout = rng.choice(["colon", "colon", "nextline", "dots", "tabs", "caps"])
        self.rep = rng.choice(["A", "B", "C", "D", "E", "T"])
        self.sup = rng.choice(["fields", "fields", "sentence", "reportsto"])
        self.labels = {k: rng.choice(v) for k, v in LABELS[L].items()}
        self.labels_fr = {k: rng.choice(v) for k, v in LABELS["fr"].items()}
        self.dim = {k: rng.choice(v) for k, v in DIM_LABELS[L].items()}
        self.head = {k: rng.choice(v) for k, v in HEAD[L].items()}
        self.order = rng.choice([["ga", "org", "ns", "dim", "sa"], ["ga", "ns", "org", "sa", "dim"], ["ga", "org", "dim", "ns", "sa"], ["ga", "sa", "org", "dim", "ns"]])
        self.csr = rng.random() < 0.25

    def label(self, key):
        if key == "title_fr":
            return self.labels_fr["title"].upper() if self.layout == "caps" else self.labels_fr["title"]
        if self.lang == "bilingual":
            return f"{LABELS['en'][key][0] if self.layout != 'caps' else LABELS['en'][key][0].upper()} / {self.labels_fr[key]}"
        return self.labels[key].upper() if self.layout == "caps" else self.labels[key]


def place_text(f, st: Style) -> str:
    truth, latin, utf8 = PLACES[f["place"]]
    pool = latin if (st.cp1252 or not utf8) else (utf8 + latin[:1] if f["id"] % 3 else utf8)
    return st.rng.choice(pool)


def rep_text(r, st: Style, style=None) -> str:
    style = style or st.rep
    L = st.L
    t = r["fr"] if L == "fr" else r["en"]
    c = r["cls"]
    n = fmt_fte(r["fte"], st.fte, L) if r["fte"] is not None else None
    if style == "A":
        inside = ", ".join(x for x in (c, n) if x)
        return f"{t} ({inside})" if inside else t
    if style == "B":
        return (f"{c} - {t}" if c else t) + (f" ({n})" if n else "")
    if style == "C":
        return " – ".join(x for x in (t, c, n) if x)
    if style == "D":
        return t + (f" [{c}]" if c else "") + (f" ({n})" if n else "")
    return t + (f" ({c})" if c else "") + (f", {n}" if n else "")


def header_fields(f, st: Style, *, cls_inline=False) -> list[tuple[str, str]]:
    L = st.L
    out = []
    title = f["t_fr"] if L == "fr" else f["t_en"]
    out.append(("title", title))
    if f["lang"] == "bilingual":
        if st.rng.random() < 0.5:
            out[-1] = ("title", f"{f['t_en']} / {f['t_fr']}")
        else:
            out.append(("title_fr", f["t_fr"]))
    if not cls_inline:
        out.append(("cls", fmt_cls(f["cls"], st.cls)))
    if f["job_code"]:
        out.append(("job_code", f["job_code"]))
    out.append(("posno", f["posno"]))
    if f["eff"]:
        out.append(("eff", fmt_date(f["eff"], st.date, L)))
    org = ORGS[f["org"]]
    out.append(("dept", org[1] if L == "fr" else org[0]))
    out.append(("branch", f["unit"][1] if L == "fr" else f["unit"][0]))
    out.append(("loc", place_text(f, st)))
    if st.sup == "fields":
        if f["sup"]["posno"]:
            out.append(("sup_posno", f["sup"]["posno"]))
        out.append(("sup_title", f["sup"]["fr"] if L == "fr" else f["sup"]["en"]))
        if f["sup"]["cls"]:
            out.append(("sup_cls", fmt_cls(f["sup"]["cls"], st.cls)))
    elif st.sup == "reportsto":
        s = f["sup"]["fr"] if L == "fr" else f["sup"]["en"]
        if f["sup"]["cls"]:
            s += f" ({fmt_cls(f['sup']['cls'], st.cls)})"
        out.append(("sup_title", s))
        if f["sup"]["posno"]:
            out.append(("sup_posno", f["sup"]["posno"]))
    if f["incumbent"]:
        out.append(("incumbent", f["incumbent"]))
    if f["lang"] == "bilingual" and f.get("t_iu") is None and st.rng.random() < 0.3:
        pass
    st.rng.shuffle(out[3:7]) if False else None
    return out


def sup_sentence(f, st: Style) -> str | None:
    if st.sup == "fields" or st.sup == "reportsto":
        return None
    s = f["sup"]
    if st.L == "fr":
        t = f["t_fr"]
        txt = f"{'La' if fem(t) else 'Le'} {t} relève {du(s['fr'])}"
        if s["cls"]:
            txt += f" ({fmt_cls(s['cls'], st.cls)})"
        if s["posno"]:
            txt += f", poste no {s['posno']}"
        return txt + "."
    txt = f"The {f['t_en']} reports to the {s['en']}"
    if s["cls"]:
        txt += f" ({fmt_cls(s['cls'], st.cls)})"
    if s["posno"]:
        txt += f", position number {s['posno']}"
    return txt + "."


def prose(pool, f, st, n) -> list[str]:
    L = st.L
    ctx = {"title": f["t_fr"] if L == "fr" else f["t_en"], "focus": f["focus"][1] if L == "fr" else f["focus"][0],
           "region": f["region"], "unit": f["unit"][1] if L == "fr" else f["unit"][0],
           "sup": f["sup"]["fr"] if L == "fr" else f["sup"]["en"], "du_sup": du(f["sup"]["fr"]),
           "au_sup": ("à la " if fem(f["sup"]["fr"]) else "au ") + f["sup"]["fr"], "dept_short": ORGS[f["org"]][3 if L == "fr" else 2]}
    items = pool[L]
    if f["place"] not in ("iqaluit", "cambridgebay", "rankin", "resolute"):  # Article 23 is Nunavut's
        items = [x for x in items if "rticle 23" not in x]
    picked = st.rng.sample(items, min(n, len(items)))
    return [french(x.format(**ctx)) if L == "fr" else x.format(**ctx) for x in picked]


def dims_lines(f, st: Style) -> list[tuple[str, str]]:
    d, L = f["dims"], st.L
    out = []
    if d["fte"] is not None:
        out.append((st.dim["fte"], str(d["fte"])))
    if d["salary"] is not None:
        out.append((st.dim["salary"], fmt_amt(d["salary"], st.amt, L)))
    if d["om"] is not None:
        out.append((st.dim["om"], fmt_amt(d["om"], st.amt, L)))
    if d["total"] is not None:
        out.append((st.dim["total"], fmt_amt(d["total"], st.amt, L)))
    if d["gc"] is not None:
        out.append((st.dim["gc"], fmt_amt(d["gc"], st.amt, L)))
    return out


def reports_block(f, st: Style) -> list[str]:
    L = st.L
    t = f["t_fr"] if L == "fr" else f["t_en"]
    intro = (f"Relèvent {du(t)} :" if L == "fr" else f"Reporting to the {t} are:")
    if st.rep == "E":
        parts = [rep_text(r, st, "E") for r in f["reports"]]
        if L == "fr":
            return [f"Les postes suivants relèvent du ou de la titulaire : " + "; ".join(parts) + "."]
        return [f"The position has {len(parts)} direct reports: " + "; ".join(parts) + "."]
    if st.rep == "T":
        head = "Poste\tGroupe et niveau\tETP" if L == "fr" else "Position\tGroup/Level\tFTEs"
        rows = [f"{r['fr'] if L == 'fr' else r['en']}\t{r['cls'] or ''}\t{r['fte'] if r['fte'] is not None else ''}" for r in f["reports"]]
        return [intro, head] + rows
    bullet = st.rng.choice(["- ", "* ", "• ", "o ", ""]) if not st.cp1252 else st.rng.choice(["- ", "* ", "• ", ""])
    return [intro] + [f"{bullet}{rep_text(r, st)}" for r in f["reports"]]


def cert_block(f, st: Style, names: list[str]) -> list[str]:
    L = st.L
    out = [CERT[L], ""]
    roles = ([f["sup"]["fr"] if L == "fr" else f["sup"]["en"], "Conseillère principale en ressources humaines" if L == "fr" else "Senior Human Resources Advisor"])
    for i, n in enumerate(names):
        d = f["eff"] or dt.date(2020, 3, 16)
        out.append(("Signature : ________________   Nom : " if L == "fr" else "Signature: ________________   Name: ") + n)
        out.append(f"{roles[i % 2]}    Date: {fmt_date(d, st.date, L)}")
        out.append("")
    if not names:
        out.append(f["sup"]["fr"] if L == "fr" else f["sup"]["en"])
    return out


def body_lines(f, st: Style, *, field_fmt) -> list[str]:
    """The whole document as lines, header fields formatted by field_fmt(label, value)."""
    L = st.L
    lines = [st.head["doc"], ""]
    if f["lang"] == "bilingual":
        lines = [f"{HEAD['en']['doc'][0]} / {HEAD['fr']['doc'][0]}", ""]
    hf = header_fields(f, st)
    for key, val in hf:
        if f.get("t_iu") and key == "title" and not st.cp1252:
            lines += field_fmt(st.label(key) + " / " + LABELS["iu"]["title"], val)
            lines += field_fmt(LABELS["iu"]["title"], f["t_iu"])
            continue
        lines += field_fmt(st.label(key), val)
    lines.append("")
    sections = {}
    sections["ga"] = [st.head["ga"], ""] + prose(GA, f, st, 1) + [""]
    org = [st.head["org"], ""]
    s = sup_sentence(f, st)
    if s:
        org.append(s)
    org += reports_block(f, st) + [""]
    sections["org"] = org
    sections["ns"] = [st.head["ns"], ""] + sum(([x, ""] for x in prose(NS, f, st, 3)), [])
    dl = dims_lines(f, st)
    sections["dim"] = [st.head["dim"], ""] + (sum((field_fmt(a, b) for a, b in dl), []) if dl else ["—"]) + [""]
    sa = prose(SA, f, st, 6)
    sections["sa"] = [st.head["sa"], ""] + [f"{i}. {x}" for i, x in enumerate(sa, 1)] + [""]
    if st.csr:
        sections["sa"] = [st.head["csr"], "", CSR[L], ""] + sections["sa"]
    for k in st.order:
        lines += sections[k]
    lines += [st.head["cert"], ""] + cert_block(f, st, f["signers"])
    if f["lang"] == "bilingual" and st.L == "en":
        # a French summary after the English text
        lines += ["", HEAD["fr"]["ga"][0], ""] + prose(GA, f, Style(random.Random(f["id"]), "fr", st.cp1252), 1)
    return lines


def fmt_factory(layout: str):
    def colon(a, b):
        return [f"{a}: {b}"]

    def nextline(a, b):
        return [a.upper() if not a.isupper() else a, f"    {b}"]

    def dots(a, b):
        return [f"{a} {'.' * max(3, 38 - len(a))} {b}"]

    def tabs(a, b):
        return [f"{a}\t\t{b}"]
    return {"colon": colon, "caps": colon, "nextline": nextline, "dots": dots, "tabs": tabs}[layout]


# --- damage ------------------------------------------------------------------------------------

HEADINGS = {h for L in HEAD.values() for k, v in L.items() if k != "doc" for h in v}
DIGIT_SWAP = {"0": "O", "1": "I", "5": "S", "8": "B"}


def ocr_line(line: str, rng: random.Random, p: float, letters: bool = True) -> str:
    out = []
    for i, ch in enumerate(line):
        if ch in DIGIT_SWAP and rng.random() < p:
            out.append("l" if ch == "1" and rng.random() < 0.3 else DIGIT_SWAP[ch])
        else:
            out.append(ch)
    s = "".join(out)
    if letters and len(s) > 60:
        for a, b in (("rn", "m"), ("m", "rn"), ("li", "h"), ("ti", "li"), ("e ", "c "), ("cl", "d")):
            if rng.random() < 0.25:
                k = s.find(a, rng.randint(0, len(s) // 2))
                if k > 0:
                    s = s[:k] + b + s[k + len(a):]
        if rng.random() < 0.3:
            k = s.find(" ", rng.randint(10, len(s) - 10))
            if k > 0:
                s = s[:k] + s[k + 1:]
    return s


def ocr_text(lines: list[str], f, rng: random.Random) -> str:
    p = rng.choice([0.25, 0.45, 0.7])
    footer = f"{ORGS[f['org']][2]} / {ORGS[f['org']][3]} - {f['t_en'] if f['lang'] != 'fr' else f['t_fr']}"
    mode = rng.choice(["run", "wrap"])
    out_pages, cur = [], []
    wrapped = []
    for line in lines:
        if len(line) > 90 and mode == "wrap":
            parts = textwrap.wrap(line, 78)
            for i, part in enumerate(parts):
                if i < len(parts) - 1 and rng.random() < 0.2:
                    nxt = parts[i + 1].split(" ")
                    w = nxt[0]
                    if len(w) > 6 and w.isalpha():
                        part = part + " " + w[:3] + "-"
                        parts[i + 1] = w[3:] + " " + " ".join(nxt[1:])
                wrapped.append(part)
        else:
            wrapped.append(line)
    in_header = True
    for line in wrapped:
        if in_header and line.strip() and line.strip() in HEADINGS:
            in_header = False
        cur.append(ocr_line(line, rng, p, letters=not in_header))
        if len(cur) >= 55:
            out_pages.append(cur)
            cur = []
    if cur:
        out_pages.append(cur)
    texts = []
    for n, page in enumerate(out_pages, 1):
        body = " ".join(x for x in page if x.strip()) if mode == "run" else "\n".join(page)
        texts.append(body + f"\n{footer}    Page {n} of {len(out_pages)}" if mode == "wrap" else f"{n} {body} {footer}")
    head = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" if rng.random() < 0.5 else ""
    return head + ("\n\f" if mode == "wrap" else "\n").join(texts) + "\n"


def to_cp1252(text: str) -> bytes:
    text = text.replace("'", "’") if True else text
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("cp1252")


# --- kinds ------------------------------------------------------------------------------------

def render(f, rng: random.Random) -> bytes:
    kind = f["kind"]
    st = Style(rng, f["lang"], cp1252=kind in ("text-cp1252", "pdf"))
    if st.L == "fr":  # every French notation of amounts, in turn
        st.amt = ["plain", "M", "cents", "million"][f["id"] % 4]
    if kind == "markdown":
        return render_md(f, st).encode("utf-8")
    if kind == "docx":
        return render_docx(f, st)
    lines = body_lines(f, st, field_fmt=fmt_factory(st.layout))
    if kind == "text":
        return ("\n".join(lines) + "\n").encode("utf-8")
    if kind == "text-cp1252":
        return to_cp1252("\n".join(lines) + "\n")
    if kind == "ocr":
        return ocr_text(lines, f, rng).encode("utf-8")
    if kind == "pdf":
        wrapped = []
        for line in lines:
            wrapped += textwrap.wrap(line, 100) or [""]
        pages = [wrapped[i:i + 62] for i in range(0, len(wrapped), 62)]
        foot = f"{ORGS[f['org']][2]} - {f['t_fr'] if f['lang'] == 'fr' else f['t_en']}"
        return pdf_bytes(["\n".join(pg + ["", f"{foot}   {n}/{len(pages)}"]) for n, pg in enumerate(pages, 1)])
    raise ValueError(kind)


def render_md(f, st: Style) -> str:
    def fmt(a, b):
        return [f"*   **{a}:** {b}"]
    lines = body_lines(f, st, field_fmt=fmt)
    out = []
    heads = {v for v in st.head.values()} | {HEAD["fr"]["ga"][0]}
    for i, line in enumerate(lines):
        if i == 0:
            out.append(f"# {line}")
        elif line in heads:
            out.append(f"## {line}")
        elif "\t" in line:
            out.append("| " + " | ".join(line.split("\t")) + " |")
            if i + 1 < len(lines) and "\t" in lines[i + 1] and (i == 0 or "\t" not in lines[i - 1]):
                out.append("|" + "---|" * len(line.split("\t")))
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def unbullet(x: str) -> str:
    x = x.lstrip("-*• ")
    return x[2:] if x.startswith("o ") else x


def render_docx(f, st: Style) -> bytes:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    L = st.L
    d.add_heading(st.head["doc"] if f["lang"] != "bilingual" else f"{HEAD['en']['doc'][0]} / {HEAD['fr']['doc'][0]}", 1)
    hf = header_fields(f, st)
    if f.get("t_iu"):
        hf.insert(1, ("iu_title", f["t_iu"]))
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for key, val in hf:
        row = t.add_row().cells
        row[0].text = LABELS["iu"]["title"] if key == "iu_title" else st.label(key)
        row[1].text = val
    sections = {}
    sections["ga"] = [("h", st.head["ga"])] + [("p", x) for x in prose(GA, f, st, 1)]
    org = [("h", st.head["org"])]
    s = sup_sentence(f, st)
    if s:
        org.append(("p", s))
    if st.rep in ("T", "A") and st.rng.random() < 0.7:
        org.append(("reps_table", None))
    else:
        org += [("li" if i else "p", unbullet(x) if i else x) for i, x in enumerate(reports_block(f, st)) if "\t" not in x]
        if st.rep == "T":
            org += [("li", rep_text(r, st, "A")) for r in f["reports"]]
    sections["org"] = org
    sections["ns"] = [("h", st.head["ns"])] + [("p", x) for x in prose(NS, f, st, 3)]
    sections["dim"] = [("h", st.head["dim"]), ("dims_table", None)]
    sections["sa"] = [("h", st.head["sa"])] + [("num", x) for x in prose(SA, f, st, 6)]
    if st.csr:
        sections["sa"] = [("h", st.head["csr"]), ("p", CSR[L])] + sections["sa"]
    for k in st.order:
        for typ, val in sections[k]:
            if typ == "h":
                d.add_heading(val, 2)
            elif typ == "p":
                d.add_paragraph(val)
            elif typ == "li":
                d.add_paragraph(val, style="List Bullet")
            elif typ == "num":
                d.add_paragraph(val, style="List Number")
            elif typ == "reps_table":
                d.add_paragraph(f"Relèvent {du(f['t_fr'])} :" if L == "fr" else f"Reporting to the {f['t_en']}:")
                rt = d.add_table(rows=1, cols=3)
                rt.style = "Table Grid"
                hdr = ("Poste", "Groupe et niveau", "ETP") if L == "fr" else ("Position", "Classification", "FTEs")
                for c, h in zip(rt.rows[0].cells, hdr):
                    c.text = h
                for r in f["reports"]:
                    cells = rt.add_row().cells
                    cells[0].text = r["fr"] if L == "fr" else r["en"]
                    cells[1].text = r["cls"] or ""
                    cells[2].text = "" if r["fte"] is None else str(r["fte"])
            elif typ == "dims_table":
                dl = dims_lines(f, st)
                if not dl:
                    d.add_paragraph("—")
                dt_ = d.add_table(rows=0, cols=2)
                dt_.style = "Table Grid"
                for a, b in dl:
                    cells = dt_.add_row().cells
                    cells[0].text, cells[1].text = a, b
    d.add_heading(st.head["cert"], 2)
    for line in cert_block(f, st, f["signers"]):
        if line:
            d.add_paragraph(line)
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", ""
    cp.created = cp.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --- ground truth -----------------------------------------------------------------------------

def truth(f, fname: str, versions) -> dict:
    L = "fr" if f["lang"] == "fr" else "en"
    sup = f["sup"]
    fields = {
        "title": f["t_fr"] if L == "fr" else f["t_en"],
        "classification": f["cls"],
        "job_code": f["job_code"],
        "position_number": f["posno"] if f["posno"].isdigit() else None,
        "effective_date": f["eff"],
        "supervisor": {"position_number": sup["posno"], "title": sup["fr"] if L == "fr" else sup["en"], "classification": sup["cls"]},
        "direct_reports": [{"title": r["fr"] if L == "fr" else r["en"], "classification": r["cls"], "fte": r["fte"]} for r in f["reports"]],
        "salary": f["dims"]["salary"], "o_and_m": f["dims"]["om"], "total": f["dims"]["total"],
        "location": PLACES[f["place"]][0],
    }
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date") if fields[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if sup and fields["supervisor"][k] is None]
    ns += [k for k in ("salary", "o_and_m", "total") if fields[k] is None]
    also = {"fte": f["dims"]["fte"], "operating_budget": None, "program_budget": f["dims"]["gc"],
            "provisional_number": None if f["posno"].isdigit() else f["posno"]}
    if f["lang"] == "bilingual":
        also["title_fr"] = f["t_fr"]
    if f.get("t_iu"):
        also["title_iu"] = f["t_iu"]
    if f["sup_key"] in IN_CORPUS:
        also["reports_to_in_corpus"] = FILE_OF[IN_CORPUS[f["sup_key"]]]
    people = ([f["incumbent"]] if f["incumbent"] else []) + f["signers"]
    return {"document": fname, "kind": f["kind"], "language": f["lang"], "outcome": "import", "fields": fields,
            "not_stated": ns, "also": also, "people": sorted(set(people), key=people.index), "versions": versions}


FILE_OF = {p[0]: p[14] for p in P}


def write_yaml(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def main() -> None:
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    vers = {}
    for first, newname, kind, lang in VERSIONS:
        vers[first] = {"documents": [FILE_OF[first], newname], "newest": newname}
    for p in P:
        rng = random.Random(f"blind90-{p[0]}")
        f = facts(p, rng)
        data = render(f, rng)
        (CORPUS / f["fname"]).write_bytes(data)
        write_yaml(EXPECTED / f"{f['fname']}.expected.yaml", truth(f, f["fname"], vers.get(p[0])))
        if p[0] in vers:
            for first, newname, kind, lang in VERSIONS:
                if first != p[0]:
                    continue
                g = dict(f, kind=kind, lang=lang, fname=newname)
                vr = random.Random(f"blind90-v{p[0]}")
                if first == 2:  # revised: new date, one more report, new budget
                    g["eff"] = dt.date(2023, 6, 12)
                    g["reports"] = f["reports"] + [{"en": REPS["ieo"][0], "fr": REPS["ieo"][1], "cls": REPS["ieo"][2], "fte": 3}]
                    g["dims"] = dict(f["dims"], salary=(f["dims"]["salary"] or 1_500_000) + 240_000,
                                     om=(f["dims"]["om"] or 300_000) + 50_000)
                    g["dims"]["total"] = g["dims"]["salary"] + g["dims"]["om"]
                    g["signers"] = [person(vr), person(vr)]
                else:  # the same description, signed
                    g["signers"] = f["signers"] or [person(vr)]
                (CORPUS / newname).write_bytes(render(g, vr))
                write_yaml(EXPECTED / f"{newname}.expected.yaml", truth(g, newname, vers[p[0]]))
    from refused import REFUSED
    for name, kind, lang, data in REFUSED():
        (CORPUS / name).write_bytes(data)
        write_yaml(EXPECTED / f"{name}.expected.yaml", {
            "document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
            "not_stated": [], "also": None, "people": REFUSED.people[name], "versions": None})


if __name__ == "__main__":
    main()
