#!/usr/bin/env python3
"""Write the fourth blind corpus: bench/import/blind3/corpus/ and its ground truth in expected/.

    python bench/import/blind3/make_blind.py

Deterministic: the same bytes every run (random choices are seeded by the document's name; Word
files are re-zipped with fixed dates). Needs python-docx (a bench-only dependency).
"""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import zipfile
import zlib
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from positions_blind import POSITIONS  # noqa: E402
from documents_blind import DOCUMENTS, REFUSALS  # noqa: E402

NBSP, NNBSP = "\u00a0", "\u202f"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]
NUMBERS = {2: "two", 3: "three", 4: "four"}
NOMBRES = {2: "deux", 3: "trois", 4: "quatre"}


# --- values as documents write them -----------------------------------------------------------

def write_date(iso: str, style: str) -> str:
    d = dt.date.fromisoformat(iso)
    day_fr = "1er" if d.day == 1 else str(d.day)
    return {
        "long": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "ordinal": f"{MONTHS[d.month - 1]} {d.day}{'st' if d.day in (1, 21, 31) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'}, {d.year}",
        "dmy": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "dots": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dmonyy": f"{d.day}-{MONTHS[d.month - 1][:3]}-{d.year % 100:02d}",
        "mois": f"{MOIS[d.month - 1]} {d.year}",
        "le": f"le {day_fr} {MOIS[d.month - 1]} {d.year}",
        "fr": f"{day_fr} {MOIS[d.month - 1]} {d.year}",
        "iso": iso,
        "abbr": f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}",
    }[style]


def write_amount(n: int, style: str) -> str:
    millions = f"{n / 1e6:.3f}".rstrip("0").rstrip(".")
    assert style not in ("M", "Mt", "million", "frM") or round(float(millions) * 1e6) == n, (n, style)
    grouped = f"{n:,}"
    out = {
        "comma": f"${grouped}", "cents": f"${grouped}.00", "M": f"${millions} M", "Mt": f"${millions}M",
        "million": f"{millions} million dollars", "frspace": grouped.replace(",", NBSP) + " $",
        "frcents": grouped.replace(",", NNBSP) + ",00 $", "frM": millions.replace(".", ",") + " M$",
        "K": f"${n // 1000}K", "fk": f"{n // 1000} k$", "plain": grouped, "plainfr": grouped.replace(",", " "),
    }[style]
    assert style not in ("K", "fk") or n % 1000 == 0
    return out


def write_cls(cls: str | None, style: str) -> str:
    if cls is None:
        return ""
    if not cls.startswith("EX-"):
        return cls
    level = cls[3:]
    return {"std": cls, "space": f"EX {level}", "short": f"EX-{int(level)}", "tight": f"EX{level}",
            "paren": f"({cls})"}[style]


def ocr_digits(text: str, rng: random.Random) -> str:
    """What a scanner makes of the digits in a code or amount: O for 0, I or l for 1, S for 5, now and then."""
    swap = {"0": "O", "1": rng.choice("Il"), "5": "S"}
    return "".join(swap[c] if c in swap and rng.random() < 0.45 else c for c in text)


CONFUSE = [("rn", "m"), ("m", "rn"), ("l", "1"), ("i", "l"), ("e", "c"), ("t", "l"), ("h", "b"), ("o", "0"), ("cl", "d")]


def ocr_prose(text: str, rng: random.Random, rate: float = 0.06) -> str:
    """Letters confused, spaces dropped or doubled, in running prose only."""
    words = text.split(" ")
    out = []
    for word in words:
        if len(word) > 3 and rng.random() < rate:
            a, b = rng.choice(CONFUSE)
            if a in word[1:]:
                i = word.index(a, 1)
                word = word[:i] + b + word[i + len(a):]
        out.append(word)
    text = ""
    for i, word in enumerate(out):
        r = rng.random()
        text += word if i == 0 else ("" if r < 0.03 else "  " if r < 0.07 else " ") + word
    return text


# --- the content of one work description ------------------------------------------------------

LABELS = {
    "en": {"title": ["Position Title", "Position Title (English)", "TITLE", "Title of Position", "Job Title"],
           "cls": ["Classification", "Group and Level", "Level", "Group/Level", "Classification Level"],
           "job": ["Job Code", "Job Number", "Job Code #", "Generic Job No."],
           "num": ["Position Number", "Pos #", "Position No.", "Position #"],
           "date": ["Effective Date", "Date Effective", "Effective", "Effective date of classification"],
           "dept": ["Department/Agency", "Organization", "Department"],
           "unit": ["Work Unit", "Branch/Sector", "Branch"],
           "loc": ["Location", "Work Location", "Geographic Location", "Location of Position"],
           "sup_title": ["Supervisor Title", "Title of Supervisor", "Supervisor's Position Title"],
           "sup_cls": ["Supervisor Classification", "Supervisor Level", "Group/Level of Supervisor"],
           "sup_num": ["Supervisor Position Number", "Supervisor Pos #", "Position No. of Supervisor"],
           "reports_to": ["Reports to", "Reporting to", "Accountable to"],
           "sup_combo": ["Reports to (Title/Position #)"], "sup_name": ["Supervisor Name", "Name of Supervisor"],
           "incumbent": ["Incumbent", "Incumbent Name"]},
    "fr": {"title": ["Titre du poste", "Titre (français)", "TITRE", "Titre de poste"],
           "cls": ["Classification", "Groupe et niveau", "Niveau", "Groupe/Niveau"],
           "job": ["Code d'emploi", "No du code d'emploi", "Numéro de l'emploi"],
           "num": ["Numéro de poste", "No du poste", "N° de poste"],
           "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le"],
           "dept": ["Ministère/Organisme", "Ministère", "Organisation"],
           "unit": ["Unité de travail", "Direction générale", "Secteur/Direction"],
           "loc": ["Lieu de travail", "Emplacement", "Lieu géographique"],
           "sup_title": ["Titre du superviseur", "Titre du poste du superviseur"],
           "sup_cls": ["Classification du superviseur", "Groupe et niveau du superviseur"],
           "sup_num": ["Numéro de poste du superviseur", "No de poste du superviseur"],
           "reports_to": ["Relève de", "Se rapporte à"], "sup_combo": ["Relève de (titre/no de poste)"],
           "sup_name": ["Nom du superviseur"], "incumbent": ["Titulaire", "Nom du titulaire"]},
}
BILINGUAL_LABELS = {"title": "Position Title / Titre du poste", "cls": "Group and Level / Groupe et niveau",
                    "job": "Job Code / Code d'emploi", "num": "Position Number / Numéro de poste",
                    "date": "Effective Date / Date d'entrée en vigueur", "dept": "Department / Ministère",
                    "unit": "Branch / Direction générale", "loc": "Location / Lieu de travail",
                    "sup_title": "Supervisor Title / Titre du superviseur",
                    "sup_cls": "Supervisor Level / Niveau du superviseur",
                    "sup_num": "Supervisor Position No. / No de poste du superviseur",
                    "reports_to": "Reports to / Relève de", "sup_name": "Supervisor Name / Nom du superviseur",
                    "incumbent": "Incumbent / Titulaire"}
HEADINGS = {
    "en": {"ga": "General Accountability", "org": "Organization Structure", "ns": "Nature and Scope",
           "dims": "Dimensions", "sa": "Specific Accountabilities", "csr": "Client Service Results",
           "ka": "Key Activities", "ctx": "Organizational Context", "sig": "Signatures", "id": "Position Identification"},
    "fr": {"ga": "Responsabilité générale", "org": "Structure de l'organisation", "ns": "Nature et étendue",
           "dims": "Dimensions", "sa": "Responsabilités spécifiques", "csr": "Résultats axés sur le service à la clientèle",
           "ka": "Activités principales", "ctx": "Contexte organisationnel", "sig": "Signatures",
           "id": "Identification du poste"},
}
SCOPE = {
    "en": ["{dept} works in an environment shaped by federal priorities, legislation and the expectations of "
           "provinces, territories, Indigenous partners and industry. Within the {unit}, the position is the "
           "focal point for its program and carries the delegated authority that comes with it.",
           "The position operates with considerable latitude. Issues are frequently sensitive, attract media and "
           "parliamentary attention, and require the incumbent to reconcile operational realities with the policy "
           "direction of senior management.",
           "A key challenge is to maintain service and compliance while budgets, technology and the workforce "
           "change. The incumbent must anticipate emerging risks, build consensus among partners who do not "
           "report to the position, and explain decisions to stakeholders."],
    "fr": ["{dept} évolue dans un contexte façonné par les priorités fédérales, la législation et les attentes des "
           "provinces, des territoires, des partenaires autochtones et de l'industrie. Au sein de {unit}, le "
           "poste est le point central de son programme et exerce les pouvoirs délégués qui s'y rattachent.",
           "Le titulaire dispose d'une grande latitude. Les dossiers sont souvent délicats, attirent l'attention "
           "des médias et des parlementaires et exigent de concilier les réalités opérationnelles avec "
           "l'orientation de la haute direction.",
           "L'un des principaux défis consiste à maintenir le service et la conformité alors que les budgets, la "
           "technologie et l'effectif évoluent. Le titulaire doit prévoir les risques, rallier des partenaires "
           "qui ne relèvent pas de lui et expliquer les décisions aux intervenants."],
}
GENERIC_ACTS = {
    "en": ["manages the human, financial and material resources of the organization, including staffing, "
           "performance and labour relations", "contributes to the management committee's planning and reporting"],
    "fr": ["gère les ressources humaines, financières et matérielles de l'organisation, y compris la dotation, "
           "le rendement et les relations de travail", "contribue à la planification et aux rapports du comité de gestion"],
}
PEOPLE = ["Marguerite Okafor-Lindqvist", "Théo Beauchesne-Nakamura", "Priya Vandersloot", "Gwendolyn Achterberg",
          "Raphaël Tremblay-Oyelaran", "Siobhan Kowalczyk", "Anatole Brisebois", "Fenella Mackintosh-Drury",
          "Ikenna Duplessis", "Solveig Armitage", "Corentin Laflamme-Yu", "Henrietta Qaqqaq-Boyd",
          "Ludovic Saint-Amand", "Oona Petrakis", "Bartholomew Nkemelu", "Maëlle Gendron-Whitford",
          "Tobias Vallancourt", "Wilhelmina Ossei", "Jérôme Patenaude-Kirk", "Delphine Aucoin-Haddad",
          "Casimir Wojtyniak", "Aurélie Desrosiers", "Percival Ingoldsby", "Nokomis Blackwater",
          "Evangeline Thibodeau", "Augustin Ferland", "Rosalind Oyelowo-Grant", "Kestrel MacIsaac"]


def report_bits(cls: str | None, fte: int | None, words: str) -> str:
    """A report's classification and staff as its list line writes them."""
    count = "" if fte is None else {
        "ftes": f"{fte} FTEs", "fte": f"{fte} FTE", "employees": f"approximately {fte} employees",
        "staff": f"staff of {fte}", "fulltime": f"{fte} full-time equivalents", "etp": f"{fte} ETP",
        "effectif": f"effectif de {fte}", "employes": f"environ {fte} employés"}[words]
    return ", ".join(x for x in (cls, count) if x)


def de_fr(title: str) -> str:
    """``du Directeur…`` or ``de l'Administrateur…``: French after ``relève``."""
    return f"de l'{title}" if title[0] in "AEIOUÉ" else f"du {title}"


def french_view(p: dict) -> dict:
    """A position as its French documents state it."""
    return {**p, "lang": "fr", "title": p["title_fr"], "purpose": p["purpose_fr"], "acts": p["acts_fr"],
            "sup": (p["sup_fr"],) + tuple(p["sup"][1:])}


class Doc:
    """A work description as blocks, and what it states (the ground truth)."""

    def __init__(self, spec: dict):
        self.spec = spec
        self.p = french_view(POSITIONS[spec["pos"]]) if spec.get("as_fr") else POSITIONS[spec["pos"]]
        self.lang = spec.get("lang", self.p["lang"])
        self.rng = random.Random(spec["file"])
        self.blocks: list[tuple] = []
        self.people: list[str] = []
        self.ocr = spec["kind"].startswith("ocr")

    def pick(self, key: str) -> str:
        if key in self.spec.get("labels", {}):
            return self.spec["labels"][key]
        if self.lang == "bi":
            return BILINGUAL_LABELS[key]
        return self.rng.choice(LABELS[self.lang][key])

    def code(self, text: str) -> str:
        return ocr_digits(text, self.rng) if self.ocr and self.spec.get("ocr_codes", True) else text

    def prose(self, text: str) -> str:
        return ocr_prose(text, self.rng) if self.ocr else text

    def heading(self, key: str, n: int) -> tuple:
        lang = "fr" if self.lang == "fr" else "en"
        text = HEADINGS[lang][key]
        if self.lang == "bi":
            text = f"{HEADINGS['en'][key]} / {HEADINGS['fr'][key]}"
        style = self.spec.get("headings", "caps")
        if style == "numbered":
            text = f"{n}. {text.upper()}"
        elif style == "lettered":
            text = f"{'ABCDEFGHIJ'[n - 1]}. {text}"
        elif style == "caps":
            text = text.upper()
        elif style == "colon":
            text = f"{text}:"
        elif style == "capscolon":
            text = f"{text.upper()}:"
        return ("heading", text)

    # the ground truth follows what the blocks state
    def truth(self) -> dict:
        p, s = self.p, self.spec
        hide = set(s.get("hide", ())) | ({"report_cls", "report_fte"} if s.get("reports") == "titles" else set())
        title = [p["title"], p["title_fr"]] if self.lang == "bi" and p.get("title_fr") else p["title"]
        sup_title = p["sup"][0]
        if self.lang == "bi" and p.get("sup_fr"):
            sup_title = [p["sup"][0], p["sup_fr"]]
        num = p["num"] if p["num"] and p["num"].isdigit() else None
        reports = [{"title": t, "classification": None if "report_cls" in hide else c,
                    "fte": None if "report_fte" in hide else f} for t, c, f in p["reports"]]
        only_total = s.get("dims") in ("total_only",)
        fields = {"title": title, "classification": p["cls"], "job_code": None if "job" in hide else p["job"],
                  "position_number": num, "effective_date": None if "date" in hide else p["date"],
                  "supervisor": {"position_number": None if "sup_num" in hide else p["sup"][2],
                                 "title": sup_title, "classification": None if "sup_cls" in hide else p["sup"][1]},
                  "direct_reports": reports,
                  "salary": None if only_total else p["salary"], "o_and_m": None if only_total else p["om"],
                  "total": p["total"], "location": None if "loc" in hide else p["loc"]}
        return fields

    # --- building ----------------------------------------------------------------------------
    def build(self) -> "Doc":
        s, p = self.spec, self.p
        self.banner()
        fields = self.id_fields()
        self.blocks.append(("fields", fields))
        order = s.get("order", ["ga", "org", "ns", "dims", "sa"])
        if s.get("template") == "csr":
            order = s.get("order", ["csr", "ka", "ctx", "dims"])
        for n, key in enumerate(order, 1):
            self.blocks.append(self.heading(key, n))
            getattr(self, "sec_" + key)()
        if s.get("sup_style") == "end":
            self.supervisor_block()
        self.signatures()
        return self

    def banner(self):
        texts = {"en": ["EXECUTIVE GROUP WORK DESCRIPTION", "Executive Work Description", "WORK DESCRIPTION - EX GROUP"],
                 "fr": ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "Description de travail de cadre de direction"],
                 "bi": ["WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"]}[self.lang]
        self.blocks.append(("banner", self.spec.get("banner", self.rng.choice(texts))))

    def id_fields(self) -> list:
        s, p = self.spec, self.p
        hide = set(s.get("hide", ()))
        cls = self.code(write_cls(p["cls"], s.get("cls", "std")))
        title = p["title"]
        if self.lang == "bi":
            title = f"{p['title']} / {p['title_fr']}" if s.get("bi_title", "slash") == "slash" else None
        fields = []
        if title is None:  # two rows, one a language
            fields += [("Position Title (English)", p["title"]), ("Titre du poste (français)", p["title_fr"])]
        else:
            fields.append((self.pick("title"), title))
        fields.append((self.pick("cls"), cls))
        if "job" not in hide:
            fields.append((self.pick("job"), self.code(p["job"])))
        fields.append((self.pick("num"), self.code(p["num"] or s.get("no_number", "NEW"))))
        if "date" not in hide:
            fields.append((self.pick("date"), self.code(write_date(p["date"], s.get("date", "long")))))
        fields.append((self.pick("dept"), p["dept"]))
        fields.append((self.pick("unit"), p["unit"]))
        if "loc" not in hide:
            fields.append((self.pick("loc"), self.location()))
        fields += self.supervisor_fields()
        if s.get("incumbent"):
            name = self.names()[0]
            self.people.append(name)
            fields.append((self.pick("incumbent"), name))
        rest = fields[1:]
        if s.get("shuffle_fields"):
            self.rng.shuffle(rest)
        return fields[:1] + rest

    def names(self) -> tuple[str, str]:
        """The incumbent and the supervisor who signs: invented people, the same throughout one document."""
        first = sum(map(ord, self.spec["file"])) % len(PEOPLE)
        return PEOPLE[first], PEOPLE[(first + 11) % len(PEOPLE)]

    def location(self) -> str:
        loc = self.p["loc"]
        if self.spec.get("loc_style") == "paren":
            city, prov = loc.rsplit(", ", 1)
            loc = f"{city} ({prov})"
        return loc

    def sup_parts(self) -> tuple[str, str, str]:
        title, cls, num = self.p["sup"]
        if self.lang == "bi" and self.p.get("sup_fr"):
            title = f"{title} / {self.p['sup_fr']}"
        return title, self.code(write_cls(cls, self.spec.get("sup_cls", "std"))) if cls else "", self.code(num or "")

    def supervisor_fields(self) -> list:
        s = self.spec
        style = s.get("sup_style", "three")
        title, cls, num = self.sup_parts()
        hide = set(s.get("hide", ()))
        out = []
        if style == "three":
            out = [(self.pick("sup_title"), title)]
            if "sup_cls" not in hide:
                out.append((self.pick("sup_cls"), cls))
            if "sup_num" not in hide:
                out.append((self.pick("sup_num"), num))
        elif style == "line":
            tail = f" ({cls})" if cls and "sup_cls" not in hide else ""
            pos = "" if "sup_num" in hide else (", poste no " if self.lang == "fr" else ", position ") + num
            out = [(self.pick("reports_to"), f"{title}{tail}{pos}")]
        elif style == "combo":
            out = [(LABELS["fr" if self.lang == "fr" else "en"]["sup_combo"][0], f"{title} / {num}")]
            if "sup_cls" not in hide:
                out.append((self.pick("sup_cls"), cls))
        if s.get("sup_name"):
            name = self.names()[1]
            self.people.append(name)
            out.append((self.pick("sup_name"), name))
        return out

    def supervisor_block(self):
        title, cls, num = self.sup_parts()
        fr = self.lang == "fr"
        lines = ["SUPERVISEUR" if fr else "SUPERVISOR", f"{'Titre' if fr else 'Title'}: {title}",
                 f"{'Groupe et niveau' if fr else 'Group/Level'}: {cls}",
                 f"{'Numéro de poste' if fr else 'Position Number'}: {num}"]
        self.blocks.append(("lines", lines))

    def short(self) -> str:
        word = self.p["title"].split(",")[0]
        return ("le " + word.lower()) if self.lang == "fr" else ("the " + word)

    def para(self, text: str):
        text = text[0].upper() + text[1:]
        self.blocks.append(("para", self.prose(text)))

    def sec_ga(self):
        p = self.p
        if self.lang == "bi":
            self.para(f"The {p['title']} {p['purpose']}.")
            if p.get("purpose_fr"):
                self.para(f"Le {p['title_fr']} {p['purpose_fr']}.")
        elif self.lang == "fr":
            self.para(f"Le {p['title']} {p['purpose']}.")
        else:
            self.para(f"The {p['title']} {p['purpose']}.")

    sec_csr = sec_ga

    def sec_ns(self):
        for lang in self.languages():
            texts = SCOPE[lang]
            chosen = [texts[0]] + self.rng.sample(texts[1:], 1)
            for text in chosen:
                self.para(text.format(dept=self.p["dept"], unit=self.p["unit"]))

    def languages(self) -> list[str]:
        return ["en", "fr"] if self.lang == "bi" and self.p.get("acts_fr") else ["fr"] if self.lang == "fr" else ["en"]

    def acts(self, lang: str) -> list[str]:
        acts = self.p.get("acts_fr") if lang == "fr" and self.lang == "bi" else self.p["acts"]
        return [a[0].upper() + a[1:] for a in acts + GENERIC_ACTS[lang]]

    def sec_sa(self):
        for lang in self.languages():
            items = self.acts(lang)
            if self.spec.get("sub_bullets"):
                subs = (["Approves the annual operational plan", "Reports results to the supervisor"] if lang == "en"
                        else ["Approuve le plan opérationnel annuel", "Rend compte des résultats au superviseur"])
                items = [(items[0], subs)] + items[1:]
            self.blocks.append(("bullets", [self.prose(i) if isinstance(i, str) else i for i in items]))

    sec_ka = sec_sa

    def sec_org(self):
        s, p = self.spec, self.p
        style = s.get("reports", "paren")
        hide = set(s.get("hide", ()))
        fr = self.lang == "fr"
        reps = [(t, None if "report_cls" in hide else self.code(c) if c else None,
                 None if "report_fte" in hide else f) for t, c, f in p["reports"]]
        n = len(reps)
        words = s.get("fte_words", "etp" if fr else "ftes")
        intro = (f"Le titulaire relève {de_fr(p['sup'][0])}. Les {NOMBRES.get(n, n)} postes suivants relèvent du titulaire :"
                 if fr else f"The {p['title']} reports to the {p['sup'][0]}. The following {NUMBERS.get(n, n)} "
                 f"positions report to the {p['title'].split(',')[0]}:")
        if s.get("sup_style") == "sentence":
            title, cls, num = self.sup_parts()
            intro = (f"Le titulaire relève {de_fr(title)} ({cls}), poste no {num}. " if fr else
                     f"The position reports to the {title} ({cls}), position {num}. ") + intro.split(". ", 1)[1]
        if style == "prose":
            noun = {"fr": "gestionnaires", "en": "managers"}["fr" if fr else "en"]
            parts = []
            for t, c, f in reps:
                bits = report_bits(c, f, words)
                parts.append(f"{'le' if fr else 'the'} {t}" + (f" ({bits})" if bits else ""))
            joined = "; ".join(parts[:-1]) + ("; et " if fr else "; and ") + parts[-1]
            lead = (f"Le titulaire est appuyé par {NOMBRES.get(n, n)} {noun} : " if fr
                    else f"{self.short().capitalize()} is supported by {NUMBERS.get(n, n)} {noun}: ")
            self.blocks.append(("para", lead + joined + "."))
            return
        self.blocks.append(("para", self.prose(intro)))
        if style == "table":
            head = (["Poste", "Groupe et niveau", "ETP"] if fr else ["Position Title", "Group/Level", "FTEs"])
            self.blocks.append(("table", head, [[t, c or "", "" if f is None else str(f)] for t, c, f in reps]))
        elif style == "tree":
            lines = [p["title"]]
            for i, (t, c, f) in enumerate(reps):
                branch = "└──" if i == n - 1 else "├──"
                lines.append(f"  {branch} {t} ({report_bits(c, f, words)})")
            self.blocks.append(("lines", lines))
        elif style == "arrow":
            boss = "".join(w[0] for w in p["title"].split(",")[0].split() if w[0].isupper())
            items = " | ".join(f"{t} [{report_bits(c, f, words)}]" for t, c, f in reps)
            self.blocks.append(("lines", [f"{boss} -> {items}"]))
        elif style == "titles":
            self.blocks.append(("bullets", [t for t, c, f in reps]))
        else:
            items = []
            for i, (t, c, f) in enumerate(reps):
                bits = report_bits(c, f, words)
                if style == "paren":
                    items.append(f"{t} ({bits})")
                elif style == "dash":
                    items.append(" – ".join(x for x in (t, c, None if f is None else report_bits(None, f, words)) if x))
                elif style == "semicolon":
                    items.append(f"{t}; {c}; FTE: {f}" if not fr else f"{t}; {c}; ETP : {f}")
                elif style == "lettered":
                    items.append(f"({'abcdef'[i]}) {t}, {bits}")
                elif style == "clsfirst":
                    items.append(f"{c} {t} – {report_bits(None, f, words)}")
                elif style == "sub":
                    items.append((f"{t} ({c})", [report_bits(None, f, words)]))
            if style == "lettered":
                self.blocks.append(("lines", items))
            else:
                self.blocks.append(("bullets", items))

    sec_ctx = sec_org

    def sec_dims(self):
        s, p = self.spec, self.p
        fr = self.lang == "fr"
        style = s.get("dims", "fields")
        amt = s.get("amounts", "frspace" if fr else "comma")
        a = {k: self.code(write_amount(p[k], amt)) for k in ("salary", "om", "total")}
        fte_word = "ETP" if fr else "FTEs"
        if style == "fields":
            labels = (["Budget salarial", "Budget de F et E", "Total"] if fr else
                      ["Salary Budget", "O&M Budget", "Total"])
            self.blocks.append(("fields", [(fte_word, str(p["fte"])), (labels[0], a["salary"]), (labels[1], a["om"]),
                                           (labels[2], a["total"])]))
        elif style == "total_only":
            self.blocks.append(("fields", [(fte_word, str(p["fte"])),
                                           ("Budget total" if fr else "Total Budget", a["total"])]))
        elif style == "table":
            head = ["", "Budget ($)"] if not fr else ["", "Budget ($)"]
            rows = [["Salaires" if fr else "Salary", write_amount(p["salary"], "plain" if not fr else "plainfr")],
                    ["F et E" if fr else "O&M", write_amount(p["om"], "plain" if not fr else "plainfr")],
                    ["Total", write_amount(p["total"], "plain" if not fr else "plainfr")]]
            self.blocks.append(("table", head, rows))
            self.blocks.append(("para", f"{fte_word}: {p['fte']}"))
        elif style == "wide":
            head = (["ETP", "Salaires ($)", "F et E ($)", "Total ($)"] if fr else
                    ["FTEs", "Salary ($)", "O&M ($)", "Total ($)"])
            self.blocks.append(("table", head, [[str(p["fte"])] + [write_amount(p[k], "plain") for k in ("salary", "om", "total")]]))
        elif style == "prose":
            if fr:
                text = (f"Le titulaire gère un effectif de {p['fte']} ETP, un budget salarial de {a['salary']} et un "
                        f"budget de fonctionnement et d'entretien de {a['om']}, soit un total de {a['total']}.")
            else:
                text = (f"The position manages {p['fte']} full-time equivalents, a salary budget of {a['salary']} and "
                        f"an operating and maintenance budget of {a['om']}, for a total of {a['total']}.")
            self.blocks.append(("para", text))

    def signatures(self):
        s = self.spec
        if not s.get("signatures"):
            return
        fr = self.lang == "fr"
        a, b = self.names()
        self.people += [a, b]
        if fr:
            lines = ["Signatures", f"Titulaire : {a}    Date : ____________",
                     f"Superviseur : {b}, {self.p['sup'][0]}    Date : ____________"]
        else:
            lines = ["SIGNATURES", f"Employee: {a}          Date: ____________",
                     f"Approved by: {b}, {self.p['sup'][0]}          Date: ____________"]
        self.blocks.append(("lines", lines))


# --- rendering ----------------------------------------------------------------------------------

def field_line(label: str, value: str, style: str) -> list[str]:
    sep = {"colon": ": ", "frcolon": " : ", "tab": ":\t", "tabonly": "\t\t", "caps": ": "}.get(style)
    if style == "dots":
        return [label + "." * max(3, 34 - len(label)) + value]
    if style == "next":
        return [label + ":", value]
    if style == "caps":
        return [label.upper() + sep + value]
    return [label + sep + value]


def as_lines(blocks: list[tuple], spec: dict) -> list[str]:
    """The text of a document, a line a list item: what a plain-text form or a scan shows."""
    lines: list[str] = []
    fstyle = spec.get("fields_style", "colon")
    bullet = spec.get("bullet", "- ")
    for block in blocks:
        kind = block[0]
        if kind in ("banner", "heading"):
            lines += ["", block[1]]
        elif kind == "fields":
            for label, value in block[1]:
                lines += field_line(label, value, fstyle)
        elif kind == "para":
            lines += [block[1]]
        elif kind == "bullets":
            for item in block[1]:
                if isinstance(item, tuple):
                    lines.append(bullet + item[0])
                    lines += ["    o " + sub for sub in item[1]]
                else:
                    lines.append(bullet + item)
        elif kind == "table":
            head, rows = block[1], block[2]
            widths = [max(len(r[i]) for r in [head] + rows) + 3 for i in range(len(head))]
            if spec.get("table_style", "spaces") == "pipes":
                lines += ["| " + " | ".join(c for c in row) + " |" for row in [head] + rows]
            else:
                lines += ["".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in [head] + rows]
        elif kind == "lines":
            lines += block[1]
    return lines


def render_text(doc: Doc) -> bytes:
    lines = as_lines(doc.blocks, doc.spec)
    text = "\n".join(lines).strip() + "\n"
    if doc.spec["kind"] == "text-cp1252":
        text = text.replace("'", "\u2019").replace(NNBSP, NBSP)
        return text.replace("\n", "\r\n").encode("cp1252")
    return text.encode("utf-8")


GARBAGE = ["~ ,. ;' :| \\ /l' ,,", "RECEIVED  ·  2O19 -O4- O3   H R / R H", "l| ' ! /-/ ~ _.,", "C L A S S I F I C A T I O N  -  C O P Y",
           ". , ' - Ji ll ,r /", "APPROVED / APPROUVÉ   ✓  /  /  /"]


def render_ocr(doc: Doc) -> bytes:
    spec, rng = doc.spec, doc.rng
    lines = [line for line in as_lines(doc.blocks, spec)]
    footer = spec.get("footer", "EX Work Description - Classification copy")
    if spec["kind"] == "ocr-columns":
        fields = [b for b in doc.blocks if b[0] == "fields"][0]
        left = as_lines([fields], spec)
        right = [line for line in lines if line not in left]
        wrapped = []
        for line in right:
            while len(line) > 60:
                cut = line.rfind(" ", 0, 60)
                cut = cut if cut > 0 else 60
                wrapped.append(line[:cut])
                line = line[cut:].lstrip()
            wrapped.append(line)
        width = max(len(x) for x in left) + 4
        out = [(left[i] if i < len(left) else "").ljust(width) + (wrapped[i] if i < len(wrapped) else "")
               for i in range(max(len(left), len(wrapped)))]
        lines = [x.rstrip() for x in out]
    page, out = 1, []
    for i, line in enumerate(lines):
        if spec.get("garbage") and i in (3, len(lines) - 2):
            out.append(rng.choice(GARBAGE))
        out.append(line)
        if (i + 1) % spec.get("page_lines", 38) == 0:
            out += [f"{footer}    Page {page}", ""]
            page += 1
            out.append(f"{doc.p['title'][:40]}   - {page} -")
    out.append(f"{footer}    Page {page}")
    if spec.get("layout") == "run":
        text = " ".join(x.strip() for x in out if x.strip())
    else:
        text = "\n".join(out)
    if spec.get("wrapper", False):
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    return (text + "\n").encode("utf-8")


def pdf_document(pages: list[list[tuple[float, float, str]]], compress: bool) -> bytes:
    """A PDF with a text layer: each page a list of (x, y, text) drawn in Helvetica (WinAnsi)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for items in pages:
        ops = ["BT /F1 9.5 Tf"]
        for x, y, text in items:
            safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"1 0 0 1 {x:.1f} {y:.1f} Tm ({safe}) Tj")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252", "replace")
        extra = b""
        if compress:
            stream, extra = zlib.compress(stream, 9), b" /Filter /FlateDecode"
        objects.append(b"<< /Length %d%b >>\nstream\n%b\nendstream" % (len(stream), extra, stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%b] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def render_pdf(doc: Doc) -> bytes:
    spec = doc.spec
    rows: list[list[tuple[float, str]]] = []  # a row: (x, text) pieces on one line
    width = spec.get("wrap", 92)
    for block in doc.blocks:
        if block[0] == "fields":
            rows += [[(54, label), (240, value)] for label, value in block[1]]
        elif block[0] == "table":
            cols = [54, 330, 450] if len(block[1]) == 3 else [54, 200, 320, 440][:len(block[1])]
            rows += [[(x, c) for x, c in zip(cols, row)] for row in [block[1]] + block[2]]
        else:
            for line in as_lines([block], spec):
                while len(line) > width:
                    cut = line.rfind(" ", 0, width)
                    rows.append([(54, line[:cut])])
                    line = line[cut + 1:]
                if line.strip():
                    rows.append([(54, line)])
    pages, per = [], spec.get("page_lines", 52)
    footer = spec.get("footer", "")
    for start in range(0, len(rows), per):
        items = [(54, 760, doc.p["title"])] if spec.get("running_header") and start else []
        for i, row in enumerate(rows[start:start + per]):
            items += [(x, 740 - 13.5 * i, text) for x, text in row]
        items.append((54, 30, f"{footer}  Page {len(pages) + 1}"))
        pages.append(items)
    return pdf_document(pages, compress=spec.get("compress", True))


def fixed_zip(data: bytes) -> bytes:
    """The same Word file with every member dated 1 January 2020, so the bytes do not depend on when it was made."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, (2020, 1, 1, 0, 0, 0)), src.read(info.filename),
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def new_docx():
    import docx

    document = docx.Document()
    props = document.core_properties
    props.created = props.modified = props.last_printed = dt.datetime(2020, 1, 1)
    props.author = props.last_modified_by = "HR"
    props.revision = 1
    return document


def save_docx(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


def render_docx(doc: Doc) -> bytes:
    from docx.shared import Pt

    spec = doc.spec
    document = new_docx()
    section = document.sections[0]
    if spec.get("header"):
        section.header.paragraphs[0].text = spec["header"]
    if spec.get("footer"):
        section.footer.paragraphs[0].text = spec["footer"]
    if spec.get("watermark"):
        document.add_paragraph(spec["watermark"])
    mode = spec.get("docx_fields", "table")
    for block in doc.blocks:
        kind = block[0]
        if kind in ("banner", "heading"):
            if spec.get("styled_headings"):
                document.add_heading(block[1], level=1 if kind == "banner" else 2)
            else:
                document.add_paragraph().add_run(block[1]).bold = True
        elif kind == "fields":
            if mode in ("table", "merged") and len(block[1]) > 3:
                rows = len(block[1]) + (1 if mode == "merged" else 0)
                table = document.add_table(rows=rows, cols=2)
                table.style = "Table Grid"
                offset = 0
                if mode == "merged":
                    top = table.cell(0, 0).merge(table.cell(0, 1))
                    top.text = HEADINGS["fr" if doc.lang == "fr" else "en"]["id"].upper()
                    offset = 1
                for i, (label, value) in enumerate(block[1]):
                    table.cell(i + offset, 0).text = label
                    table.cell(i + offset, 1).text = value
            else:
                for label, value in block[1]:
                    if mode == "nextpara":
                        document.add_paragraph().add_run(label).bold = True
                        document.add_paragraph(value)
                    else:
                        paragraph = document.add_paragraph()
                        paragraph.add_run(label + ":").bold = True
                        paragraph.add_run("\t" + value)
        elif kind == "para":
            document.add_paragraph(block[1])
        elif kind == "bullets":
            for item in block[1]:
                if isinstance(item, tuple):
                    document.add_paragraph(item[0], style="List Bullet")
                    for sub in item[1]:
                        document.add_paragraph(sub, style="List Bullet 2")
                else:
                    document.add_paragraph(item, style="List Bullet" if not spec.get("numbered") else "List Number")
        elif kind == "table":
            head, rows = block[1], block[2]
            table = document.add_table(rows=len(rows) + 1, cols=len(head))
            table.style = "Table Grid"
            for j, cell in enumerate(head):
                table.cell(0, j).text = cell
            for i, row in enumerate(rows, 1):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        elif kind == "lines":
            for line in block[1]:
                document.add_paragraph(line)
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(10)
    return save_docx(document)


RENDER = {"text": render_text, "text-cp1252": render_text, "ocr": render_ocr, "ocr-columns": render_ocr,
          "pdf": render_pdf, "docx": render_docx}


def render(spec: dict) -> tuple[bytes, Doc]:
    doc = Doc(spec).build()
    if spec.get("copies") == "en+fr":  # an English copy, then a French one, in one file
        first = RENDER[spec["kind"]](doc)
        other = Doc({**spec, "lang": "fr", "as_fr": True, "file": spec["file"] + "#fr"})
        other.build()
        doc.people += other.people
        return first + b"\n\n" + RENDER[spec["kind"]](other), doc
    return RENDER[spec["kind"]](doc), doc


# --- the run ------------------------------------------------------------------------------------

def expected_for(spec: dict, doc: Doc, versions: dict) -> dict:
    fields = doc.truth()
    p = doc.p
    if spec.get("copies") == "en+fr":
        fields["title"] = [p["title"], p["title_fr"]]
        fields["supervisor"]["title"] = [p["sup"][0], p["sup_fr"]]
    not_stated = [k for k in ("job_code", "effective_date", "salary", "o_and_m", "location") if fields[k] is None]
    language = "bilingual" if doc.lang == "bi" or spec.get("copies") else doc.lang
    truth = {"document": spec["file"], "kind": spec["kind"], "language": language,
             "outcome": "import", "fields": fields, "not_stated": not_stated,
             "also": {"fte": p["fte"], "department": p["dept"], "provisional_number": p["num"] if p["num"] and not p["num"].isdigit() else None},
             "people": sorted(set(doc.people))}
    group = versions.get(spec["pos"])
    if group and len(group) > 1:
        truth["versions"] = {"position": p["num"], "documents": group, "newest": bool(spec.get("newest"))}
    return truth


def main() -> int:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for folder in (corpus, expected):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    versions: dict[str, list[str]] = {}
    for spec in DOCUMENTS:
        versions.setdefault(spec["pos"], []).append(spec["file"])
    for spec in DOCUMENTS:
        data, doc = render(spec)
        (corpus / spec["file"]).write_bytes(data)
        truth = expected_for(spec, doc, versions)
        (expected / f"{spec['file']}.expected.yaml").write_text(
            yaml.safe_dump(truth, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for spec, data in REFUSALS():
        (corpus / spec["file"]).write_bytes(data)
        (expected / f"{spec['file']}.expected.yaml").write_text(yaml.safe_dump(
            {"document": spec["file"], "kind": spec["kind"], "language": spec["language"], "outcome": "refuse",
             "why": spec["why"], "people": spec.get("people", [])}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    print(f"{len(DOCUMENTS)} work descriptions and {len(REFUSALS())} documents to refuse written to {corpus}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
