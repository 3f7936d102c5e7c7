"""Departmental forms for blind13: a position plus a document spec give a document (render.Doc).

Every form the builder can draw records what it states (``Build.stated``, ``Build.reports``,
``Build.people``), so the ground truth is what the document really shows, value by value, not
what the position data holds. A spec is a dict; its keys are documented on ``Build``.
"""
from __future__ import annotations

import datetime as dt
import re

from render import Cell, Doc, P, B, PageBreak, Para, Run, Table, cell, row
from texts import ACTS_EN, ACTS_FR, BANK_EN, BANK_FR, T

NBSP = "\u00a0"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


# --- how values are written --------------------------------------------------------------------

def fmt_cls(c: str, style: str = "dash") -> str:
    group, level = c.rsplit("-", 1)
    n = int(level)
    return {"dash": f"{group}-{level}", "space": f"{group} {level}", "nozero": f"{group}-{n}",
            "compact": f"{group}{level}", "paren": f"({group}-{level})", "endash": f"{group}\u2013{level}",
            "spaced": f"{group} - {level}", "title": f"{group[:1]}{group[1:].lower()}-{level}",
            "slash": f"{group}/{level}", "nozero_space": f"{group} {n}"}[style]


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: dt.date, style: str) -> str:
    m_en, m_fr = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    day_fr = "1er" if d.day == 1 else str(d.day)
    if style in ("ddmmyyyy", "fr_slash", "ddmmyyyy_dash"):
        assert d.day > 12, (d, style)  # never ambiguous
    if style in ("month", "fr_month"):
        assert d.day == 1, (d, style)
    return {
        "iso": d.isoformat(), "long": f"{m_en} {d.day}, {d.year}", "dmy": f"{d.day} {m_en} {d.year}",
        "slash": f"{d:%Y/%m/%d}", "dmonY": f"{d.day:02d}-{m_en[:3]}-{d.year}", "dotted": f"{d:%Y.%m.%d}",
        "weekday": f"{DAYS_EN[d.weekday()]}, {m_en} {d.day}, {d.year}",
        "abbr": f"{m_en[:3]}{'.' if len(m_en) > 3 else ''} {d.day}, {d.year}",
        "ordinal": f"{m_en} {_ordinal(d.day)}, {d.year}", "ddmmyyyy": f"{d:%d/%m/%Y}",
        "ddmmyyyy_dash": f"{d:%d-%m-%Y}", "month": f"{m_en} {d.year}", "dmony": f"{d.day}-{m_en[:3]}-{d:%y}",
        "fr": f"{day_fr} {m_fr} {d.year}", "fr_le": f"le {day_fr} {m_fr} {d.year}",
        "fr_weekday": f"{DAYS_FR[d.weekday()]} {day_fr} {m_fr} {d.year}", "fr_slash": f"{d:%d/%m/%Y}",
        "fr_month": f"{m_fr} {d.year}", "compact": f"{d:%Y%m%d}",
    }[style]


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _dec(x: float, places: int = 3) -> str:
    text = f"{x:.{places}f}".rstrip("0").rstrip(".")
    return text


def fmt_amt(n: int, style: str) -> str:
    if style in ("M", "M_sp", "million", "fr_M", "fr_millions", "M_cap", "B"):
        unit = 1_000_000_000 if style == "B" else 1_000_000
        value = n / unit
        text = _dec(value)
        assert round(float(text) * unit) == n, (n, style)
        fr = text.replace(".", ",")
        return {"M": f"${text}M", "M_sp": f"${text} M", "million": f"${text} million", "fr_M": f"{fr} M$",
                "fr_millions": f"{fr} millions de dollars", "M_cap": f"${text} Million", "B": f"${text} billion"}[style]
    if style in ("K", "fr_k", "thousands", "fr_thousands"):
        assert n % 1000 == 0, (n, style)
        k = n // 1000
        return {"K": f"${_group(k, ',')}K", "fr_k": f"{_group(k, NBSP)} k$", "thousands": _group(k, ","),
                "fr_thousands": _group(k, " ")}[style]
    return {"full": f"${_group(n, ',')}", "cents": f"${_group(n, ',')}.00", "plain": _group(n, ","),
            "dollar_sp": f"$ {_group(n, ',')}", "fr": f"{_group(n, NBSP)}{NBSP}$", "fr_cents": f"{_group(n, NBSP)},00{NBSP}$",
            "fr_plain": _group(n, " "), "fr_space": f"{_group(n, ' ')} $", "cad": f"CAD {_group(n, ',')}",
            "fr_dollar_first": f"{_group(n, ' ')},00 $"}[style]


def fmt_num(n: float, lang: str = "en") -> str:
    if float(n).is_integer():
        n = int(n)
        return _group(n, "," if lang == "en" else NBSP)
    return str(n) if lang == "en" else str(n).replace(".", ",")


def fmt_fte(n: float, style: str, lang: str = "en") -> str:
    v = fmt_num(n, lang)
    return {"FTEs": f"{v} FTEs", "FTE": f"{v} FTE", "FTE's": f"{v} FTE's", "colon": f"FTEs: {v}", "full":
            f"{v} full-time equivalents", "employees": f"{v} employees", "staff": f"staff of {v}", "py":
            f"{v} person-years", "PY": f"{v} PYs", "ETP": f"{v} ETP", "effectif": f"effectif de {v}", "etp_full":
            f"{v} équivalents temps plein", "employes": f"{v} employés", "bare": v, "fte_lower": f"{v} fte",
            "approx": f"approximately {v} employees", "personnes": f"{v} personnes"}[style]


# --- default wordings --------------------------------------------------------------------------

HEADINGS = {
    "en": {"ga": "General Accountability", "org": "Organization Structure", "ns": "Nature and Scope",
           "dims": "Dimensions", "acts": "Specific Accountabilities", "cert": "Certification",
           "csr": "Client Service Results", "ka": "Key Activities"},
    "fr": {"ga": "Responsabilités générales", "org": "Structure organisationnelle", "ns": "Nature et étendue",
           "dims": "Dimensions", "acts": "Responsabilités spécifiques", "cert": "Attestation",
           "csr": "Résultats axés sur le service à la clientèle", "ka": "Activités principales"},
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


class Build:
    """Draws one document. Spec keys (all optional but ``lang`` and ``labels``):

    lang            "en" / "fr" (bilingual forms use ``bi``)
    labels          field -> label wording (fields: title, cls, num, job, date, dept, branch, unit, location,
                    sup_title, sup_cls, sup_num, reportsto, incumbent, lang_req, security, group, level)
    id              identification layout: grid2, grid4, box3, stack, inline, next, header, bi3, none
    id_fields       fields in the identification block, in order
    form_title      title row/paragraph of the form; subtitle: a line under it
    colon           labels end with ":" (paragraph layouts always write one unless colon=False)
    caps_labels     labels in capitals
    heading         "styled" (Word Heading 1), "bold", "caps" (bold capitals), "plain"
    numbering       None, "num", "letter", "roman", "part", "section"
    head_colon      headings end with ":"
    headings        section -> wording (overrides)
    order           sections in order (ga, org, ns, dims, acts, cert, csr, ka)
    cls / rcls      notation of the position's / reports' classifications
    date            notation of dates; amt: of amounts; fte: of FTEs
    rep             how reports are drawn: table, bullets, numbered, typed, prose, titles, lettered
    rep_cols        for table: list of (column key, header); keys num, title, cls, fte, name, does
    rep_fmt         for lists: template with {title} {cls} {fte} {does}
    dims            fields, table, row, sentence, bullets, none
    dims_labels     salary/om/total/fte/gc/capital/operating -> wording
    sup             fields (in id_fields), reportsto (one field), sentence (in the org section), block (a table)
    unstated        field -> how the document leaves it ("ph": content control placeholder, "blank",
                    or a literal text such as "TBD" / "N/A" / "To be determined")
    """

    def __init__(self, pos, spec: dict, seed: int):
        self.p, self.s, self.seed = pos, spec, seed
        self.lang = spec.get("lang", "en")
        self.stated: dict = {}
        self.reports: list = []
        self.people: list = []
        self.labels_used: list = []
        self.notes: list = []
        self.evidence: list = []
        self.counter = 0
        self._reported: dict = {}

    # --- values -----------------------------------------------------------------------------
    def person(self, n: int) -> str:
        from positions import person
        name = person(self.seed * 16 + n)
        if name not in self.people:
            self.people.append(name)
        return name

    def cls(self, c: str, style: str | None = None) -> str:
        return fmt_cls(c, style or self.s.get("cls", "dash"))

    def date(self, d) -> str:
        return fmt_date(d, self.s.get("date", "iso" if self.lang == "en" else "fr"))

    def amt(self, n: int, style: str | None = None) -> str:
        return fmt_amt(n, style or self.s.get("amt", "full" if self.lang == "en" else "fr"))

    def fte(self, n: float, style: str | None = None, lang: str | None = None) -> str:
        lang = lang or ("en" if self.lang == "bi" else self.lang)
        if style is None or (self.lang == "bi" and lang == "fr"):
            style = self.s.get("fte") if self.lang != "bi" else None
            style = style or ("FTEs" if lang == "en" else "ETP")
        return fmt_fte(n, style, lang)

    def label(self, field: str, lang: str | None = None) -> str:
        labels = self.s["labels"] if lang is None else self.s[f"labels_{lang}"]
        text = labels[field]
        if self.s.get("caps_labels"):
            text = text.upper()
        self.labels_used.append((field, text))
        return text

    def unstated_runs(self, field: str):
        how = self.s.get("unstated", {}).get(field)
        if how is None:
            return None
        year = (self.p.date or self.s.get("year_hint") or dt.date(2020, 1, 1)).year
        if how == "ph":  # Word 2007-2013 wording, then Office 365's
            text = ("Click here to enter text." if year < 2016 else "Click or tap here to enter text.") if self.lang != "fr" else \
                ("Cliquez ici pour taper du texte." if year < 2016 else "Cliquez ou appuyez ici pour entrer du texte.")
            return [Run(text, kind="ph")]
        if how == "ph_date":
            text = ("Click here to enter a date." if year < 2016 else "Click or tap to enter a date.") if self.lang != "fr" else \
                ("Cliquez ici pour entrer une date." if year < 2016 else "Cliquez ou appuyez ici pour entrer une date.")
            return [Run(text, kind="date-ph")]
        if how == "blank":
            return [Run("")]
        return [Run(how)]

    def value(self, field: str) -> list:
        """The runs of a field's value, recording what is stated."""
        p, s = self.p, self.s
        miss = self.unstated_runs(field)
        if miss is not None:
            return miss
        bi = self.lang == "bi"
        text = None
        if field == "title":
            text = p.title
            self.stated["title"] = [p.title, p.title_fr] if bi else p.title
            if bi:
                text = s.get("bi_join", "{en} / {fr}").format(en=p.title, fr=p.title_fr)
            if s.get("title_cls"):
                text = f"{text} {self.cls(p.cls, 'paren')}"
        elif field == "title_en":
            text = p.title
            self.stated["title"] = [p.title, p.title_fr]
        elif field == "title_fr":
            text = p.title_fr
            self.stated["title"] = [p.title, p.title_fr]
        elif field == "location_en":
            text = p.location
            self.stated["location"] = [p.location, p.location_fr]
        elif field == "sup_title_en":
            text = p.sup_title
            self.stated["sup_title"] = [p.sup_title, p.sup_title_fr]
        elif field == "cls":
            text = self.cls(p.cls) + s.get("cls_suffix", "")
            self.stated["cls"] = p.cls
        elif field == "group":
            text = p.cls.split("-")[0]
        elif field == "level":
            text = p.cls.split("-")[1]
            self.stated["cls"] = p.cls
        elif field == "num":
            if s.get("num_text"):
                self.stated["provisional"] = s["num_text"]
                return [Run(s["num_text"])]
            text = p.num
            self.stated["num"] = p.num
        elif field == "job":
            text = p.job
            self.stated["job"] = p.job
        elif field == "date":
            text = self.date(p.date)
            self.stated["date"] = p.date
        elif field == "dept":
            text = {"en": p.dept, "fr": p.dept_fr or p.dept, "bi": f"{p.dept} / {p.dept_fr}"}[self.lang]
        elif field == "branch":
            text = p.branch if not bi else f"{p.branch} / {p.branch_fr}" if p.branch_fr else p.branch
        elif field == "unit":
            text = p.unit if not bi else f"{p.unit} / {p.unit_fr}" if p.unit_fr else p.unit
        elif field == "location":
            text = p.location if not bi else s.get("bi_join", "{en} / {fr}").format(en=p.location, fr=p.location_fr)
            self.stated["location"] = [p.location, p.location_fr] if bi else p.location
            if s.get("location_text"):
                text = s["location_text"]
        elif field == "location_fr":
            text = p.location_fr
            self.stated["location"] = [p.location, p.location_fr]
        elif field == "sup_title":
            text = p.sup_title if not bi else s.get("bi_join", "{en} / {fr}").format(en=p.sup_title, fr=p.sup_title_fr)
            self.stated["sup_title"] = [p.sup_title, p.sup_title_fr] if bi else p.sup_title
        elif field == "sup_title_fr":
            text = p.sup_title_fr
            self.stated["sup_title"] = [p.sup_title, p.sup_title_fr]
        elif field == "sup_cls":
            text = self.cls(p.sup_cls, s.get("sup_cls_style"))
            self.stated["sup_cls"] = p.sup_cls
        elif field == "sup_num":
            text = p.sup_num
            self.stated["sup_num"] = p.sup_num
        elif field == "reportsto":
            text = self.reports_to_text()
        elif field == "incumbent":
            text = s.get("incumbent_text") or self.person(1)
        elif field == "sup_name":
            text = self.person(2)
        elif field == "lang_req":
            text = s.get("lang_req_text", "Bilingual imperative CBC/CBC" if self.lang != "fr" else "Bilingue impératif CBC/CBC")
        elif field == "security":
            text = s.get("security_text", "Secret" if self.lang != "fr" else "Secret")
        elif field == "fte_id":
            text = fmt_num(p.fte, "en" if self.lang != "fr" else "fr")
            self.stated["fte"] = p.fte
        elif field == "noc":
            text = s.get("noc_text", "0012")
        elif field == "form_no":
            text = s.get("form_no_text", "")
        else:
            raise KeyError(field)
        if field in ("title", "title_en", "title_fr", "cls", "level", "num", "job", "date", "location", "location_en",
                     "location_fr", "sup_title", "sup_title_en", "sup_title_fr", "sup_cls", "sup_num", "reportsto", "fte_id"):
            self.evidence.append((field, text))
        brk = s.get("value_break", {}).get(field)
        if brk:
            text = text.replace(" " + brk, "\n" + brk, 1)
        runs = [Run(text, kind="sdt" if s.get("sdt") else "")]
        tracked = s.get("tracked", {}).get(field)
        if tracked:
            old, author = tracked
            runs = [Run(old, kind="del", author=author), Run(text, kind="ins", author=author)]
        struck = s.get("struck", {}).get(field)
        if struck:
            runs = [Run(struck, strike=True), Run(" "), Run(text)]
        note = s.get("value_note", {}).get(field)
        if note:
            runs.append(Run(" " + note))
        return runs

    def reports_to_text(self) -> str:
        p, s = self.p, self.s
        self.stated.update(sup_title=p.sup_title if self.lang != "fr" else p.sup_title, sup_cls=p.sup_cls, sup_num=p.sup_num)
        tmpl = s.get("reportsto_fmt", "{title} ({cls}), position {num}")
        return tmpl.format(title=p.sup_title, cls=self.cls(p.sup_cls, s.get("sup_cls_style")), num=p.sup_num)

    # --- identification block -------------------------------------------------------------------
    def lab(self, field: str) -> str:
        text = self.label(field)
        return text + (":" if self.s.get("colon") else "")

    def id_block(self) -> list:
        s = self.s
        layout = s.get("id", "grid2")
        fields = s["id_fields"]
        out = []
        shade = s.get("shade", "D9D9D9")
        if layout == "grid2":
            rows = []
            if s.get("form_title"):
                rows.append([cell(B(s["form_title"]), span=2, shade=shade)])
            for f in fields:
                if isinstance(f, tuple) and f[0] == "group":
                    rows.append([cell(B(f[1]), span=2, shade=s.get("group_shade", "F2F2F2"))])
                    continue
                rows.append([cell(Run(self.lab(f), b=s.get("bold_labels", True)), shade=s.get("label_shade", "")),
                             Cell([Para(self.value(f))])])
            out.append(Table(rows, widths=s.get("widths", [2.3, 4.2]), header=bool(s.get("form_title"))))
        elif layout == "grid4":
            rows = []
            if s.get("form_title"):
                rows.append([cell(B(s["form_title"]), span=4, shade=shade)])
            flat = [f for f in fields]
            for i in range(0, len(flat), 2):
                pair = flat[i:i + 2]
                cells = []
                for f in pair:
                    if isinstance(f, tuple):
                        cells += [cell(B(f[1]), span=2, shade="F2F2F2")]
                    else:
                        cells += [cell(B(self.lab(f)), shade=s.get("label_shade", "")), Cell([Para(self.value(f))])]
                if len(pair) == 1:
                    cells += [cell(""), cell("")]
                rows.append(cells)
            out.append(Table(rows, widths=[1.5, 1.75, 1.5, 1.75]))
        elif layout == "box3":
            rows = []
            if s.get("form_title"):
                rows.append([cell(B(s["form_title"]), span=3, shade=shade)])
            for n, f in enumerate(fields, 1):
                rows.append([cell(s.get("box_fmt", "{n}.").format(n=n, a=chr(96 + n))), cell(self.lab(f)),
                             Cell([Para(self.value(f))])])
            out.append(Table(rows, widths=[0.5, 2.2, 3.8]))
        elif layout == "stack":
            per = s.get("per_row", 3)
            rows = []
            if s.get("form_title"):
                rows.append([cell(B(s["form_title"]), span=per, shade=shade)])
            for i in range(0, len(fields), per):
                chunk = fields[i:i + per]
                spans = [1] * len(chunk)
                spans[-1] += per - len(chunk)
                rows.append([cell(Run(self.lab(f), b=True), span=sp, shade=s.get("label_shade", "EDEDED"))
                             for f, sp in zip(chunk, spans)])
                rows.append([Cell([Para(self.value(f))], span=sp) for f, sp in zip(chunk, spans)])
            out.append(Table(rows))
        elif layout == "bi3":
            rows = []
            if s.get("form_title"):
                rows.append([cell(B(s["form_title"]), span=3, shade=shade)])
            for f in fields:
                en = self.label(f, "en")
                fr = self.label(f, "fr")
                rows.append([cell(B(en)), Cell([Para(self.value(f))]), cell(B(fr))])
            out.append(Table(rows, widths=[2.0, 2.7, 2.0]))
        elif layout in ("inline", "next"):
            if s.get("form_title"):
                out.append(P(B(s["form_title"]), align=s.get("title_align", "center"), style=s.get("title_style", "")))
            if s.get("subtitle"):
                out.append(P(s["subtitle"], align=s.get("title_align", "center")))
            sep = s.get("sep", "\t")
            for f in fields:
                if isinstance(f, tuple):
                    out.append(P(B(f[1])))
                    continue
                label = self.label(f) + (":" if s.get("colon", True) else "")
                if layout == "inline":
                    out.append(Para([Run(label, b=s.get("bold_labels", True)), Run(sep)] + self.value(f)))
                else:
                    out.append(Para([Run(label, b=s.get("bold_labels", True))]))
                    out.append(Para(self.value(f)))
                    if s.get("blank_between"):
                        out.append(P(""))
        elif layout == "none":
            pass
        else:
            raise ValueError(layout)
        return out

    # --- headings ----------------------------------------------------------------------------------
    def heading(self, key: str, lang: str | None = None) -> Para:
        s = self.s
        lang = lang or ("en" if self.lang == "bi" else self.lang)
        text = s.get("headings", {}).get(key) or HEADINGS[lang][key]
        if s.get("headings_" + lang, {}).get(key):
            text = s["headings_" + lang][key]
        self.counter += 1
        n = self.counter
        numbering = s.get("numbering")
        if numbering == "num":
            text = f"{n}. {text}"
        elif numbering == "letter":
            text = f"{chr(64 + n)}. {text}"
        elif numbering == "roman":
            text = f"{ROMAN[n - 1]}. {text}"
        elif numbering == "part":
            text = f"PART {n} \u2013 {text}" if lang == "en" else f"PARTIE {n} \u2013 {text}"
        elif numbering == "section":
            text = f"Section {n}: {text}"
        elif numbering == "letter_paren":
            text = f"({chr(97 + n - 1)}) {text}"
        style = s.get("heading", "caps")
        if style in ("caps", "styled_caps"):
            text = text.upper()
        if s.get("head_colon"):
            text += ":"
        if style in ("styled", "styled_caps"):
            return Para([Run(text)], style=f"Heading {s.get('heading_level', 1)}", heading=1)
        if style == "plain":
            return Para([Run(text)], heading=1)
        if style == "underline":
            return Para([Run(text, b=True, u=True)], heading=1)
        return Para([Run(text, b=True)], heading=1)

    # --- sections ---------------------------------------------------------------------------------
    def txt(self, lang: str | None = None) -> dict:
        lang = lang or ("en" if self.lang == "bi" else self.lang)
        return T[self.p.key][lang]

    def era(self, text: str) -> str:
        """Words as the document's year wrote them."""
        year = (self.p.date or self.s.get("year_hint") or dt.date(2020, 1, 1)).year
        if year < 2015:
            text = text.replace("Indigenous", "Aboriginal")
        if year < 2012:
            text = text.replace("Values and Ethics Code for the Public Sector", "Values and Ethics Code for the Public Service")
            text = text.replace("Code de valeurs et d'éthique du secteur public", "Code de valeurs et d'éthique de la fonction publique")
        return text

    def sec_ga(self, lang=None) -> list:
        return [self.heading("ga", lang), P(self.era(self.txt(lang)["ga"]))]

    def sec_csr(self, lang=None) -> list:
        return [self.heading("csr", lang), P(self.txt(lang)["csr"])]

    def sec_ns(self, lang=None) -> list:
        lang = lang or ("en" if self.lang == "bi" else self.lang)
        t = self.txt(lang)
        bank = BANK_EN if lang == "en" else BANK_FR
        picks = self.s.get("bank", [self.seed % len(bank), (self.seed * 3 + 1) % len(bank)])
        paras = [t["ns"][0]] + [bank[i].format(title=self.p.title) for i in picks[:1]] + t["ns"][1:] + \
                [bank[i].format(title=self.p.title) for i in picks[1:]]
        if self.s.get("ns_extra"):
            paras.append(self.s["ns_extra"])
        out = [self.heading("ns", lang)]
        if self.s.get("revised_note"):
            paras[1] = paras[1] + " " + self.s["revised_note"]
        out += [P(self.era(x)) for x in paras]
        return out

    def sec_acts(self, lang=None, key="acts") -> list:
        lang = lang or ("en" if self.lang == "bi" else self.lang)
        acts = list(self.txt(lang)["acts"])
        extra = ACTS_EN if lang == "en" else ACTS_FR
        want = self.s.get("n_acts", 8)
        i = 0
        while len(acts) < want and i < len(extra):
            acts.append(extra[(self.seed + i) % len(extra)])
            i += 1
        style = self.s.get("acts_style", "number")
        out = [self.heading(key, lang)]
        if self.s.get("acts_intro"):
            out.append(P(self.s["acts_intro"]))
        for n, a in enumerate(acts, 1):
            a = self.era(a)
            if style == "number":
                out.append(Para([Run(a)], kind="number"))
            elif style == "bullet":
                out.append(Para([Run(a)], kind="bullet"))
            elif style == "typed":
                out.append(P(f"{n}. {a}"))
            elif style == "typed_paren":
                out.append(P(f"{n}) {a}"))
            elif style == "letter":
                out.append(P(f"({chr(96 + n)}) {a}"))
            elif style == "dash":
                out.append(P(f"- {a}"))
            else:
                out.append(P(a))
        return out

    def rep_line(self, r, fmt: str, lang: str) -> str:
        title = r.title if lang == "en" else (r.fr or r.title)
        cls = self.cls(r.cls, self.s.get("rcls", "dash")) if r.cls else ""
        fte = self.fte(r.fte, self.s.get("rfte"), lang) if r.fte is not None else ""
        does = r.does if lang == "en" else (r.does_fr or (r.does if self.lang == "fr" else ""))
        text = fmt.format(title=title, cls=cls, fte=fte, does=does, num=r.num or "")
        return re.sub(r"\s+", " ", text).strip()

    def record_report(self, r, cls=True, fte=True, both=False):
        """One direct report as the document shows it; a bilingual document showing it twice (once per
        language) gives one report whose title may be either language's."""
        title = [r.title, r.fr] if (both and r.fr) else r.title
        if id(r) in self._reported:
            entry = self._reported[id(r)]
            if r.fr and not isinstance(entry["title"], list):
                entry["title"] = [r.title, r.fr]
            entry["classification"] = entry["classification"] or (r.cls if cls else None)
            entry["fte"] = entry["fte"] if entry["fte"] is not None else (r.fte if fte else None)
            return
        entry = {"title": title, "classification": r.cls if cls else None, "fte": (r.fte if fte else None)}
        self._reported[id(r)] = entry
        self.reports.append(entry)

    def sec_org(self, lang=None) -> list:
        s, p = self.s, self.p
        lang = lang or ("en" if self.lang == "bi" else self.lang)
        out = [self.heading("org", lang)]
        title = p.title if lang == "en" else (p.title_fr or p.title)
        sup = p.sup_title if lang == "en" else (p.sup_title_fr or p.sup_title)
        intro = s.get("org_intro")
        if s.get("sup") == "sentence":
            self.stated.update(sup_title=[p.sup_title, p.sup_title_fr] if self.lang == "bi" else sup,
                               sup_cls=p.sup_cls, sup_num=p.sup_num)
            tmpl = s.get("sup_sentence") or (
                "The {title} reports to the {sup} ({scls}), position number {snum}." if lang == "en" else
                "Le titulaire du poste de {title} relève du {sup} ({scls}), poste no {snum}.")
            out.append(P(tmpl.format(title=title, sup=sup, scls=self.cls(p.sup_cls, s.get("sup_cls_style")), snum=p.sup_num)))
        elif intro is None and p.peers:
            out.append(P((f"The {title} is one of {p.peers} positions reporting to the {sup}." if lang == "en" else
                          f"Le poste de {title} est l'un des {p.peers} postes qui relèvent du {sup}.")))
        if intro:
            out.append(P(intro))
        out += self.reports_block(lang)
        if s.get("org_after"):
            out.append(P(s["org_after"]))
        return out

    def reports_block(self, lang: str) -> list:
        s, p = self.s, self.p
        style = s.get("rep", "bullets")
        reps = p.reports
        out = []
        lead = s.get("rep_lead", "The following positions report directly to the incumbent:" if lang == "en"
                     else "Les postes suivants relèvent directement du titulaire :")
        if style == "table":
            cols = s["rep_cols"]
            rows = [[cell(B(h)) for _, h in cols]]
            for _, h in cols:
                self.labels_used.append(("rep_col", h))
            for r in reps:
                cells = []
                for key, _ in cols:
                    if key == "num":
                        cells.append(cell(r.num or ""))
                    elif key == "title":
                        cells.append(cell(r.title if lang == "en" else (r.fr or r.title)))
                    elif key == "title_bi":
                        cells.append(cell(f"{r.title} / {r.fr}"))
                    elif key == "cls":
                        cells.append(cell(self.cls(r.cls, s.get("rcls", "dash"))))
                    elif key == "fte":
                        cells.append(cell(fmt_num(r.fte, "en" if lang == "en" else "fr")))
                    elif key == "name":
                        cells.append(cell(self.person(10 + reps.index(r)) if r.cls != "EX-01" or True else ""))
                    elif key == "does":
                        cells.append(cell(r.does if lang == "en" else r.does_fr))
                    elif key == "group":
                        cells.append(cell(r.cls.rsplit("-", 1)[0]))
                    elif key == "lvl":
                        cells.append(cell(r.cls.rsplit("-", 1)[1]))
                rows.append(cells)
                self.evidence += [("report_cell", "".join(p.text for p in c.blocks if isinstance(p, Para))) for c in cells]
                keys = [k for k, _ in cols]
                self.record_report(r, cls="cls" in keys or "lvl" in keys, fte="fte" in keys,
                                   both="title_bi" in keys)
            if s.get("rep_total_row"):
                total = sum(r.fte for r in reps)
                rows.append([cell(B(s["rep_total_row"]), span=len(cols) - 1), cell(B(fmt_num(total)))])
            if lead:
                out.append(P(lead))
            out.append(Table(rows, header=True, widths=s.get("rep_widths")))
            return out
        fmt = s.get("rep_fmt", "{title} ({cls}, {fte})")
        has_cls, has_fte = "{cls}" in fmt, "{fte}" in fmt
        lines = [self.rep_line(r, fmt, lang) for r in reps]
        self.evidence += [("report", line) for line in lines]
        for r in reps:
            self.record_report(r, cls=has_cls and r.cls is not None, fte=has_fte and r.fte is not None,
                               both=self.lang == "bi" and s.get("rep_both", False))
        if style == "prose":
            joined = "; ".join(lines[:-1]) + ("; and " if lang == "en" else "; et ") + lines[-1]
            out.append(P(s.get("rep_prose", "{lead} {items}.").format(lead=s.get("rep_lead_prose", lead.rstrip(":") + ":") if True else "",
                                                                       items=joined)))
            return out
        if lead:
            out.append(P(lead))
        for n, line in enumerate(lines, 1):
            if style == "bullets":
                out.append(Para([Run(line)], kind="bullet"))
            elif style == "numbered":
                out.append(Para([Run(line)], kind="number"))
            elif style == "typed":
                out.append(P(f"{n}. {line}"))
            elif style == "lettered":
                out.append(P(f"({chr(96 + n)}) {line}"))
            elif style == "dash":
                out.append(P(f"\u2013 {line}"))
            elif style == "plain":
                out.append(P(line))
        return out

    def sec_dims(self, lang=None) -> list:
        s, p = self.s, self.p
        lang = lang or ("en" if self.lang == "bi" else self.lang)
        style = s.get("dims", "fields")
        L = s.get("dims_labels", {})
        if style != "sentence":
            for k, v in L.items():
                if k in s.get("dims_keys", []):
                    self.labels_used.append(("dim_" + k, v))
        out = [self.heading("dims", lang)]
        if s.get("dims_intro"):
            out.append(P(s["dims_intro"]))
            if p.fte is not None and fmt_num(p.fte) in s["dims_intro"]:
                self.stated["fte"] = p.fte
        items = []  # (key, label, value)
        keys = s.get("dims_keys", ["fte", "salary", "om", "gc", "total"])
        for key in keys:
            if key not in L:
                continue
            value = {"fte": p.fte, "salary": p.salary, "om": p.om, "total": p.total, "gc": p.gc, "capital": p.capital,
                     "operating": p.operating}[key]
            if value is None:
                continue
            if key == "fte":
                text = fmt_num(value, "en" if lang == "en" else "fr") if style in ("table", "row", "thousands") else \
                    self.fte(value, s.get("dims_fte", "bare"))
                self.stated["fte"] = value
            else:
                amt_style = s.get("dims_amt", {}).get(key) if isinstance(s.get("dims_amt"), dict) else None
                if style in ("table", "row") and not amt_style:
                    amt_style = s.get("table_amt", "plain" if lang == "en" else "fr_plain")
                if style == "thousands":
                    amt_style = "thousands" if lang == "en" else "fr_thousands"
                text = self.amt(value, amt_style)
                self.stated[{"salary": "salary", "om": "om", "total": "total", "gc": "gc", "capital": "capital",
                             "operating": "operating"}[key]] = value
            runs = [Run(text)]
            self.evidence.append(("dim_" + key, text))
            tracked = s.get("tracked", {}).get("dim_" + key)
            if tracked:
                runs = [Run(tracked[0], kind="del", author=tracked[1]), Run(text, kind="ins", author=tracked[1])]
            struck = s.get("struck", {}).get("dim_" + key)
            if struck:
                runs = [Run(struck, strike=True), Run(" "), Run(text)]
            note = s.get("value_note", {}).get("dim_" + key)
            if note:
                runs.append(Run(" " + note))
            items.append((key, L[key], runs))
        if style in ("fields", "bullets"):
            for key, label, runs in items:
                sep = s.get("dims_sep", ": " if lang == "en" else " : ")
                para = Para([Run(label + sep, b=s.get("dims_bold", False))] + runs,
                            kind="bullet" if style == "bullets" else "")
                out.append(para)
        elif style in ("table", "thousands"):
            head = s.get("dims_head", ["Type", "Amount ($)"] if lang == "en" else ["Type", "Montant ($)"])
            for h in head:
                self.labels_used.append(("dim_head", h))
            rows = [[cell(B(h)) for h in head]]
            for key, label, runs in items:
                rows.append([cell(B(label) if key == "total" else label), Cell([Para(runs)])])
            out.append(Table(rows, header=True, widths=[3.5, 2.0]))
        elif style == "row":
            rows = [[cell(B(label)) for _, label, _ in items], [Cell([Para(runs)]) for _, _, runs in items]]
            out.append(Table(rows, header=True))
        elif style == "sentence":
            vals = {k: "".join(r.text for r in runs if r.kind != "del") for k, _, runs in items}
            out.append(P(s["dims_sentence"].format(**vals)))
        if s.get("dims_after"):
            out.append(P(s["dims_after"]))
        return out

    def sec_cert(self, lang=None) -> list:
        s = self.s
        lang = lang or ("en" if self.lang == "bi" else self.lang)
        out = [self.heading("cert", lang)]
        out.append(P(s.get("cert_text", "I certify that this is an accurate description of the work assigned to the position."
                                         if lang == "en" else
                                         "J'atteste que la présente description reflète fidèlement le travail assigné au poste.")))
        style = s.get("sig", "table")
        who = s.get("sig_roles", [("Incumbent", 1), ("Supervisor", 2), ("Assistant Deputy Minister", 3)] if lang == "en"
                    else [("Titulaire", 1), ("Superviseur", 2), ("Sous-ministre adjoint", 3)])
        sig_date = s.get("sig_date", self.p.date)
        if style == "table":
            rows = [[cell(B("Name" if lang == "en" else "Nom")), cell(B("Title" if lang == "en" else "Titre")),
                     cell(B("Signature")), cell(B("Date"))]]
            for role, n in who:
                name = self.person(n) if n else ""
                rows.append([cell(name), cell(role), cell(""), cell(fmt_date(sig_date, "iso") if sig_date and n else "")])
            out.append(Table(rows, widths=[1.8, 2.2, 1.5, 1.0]))
        elif style == "lines":
            for role, n in who:
                name = self.person(n) if n else ""
                out.append(P(f"{role}: {name}" if name else f"{role}: ________________________"))
                out.append(P("Signature: ________________________     Date: " +
                             (fmt_date(sig_date, self.s.get("date", "iso")) if sig_date and n else "__________")))
        elif style == "names":
            for role, n in who:
                out.append(P(""))
                out.append(P("_______________________________"))
                out.append(P(self.person(n)))
                out.append(P(role))
        return out

    # --- whole document -------------------------------------------------------------------------
    def sections(self, lang=None) -> list:
        order = self.s.get("order", ["ga", "org", "ns", "dims", "acts", "cert"])
        out = []
        for key in order:
            if key == "acts" and "ka" in order:
                continue
            fn = {"ga": self.sec_ga, "org": self.sec_org, "ns": self.sec_ns, "dims": self.sec_dims,
                  "acts": self.sec_acts, "cert": self.sec_cert, "csr": self.sec_csr,
                  "ka": lambda lang=None: self.sec_acts(lang, key="ka")}[key]
            out += fn(lang)
        return out

    def build(self) -> Doc:
        s = self.s
        body = list(s.get("before", []))
        if s.get("doc_title") and s.get("id") not in ("inline", "next"):
            body.append(P(B(s["doc_title"]), align="center", style=s.get("title_style", "")))
            if s.get("subtitle"):
                body.append(P(s["subtitle"], align="center"))
        if s.get("preamble"):
            body += [P(x) for x in s["preamble"]]
        body += self.id_block()
        if s.get("sup") == "block":
            body += self.sup_block()
        if s.get("after_id"):
            body += [P(x) if isinstance(x, str) else x for x in s["after_id"]]
        body += self.sections()
        body += [P(x) if isinstance(x, str) else x for x in s.get("after", [])]
        return Doc(body=body)

    def sup_block(self) -> list:
        s, p = self.s, self.p
        fields = s.get("sup_fields", ["sup_title", "sup_cls", "sup_num"])
        rows = [[cell(B(s.get("sup_block_title", "SUPERVISOR")), span=2, shade="F2F2F2")]]
        for f in fields:
            rows.append([cell(self.lab(f)), Cell([Para(self.value(f))])])
        out = []
        if s.get("sup_block_lead"):
            out.append(P(s["sup_block_lead"]))
        out.append(Table(rows, widths=[2.5, 4.0]))
        return out
