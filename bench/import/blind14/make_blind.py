#!/usr/bin/env python3
"""Write the blind14 corpus (corpus/) and its ground truth (expected/), byte for byte the same
at every run:

    python bench/import/blind14/make_blind.py

Regional offices across Canada and agencies that work mostly in French; most documents are the
OCR text of scanned, signed paper. Positions in positions14.py, narrative in texts14.py, label
wordings in labels14.py, the documents and how each is laid out in docs14.py. Needs python-docx
and PyYAML; the PDFs are written with tests/import_files.pdf_bytes."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
import re
import sys
import textwrap
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))

import yaml  # noqa: E402
from import_files import pdf_bytes  # noqa: E402

import docs14  # noqa: E402
import labels14  # noqa: E402
import texts14  # noqa: E402
from positions14 import BY_KEY  # noqa: E402

OUT_CORPUS, OUT_EXPECTED = HERE / "corpus", HERE / "expected"
PROTECT_OPEN, PROTECT_CLOSE = "\x01", "\x02"   # a value: no letter damage inside (digits may still be misread)


def rng_for(name: str, salt: str = "") -> random.Random:
    return random.Random(int(hashlib.sha256((salt + name).encode()).hexdigest()[:16], 16))


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


# --- how values are written -------------------------------------------------------------------

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_EN_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def fmt_date(iso: str, style: str, lang: str) -> str:
    d = dt.date.fromisoformat(iso)
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}",
                "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                "abbr": f"{d.day} {MONTHS_FR_ABBR[d.month - 1]} {d.year}",
                "iso": d.isoformat(),
                "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
                "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
                "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
                "caps": f"{day} {MONTHS_FR[d.month - 1].upper()} {d.year}",
                "ymd-slash": f"{d.year}/{d.month:02d}/{d.day:02d}"}[style]
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {"long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
            "dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            "abbr": f"{MONTHS_EN_ABBR[d.month - 1]} {d.day}, {d.year}",
            "iso": d.isoformat(),
            "dmon": f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}",
            "ymd-slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
            "ord": f"{MONTHS_EN[d.month - 1]} {d.day}{suffix}, {d.year}",
            "caps": f"{MONTHS_EN[d.month - 1].upper()} {d.day}, {d.year}"}[style]


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _decimal(v: float, unit: int) -> str | None:
    """v / unit written with at most three decimals, if exactly; else None."""
    q = v / unit
    for places in range(0, 4):
        if abs(round(q, places) * unit - v) < 0.5:
            text = f"{q:.{places}f}"
            return text
    return None


def fmt_amount(v: int, style: str, lang: str) -> str:
    if lang == "fr":
        nb = "\u00a0"
        m, k = _decimal(v, 1_000_000), _decimal(v, 1000)
        if style == "M" and m and v >= 1_000_000:
            return m.replace(".", ",") + " M$"
        if style == "millions" and m and v >= 1_000_000:
            return m.replace(".", ",") + (" million $" if v < 2_000_000 else " millions $")
        if style == "mdollars" and m and v >= 1_000_000:
            return m.replace(".", ",") + (" million de dollars" if v < 2_000_000 else " millions de dollars")
        if style in ("M", "millions", "mdollars", "k") and k and v < 1_000_000:
            return k.replace(".", ",") + " k$"
        if style == "cents":
            return _group(v, " ") + ",00 $"
        if style == "nbsp":
            return _group(v, nb) + nb + "$"
        if style == "dollarfirst":
            return "$ " + _group(v, " ")
        if style == "points":
            return _group(v, ".") + " $"
        return _group(v, " ") + " $"
    m, k = _decimal(v, 1_000_000), _decimal(v, 1000)
    if style == "M" and m and v >= 1_000_000:
        return f"${m}M"
    if style == "million" and m and v >= 1_000_000:
        return f"${m} million"
    if style == "MM" and m and v >= 1_000_000:
        return f"${m} MM"
    if style in ("M", "million", "K", "MM") and k and v < 1_000_000:
        return f"${k}K"
    if style == "cents":
        return f"${v:,}.00"
    if style == "spaced":
        return f"$ {v:,}"
    if style == "bare":
        return f"{v:,}"
    return f"${v:,}"


def fmt_fte(n, lang: str) -> str:
    text = f"{n:g}"
    return text.replace(".", ",") if lang == "fr" else text


def fmt_cls(cls: str, style: str) -> str:
    m = re.fullmatch(r"([A-Z]{2})-(\d\d)", cls)
    if not m:
        return cls if style != "space" else cls.replace("-", " ")
    g, n = m.groups()
    return {"dash": cls, "space": f"{g} {n}", "short": f"{g}-{int(n)}", "nodash": f"{g}{n}",
            "paren": f"({cls})", "spaceshort": f"{g} {int(n)}"}.get(style, cls)


PROV = {  # code: (English, French, English abbr., French abbr.)
    "NB": ("New Brunswick", "Nouveau-Brunswick", "N.B.", "N.-B."),
    "NS": ("Nova Scotia", "Nouvelle-Écosse", "N.S.", "N.-É."),
    "PE": ("Prince Edward Island", "Île-du-Prince-Édouard", "P.E.I.", "Î.-P.-É."),
    "NL": ("Newfoundland and Labrador", "Terre-Neuve-et-Labrador", "N.L.", "T.-N.-L."),
    "QC": ("Quebec", "Québec", "Que.", "Qc"),
    "MB": ("Manitoba", "Manitoba", "Man.", "Man."),
    "SK": ("Saskatchewan", "Saskatchewan", "Sask.", "Sask."),
    "AB": ("Alberta", "Alberta", "Alta.", "Alb."),
    "BC": ("British Columbia", "Colombie-Britannique", "B.C.", "C.-B."),
    "YT": ("Yukon", "Yukon", "Y.T.", "Yn"),
    "NT": ("Northwest Territories", "Territoires du Nord-Ouest", "N.W.T.", "T.N.-O."),
    "NU": ("Nunavut", "Nunavut", "Nvt.", "Nt"),
}


def fmt_location(city: str, prov: str, style: str, lang: str) -> str:
    en, fr, en_abbr, fr_abbr = PROV[prov]
    full, abbr = (fr, fr_abbr) if lang == "fr" else (en, en_abbr)
    return {"paren": f"{city} ({full})", "comma": f"{city}, {full}", "abbr": f"{city}, {abbr}",
            "parenabbr": f"{city} ({abbr})", "code": f"{city}, {prov}", "codenocomma": f"{city} {prov}"}[style]


def location_truth(city: str, prov: str, style: str) -> str:
    """What the ground truth says for a written location: abbreviations are read as the province."""
    return f"{city}, {prov}"


# --- label allocation: each wording in two or three documents ---------------------------------

class Labels:
    def __init__(self):
        self.pools, self.used = {}, {}

    def take(self, group: dict, key: str, lang: str, limit: int = 3) -> str:
        """The next wording for ``key``: each serves two documents, then the next one; a third
        document only when all have served two."""
        pool_key = (id(group), key, lang)
        if pool_key not in self.pools:
            words = list(group[key][lang])
            rng_for(f"{key}/{lang}", "labels").shuffle(words)
            self.pools[pool_key] = words
        words = self.pools[pool_key]
        for cap in (2, limit):
            for word in words:
                if self.used.get((pool_key, word), 0) < cap:
                    self.used[(pool_key, word)] = self.used.get((pool_key, word), 0) + 1
                    return word
        raise SystemExit(f"out of wordings for {key}/{lang}")


LABELS = Labels()
DOC_TITLES = {"doc": labels14.TITLES}


# --- building one document's content --------------------------------------------------------

DUTIES = {
    "fr": ["responsable de la planification, de la prestation et du suivi des activités de son secteur",
           "chargé de la gestion quotidienne des opérations et du personnel de son unité",
           "responsable de l'atteinte des résultats opérationnels et du respect des normes de service",
           "chargé de conseiller le titulaire et de coordonner les dossiers transversaux",
           "responsable de la gestion des ressources et de la production des rapports de rendement"],
    "en": ["responsible for planning, delivering and monitoring the activities of the unit",
           "accountable for the day-to-day management of operations and staff",
           "responsible for achieving operational results and meeting service standards",
           "providing advice to the incumbent and coordinating horizontal files",
           "responsible for resource management and performance reporting"],
}

CSR_TEXT = {
    "fr": {"skill": "Le poste exige une connaissance approfondie des lois, politiques et programmes du domaine, de "
                    "l'appareil gouvernemental fédéral et des réalités régionales, ainsi que des compétences de "
                    "leadership, de négociation et de communication dans les deux langues officielles.",
           "effort": "Le titulaire doit analyser des situations complexes et souvent urgentes, concilier des "
                     "intérêts divergents et prendre des décisions aux conséquences importantes, sous la pression "
                     "de délais serrés et d'une forte visibilité publique.",
           "wc": "Le travail s'effectue dans un bureau, avec des déplacements fréquents dans la région et à "
                 "l'administration centrale. Le titulaire doit être disponible en dehors des heures normales lors "
                 "des situations d'urgence."},
    "en": {"skill": "The position requires in-depth knowledge of the legislation, policies and programs of the "
                    "field, of the machinery of the federal government and of regional realities, and strong "
                    "leadership, negotiation and communication skills in both official languages.",
           "effort": "The incumbent must analyze complex and often urgent situations, reconcile competing "
                     "interests and make decisions with significant consequences, under tight deadlines and high "
                     "public visibility.",
           "wc": "Work is performed in an office setting with frequent travel within the region and to "
                 "headquarters. The incumbent must be available outside normal hours during emergencies."},
}


def fill(text: str, pos: dict, lang: str, body_title: str | None = None) -> str:
    get = lambda d: (d or {}).get(lang) or (d or {}).get("en") or (d or {}).get("fr") or ""  # noqa: E731
    return text.format(t=body_title or pos["title"].get(lang, ""), unit=get(pos.get("unit")), region=get(pos.get("reg")),
                       city=pos["city"], dept=get(pos.get("dept")))


def P_(value: str) -> str:
    return PROTECT_OPEN + value + PROTECT_CLOSE


class Content:
    """The facts one document prints, in one language, with its label wordings."""

    def __init__(self, spec: dict, pos: dict, lang: str, rng: random.Random, labels_lang: str | None = None):
        self.spec, self.pos, self.lang, self.rng = spec, pos, lang, rng
        ll = labels_lang or lang
        self.ll = ll
        take = lambda key, group=labels14.FIELDS: LABELS.take(group, key, ll)  # noqa: E731
        older = pos.get("older") if spec.get("older") else None
        self.older = older
        omit = set(spec.get("omit", ()))
        self.omit = omit
        cls_style = spec.get("cls", "dash")
        date_style = spec.get("date", "long" if lang == "en" else "long")
        amt = spec.get("amt", "full")
        self.amt = amt
        date = older["date"] if older else pos["date"]
        fields = []  # (key, label, printed value)
        fields.append(("dept", take("dept"), pos["dept"].get(lang) or pos["dept"].get("fr") or pos["dept"]["en"]))
        if pos.get("branch"):
            fields.append(("branch", take("branch"), pos["branch"].get(lang) or next(iter(pos["branch"].values()))))
        fields.append(("title", take("title"), P_(pos["title"][lang])))
        if spec.get("posno_text"):
            fields.append(("posno", take("posno"), spec["posno_text"]))
        elif "posno" not in omit:
            fields.append(("posno", take("posno"), P_(pos["pos"])))
        if "cls" not in omit:
            if spec.get("cls_split"):
                g, n = pos["cls"].split("-")
                fields.append(("cls_group", "Groupe" if lang == "fr" else "Group", "EX"))
                fields.append(("cls_level", "Niveau" if lang == "fr" else "Level", P_(n)))
            else:
                fields.append(("cls", take("cls"), P_(fmt_cls(pos["cls"], cls_style))))
        if "job" not in omit:
            fields.append(("job", take("job"), P_(pos["job"])))
        if "date" in omit:
            if spec.get("date_blank"):
                fields.append(("date", take("date"), ""))
        else:
            fields.append(("date", take("date"), P_(fmt_date(date, date_style, lang))))
        if "location" not in omit:
            fields.append(("location", take("location"),
                           P_(fmt_location(pos["city"], pos["prov"], spec.get("loc", "paren"), lang))))
        sup = pos["sup"]
        self.sup_style = spec.get("sup", "fields")
        sup_title = sup.get(lang) or sup.get("fr") or sup.get("en")
        self.sup_title = sup_title
        if self.sup_style == "fields":
            if "sup_posno" not in omit:
                fields.append(("sup_posno", take("sup_posno"), P_(sup["pos"])))
            fields.append(("sup_title", take("sup_title"), P_(sup_title)))
            if sup["cls"] and "sup_cls" not in omit:
                fields.append(("sup_cls", take("sup_cls"), P_(fmt_cls(sup["cls"], cls_style))))
        elif self.sup_style == "line":
            fields.append(("sup_line", take("sup_line"), self.sup_sentence(sup, sup_title, cls_style, short=True)))
        for extra in spec.get("extras", ()):
            if extra == "incumbent":
                fields.append(("incumbent", take("incumbent"), pos["people"][0]))
            elif extra == "langprof":
                fields.append(("langprof", take("langprof"),
                               rng.choice(["CBC/CBC/CBC", "Bilingue impératif CCC/CCC/CCC" if lang == "fr"
                                           else "Bilingual imperative CBC/CBC/CBC", "BBB/BBB/BBB", "CBC"])))
            elif extra == "security":
                fields.append(("security", take("security"),
                               rng.choice(["Secret", "Très secret" if lang == "fr" else "Top Secret",
                                           "Fiabilité" if lang == "fr" else "Reliability"])))
            elif extra == "costcentre":
                fields.append(("costcentre", take("costcentre"), f"{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"))
        order = spec.get("field_order")
        if order == "shuffle":
            head, tail = fields[:2], fields[2:]
            rng.shuffle(tail)
            fields = head + tail
        elif order == "title-first":
            fields.sort(key=lambda f: f[0] != "title")
        self.fields = fields
        self.cls_style = cls_style

        # narrative
        dom = texts14.DOMAINS[pos["domain"]][lang]
        self.ga = fill(dom["ga"], pos, lang)
        ns = [fill(p, pos, lang, spec.get("body_title")) for p in dom["ns"]]
        region_para = texts14.REGIONS[pos["region"]][lang]
        narr = rng_for(spec["file"], "narrative")   # the same choices in both languages of one document
        picks = narr.sample(range(6), spec.get("generic_ns", 2))
        generic = [texts14.GENERIC_NS[lang][i] for i in picks]
        ns.insert(narr.randint(1, len(ns)), region_para)
        self.ns = ns + generic
        acts = list(dom["acts"])
        acts += [texts14.GENERIC_ACTS[lang][i] for i in narr.sample(range(6), spec.get("generic_acts", 2))]
        self.acts = [fill(a, pos, lang) for a in acts][:10]

        # reports, dimensions
        rfte = older["reports_fte"] if older else None
        self.reports = []
        ro = set(spec.get("report_omit", ()))
        for i, r in enumerate(pos["reports"]):
            self.reports.append({"title": r[lang] if r.get(lang) else (r.get("fr") or r["en"]),
                                 "cls": None if "cls" in ro else r["cls"],
                                 "fte": None if "fte" in ro else (rfte[i] if rfte else r["fte"])})
        self.fte_unit = spec.get("fte_unit", {"fr": "ETP", "en": "FTEs"}[lang] if lang in ("fr", "en") else "FTEs")
        if isinstance(self.fte_unit, dict):
            self.fte_unit = self.fte_unit[lang]
        self.dims = {k: (older or {}).get(k, pos.get(k)) for k in ("fte", "salary", "om", "total", "prog")}
        self.dims_mode = spec.get("dims_mode", "full")

    def sup_sentence(self, sup, sup_title, cls_style, short=False) -> str:
        lang, pos_no, cls = self.lang, sup["pos"], sup["cls"]
        form = self.spec.get("sup_form", 0)
        c = fmt_cls(cls, cls_style) if cls else None
        if lang == "fr":
            forms = [f"{P_(sup_title)} ({P_(c)}), poste no {P_(pos_no)}" if c else f"{P_(sup_title)}, poste no {P_(pos_no)}",
                     f"{P_(sup_title)} - {P_(c)} - No de poste : {P_(pos_no)}" if c else f"{P_(sup_title)} - No de poste : {P_(pos_no)}",
                     f"{P_(pos_no)} - {P_(sup_title)}" + (f" ({P_(c)})" if c else ""),
                     f"{P_(sup_title)}, {P_(c)} (poste {P_(pos_no)})" if c else f"{P_(sup_title)} (poste {P_(pos_no)})"]
        else:
            forms = [f"{P_(sup_title)} ({P_(c)}), position {P_(pos_no)}" if c else f"{P_(sup_title)}, position {P_(pos_no)}",
                     f"{P_(sup_title)} - {P_(c)} - Position No. {P_(pos_no)}" if c else f"{P_(sup_title)} - Position No. {P_(pos_no)}",
                     f"{P_(pos_no)} - {P_(sup_title)}" + (f" ({P_(c)})" if c else ""),
                     f"{P_(sup_title)}, {P_(c)} (Pos. {P_(pos_no)})" if c else f"{P_(sup_title)} (Pos. {P_(pos_no)})"]
        return forms[form % len(forms)]

    # --- prose pieces ---
    def org_intro(self) -> str:
        lang, n = self.lang, len(self.reports)
        peers = self.spec.get("peers") or rng_for(self.spec["file"], "peers").randint(3, 8)
        if rng_for(self.spec["file"], "words").random() < 0.6:
            words = (["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit"] if lang == "fr" else
                     ["", "one", "two", "three", "four", "five", "six", "seven", "eight"])
            peers, n_text = f"{words[peers]} ({peers})", f"{words[n]} ({n})"
        else:
            n_text = str(n)
        sup = self.sup_title
        low = sup[0].lower() + sup[1:]
        if lang == "fr":
            first = " ".join(sup.split()[:3])
            fem = sup.split()[0].rstrip(",") in ("Directrice", "Vice-présidente", "Présidente-directrice") \
                or "adjointe" in first
            art = "de la " if fem else "du "
            text = f"Le poste est l'un des {peers} postes de gestion qui relèvent directement {art}{low}."
            if self.sup_style == "prose":
                c = fmt_cls(self.pos["sup"]["cls"], self.cls_style) if self.pos["sup"]["cls"] else None
                text = (f"Le titulaire relève {art}{P_(low)}" + (f" ({P_(c)}" if c else " (")
                        + f"{'; ' if c else ''}poste no {P_(self.pos['sup']['pos'])}). Il s'agit de l'un des {peers} "
                        f"postes de gestion de ce niveau.")
            if self.spec.get("reports") != "sentence":
                text += f" Les {n_text} postes suivants relèvent du titulaire :" if n else ""
            return text
        text = f"The position is one of {peers} management positions reporting directly to the {sup}."
        if self.sup_style == "prose":
            c = fmt_cls(self.pos["sup"]["cls"], self.cls_style) if self.pos["sup"]["cls"] else None
            text = (f"The incumbent reports to the {P_(sup)}" + (f" ({P_(c)}, " if c else " (")
                    + f"position {P_(self.pos['sup']['pos'])}), one of {peers} executives at that level.")
        if self.spec.get("reports") != "sentence":
            text += f" The following {n_text} positions report to the incumbent:" if n else ""
        return text

    def report_lines(self, style: str) -> list[str]:
        lang, out = self.lang, []
        unit = self.fte_unit
        for i, r in enumerate(self.reports):
            t = P_(r["title"])
            c = P_(fmt_cls(r["cls"], self.cls_style)) if r["cls"] else None
            f = P_(fmt_fte(r["fte"], lang)) if r["fte"] is not None else None
            fu = f"{f} {unit}" if f else None
            duty = DUTIES[lang][i % len(DUTIES[lang])]
            inner = ", ".join(x for x in (c, fu) if x)
            sep = " : " if lang == "fr" else ": "
            if style == "paren":
                out.append(f"{t} ({inner}){sep}{duty}." if inner else f"{t}{sep}{duty}.")
            elif style == "dash":
                out.append(" - ".join(x for x in (c, t, fu) if x))
            elif style == "effectif":
                eff = (f"(effectif de {f})" if lang == "fr" else f"(staff of {f})") if f else ""
                out.append(", ".join(x for x in (f"{t} ({c})" if c else t, eff, duty) if x) + ".")
            elif style == "bracket":
                out.append(t + (f" [{c}]" if c else "") + (f" ({fu})" if fu else ""))
            elif style == "colon":
                out.append(t + (f" - {c}" if c else "") + (f"{sep}{fu}" if fu else ""))
            elif style == "lines":
                out.append(t + (f"\n    {'Groupe et niveau' if lang == 'fr' else 'Classification'} : {c}" if c else "")
                           + (f"\n    {unit} : {f}" if f else ""))
            elif style == "fte-first":
                out.append((f"{fu} - " if fu else "") + t + (f" ({c})" if c else ""))
        return out

    def report_sentence(self) -> str:
        lang = self.lang
        parts = []
        for r in self.reports:
            bits = [P_(fmt_cls(r["cls"], self.cls_style)) if r["cls"] else None,
                    f"{P_(fmt_fte(r['fte'], lang))} {self.fte_unit}" if r["fte"] is not None else None]
            inner = "; ".join(b for b in bits if b)
            parts.append(f"{P_(r['title'])}" + (f" ({inner})" if inner else ""))
        joined = "; ".join(parts[:-1]) + ("; et " if lang == "fr" else "; and ") + parts[-1]
        return ("Relèvent du titulaire : " if lang == "fr" else "Reporting to the incumbent are: ") + joined + "."

    def dims_items(self) -> list[tuple[str, str, str]]:
        lang, d, out = self.lang, self.dims, []
        take = lambda key: LABELS.take(labels14.DIMS, key, lang)  # noqa: E731
        out.append(("fte", take("fte"), P_(fmt_fte(d["fte"], lang))))
        if self.dims_mode == "full":
            out.append(("salary", take("salary"), P_(fmt_amount(d["salary"], self.amt, lang))))
            out.append(("om", take("om"), P_(fmt_amount(d["om"], self.amt, lang))))
            out.append(("total", take("total"), P_(fmt_amount(d["total"], self.amt, lang))))
        elif self.dims_mode == "total-only":
            label = "Budget total (salaires et F et E)" if lang == "fr" else "Total budget (salary and O&M)"
            out.append(("total", label, P_(fmt_amount(d["total"], self.amt, lang))))
        if d.get("prog") and self.spec.get("prog", True):
            out.append(("prog", take("prog"), P_(fmt_amount(d["prog"], self.amt, lang))))
        return out

    def dims_prose(self) -> str:
        lang, d, a = self.lang, self.dims, self.amt
        f = lambda v: P_(fmt_amount(v, a, lang))  # noqa: E731
        if lang == "fr":
            text = (f"Le titulaire gère un effectif de {P_(fmt_fte(d['fte'], lang))} ETP, une masse salariale de "
                    f"{f(d['salary'])} et un budget de fonctionnement et d'entretien de {f(d['om'])}, pour un "
                    f"budget total de {f(d['total'])}.")
            if d.get("prog") and self.spec.get("prog", True):
                text += f" Il administre en outre un budget de subventions et contributions de {f(d['prog'])}."
            return text
        text = (f"The incumbent manages {P_(fmt_fte(d['fte'], lang))} FTEs, a salary budget of {f(d['salary'])} "
                f"and an O&M budget of {f(d['om'])}, for a total of {f(d['total'])}.")
        if d.get("prog") and self.spec.get("prog", True):
            text += f" The position also manages grants and contributions of {f(d['prog'])}."
        return text

    def signatures(self) -> list[str]:
        lang, people = self.lang, self.pos["people"]
        sign_date = self.spec.get("sign_date")
        d = lambda: fmt_date(sign_date, "iso", lang) if sign_date else "________"  # noqa: E731
        sup_t = self.sup_title
        if lang == "fr":
            return [f"Signature du titulaire : {people[0]}    Date : {d()}",
                    f"Superviseur : {people[1]}, {sup_t}    Date : {d()}"]
        return [f"Incumbent's signature: {people[0]}    Date: {d()}",
                f"Supervisor: {people[1]}, {sup_t}    Date: {d()}"]

    def extra(self, key: str) -> list[str]:
        pool = (texts14.CHALLENGES if key == "chal" else texts14.CONTACTS)[self.lang]
        r = rng_for(self.spec["file"], key)
        return [pool[i] for i in sorted(r.sample(range(len(pool)), min(len(pool), r.randint(3, 4))))]

    def cert_text(self) -> str:
        return self.rng.choice(texts14.CERTIFICATION[self.lang])


# --- text layout --------------------------------------------------------------------------------

def roman(n: int) -> str:
    return ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n - 1]


def heading(text: str, i: int, style: str, lang: str) -> str:
    colon = " :" if lang == "fr" else ":"
    return {"caps": text.upper(), "title": text, "num": f"{i}. {text}", "alpha": f"{chr(64 + i)}. {text}",
            "roman": f"{roman(i)}. {text.upper()}", "caps-colon": text.upper() + colon, "title-colon": text + colon,
            "section": f"Section {i} - {text}", "num-caps": f"{i}. {text.upper()}", "paren": f"{i}) {text}",
            "caps-noacc": strip_accents(text).upper(), "alpha-lower": f"{chr(96 + i)}) {text}"}[style]


def wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def list_marker(style: str, i: int) -> str:
    return {"num": f"{i}.", "numparen": f"{i})", "alpha": f"{chr(96 + i)})", "dash": "-", "bullet": "\u2022",
            "roman": f"({['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'][i - 1]})", "o": "o",
            "star": "*"}[style]


def section_order(spec: dict) -> list[str]:
    order = list(spec.get("order") or ["ga", "org", "ns", "dims", "acts", "cert"])
    if spec.get("form") == "csr" or spec.get("side"):
        return order
    r = rng_for(spec["file"], "extra sections")
    if r.random() < 0.6 and "ns" in order:
        order.insert(order.index("ns") + 1, "chal")
    if r.random() < 0.4 and "cert" in order:
        order.insert(order.index("cert"), "contacts")
    return order


def text_blocks(c: Content, spec: dict, lang: str, width: int = 88, marks: dict | None = None) -> list[str]:
    """The document as plain text lines (the paper's reading order); ``marks`` gets where each
    section starts."""
    marks = {} if marks is None else marks
    take = lambda key, group=labels14.SECTIONS: LABELS.take(group, key, lang)  # noqa: E731
    lines: list[str] = []
    hs = spec.get("heads", "caps")
    ls = spec.get("list", "num")
    colon = " : " if lang == "fr" and spec.get("frcolon", True) else ": "
    dept = c.fields[0][2]
    lines += [dept.upper() if spec.get("dept_caps") else dept, ""]
    lines += [spec.get("doc_title") or LABELS.take(DOC_TITLES, "doc", lang), ""]
    # header
    hdr = spec.get("header", "inline")
    fields = c.fields[1:]
    if hdr == "inline":
        lines += [f"{label}{colon}{value}".rstrip() for _, label, value in fields]
    elif hdr == "nextline":
        for _, label, value in fields:
            lines += [label + (":" if spec.get("label_colon") else ""), value, ""]
    elif hdr == "tabbed":
        lines += [f"{label + ':':<44}{' ' if len(label) > 42 else ''}{value}".rstrip() for _, label, value in fields]
    elif hdr == "pairs":
        for i in range(0, len(fields), 2):
            pair = fields[i:i + 2]
            lines.append("      ".join(f"{label}{colon}{value}" for _, label, value in pair))
    elif hdr == "boxes":
        bar = "+" + "-" * 40 + "+" + "-" * 56 + "+"
        lines.append(bar)
        for _, label, value in fields:
            lines.append(f"| {label:<39}| {value:<55}|")
            lines.append(bar)
    lines.append("")
    sections = section_order(spec)
    csr = spec.get("form") == "csr"
    for i, key in enumerate(sections, 1):
        marks[key] = len(lines)
        if key == "cert":
            lines += [heading(take("cert"), i, hs, lang), ""]
            lines += wrap(c.cert_text(), width) + [""]
            lines += c.signatures() + [""]
            continue
        if csr:
            name = rng_for(spec["file"] + key, "csr").choice(labels14.CSR[lang][key if key in labels14.CSR[lang] else "resp"])
        else:
            name = take(key)
        lines += [heading(name, i, hs, lang), ""]
        if key in ("ga", "results"):
            if csr and spec.get("csr_bullets"):
                for part in re.split(r", (?:et |and )?(?=[a-zé])", c.ga)[:4]:
                    lines += wrap("- " + part.strip(" ."), width)
            else:
                lines += wrap(c.ga, width)
            lines.append("")
        elif key == "ns":
            for para in c.ns:
                lines += wrap(para, width) + [""]
        elif key in ("acts",):
            for j, act in enumerate(c.acts, 1):
                marker = list_marker(ls, j)
                sub = wrap(act, width - len(marker) - 1)
                lines.append(f"{marker} {sub[0]}")
                lines += ["   " + s for s in sub[1:]]
            lines.append("")
        elif key in ("org", "resp"):
            lines += wrap(c.org_intro(), width) + [""]
            rs = spec.get("reports", "paren")
            if rs == "sentence":
                lines += wrap(c.report_sentence(), width) + [""]
            elif rs == "table":
                h = (["Titre du poste", "Groupe et niveau", "ETP"] if lang == "fr"
                     else ["Position Title", "Classification", "FTEs"])
                w0 = max(len(r["title"]) for r in c.reports) + 4
                lines.append(f"{h[0]:<{w0}}{h[1]:<20}{h[2]}")
                for r in c.reports:
                    cl = fmt_cls(r["cls"], c.cls_style) if r["cls"] else "-"
                    ft = fmt_fte(r["fte"], lang) if r["fte"] is not None else "-"
                    lines.append(f"{P_(r['title'])}{' ' * (w0 - len(r['title']))}{P_(cl)}{' ' * (20 - len(cl))}{P_(ft)}")
                lines.append("")
            else:
                for item in c.report_lines(rs):
                    first, *rest = item.split("\n")
                    sub = wrap(first, width - 2)
                    lines.append(("- " if spec.get("report_bullets", True) else "") + sub[0])
                    lines += ["  " + s for s in sub[1:]] + rest
                lines.append("")
            if key == "resp" or spec.get("dims_in_org"):
                lines += dims_lines(c, spec, lang, colon)
        elif key == "dims":
            lines += dims_lines(c, spec, lang, colon)
        elif key in ("skill", "effort", "wc"):
            lines += wrap(CSR_TEXT[lang][key], width) + [""]
        elif key in ("chal", "contacts"):
            for item in c.extra(key):
                sub = wrap(item, width - 2)
                lines.append("- " + sub[0])
                lines += ["  " + s for s in sub[1:]]
            lines.append("")
    marks["end"] = len(lines)
    return lines


def dims_lines(c: Content, spec: dict, lang: str, colon: str) -> list[str]:
    ds = spec.get("dims", "list")
    if ds == "prose":
        return wrap(c.dims_prose(), 88) + [""]
    items = c.dims_items()
    if ds == "line":
        return ["  |  ".join(f"{label}{colon}{value}" for _, label, value in items), ""]
    if ds == "table":
        return [f"{label:<48}{value}" for _, label, value in items] + [""]
    return [f"{label}{colon}{value}" for _, label, value in items] + [""]


# --- damage for scanned paper -------------------------------------------------------------------

DIGIT_MISREADS = {"0": ["O", "O", "o"], "1": ["I", "l"], "5": ["S"], "8": ["B"]}
LETTER_MISREADS = [("rn", "m"), ("m", "rn"), ("li", "h"), ("cl", "d"), ("e", "c"), ("f", "t"), ("i", "l"),
                   ("tt", "n"), ("ti", "d"), ("u", "ii"), ("o", "a"), ("h", "b")]
ACCENTS = str.maketrans("éèêàâôûçîïÉÈ", "eeeaaoucii EE".replace(" ", ""))


def damage_segment(text: str, level: int, rng: random.Random, protected: bool, accents: bool) -> str:
    out = []
    for token in re.split(r"(\s+)", text):
        if not token or token.isspace():
            out.append(token)
            continue
        if any(ch.isdigit() for ch in token) and rng.random() < 0.18 * level:
            token = "".join(rng.choice(DIGIT_MISREADS[ch]) if ch in DIGIT_MISREADS and rng.random() < 0.4 else ch
                            for ch in token)
        if not protected:
            if len(token) > 4 and rng.random() < 0.025 * level:
                a, b = rng.choice(LETTER_MISREADS)
                if a in token:
                    token = token.replace(a, b, 1)
            if accents and rng.random() < 0.35:
                token = token.translate(ACCENTS)
            if token == "'" or ("'" in token and rng.random() < 0.1 * level):
                token = token.replace("'", rng.choice([" ", "", "`"]))
        out.append(token)
    return "".join(out)


def damage(lines: list[str], level: int, rng: random.Random, accents: bool) -> list[str]:
    out = []
    for line in lines:
        parts = re.split(f"({PROTECT_OPEN}[^{PROTECT_CLOSE}]*{PROTECT_CLOSE})", line)
        new = []
        for part in parts:
            if part.startswith(PROTECT_OPEN):
                new.append(damage_segment(part[1:-1], level, rng, True, False))
            else:
                new.append(damage_segment(part, level, rng, False, accents))
        line = "".join(new)
        if level >= 2 and line and rng.random() < 0.04 * level:
            line = line + rng.choice([" |", " _", " .", " ;", " '"])
        if line.startswith("|") and level >= 2:
            line = line.replace("|", rng.choice(["|", "I", "l", "]", "["]), 2)
        out.append(line)
    return out


def hyphenate(lines: list[str], level: int, rng: random.Random) -> list[str]:
    """Words of the prose broken at the end of a line, as the typist or the scanner did."""
    out = list(lines)
    for i in range(len(out) - 1):
        line, nxt = out[i], out[i + 1]
        if not line or not nxt or PROTECT_OPEN in line[-40:] or PROTECT_OPEN in nxt[:30] or len(line) < 60:
            continue
        word = line.split(" ")[-1]
        if len(word) < 9 or not word.isalpha() or rng.random() > 0.08 * level:
            continue
        k = rng.randint(3, len(word) - 4)
        out[i] = line[: len(line) - len(word)] + word[:k] + "-"
        indent = len(nxt) - len(nxt.lstrip())
        out[i + 1] = nxt[:indent] + word[k:] + " " + nxt[indent:]
    return out


def unprotect(text: str) -> str:
    return text.replace(PROTECT_OPEN, "").replace(PROTECT_CLOSE, "")


def paginate(lines: list[str], per_page: int, header, footer) -> list[list[str]]:
    pages, page = [], []
    for line in lines:
        page.append(line)
        if len(page) >= per_page:
            pages.append(page)
            page = []
    if page:
        pages.append(page)
    total = len(pages)
    return [(header(i + 1, total) if header else []) + p + (footer(i + 1, total) if footer else [])
            for i, p in enumerate(pages)]


def interleave_columns(left: list[str], right: list[str], width: int = 46) -> list[str]:
    lw = [w for line in left for w in (wrap(line, width) if line else [""])]
    rw = [w for line in right for w in (wrap(line, width) if line else [""])]
    lw, rw = [x for x in lw if x], [x for x in rw if x]
    n = max(len(lw), len(rw))
    lw += [""] * (n - len(lw))
    rw += [""] * (n - len(rw))
    return [f"{a} {b}".strip() for a, b in zip(lw, rw)]


def ocr_text(c: Content, spec: dict, lang: str, rng: random.Random) -> str:
    level = spec.get("damage", 2)
    marks: dict = {}
    blocks = text_blocks(c, spec, lang, marks=marks)
    if spec.get("columns"):
        # the org structure printed beside the section that follows it (the dimensions, say):
        # the scan reads across both columns, line by line
        keys = [k for k in section_order(spec) if k in marks]
        first = "org" if "org" in marks else "resp"
        nxt = keys[keys.index(first) + 1]
        after = keys[keys.index(nxt) + 1] if keys.index(nxt) + 1 < len(keys) else "end"
        a, b, e = marks[first], marks[nxt], marks[after]
        blocks = blocks[:a] + interleave_columns(blocks[a:b], blocks[b:e]) + [""] + blocks[e:]
    if spec.get("accents_values_lost"):
        blocks = [strip_accents(l) for l in blocks]
    accents = spec.get("accents_lost", level >= 3)
    if spec.get("hyphens", level >= 2):
        blocks = hyphenate(blocks, level, rng)
    blocks = damage(blocks, level, rng, accents)
    per_page = spec.get("per_page", 52)
    dept = unprotect(c.fields[0][2])
    pno = next((unprotect(v) for k, _, v in c.fields if k == "posno"), "")   # only what the form prints
    hdr_kind = spec.get("page_header", 1)

    def header(i, n):
        if i == 1:
            return []
        if hdr_kind == 1:
            return [f"{dept} - {'Description de travail' if lang == 'fr' else 'Work Description'}"
                    + (f" - {pno}" if pno else ""), ""]
        if hdr_kind == 2:
            return ["PROTÉGÉ A (une fois rempli)" if lang == "fr" else "PROTECTED A (when completed)", ""]
        return []

    short = unprotect(c.fields[[f[0] for f in c.fields].index("title")][2]).split(",")[-1].strip()

    def footer(i, n):
        if spec.get("footer_title"):   # the title's tail and the page number, as seed 004's pages end
            return ["", f"DT. {short}" if lang == "fr" else f"WD. {short}", str(i + 1)]
        return ["", f"Page {i} {'de' if lang == 'fr' else 'of'} {n}"] if spec.get("page_numbers", True) else \
            ["", str(i)]

    pages = paginate(blocks, per_page, header, footer)
    for stamp in spec.get("stamps", ()):
        page_no, text = stamp
        if page_no <= len(pages):
            at = rng.randint(2, max(3, len(pages[page_no - 1]) - 3))
            pages[page_no - 1].insert(at, text)
    if spec.get("signature_scribble"):
        pages[-1] += ["", rng.choice(["[ Signature: MA eget ee | Signet gE A [Bete a", "~~ /\\/~ ~~ /// 2O2 |",
                                      "(signé) ___ ~rn~ ___" if lang == "fr" else "(signed) ___ ~rn~ ___",
                                      "| X ____ lI//l __ |"])]
    texts = []
    for page in pages:
        page = [unprotect(l) for l in page]
        if spec.get("runs"):
            texts.append(" ".join(l.strip() for l in page if l.strip()))
        else:
            texts.append("\n".join(page))
    body = ("\n" if spec.get("runs") else "\n\f\n").join(texts) + "\n"
    if spec.get("wrapper"):
        body = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body
    return body


# --- other formats ---------------------------------------------------------------------------

def plain_text(c: Content, spec: dict, lang: str) -> str:
    return "\n".join(unprotect(l) for l in text_blocks(c, spec, lang)).rstrip() + "\n"


def markdown(c: Content, spec: dict, lang: str) -> str:
    take = lambda key: LABELS.take(labels14.SECTIONS, key, lang)  # noqa: E731
    colon = " :" if lang == "fr" else ":"
    out = ["# " + (spec.get("doc_title") or LABELS.take(DOC_TITLES, "doc", lang)), ""]
    out += [f"**{c.fields[0][2]}**", ""]
    if spec.get("header") == "mdtable":
        out += ["| Champ | Valeur |" if lang == "fr" else "| Field | Value |", "|---|---|"]
        out += [f"| {label} | {unprotect(value)} |" for _, label, value in c.fields[1:]]
    else:
        out += [f"*   **{label}{colon}** {unprotect(value)}" for _, label, value in c.fields[1:]]
    out.append("")
    hs = spec.get("heads", "title")
    for i, key in enumerate(section_order(spec), 1):
        if key == "cert":
            out += [f"## {heading(take('cert'), i, hs, lang)}", "", c.cert_text(), ""]
            out += [s + "  " for s in c.signatures()] + [""]
            continue
        out += [f"## {heading(take(key), i, hs, lang)}", ""]
        if key == "ga":
            out += [c.ga, ""]
        elif key == "ns":
            for p in c.ns:
                out += [p, ""]
        elif key == "acts":
            out += [f"{j}.  {a}" for j, a in enumerate(c.acts, 1)] + [""]
        elif key in ("chal", "contacts"):
            out += [f"*   {a}" for a in c.extra(key)] + [""]
        elif key == "org":
            out += [unprotect(c.org_intro()), ""]
            if spec.get("reports") == "table":
                h = (["Poste", "Groupe et niveau", "ETP"] if lang == "fr" else ["Position", "Group/Level", "FTE"])
                out += [f"| {h[0]} | {h[1]} | {h[2]} |", "|---|---|---|"]
                out += [f"| {r['title']} | {fmt_cls(r['cls'], c.cls_style) if r['cls'] else ''} | "
                        f"{fmt_fte(r['fte'], lang) if r['fte'] is not None else ''} |" for r in c.reports]
            else:
                out += [f"*   {unprotect(l)}" for l in c.report_lines(spec.get("reports", "paren"))]
            out.append("")
        elif key == "dims":
            if spec.get("dims") == "table":
                out += ["| | |", "|---|---|"] + [f"| {label} | {unprotect(v)} |" for _, label, v in c.dims_items()]
            elif spec.get("dims") == "prose":
                out.append(unprotect(c.dims_prose()))
            else:
                out += [f"*   **{label}{colon}** {unprotect(v)}" for _, label, v in c.dims_items()]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def pdf(c: Content, spec: dict, lang: str, extra: list[str] | None = None) -> bytes:
    lines = [unprotect(l) for l in text_blocks(c, spec, lang, width=96)]
    if extra:
        lines += [""] + extra
    dept = unprotect(c.fields[0][2])

    def footer(i, n):
        return ["", f"{dept}  -  {'Page' if lang != 'fr' else 'Page'} {i}/{n}"]

    pages = paginate(lines, 62, None, footer)
    return pdf_bytes(["\n".join(p) for p in pages])


# --- Word --------------------------------------------------------------------------------------

def docx_bytes(parts: list, spec: dict) -> bytes:
    """parts: the content objects to write one after the other (an English copy after the French)."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = spec.get("author", "")
    d.core_properties.last_modified_by = ""
    d.core_properties.created = dt.datetime(2020, 1, 1)
    d.core_properties.modified = dt.datetime(2020, 1, 1)
    d.core_properties.revision = 1
    d.core_properties.title = ""
    style = d.styles["Normal"]
    style.font.name = spec.get("font", "Arial")
    style.font.size = Pt(10)
    if spec.get("word_header"):
        d.sections[0].header.paragraphs[0].text = spec["word_header"]
    if spec.get("side"):
        _docx_side(d, parts, spec)
    else:
        for n, (c, lang) in enumerate(parts):
            if n:
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            _docx_one(d, c, spec, lang)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def normalize_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _bold_para(d, text):
    p = d.add_paragraph()
    p.add_run(text).bold = True
    return p


def _docx_heading(d, text, spec):
    if spec.get("word_headings", "style") == "style":
        d.add_heading(text, level=2)
    else:
        _bold_para(d, text)


def _docx_one(d, c: Content, spec: dict, lang: str):
    take = lambda key: LABELS.take(labels14.SECTIONS, key, lang)  # noqa: E731
    hs = spec.get("heads", "title")
    colon = " : " if lang == "fr" else ": "
    _bold_para(d, unprotect(c.fields[0][2]))
    title = spec.get("doc_title") or LABELS.take(DOC_TITLES, "doc", lang)
    if spec.get("word_headings", "style") == "style":
        d.add_heading(title, level=1)
    else:
        _bold_para(d, title.upper())
    fields = [(k, label, unprotect(v)) for k, label, v in c.fields[1:]]
    hdr = spec.get("header", "table")
    if hdr == "table":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for _, label, value in fields:
            row = t.add_row().cells
            row[0].text, row[1].text = label, value
    elif hdr == "grid4":
        t = d.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        for i in range(0, len(fields), 2):
            row = t.add_row().cells
            for j, (_, label, value) in enumerate(fields[i:i + 2]):
                row[2 * j].text, row[2 * j + 1].text = label, value
    elif hdr == "labelrow":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for i in range(0, len(fields), 2):
            pair = fields[i:i + 2]
            labels_row, values_row = t.add_row().cells, t.add_row().cells
            for j, (_, label, value) in enumerate(pair):
                labels_row[j].text, values_row[j].text = label, value
    else:  # paragraphs, label in bold
        for _, label, value in fields:
            p = d.add_paragraph()
            p.add_run(label + colon.rstrip() + " ").bold = True
            p.add_run(value)
    d.add_paragraph()
    for i, key in enumerate(section_order(spec), 1):
        if spec.get("form") == "csr" and key != "cert":
            name = rng_for(spec["file"] + key + lang, "csr").choice(
                labels14.CSR[lang][key if key in labels14.CSR[lang] else "resp"])
        else:
            name = take(key)
        _docx_heading(d, heading(name, i, hs, lang), spec)
        if key in ("ga", "results"):
            d.add_paragraph(c.ga)
        elif key == "ns":
            for p in c.ns:
                d.add_paragraph(p)
        elif key == "acts":
            for j, a in enumerate(c.acts, 1):
                if spec.get("word_lists") == "style":
                    d.add_paragraph(a, style="List Number")
                else:
                    d.add_paragraph(f"{list_marker(spec.get('list', 'num'), j)} {a}")
        elif key in ("org", "resp"):
            d.add_paragraph(unprotect(c.org_intro()))
            rs = spec.get("reports", "table")
            if rs == "table":
                h = spec.get("report_headers") or (["Titre du poste", "Classification", "ETP"] if lang == "fr"
                                                   else ["Position Title", "Group and Level", "FTEs"])
                t = d.add_table(rows=1, cols=3)
                t.style = "Table Grid"
                for cell, text in zip(t.rows[0].cells, h):
                    cell.text = text
                for r in c.reports:
                    row = t.add_row().cells
                    row[0].text = r["title"]
                    row[1].text = fmt_cls(r["cls"], c.cls_style) if r["cls"] else ""
                    row[2].text = fmt_fte(r["fte"], lang) if r["fte"] is not None else ""
            elif rs == "sentence":
                d.add_paragraph(unprotect(c.report_sentence()))
            else:
                for line in c.report_lines(rs):
                    d.add_paragraph(unprotect(line).replace("\n    ", " - "),
                                    style="List Bullet" if spec.get("word_lists") == "style" else None)
            if key == "resp":
                _docx_dims(d, c, spec, lang)
        elif key == "dims":
            _docx_dims(d, c, spec, lang)
        elif key in ("skill", "effort", "wc"):
            d.add_paragraph(CSR_TEXT[lang][key])
        elif key in ("chal", "contacts"):
            for a in c.extra(key):
                d.add_paragraph(a, style="List Bullet" if spec.get("word_lists") == "style" else None)
        elif key == "cert":
            d.add_paragraph(c.cert_text())
            for s in c.signatures():
                d.add_paragraph(s)


def _docx_dims(d, c: Content, spec: dict, lang: str):
    ds = spec.get("dims", "table")
    if ds == "prose":
        d.add_paragraph(unprotect(c.dims_prose()))
        return
    items = c.dims_items()
    if ds == "table":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for _, label, value in items:
            row = t.add_row().cells
            row[0].text, row[1].text = label, unprotect(value)
    elif ds == "hrow":
        t = d.add_table(rows=2, cols=len(items))
        t.style = "Table Grid"
        for j, (_, label, value) in enumerate(items):
            t.rows[0].cells[j].text, t.rows[1].cells[j].text = label, unprotect(value)
    else:
        for _, label, value in items:
            d.add_paragraph(f"{label}{' : ' if lang == 'fr' else ': '}{unprotect(value)}")


def _docx_side(d, parts, spec):
    """Bilingual side by side: French on the left, English on the right, row by row."""
    (cf, _), (ce, _) = parts
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(a, b, bold=False):
        cells = t.add_row().cells
        for cell, text in zip(cells, (a, b)):
            cell.text = ""
            run = cell.paragraphs[0].add_run(unprotect(text))
            run.bold = bold

    row(unprotect(cf.fields[0][2]), unprotect(ce.fields[0][2]), True)
    row("DESCRIPTION DE TRAVAIL", "WORK DESCRIPTION", True)
    for (_, lf, vf), (_, le, ve) in zip(cf.fields[1:], ce.fields[1:]):
        row(f"{lf} : {vf}", f"{le}: {ve}")
    for key in ("ga", "org", "ns", "dims", "acts", "cert"):
        row(LABELS.take(labels14.SECTIONS, key, "fr").upper(), LABELS.take(labels14.SECTIONS, key, "en").upper(), True)
        if key == "ga":
            row(cf.ga, ce.ga)
        elif key == "org":
            row(cf.org_intro(), ce.org_intro())
            for a, b in zip(cf.report_lines(spec.get("reports", "paren")), ce.report_lines(spec.get("reports", "paren"))):
                row(a, b)
        elif key == "ns":
            for a, b in zip(cf.ns, ce.ns):
                row(a, b)
        elif key == "dims":
            for (_, la, va), (_, lb, vb) in zip(cf.dims_items(), ce.dims_items()):
                row(f"{la} : {va}", f"{lb}: {vb}")
        elif key == "acts":
            for j, (a, b) in enumerate(zip(cf.acts, ce.acts), 1):
                row(f"{j}. {a}", f"{j}. {b}")
        elif key == "cert":
            row(cf.cert_text(), ce.cert_text())
            for a, b in zip(cf.signatures(), ce.signatures()):
                row(a, b)


# --- ground truth -------------------------------------------------------------------------------

def truth(spec: dict, pos: dict, contents: list[Content], kind: str, language: str, also_docs: list[str]) -> dict:
    c = contents[0]
    langs = [x.lang for x in contents]
    omit = c.omit
    older = c.older

    def both(d: dict):
        vals = [d[l] for l in langs if d.get(l)]
        out = []
        for v in vals:
            out.append(v)
            if spec.get("accents_values_lost"):
                out.append(strip_accents(v))
        out = list(dict.fromkeys(out))
        return out[0] if len(out) == 1 else out

    sup = pos["sup"]
    sup_stated = c.sup_style in ("fields", "line", "prose")
    fields = {
        "title": both(pos["title"]),
        "classification": None if "cls" in omit else pos["cls"],
        "job_code": None if "job" in omit else pos["job"],
        "position_number": None if ("posno" in omit or spec.get("posno_text")) else pos["pos"],
        "effective_date": None if "date" in omit else dt.date.fromisoformat(older["date"] if older else pos["date"]),
        "supervisor": {
            "position_number": None if "sup_posno" in omit else sup["pos"],
            "title": both({l: sup.get(l) for l in ("fr", "en")}) if sup_stated else None,
            "classification": sup["cls"] if (sup["cls"] and "sup_cls" not in omit) else None,
        },
        "direct_reports": [],
        "salary": None, "o_and_m": None, "total": None,
        "location": None if "location" in omit else location_truth(pos["city"], pos["prov"], spec.get("loc", "paren")),
    }
    if spec.get("accents_values_lost") and fields["location"] and strip_accents(fields["location"]) != fields["location"]:
        fields["location"] = [fields["location"], strip_accents(fields["location"])]
    for i, r in enumerate(pos["reports"]):
        title = both({l: r.get(l) for l in ("fr", "en")})
        fields["direct_reports"].append({"title": title, "classification": c.reports[i]["cls"],
                                         "fte": c.reports[i]["fte"]})
    if c.dims_mode == "full":
        fields["salary"], fields["o_and_m"], fields["total"] = c.dims["salary"], c.dims["om"], c.dims["total"]
    elif c.dims_mode == "total-only":
        fields["total"] = c.dims["total"]
    not_stated = [k for k, v in fields.items() if v is None]
    not_stated += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    names = list(pos["people"])
    if spec.get("accents_values_lost"):
        names += [strip_accents(n) for n in names if strip_accents(n) != n]
    out = {"document": spec["file"], "kind": kind, "language": language, "outcome": "import", "fields": fields,
           "not_stated": not_stated,
           "also": {"fte": c.dims["fte"], "operating_budget": None,
                    "program_budget": c.dims.get("prog") if spec.get("prog", True) else None,
                    "provisional_number": None},
           "people": names}
    if also_docs:
        out["versions"] = {"position": pos["pos"], "documents": also_docs, "newest": not spec.get("older")}
    return out


# --- the run ------------------------------------------------------------------------------------

def render(spec: dict) -> tuple[bytes, dict | None]:
    if spec.get("refuse"):
        data = docs14.refusal_bytes(spec, sys.modules[__name__])
        return data, {"document": spec["file"], "kind": spec["kind"], "language": spec["language"],
                      "outcome": "refuse", "reason": spec["why"], "people": spec.get("people", [])}
    pos = BY_KEY[spec["key"]]
    rng = rng_for(spec["file"])
    lang = spec["lang"]
    fmt = spec["fmt"]
    if lang in ("fren", "side", "bil"):
        langs = ["fr", "en"]
    elif lang == "enfr":
        langs = ["en", "fr"]
    else:
        langs = [lang]
    contents = [Content(spec, pos, l, rng) for l in langs]
    if fmt in ("ocr", "ocrcol"):
        parts = []
        for c in contents:
            parts.append(ocr_text(c, spec, c.lang, rng))
        data = ("\n".join(parts)).encode(spec.get("encoding", "utf-8"))
    elif fmt == "txt":
        text = "\n\n".join(plain_text(c, spec, c.lang) for c in contents)
        if spec.get("crlf"):
            text = text.replace("\n", "\r\n")
        data = text.encode(spec.get("encoding", "utf-8"))
    elif fmt == "md":
        data = "\n\n".join(markdown(c, spec, c.lang) for c in contents).encode("utf-8")
    elif fmt == "pdf":
        if lang == "bil":
            data = pdf_bil(contents, spec)
        else:
            data = pdf(contents[0], spec, contents[0].lang)
    elif fmt == "docx":
        data = docx_bytes([(c, c.lang) for c in contents], spec)
    else:
        raise ValueError(fmt)
    kind = {"ocr": "ocr", "ocrcol": "ocr-columns", "txt": "text", "md": "markdown", "pdf": "pdf", "docx": "docx"}[fmt]
    language = "bilingual" if len(langs) > 1 else lang
    also = [s["file"] for s in docs14.DOCS if s.get("key") == spec["key"]]
    return data, truth(spec, pos, contents, kind, language, also if len(also) > 1 else [])


def pdf_bil(contents: list[Content], spec: dict) -> bytes:
    """Bilingual labels, French value then English value on the next line."""
    cf, ce = contents
    lines = [unprotect(cf.fields[0][2]) + " / " + unprotect(ce.fields[0][2]), "",
             "DESCRIPTION DE TRAVAIL / WORK DESCRIPTION", ""]
    for (k, _, vf), (_, _, ve) in zip(cf.fields[1:], ce.fields[1:]):
        label = LABELS.take(labels14.FIELDS, k, "bil") if k in labels14.FIELDS else k
        vf, ve = unprotect(vf), unprotect(ve)
        lines.append(f"{label} : {vf}")
        if ve != vf:
            lines.append(f"{' ' * (len(label) + 3)}{ve}")
    lines.append("")
    body_fr = [unprotect(l) for l in text_blocks(cf, dict(spec, header="none"), "fr", width=96)][4:]
    body_en = [unprotect(l) for l in text_blocks(ce, dict(spec, header="none"), "en", width=96)][4:]
    lines += ["PARTIE FRANÇAISE", ""] + body_fr + ["", "ENGLISH VERSION", ""] + body_en

    def footer(i, n):
        return ["", f"TC/TC  Page {i}/{n}"]

    pages = paginate(lines, 62, None, footer)
    return pdf_bytes(["\n".join(p) for p in pages])


def main() -> int:
    OUT_CORPUS.mkdir(exist_ok=True)
    OUT_EXPECTED.mkdir(exist_ok=True)
    for old in list(OUT_CORPUS.iterdir()) + list(OUT_EXPECTED.iterdir()):
        old.unlink()
    for spec in docs14.DOCS:
        data, gt = render(spec)
        (OUT_CORPUS / spec["file"]).write_bytes(data)
        (OUT_EXPECTED / (spec["file"] + ".expected.yaml")).write_text(
            yaml.safe_dump(gt, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    print(f"{len(docs14.DOCS)} documents written to {OUT_CORPUS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
