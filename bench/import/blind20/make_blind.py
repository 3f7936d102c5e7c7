#!/usr/bin/env python3
"""Write the blind20 corpus: corpus/ (OCR text and Word files) and expected/ (ground truth).

    python bench/import/blind20/make_blind.py      # same bytes on every run

Positions are in positions.py, wording in text.py; every choice comes from the document's index
(random.Random seeded with it), so the output never changes."""
from __future__ import annotations

import io
import random
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))  # the worktree, for tests/import_files.py

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
import yaml  # noqa: E402

from positions import POSITIONS  # noqa: E402
from text import CERT, GA, HEADINGS, LABELS, NS, SA  # noqa: E402

FR_REPORTS = {  # French titles of the reports in the English-then-French copy
 "Assistant Director, Returns Processing": "Directeur adjoint, Traitement des déclarations",
 "Assistant Director, Benefit Programs": "Directeur adjoint, Programmes de prestations",
 "Assistant Director, Finance and Administration": "Directeur adjoint, Finances et administration",
}
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]}
NBSP = "\u00a0"


# --- values -------------------------------------------------------------------------------

def fmt_cls(c: str, style: int) -> str:
    g, n = c.split("-", 1) if c.count("-") == 1 else (c.rsplit("-", 1)[0], c.rsplit("-", 1)[1])
    return [f"{g}-{n}", f"{g} {n}", f"{g}-{int(n)}", f"{g}{n}", f"{g}-{n}", f"{g} - {n}"][style % 6]


def fmt_date(d, lang: str, style: int) -> str:
    m = MONTHS[lang][d.month - 1]
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {m} {d.year}", f"le {day} {m} {d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}"][style % 6]
    suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    ab = m[:3].upper()
    return [f"{m} {d.day}, {d.year}", f"{d.day} {m} {d.year}", d.isoformat(), f"{d.day:02d}-{ab}-{d.year}",
            f"{m} {d.day}{suf}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}", f"{m[:3]}. {d.day}, {d.year}",
            f"{d.year}.{d.month:02d}.{d.day:02d}"][style % 8]


def fmt_amt(v: int, lang: str, style: int) -> str:
    if lang == "fr":
        s = f"{v:,}".replace(",", NBSP)
        mil = f"{v / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        k = f"{v // 1000:,}".replace(",", " ")
        return [f"{s} $", f"{s},00 $", f"{mil} M$", f"{k} k$", f"{mil} millions $", f"{s}$"][style % 6]
    mil = f"{v / 1e6:.2f}".rstrip("0").rstrip(".")
    return [f"${v:,}", f"${v:,}.00", f"${mil}M", f"${mil} million", f"${v // 1000:,}K", f"$ {v:,}", f"${mil} M"][style % 7]


def fmt_fte(n: int, lang: str, style: int) -> str:
    if lang == "fr":
        return [f"{n} ETP", f"effectif de {n}", f"{n} équivalents temps plein", f"{n} employés"][style % 4]
    return [f"{n} FTEs", f"{n} FTE", f"{n} full-time equivalents", f"staff of {n}", f"{n} employees", f"{n} FTE's"][style % 6]


def fmt_report(r, lang: str, style: int, cstyle: int, fstyle: int) -> str:
    t, c, n = r
    c = fmt_cls(c, cstyle)
    f = fmt_fte(n, lang, fstyle)
    return [f"{t} ({c}, {f})", f"{c} - {t} ({f})", f"{t} – {c} – {f}", f"{t}, {c} — {f}", f"{t} [{c}] : {f}",
            f"{t} ({c}) – {f}"][style % 6]


# --- OCR damage -----------------------------------------------------------------------------

def digits_damage(s: str, rng: random.Random, p: float) -> str:
    out = []
    for ch in s:
        if ch == "0" and rng.random() < p:
            ch = "O"
        elif ch == "1" and rng.random() < p:
            ch = rng.choice("Il")
        elif ch == "5" and rng.random() < p / 2:
            ch = "S"
        out.append(ch)
    return "".join(out)


SWAPS = [("rn", "m"), ("m", "rn"), ("l", "I"), ("e", "c"), ("cl", "d"), ("i", "l"), ("t", "l"), ("h", "b"),
         ("o", "a"), ("ti", "d"), ("f", "t"), ("é", "e"), ("è", "e"), ("u", "n")]


def prose_damage(s: str, rng: random.Random, p: float) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and not any(ch.isdigit() for ch in w) and rng.random() < p:
            a, b = rng.choice(SWAPS)
            if a in w:
                w = w.replace(a, b, 1)
        out.append(w)
        if rng.random() < p / 4:
            out[-1] += "\x00"  # run together with the next word
        elif rng.random() < p / 6:
            out[-1] += " "
    return " ".join(out).replace("\x00 ", "")


JUNK = ["~~ ~.,;'", "(i (CO;!;*;* ; ! ~", "[ Signature: MA  e9et ee | ", "| |l !I ;;:. ~~", "RECEIVED / REÇU ... 1 ... ~",
        "%# ~~ /..'' -", "ORIGINAL SIGNED BY / SIGNÉ PAR", "..--~~~~ :: ) ("]


# --- the logical document ---------------------------------------------------------------------

class Doc:
    def __init__(self, p: dict, i: int, lang: str):
        self.p, self.i, self.lang = p, i, lang
        self.rng = random.Random(1000 + i)
        self.cs, self.ds, self.as_, self.fs, self.rs = i % 6, (i * 3) % 8, (i * 5) % 7, i % 6, (i * 7) % 6
        self.sup_style = ["fields", "fields", "oneline", "sentence"][i % 4]
        self.rep_style = ["list", "list", "prose", "table", "list"][i % 5]
        self.dim_style = ["fields", "fields", "sentence"][i % 3]

    def t(self, v):
        if isinstance(v, list):
            return v[0] if self.lang == "en" else v[1]
        return v

    def label(self, key: str) -> str:
        pool = LABELS[self.lang][key]
        return pool[(self.i * 3 + len(key)) % len(pool)]

    def heading(self, key: str) -> str:
        pool = HEADINGS[self.lang][key]
        return pool[(self.i + len(key)) % len(pool)]

    def unit(self) -> str:
        if self.lang == "fr":
            return "l'unité"
        return "organization"

    def fields(self) -> list[tuple[str, str, str]]:
        p, L = self.p, self.lang
        out = [("title", self.label("title"), self.t(p["title"])),
               ("cls", self.label("cls"), fmt_cls(p["cls"], self.cs))]
        if p["pos"]:
            out.append(("pos", self.label("pos"), p["pos"]))
        else:
            out.append(("pos", self.label("pos"), ["NEW", "TBD", "To be determined", "NEW"][self.i % 4] if L == "en"
                        else "NOUVEAU"))
        if p["job"]:
            out.append(("job", self.label("job"), p["job"]))
        out.append(("date", self.label("date"), fmt_date(p["date"], L, self.ds)))
        out.append(("org", self.label("org"), self.t(p["org"].split(" / ")) if " / " in p["org"] else p["org"]))
        out.append(("branch", self.label("branch"), self.t(p["branch"].split(" / ")) if " / " in p["branch"] else p["branch"]))
        loc = p["city"] + (", " + (p["prov"] if L == "en" else FR_PROV.get(p["prov"], p["prov"])) if self.i % 5 else "")
        if self.i % 7 == 3:
            loc = f"{p['city']} ({p['prov'] if L == 'en' else FR_PROV.get(p['prov'], p['prov'])})"
        out.append(("loc", self.label("loc"), loc))
        st, sc, sp = p["sup"]
        st = self.t(st)
        if self.sup_style == "fields":
            out += [("sup_title", self.label("sup_title"), st), ("sup_cls", self.label("sup_cls"), fmt_cls(sc, self.cs + 1)),
                    ("sup_pos", self.label("sup_pos"), sp)]
        elif self.sup_style == "oneline":
            word = "Position No." if L == "en" else "poste no"
            out.append(("sup", self.label("reports_to"), f"{st} ({fmt_cls(sc, self.cs)}), {word} {sp}"))
        return out

    def supervisor_sentence(self) -> str:
        st, sc, sp = self.p["sup"]
        st = self.t(st)
        if self.lang == "fr":
            return f"Le poste relève du {st} ({fmt_cls(sc, self.cs)}, poste {sp})."
        return f"The position reports to the {st} ({fmt_cls(sc, self.cs)}, position number {sp})."

    def report_lines(self) -> list[str]:
        reps = self.p["reports"]
        if self.lang == "fr" and self.p["lang"] == "bi":
            reps = [(FR_REPORTS.get(t, t), c, n) for t, c, n in reps]
        return [fmt_report(r, self.lang, self.rs, self.cs, self.fs) for r in reps]

    def report_prose(self) -> str:
        reps = self.p["reports"]
        parts = [f"the {t} ({fmt_cls(c, self.cs)}, {fmt_fte(n, 'en', self.fs)})" for t, c, n in reps] if self.lang == "en" \
            else [f"le {t} ({fmt_cls(c, self.cs)}, {fmt_fte(n, 'fr', self.fs)})" for t, c, n in reps]
        if self.lang == "en":
            return (f"The following {len(reps)} positions report directly to the incumbent: " + "; ".join(parts[:-1])
                    + f"; and {parts[-1]}.")
        return (f"Les {len(reps)} postes suivants relèvent directement du titulaire : " + "; ".join(parts[:-1])
                + f"; et {parts[-1]}.")

    def dims(self) -> list[str]:
        p, L = self.p, self.lang
        s, o = p["sal"], p["om"]
        lines = []
        fte = fmt_fte(p["fte"], L, self.fs + 1)
        if self.dim_style == "sentence":
            if L == "en":
                lines.append(f"The incumbent manages {fte}, a salary budget of {fmt_amt(s, L, self.as_)} and an operating "
                             f"(O&M) budget of {fmt_amt(o, L, self.as_)}" + (f", for a total of {fmt_amt(s + o, L, self.as_)}."
                                                                            if "T" in p["dims"] else "."))
            else:
                lines.append(f"Le ou la titulaire gère des ressources de {fte}, un budget salarial de {fmt_amt(s, L, self.as_)} et un budget "
                             f"de fonctionnement (F et E) de {fmt_amt(o, L, self.as_)}" +
                             (f", pour un total de {fmt_amt(s + o, L, self.as_)}." if "T" in p["dims"] else "."))
            return lines
        en = [("FTEs", "Full-time equivalents", "Staff (FTE)", "Human resources"), ("Salary", "Salary budget", "Salaries", "Salary dollars"),
              ("O&M", "Operating and maintenance", "O & M budget", "Non-salary O&M"), ("Total", "Total budget", "Total operating budget", "Total")]
        fr = [("ETP", "Équivalents temps plein", "Effectif", "Ressources humaines"), ("Salaires", "Budget salarial", "Traitements", "Masse salariale"),
              ("F et E", "Fonctionnement et entretien", "Budget de F et E", "Autres dépenses de fonctionnement"),
              ("Total", "Budget total", "Total", "Budget de fonctionnement total")]
        lab = en if L == "en" else fr
        k = self.i % 4
        lines.append(f"{lab[0][k]}: {p['fte']}" if L == "en" else f"{lab[0][k]} : {p['fte']}")
        sep = ": " if L == "en" else " : "
        if "S" in p["dims"]:
            lines.append(f"{lab[1][k]}{sep}{fmt_amt(s, L, self.as_)}")
        if "O" in p["dims"]:
            lines.append(f"{lab[2][k]}{sep}{fmt_amt(o, L, self.as_)}")
        if "T" in p["dims"]:
            lines.append(f"{lab[3][k]}{sep}{fmt_amt(s + o, L, self.as_)}")
        return lines

    def sections(self) -> list[tuple[str, str, list]]:
        """(key, heading, blocks): a block is ('p', text), ('li', [items]), ('table', rows)."""
        L, p = self.lang, self.p
        title = self.t(p["title"])
        sup = self.t(p["sup"][0])
        fmt = dict(t=title, m=p["mandate"] if (L == "fr") == (p["lang"] == "fr") or p["lang"] != "bi" else p["mandate"],
                   u=self.unit() if L == "fr" else "organization", s=sup)
        if p["lang"] == "bi" and L == "fr":
            fmt["m"] = "ses programmes"
        ga = [("p", GA[L][self.i % 3].format(**fmt))]
        org = []
        if self.sup_style == "sentence":
            org.append(("p", self.supervisor_sentence()))
        intro = {"en": f"The following positions report to the {title}:", "fr": f"Relèvent du {title} :"}[L]
        if p["lang"] == "bi" and L == "fr" and not all(r[0] in FR_REPORTS for r in p["reports"]):
            org.append(("p", f"Le ou la titulaire dirige une équipe de {p['fte']} employés répartis en {len(p['reports'])} unités."))
        elif self.rep_style == "prose":
            org.append(("p", self.report_prose()))
        elif self.rep_style == "table":
            head = ["Position", "Group/Level", "FTEs"] if L == "en" else ["Poste", "Groupe/niveau", "ETP"]
            reps = p["reports"]
            if L == "fr" and p["lang"] == "bi":
                reps = [(FR_REPORTS.get(t, t), c, n) for t, c, n in reps]
            org += [("p", intro), ("table", [head] + [[t, fmt_cls(c, self.cs), str(n)] for t, c, n in reps])]
        else:
            org += [("p", intro), ("li", self.report_lines())]
        ns = [("p", NS[L][(self.i + k) % len(NS[L])]) for k in range(3)]
        sa = [("li", [SA[L][(self.i + k) % len(SA[L])].format(**fmt) for k in range(5)])]
        dim = [("p", x) for x in self.dims()]
        order = [["ga", "org", "ns", "dim", "sa"], ["ga", "ns", "org", "sa", "dim"], ["ga", "dim", "org", "ns", "sa"]][self.i % 3]
        blocks = {"ga": ga, "org": org, "ns": ns, "dim": dim, "sa": sa}
        return [(k, self.heading(k), blocks[k]) for k in order]

    def signatures(self) -> list[str]:
        people = self.p["people"]
        inc = LABELS[self.lang]["incumbent"][self.i % len(LABELS[self.lang]["incumbent"])]
        lines = [CERT[self.lang]]
        if len(people) > 1:
            lines.append(f"{inc}: {people[0]}" if self.lang == "en" else f"{inc} : {people[0]}")
            lines.append(f"{people[1]}, {self.t(self.p['sup'][0])}")
        else:
            lines.append(f"{people[0]}, {self.t(self.p['sup'][0])}")
        lines.append(("Date: " if self.lang == "en" else "Date : ") + fmt_date(self.p["date"], self.lang, self.ds + 2))
        return lines


FR_PROV = {"Quebec": "Québec", "British Columbia": "Colombie-Britannique", "Nova Scotia": "Nouvelle-Écosse",
           "New Brunswick": "Nouveau-Brunswick", "Prince Edward Island": "Île-du-Prince-Édouard"}


# --- text (OCR) renderers -----------------------------------------------------------------------

def heading_text(d: Doc, n: int, h: str) -> str:
    st = d.i % 5
    return [f"{n}. {h.upper()}", h.upper(), f"{h}:", f"{'ABCDEFG'[n - 1]}. {h}", f"{h.upper()}:"][st]


def logical_lines(d: Doc, field_style: str) -> list[tuple[str, str]]:
    """(kind, text): f field, h heading, p prose, r report, d dimension, s signature."""
    out = [("h", ["EXECUTIVE GROUP POSITION DESCRIPTION", "WORK DESCRIPTION - EX", "POSITION DESCRIPTION / EXECUTIVE"][d.i % 3]
            if d.lang == "en" else ["DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION", "DESCRIPTION DE TRAVAIL (EX)"][d.i % 2])]
    sep = ": " if d.lang == "en" else " : "
    for key, lab, val in d.fields():
        if field_style == "nextline":
            out += [("f", lab), ("f", val)]
        elif field_style == "grid":
            out.append(("f", f"| {lab.upper():<30}| {val}"))
        else:
            out.append(("f", f"{lab}{sep}{val}"))
    for n, (key, h, blocks) in enumerate(d.sections(), 1):
        out.append(("h", heading_text(d, n, h)))
        for kind, b in blocks:
            k = "d" if key == "dim" else ("r" if key == "org" else "p")
            if kind == "p":
                out.append((k, b))
            elif kind == "li":
                bullets = ["- ", "• ", "> ", "o ", ""]
                for j, item in enumerate(b):
                    mark = f"{j + 1}. " if key == "sa" and d.i % 2 else (f"{'abcdefg'[j]}) " if key == "org" and d.i % 3 == 2
                                                                         else bullets[d.i % 5])
                    out.append((k, mark + item))
            else:
                for row in b:
                    out.append(("r", "   ".join(row)))
    out.append(("h", heading_text(d, 6, HEADINGS[d.lang]["cert"][d.i % 4])))
    out += [("s", x) for x in d.signatures()]
    return out


def damage_lines(d: Doc, lines, p_prose: float, p_digits: float):
    rng = d.rng
    out = []
    for kind, text in lines:
        if kind in ("p",):
            text = prose_damage(text, rng, p_prose)
        elif kind in ("r", "d", "f") and p_digits:
            # the values stay readable: codes and amounts only
            if kind == "f" and d.i % 2:
                text = digits_damage(text, rng, p_digits)
            elif kind != "f":
                text = digits_damage(text, rng, p_digits)
        out.append((kind, text))
    return out


def wrap(lines, width: int):
    out = []
    for kind, text in lines:
        if kind in ("p", "r", "d") and len(text) > width:
            for w in textwrap.wrap(text, width):
                out.append((kind, w))
        else:
            out.append((kind, text))
    return out


def paginate(d: Doc, lines: list[str], per_page: int, run: bool) -> str:
    title = d.t(d.p["title"])
    foot = [f"Page {{n}} of {{m}}", f"{title[:40]}    Page {{n}}", "PROTECTED B (when completed)   {n}/{m}",
            f"{d.p['org'].split(' / ')[0]} - EX work description    {{n}}", "TBS/SCT 3252 (Rev. 2003)  Page {n} / {m}"][d.i % 5]
    if d.lang == "fr":
        foot = ["Page {n} de {m}", f"{title[:40]}    page {{n}}", "PROTÉGÉ B (une fois rempli)   {n}/{m}"][d.i % 3]
    pages = [lines[k:k + per_page] for k in range(0, len(lines), per_page)]
    m = len(pages)
    out = []
    for n, page in enumerate(pages, 1):
        f = foot.format(n=n, m=m)
        if run:
            out.append((f"{n} " if n > 1 else "") + " ".join(page) + " " + f)
        else:
            out.append("\n".join(page) + "\n\n" + f + "\n\f" if n < m else "\n".join(page) + "\n\n" + f)
    return ("\n" if run else "\n").join(out)


def render_ocr(d: Doc) -> str:
    layout = d.p["layout"]
    style = {"ocr-nextline": "nextline", "ocr-grid": "grid"}.get(layout, "colon")
    lines = logical_lines(d, style)
    pd, pg = [0.06, 0.1, 0.14][d.i % 3], [0.0, 0.25, 0.4][(d.i // 3) % 3]
    lines = damage_lines(d, lines, pd, pg)
    lines = wrap(lines, [62, 74, 88][d.i % 3])
    if layout == "ocr-columns":
        lines = interleave(d, lines)
    text_lines = [t for _, t in lines]
    # junk from stamps and signatures at the end
    text_lines.append(JUNK[d.i % len(JUNK)])
    run = layout in ("ocr-run", "ocr-csr") and d.i % 2 == 0 or layout == "ocr-run"
    body = paginate(d, text_lines, [38, 45, 52][d.i % 3], run)
    if run or d.i % 4 == 1:
        body = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body
    return body + "\n"


def interleave(d: Doc, lines):
    """The organization section and the dimensions/next section printed side by side, read across."""
    kinds = [k for k, _ in lines]
    try:
        r0 = kinds.index("r") - 1
        d0 = kinds.index("d") - 1
    except ValueError:
        return lines
    def block(start):
        end = start + 1
        while end < len(lines) and lines[end][0] != "h":
            end += 1
        return start, end
    a0, a1 = block(r0)
    b0, b1 = block(d0)
    left = [t for _, t in lines[a0:a1]]
    right = [t for _, t in lines[b0:b1]]
    left = [w for t in left for w in (textwrap.wrap(t, 44) or [""])]
    right = [w for t in right for w in (textwrap.wrap(t, 40) or [""])]
    joiner = [" ", " | ", "  "][d.i % 3]
    merged = []
    for k in range(max(len(left), len(right))):
        merged.append(("r", (left[k] if k < len(left) else "") + joiner + (right[k] if k < len(right) else "")))
    first, last = min(a0, b0), max(a1, b1)
    keep = [x for j, x in enumerate(lines) if not (a0 <= j < a1 or b0 <= j < b1)]
    pos = sum(1 for j in range(first) if not (a0 <= j < a1 or b0 <= j < b1))
    return keep[:pos] + merged + keep[pos:]


def render_csr(d: Doc) -> str:
    """The Client Service Results / Key Activities template, scanned."""
    p, L = d.p, "en"
    lines = [("h", "EXECUTIVE WORK DESCRIPTION"),]
    for key, lab, val in d.fields():
        lines.append(("f", f"{lab}: {val}"))
    lines += [("h", "CLIENT SERVICE RESULTS"), ("p", f"Delivers {p['mandate']} to Canadians and to the department's partners.")]
    lines += [("h", "KEY ACTIVITIES")] + [("p", "- " + x.format(u="organization", s=d.t(p["sup"][0]))) for x in SA["en"][:5]]
    lines += [("h", "ORGANIZATIONAL CONTEXT")]
    if d.sup_style == "sentence":
        lines.append(("r", d.supervisor_sentence()))
    lines += [("r", "Direct reports:")] + [("r", "- " + x) for x in d.report_lines()]
    lines += [("h", "DIMENSIONS")] + [("d", x) for x in d.dims()]
    lines += [("h", "SKILL"), ("p", NS["en"][d.i % 6]), ("h", "EFFORT"), ("p", NS["en"][(d.i + 1) % 6]),
              ("h", "RESPONSIBILITY"), ("p", NS["en"][(d.i + 2) % 6]), ("h", "WORKING CONDITIONS"),
              ("p", "Normal office environment; frequent travel within the region.")]
    lines += [("h", "SIGNATURES")] + [("s", x) for x in d.signatures()]
    lines = damage_lines(d, lines, 0.1, 0.3)
    lines = wrap(lines, 80)
    text_lines = [t for _, t in lines] + [JUNK[d.i % len(JUNK)]]
    run = d.i % 2 == 0
    body = paginate(d, text_lines, 44, run)
    return ("--- Full Extracted Text ---\n" if run else "") + body + "\n"


def render_sbs(d: Doc) -> str:
    """A bilingual form printed English | French side by side, read across."""
    en, fr = Doc(d.p, d.i, "en"), Doc(d.p, d.i, "fr")
    en.sup_style = fr.sup_style = "fields"
    lines = ["GOVERNMENT OF CANADA   GOUVERNEMENT DU CANADA", "WORK DESCRIPTION   DESCRIPTION DE TRAVAIL"]
    for (k, la, va), (_, lb, vb) in zip(en.fields(), fr.fields()):
        left = f"{la}: {va}"
        lines.append(f"{left:<58}{lb} : {vb}" if k in ("title", "org", "branch", "sup_title") else f"{left:<58}{lb} :")
    for (k, ha, ba), (_, hb, bb) in zip(en.sections(), fr.sections()):
        lines.append(f"{ha.upper():<58}{hb.upper()}")
        la = [w for kind, b in ba for t in ([b] if kind == "p" else b if kind == "li" else ["  ".join(r) for r in b])
              for w in textwrap.wrap(t, 54)]
        if k in ("org", "dim"):
            lb_ = [w for kind, b in bb if kind == "p" for w in textwrap.wrap(b, 54)]
        else:
            lb_ = [w for kind, b in bb for t in ([b] if kind == "p" else b if kind == "li" else []) for w in textwrap.wrap(t, 54)]
        for j in range(max(len(la), len(lb_))):
            a = la[j] if j < len(la) else ""
            lines.append(f"{a:<58}{lb_[j] if j < len(lb_) else ''}".rstrip())
    lines += en.signatures()[1:] + [JUNK[2]]
    lines = [digits_damage(x, d.rng, 0.15) if "$" in x or "EX" in x else x for x in lines]
    return paginate(d, lines, 50, False) + "\n"


def render_enfr(d: Doc) -> str:
    en, fr = Doc(d.p, d.i, "en"), Doc(d.p, d.i + 1, "fr")
    parts = []
    for doc in (en, fr):
        lines = damage_lines(doc, logical_lines(doc, "colon"), 0.08, 0.2)
        lines = wrap(lines, 76)
        parts.append(paginate(doc, [t for _, t in lines], 46, False))
    return parts[0] + "\n\f\n" + parts[1] + "\n"


# --- Word renderers -------------------------------------------------------------------------

def new_docx(d: Doc):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = ["HR Services", "Classification", "SGRH", "Corporate Services"][d.i % 4]
    cp.last_modified_by = cp.author
    import datetime as dt
    cp.created = dt.datetime(d.p["date"].year, d.p["date"].month, d.p["date"].day, 9, 0, 0)
    cp.modified = cp.created
    cp.revision = 1 + d.i % 7
    cp.title = ""
    style = doc.styles["Normal"]
    style.font.name = ["Arial", "Times New Roman", "Calibri", "Verdana"][d.i % 4]
    style.font.size = Pt([10, 11, 12][d.i % 3])
    return doc


def docx_save(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def add_heading(doc, d: Doc, n: int, h: str):
    st = d.i % 4
    if st == 0:
        doc.add_heading(h, level=2)
    else:
        para = doc.add_paragraph()
        run = para.add_run([None, f"{n}. {h.upper()}", f"{h}:", f"{'ABCDEFG'[n - 1]}. {h}"][st])
        run.bold = True
        if st == 2:
            run.underline = True


def add_sections(doc, d: Doc):
    for n, (key, h, blocks) in enumerate(d.sections(), 1):
        add_heading(doc, d, n, h)
        for kind, b in blocks:
            if kind == "p":
                doc.add_paragraph(b)
            elif kind == "li":
                for item in b:
                    doc.add_paragraph(item, style="List Number" if key == "sa" and d.i % 2 else "List Bullet")
            else:
                t = doc.add_table(rows=0, cols=len(b[0]))
                t.style = "Table Grid"
                for r, row in enumerate(b):
                    cells = t.add_row().cells
                    for c, v in enumerate(row):
                        cells[c].text = v
                        if r == 0:
                            cells[c].paragraphs[0].runs[0].bold = True
    add_heading(doc, d, 6, HEADINGS[d.lang]["cert"][d.i % 4])
    for x in d.signatures():
        doc.add_paragraph(x)


def render_docx(d: Doc) -> bytes:
    layout = d.p["layout"]
    doc = new_docx(d)
    sec = doc.sections[0]
    foot = sec.footer.paragraphs[0]
    foot.text = ["Protected B when completed", "Form HR-EX-01 (2011)", "Version finale", "Page 1",
                 "Unclassified / Non classifié"][d.i % 5]
    fields = d.fields()
    sep = ": " if d.lang == "en" else " : "
    title_line = ["Executive Work Description", "EX Position Description", "Description de travail - EX",
                  "Job Description"][d.i % 4]
    if layout == "docx-headerfields":
        hp = sec.header.paragraphs[0]
        hp.text = f"{fields[0][2]}\t{fields[1][2]}\t{fields[2][1]}{sep}{fields[2][2]}"
        fields = fields[3:]
    doc.add_heading(title_line if d.lang == "en" or d.i % 2 else "Description de travail", level=1)
    if layout in ("docx-table2", "docx-headerfields"):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for key, lab, val in fields:
            c = t.add_row().cells
            c[0].text, c[1].text = lab, val
            c[0].paragraphs[0].runs[0].bold = True
    elif layout == "docx-table4":
        t = doc.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        for k in range(0, len(fields), 2):
            c = t.add_row().cells
            for j, f in enumerate(fields[k:k + 2]):
                c[2 * j].text, c[2 * j + 1].text = f[1], f[2]
    elif layout == "docx-boldpara":
        for key, lab, val in fields:
            para = doc.add_paragraph()
            para.add_run(lab + (":" if d.lang == "en" else " :")).bold = True
            para.add_run("\t" + val)
    elif layout == "docx-nextpara":
        for key, lab, val in fields:
            para = doc.add_paragraph()
            para.add_run(lab.upper()).bold = True
            doc.add_paragraph(val)
    elif layout == "docx-csr":
        t = doc.add_table(rows=0, cols=2)
        for key, lab, val in fields:
            c = t.add_row().cells
            c[0].text, c[1].text = lab + ":", val
        doc.add_heading("Client Service Results", level=2)
        doc.add_paragraph(f"Delivers {d.p['mandate']}, in line with the department's priorities.")
        doc.add_heading("Key Activities", level=2)
        for x in SA["en"][:6]:
            doc.add_paragraph(x.format(u="organization", s=d.t(d.p["sup"][0])), style="List Bullet")
        doc.add_heading("Organizational Context", level=2)
        if d.sup_style == "sentence":
            doc.add_paragraph(d.supervisor_sentence())
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, ["Direct report", "Classification", "FTEs"]):
            c.text = v
        for tt, cc, nn in d.p["reports"]:
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text = tt, fmt_cls(cc, d.cs), str(nn)
        doc.add_heading("Dimensions", level=2)
        for x in d.dims():
            doc.add_paragraph(x)
        for h, k in (("Skill", 0), ("Effort", 1), ("Responsibility", 2), ("Working Conditions", 3)):
            doc.add_heading(h, level=3)
            doc.add_paragraph(NS["en"][(d.i + k) % 6])
        doc.add_heading("Signatures", level=2)
        for x in d.signatures():
            doc.add_paragraph(x)
        return docx_save(doc)
    elif layout == "docx-table3bil":
        fr = Doc(d.p, d.i, "fr")
        t = doc.add_table(rows=0, cols=3)
        t.style = "Table Grid"
        for (k, la, va), (_, lb, vb) in zip(d.fields(), fr.fields()):
            c = t.add_row().cells
            c[0].text, c[2].text = la, lb
            c[1].text = va if k not in ("title", "sup_title", "org", "branch") or va == vb else f"{va}\n{vb}"
    elif layout == "docx-bilcols":
        fr = Doc(d.p, d.i, "fr")
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for (k, la, va), (_, lb, vb) in zip(d.fields(), fr.fields()):
            c = t.add_row().cells
            c[0].text, c[1].text = f"{la}: {va}", f"{lb} : {vb}"
        for (k, ha, ba), (_, hb, bb) in zip(d.sections(), fr.sections()):
            c = t.add_row().cells
            c[0].text, c[1].text = ha.upper(), hb.upper()
            c = t.add_row().cells
            c[0].text = "\n".join(b if kind == "p" else "\n".join(b) if kind == "li" else "\n".join("  ".join(r) for r in b)
                                  for kind, b in ba)
            c[1].text = "\n".join(b for kind, b in bb if kind == "p") if k in ("org",) else \
                "\n".join(b if kind == "p" else "\n".join(b) if kind == "li" else "" for kind, b in bb)
        for x in d.signatures():
            doc.add_paragraph(x)
        return docx_save(doc)
    add_sections(doc, d)
    return docx_save(doc)


# --- documents to refuse ------------------------------------------------------------------

def refusals() -> list[tuple[str, str, str, bytes, list[str]]]:
    out = []
    slip = """--- Full Extracted Text ---
ROUTING SLIP / FICHE DE ACHEMINEMENT
To / A: Classification Unit, Corporate Services Branch
From / De: Office of the Regional Director General
Subject / Objet: EX position file - organization review, Prairie Region
[X] For action   [ ] For information   [ ] For signature
Please process the attached organization chart and the revised work description on file. Return to
RDG Office by 15 March 2016. Contact Glenda Ferriera at 780-555-0148.
Received / Reçu  MAR 0 2 2016   Classification  ~~ | |l !
"""
    out.append(("Routing slip - classification file - scan.txt", "ocr", "bilingual", slip.encode("utf-8"), ["Glenda Ferriera"]))
    letter = """--- Full Extracted Text ---
Canada Border Services Agency   Agence des services frontaliers du Canada
PROTECTED B
Ms. Valerie Osei
Re: Acting appointment - Director, Operations (EX-01)
Dear Ms. Osei,
I am pleased to confirm your acting appointment to the position of Director, Operations (EX-01),
position number QC-33104, effective April 3, 2017 until September 29, 2017 or until the position
is staffed indeffnitely. Your salary will be established in accordance with the Directive on
Executive Compensation. Please sign the acceptance below and return it to Human Resources.
Yours sincerely,
Lionel Batiste
Regional Director General, Quebec Region
I accept / J'accepte: ___________________  Date: __________
1/1
"""
    out.append(("Acting appointment letter Osei - scan.txt", "ocr", "en", letter.encode("utf-8"), ["Valerie Osei", "Lionel Batiste"]))
    d = Doc(POSITIONS[0], 99, "fr")
    doc = new_docx(d)
    doc.add_heading("Organigramme - Direction régionale des opérations", level=1)
    doc.add_paragraph("Mis à jour : 12 janvier 2022. Document de travail - ne pas diffuser.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Boîte", "Poste", "Groupe/niveau", "Titulaire"]):
        c.text = v
    for row in [["1", "Directeur général régional", "EX-03", "Luc Dansereau"], ["1.1", "Directrice, Opérations", "EX-01", "Vacant"],
                ["1.2", "Directeur, Services intégrés", "EX-01", "Amélie Fortin"], ["1.1.1", "Gestionnaire, Centre de service", "PM-06", "Karim Haddad"]]:
        c = t.add_row().cells
        for j, v in enumerate(row):
            c[j].text = v
    out.append(("Organigramme DGR Opérations 2022.docx", "docx", "fr", docx_save(doc), ["Luc Dansereau", "Amélie Fortin", "Karim Haddad"]))
    d = Doc(POSITIONS[1], 98, "en")
    doc = new_docx(d)
    doc.add_heading("Executive Performance Agreement 2019-2020", level=1)
    for lab, val in [("Executive", "Priscilla Amankwah"), ("Position", "Director, Program Integration and Reporting (EX-01)"),
                     ("Supervisor", "Director General, Program Integration"), ("Period", "April 1, 2019 to March 31, 2020")]:
        p = doc.add_paragraph()
        p.add_run(lab + ": ").bold = True
        p.add_run(val)
    doc.add_heading("Commitments", level=2)
    for x in ["Deliver the integrated results report to the Deputy Minister by Q3.",
              "Reduce the backlog of claims reviews by 25 per cent.",
              "Leadership: complete the 360 feedback and act on its results."]:
        doc.add_paragraph(x, style="List Number")
    doc.add_paragraph("Rating: to be assessed at year end. Signed: Priscilla Amankwah / Howard Tse")
    out.append(("Performance Agreement 2019-20 - PA.docx", "docx", "en", docx_save(doc), ["Priscilla Amankwah", "Howard Tse"]))
    rng = random.Random(7)
    junk = "".join(rng.choice("~!|;:.,'`-_=^*#()[]{}IlO0 \n     ") for _ in range(1400))
    out.append(("scan_0093.txt", "ocr", "en", ("--- Full Extracted Text ---\n" + junk + "\n").encode("utf-8"), []))
    return out


# --- ground truth and main ----------------------------------------------------------------

def truth_for(p: dict, name: str, kind: str, d: Doc) -> dict:
    lang = {"en": "en", "fr": "fr", "bi": "bilingual"}[p["lang"]]
    def both(v):
        return list(v) if isinstance(v, list) else v
    loc_prov = p["prov"]
    title = both(p["title"])
    reps = []
    for t, c, n in p["reports"]:
        tt = [t, FR_REPORTS[t]] if p["layout"] == "ocr-enfr" and t in FR_REPORTS else t
        reps.append({"title": tt, "classification": c, "fte": n})
    fields = {
        "title": title, "classification": p["cls"], "job_code": p["job"], "position_number": p["pos"],
        "effective_date": p["date"],
        "supervisor": {"position_number": p["sup"][2], "title": both(p["sup"][0]), "classification": p["sup"][1]},
        "direct_reports": reps,
        "salary": p["sal"] if "S" in p["dims"] else None, "o_and_m": p["om"] if "O" in p["dims"] else None,
        "total": p["sal"] + p["om"] if "T" in p["dims"] else None,
        "location": next(v for k, _, v in d.fields() if k == "loc"),
    }
    return {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
            "not_stated": [k for k in ("job_code", "position_number", "salary", "o_and_m", "total") if fields[k] is None],
            "also": {"fte": p["fte"], "operating_budget": None, "program_budget": None,
                     "provisional_number": None if p["pos"] else next(v for k, _, v in d.fields() if k == "pos")},
            "people": list(p["people"]) + ([]), "layout": p["layout"]}


def main() -> int:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for folder in (corpus, expected):
        folder.mkdir(exist_ok=True)
        for f in folder.iterdir():
            f.unlink()
    for i, p in enumerate(POSITIONS):
        lang = "fr" if p["lang"] == "fr" else "en"
        d = Doc(p, i, lang)
        layout = p["layout"]
        if layout.startswith("docx"):
            data, kind = render_docx(d), "docx"
        else:
            kind = "ocr-columns" if layout in ("ocr-columns", "ocr-sbs") else "ocr"
            render = {"ocr-csr": render_csr, "ocr-sbs": render_sbs, "ocr-enfr": render_enfr}.get(layout, render_ocr)
            data = render(d).encode("utf-8")
        (corpus / p["file"]).write_bytes(data)
        truth = truth_for(p, p["file"], kind, d)
        if layout.startswith("docx"):
            truth["people"] = truth["people"]  # author fields are roles, not names
        (expected / f"{p['file']}.expected.yaml").write_text(
            yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
    for name, kind, lang, data, people in refusals():
        (corpus / name).write_bytes(data)
        truth = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "people": people}
        (expected / f"{name}.expected.yaml").write_text(yaml.safe_dump(truth, allow_unicode=True, sort_keys=False),
                                                        encoding="utf-8")
    print(f"{len(POSITIONS)} work descriptions, {len(refusals())} to refuse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
