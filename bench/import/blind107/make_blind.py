"""Write blind107: short, partial and unfinished EX work descriptions, and what to refuse.

    /work/main/.venv/bin/python bench/import/blind107/make_blind.py

Writes corpus/ and expected/ next to this file, deterministically (fixed seed, fixed .docx
timestamps): running it twice gives the same bytes. Positions, prose and names are in texts.py.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import sys
import zipfile
import zlib
from pathlib import Path

import yaml
import docx
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

SEED = 107
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


# ----------------------------------------------------------------------------- notations

def cls_fmt(c: str, style: str) -> str:
    if not c.startswith("EX-"):
        return c
    n = c[3:]
    return {"dash": c, "space": f"EX {n}", "short": f"EX-{int(n)}", "paren": f"({c})",
            "nodash": f"EX{n}"}[style]


def date_fmt(d: dt.date, lang: str, style: int) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(),
                f"le {day} {MONTHS_FR[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"][style % 4]
    m = MONTHS_EN[d.month - 1]
    sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [f"{m} {d.day}, {d.year}", d.isoformat(), f"{d.day} {m} {d.year}", f"{m} {d.day}{sfx}, {d.year}",
            f"{m[:3]}. {d.day}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}"][style % 6]


def money_fmt(n: int, lang: str, style: int) -> str:
    m = n / 1_000_000
    if lang == "fr":
        grouped = f"{n:,}".replace(",", "\u00a0")
        ms = f"{m:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return [f"{grouped} $", f"{ms} M$", f"{grouped},00 $", f"{ms} millions $"][style % 4]
    ms = f"{m:.2f}".rstrip("0").rstrip(".")
    opts = [f"${n:,}", f"${ms}M", f"${n:,}.00", f"${ms} million"]
    if n % 1000 == 0 and n < 1_000_000:
        opts.append(f"${n // 1000}K")
    return opts[style % len(opts)]


def fte_fmt(n: int, lang: str, style: int) -> str:
    if lang == "fr":
        return [f"{n} ETP", f"effectif de {n}", f"{n} ETP"][style % 3]
    if n == 1:
        return ["1 FTE", "1 FTE", "1 employee"][style % 3]
    return [f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} FTE's", f"{n} employees"][style % 5]


# ----------------------------------------------------------------------------- labels

LAB = {
    "en": dict(title=["Position Title", "Job Title", "Title", "Working Title", "Position"],
               classification=["Classification", "Group and Level", "Group/Level", "Level", "Position Level"],
               job_code=["Position Job Code", "Job Code", "Generic Job No.", "Job Number"],
               position_number=["Position Number", "Position No.", "Position #", "Pos. No."],
               effective_date=["Effective Date", "Date in Effect", "Effective", "Effective date"],
               sup_pos=["Supervisor's Position No.", "Supervisor Position Number", "Reports to (Position No.)"],
               sup_title=["Supervisor's Position Title", "Supervisor Title", "Immediate Supervisor", "Reports to"],
               sup_cls=["Supervisor's Classification", "Supervisor Group & Level", "Supervisor Level"],
               location=["Geographic Location", "Location", "Work Location", "City/Province"],
               dept=["Department", "Organization", "Department/Agency"],
               branch=["Branch", "Sector", "Branch - Service"]),
    "fr": dict(title=["Titre du poste", "Intitulé du poste", "Titre"],
               classification=["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
               job_code=["Code d'emploi du poste", "No de code d'emploi", "Code d'emploi"],
               position_number=["Numéro de poste", "No du poste", "N° de poste"],
               effective_date=["Date d'entrée en vigueur", "En vigueur le", "Date de prise d'effet"],
               sup_pos=["No de poste du superviseur", "Numéro de poste du supérieur immédiat"],
               sup_title=["Titre du poste du superviseur", "Titre du supérieur immédiat", "Relève de"],
               sup_cls=["Classification du superviseur", "Groupe et niveau du supérieur"],
               location=["Lieu géographique", "Emplacement géographique", "Lieu de travail"],
               dept=["Ministère", "Organisation"],
               branch=["Direction générale", "Secteur"]),
}

HEAD = {
    "en": dict(ga=["General Accountability", "Purpose", "General Accountability"],
               org=["Organization Structure", "Organizational Context", "Structure"],
               ns=["Nature and Scope", "Context"],
               dims=["Dimensions", "Key Dimensions", "Dimensions"],
               acts=["Specific Accountabilities", "Key Activities", "Key Responsibilities"],
               csr=["Client Service Results"],
               cert=["Certification", "Approval", "Signatures"]),
    "fr": dict(ga=["Responsabilités générales", "Raison d'être", "Responsabilité générale"],
               org=["Structure organisationnelle", "Contexte organisationnel", "Structure"],
               ns=["Nature et étendue", "Contexte"],
               dims=["Dimensions", "Données quantitatives", "Dimensions"],
               acts=["Responsabilités spécifiques", "Activités principales", "Principales responsabilités"],
               csr=["Résultats axés sur le service à la clientèle"],
               cert=["Attestation", "Approbation", "Signatures"]),
}

DIM_LAB = {"en": dict(salary=["Salary", "Salary budget", "Salaries"], om=["O&M", "Operating and Maintenance", "O&M Budget"],
                      total=["Total", "Total Budget", "Total operating budget"], fte=["FTEs", "Number of FTEs", "Staff"],
                      combined=["Combined Salary and O&M Budget", "Salary and O&M (combined)", "Operating budget (salary and O&M)"]),
           "fr": dict(salary=["Salaires", "Budget salarial", "Traitements"], om=["F et E", "Fonctionnement et entretien", "Budget de F et E"],
                      total=["Total", "Budget total", "Total du budget"], fte=["ETP", "Nombre d'ETP", "Effectif"],
                      combined=["Budget combiné (salaires et F et E)", "Salaires et F et E (combinés)"])}

TITLES_DOC = {"en": ["EXECUTIVE GROUP POSITION DESCRIPTION", "Job Description", "WORK DESCRIPTION", "EX Work Description",
                     "POSITION SUMMARY", "Executive (EX) Position Description"],
              "fr": ["DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION", "Description de travail", "DESCRIPTION DE POSTE",
                     "Description de poste de cadre (EX)", "SOMMAIRE DU POSTE"]}


# ----------------------------------------------------------------------------- the documents

# (position, file name, kind, language, shape, flags). Shapes: full, summary (one page), onepara
# (complete header, body a single paragraph), draft (placeholders left in), csr (client service
# results / key activities template), partial (sections missing, per flags).
DOCS = [
    ("p01", "Director, Benefits Processing Integrity.txt", "text", "en", "partial", "nodims supline rep_list"),
    ("p02", "Rail Safety Oversight - Director - one pager.docx", "docx", "en", "summary", "suptitle combined"),
    ("p03", "Directeur, Programmes d'efficacité énergétique.pdf", "pdf", "fr", "full", "sup3 rep_dash"),
    ("p04", "RD Fisheries Mgmt Gulf - EX-02 - DRAFT.docx", "docx", "en", "draft", "sup3 rep_table ph_pos ph_date ph_om"),
    ("p05", "Executive Director, Medical Devices Directorate (1).txt", "ocr", "en", "onepara", "sup3 dmg1"),
    ("p06", "Dir Emergency Preparedness - summary.txt", "text", "en", "summary", "supsent noloc nojc"),
    ("p07", "Director, Labour Statistics Division - 2016.pdf", "pdf", "en", "partial", "sup3 nostruct rep_list"),
    ("p08", "Directeur, Recouvrements et vérification, Région des Prairies.docx", "docx", "fr", "partial",
     "supline rep_list rep_nocls nodims"),
    ("p09", "Director Asylum Policy WD.txt", "text-cp1252", "en", "full", "suptitle rep_prose"),
    ("p10", "Director, R&D Centre Swift Current - scan.txt", "ocr", "en", "partial", "sup3 nostruct dmg2 pages"),
    ("p11", "Air Quality Monitoring - Director - EX-01 - TBC.docx", "docx", "en", "draft",
     "suptitle rep_list rep_nofte ph_jc ph_salary ph_total ph_supcls"),
    ("p12", "Director, Spectrum Licensing Operations - FINAL.pdf", "pdf", "en", "onepara", "sup3"),
    ("p13", "Director, First Nations Infrastructure, MB Region.txt", "text", "en", "csr", "supline rep_dash"),
    ("p14", "Crime Prevention Programs - Director (draft for review).txt", "text", "en", "draft",
     "sup3 rep_list ph_pos ph_supos nodims"),
    ("p15", "DE Opérations Centre opérationnel du Québec.pdf", "pdf", "fr", "partial", "supsent rep_prose nodims"),
    ("p16", "Director and General Counsel, Legislative Services - bilingual.docx", "docx", "bilingual", "summary",
     "sup3 rep_list"),
    ("p17", "Directeur, Politique de gestion de cas - ébauche.txt", "text", "fr", "draft",
     "sup3 rep_list rep_nofte ph_date ph_pos ph_salary ph_om ph_total"),
    ("p17", "Directeur, Politique de gestion de cas (signée).docx", "docx", "fr", "full", "sup3 rep_table"),
    ("p18", "Director Real Property Services Atlantic.txt", "ocr", "en", "partial", "supline rep_list nodims dmg1 run"),
    ("p19", "NOC Director - EX-01 - position summary.pdf", "pdf", "en", "summary", "supnone"),
    ("p20", "RDG Pacific Region - EX-03 (2).docx", "docx", "en", "partial", "sup3 rep_table noga"),
    ("p21", "Directeur, Planification de l'exploration spatiale.txt", "text-cp1252", "fr", "onepara", "sup3"),
    ("p22", "Director, Staffing Support Services - updated.txt", "text", "en", "partial", "suptitle nostruct combined"),
    ("p23", "ED Digital Policy - TBS - DRAFT v0.3.docx", "docx", "en", "draft",
     "sup3 rep_list ph_pos ph_jc ph_supos ph_date nodims"),
    ("p24", "Director, Trade Controls Policy - signed.txt", "ocr", "en", "summary", "sup3 dmg2 run"),
    ("p25", "Directeur, Programmes d'appui aux langues officielles - résumé.pdf", "pdf", "fr", "summary",
     "suptitle combined"),
    ("p26", "Director Civilian HR Services Atlantic.txt", "text", "en", "csr", "sup3 rep_list rep_nocls"),
    ("p27", "Directeur d'unité de gestion, Mauricie.txt", "ocr", "fr", "partial", "supline rep_dash nodims dmg1 pages"),
    ("p28", "Director, Digital Preservation (Word version).docx", "docx", "en", "onepara", "sup3"),
    ("p29", "Director, Personal Income Tax.txt", "text-cp1252", "en", "partial", "suptitle rep_list rep_bare nodims"),
    ("p30", "Director, Apprenticeship and Sectoral Initiatives - short form.txt", "text", "en", "summary",
     "sup3 combined"),
    ("p31", "Directeur, Communications et affaires publiques, Région du Québec.txt", "text", "bilingual", "partial",
     "sup3 rep_list nodims"),
    ("p32", "RD Civil Aviation PNR - scan 2011.txt", "ocr", "en", "full", "sup3 rep_dash dmg2 pages"),
    ("p33", "Director, Mining Innovation Research Centre - XXXXX.docx", "docx", "en", "draft",
     "suptitle rep_list ph_pos ph_jc ph_salary ph_om ph_total ph_loc"),
    ("p34", "Directeur, Centre de soutien à la clientèle.pdf", "pdf", "fr", "csr", "supline rep_list"),
    ("p35", "DG Census Operations - EX-03 - header + summary.txt", "text", "en", "onepara", "sup3"),
    ("p36", "Director, Taxpayer Services Policy.docx", "docx", "bilingual", "partial", "sup3 nostruct"),
    ("p37", "ED Wildlife Enforcement.txt", "ocr", "en", "partial", "supsent rep_prose rep_nofte dmg1 run"),
    ("p38", "Director BRM Programs - Winnipeg - to be confirmed.txt", "text", "en", "draft",
     "sup3 rep_list rep_nocls ph_date ph_supos ph_om ph_total"),
    ("p39", "Director, Chronic Disease Surveillance - 1 page.txt", "text-cp1252", "en", "summary", "suptitle"),
    ("p40", "Director, Regional Operations, Quebec - DRAFT v2.docx", "docx", "en", "draft",
     "sup3 rep_list ph_pos ph_date ph_salary ph_om ph_total ph_supcls"),
    ("p40", "Director, Regional Operations, Quebec - FINAL.pdf", "pdf", "en", "full", "sup3 rep_list"),
    ("p41", "Directeur, Politique stratégique et commémoration - numérisé.txt", "ocr", "fr", "onepara", "sup3 dmg1 run"),
    ("p42", "Director, Pay Centre Operations - Miramichi.txt", "text", "bilingual", "summary", "sup3 combined"),
    ("p43", "Director, Aquatic Ecosystems Science, NL Region.txt", "ocr", "en", "draft",
     "sup3 rep_list ph_pos ph_jc dmg1 pages"),
]

VERSIONS = [("Directeur, Politique de gestion de cas - ébauche.txt", "Directeur, Politique de gestion de cas (signée).docx"),
            ("Director, Regional Operations, Quebec - DRAFT v2.docx", "Director, Regional Operations, Quebec - FINAL.pdf")]

PH_EN = ["[TBD]", "XXXXX", "to be confirmed", "TBC", "[insert]", "[to be confirmed]", "XXXX", "[pending]"]
PH_FR = ["[À DÉTERMINER]", "XXXXX", "à confirmer", "[à venir]", "À confirmer", "[à compléter]"]


def crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def numbers(key: str, p: dict) -> dict:
    r = random.Random(SEED * 1000 + int(key[1:]))
    reports_fte = sum(x[3] for x in p["reports"])
    fte = reports_fte + r.randint(1, 4)
    salary = round(fte * r.uniform(88_000, 104_000), -4)
    om = r.choice([1, 2, 3, 4, 5, 6, 8, 12, 15, 25]) * 10_000 * (1 + fte // 60)
    return dict(pos=str(r.choice([r.randint(10000, 99999), r.randint(100000, 399999), r.randint(1000, 9999)])),
                jc=str(r.randint(100100, 109999)) if r.random() < 0.65 else None,
                date=dt.date(r.randint(2009, 2024), r.randint(1, 12), r.randint(1, 28)),
                sup_pos=str(r.randint(10000, 99999)),
                fte=fte, salary=int(salary), om=int(om), total=int(salary + om))


# ----------------------------------------------------------------------------- building one document

class Doc:
    def __init__(self, key, fname, kind, lang, shape, flags):
        self.key, self.fname, self.kind, self.lang, self.shape = key, fname, kind, lang, shape
        self.flags = set(flags.split())
        self.r = random.Random(SEED * 7919 + crc(fname))
        self.p = T.POSITIONS[key]
        self.n = numbers(key, self.p)
        if fname.endswith("(signée).docx") or fname.endswith("- FINAL.pdf"):   # the later version
            self.n = dict(self.n, date=self.n["date"].replace(year=min(self.n["date"].year + 2, 2025)),
                          salary=self.n["salary"] + 40_000, total=self.n["total"] + 40_000)
        self.people: list[str] = []
        self.header: list[tuple[str, str, str]] = []   # (field, label, value as printed)
        self.sections: list[tuple[str, list, str]] = []  # (heading, items, style: para|bullets|table|lines)
        self.top: list[str] = []
        self.bottom: list[str] = []
        self.truth: dict = {}
        self.not_stated: list[str] = []
        self.also: dict = {}

    # -- helpers
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def name(self):
        while True:
            n = self.pick(T.NAMES)
            if n not in self.people:
                self.people.append(n)
                return n

    def ph(self):
        return self.pick(PH_FR if self.lang == "fr" else PH_EN)

    def lbl(self, field):
        if self.lang == "bilingual":
            e, f = LAB["en"][field], LAB["fr"][field]
            i = crc(self.fname) % min(len(e), len(f))
            return f"{e[i]} / {f[i]}"
        ls = LAB[self.lang][field]
        return ls[crc(self.fname + field) % len(ls)]

    def head(self, sec):
        if self.lang == "bilingual":
            return f"{HEAD['en'][sec][0]} / {HEAD['fr'][sec][0]}"
        hs = HEAD[self.lang][sec]
        return hs[crc(self.fname + sec) % len(hs)]

    @property
    def pl(self):   # prose language
        return "fr" if self.lang == "fr" else "en"

    # -- build
    def build(self):
        p, n, L, f = self.p, self.n, self.pl, self.flags
        cstyle = self.pick(["dash", "dash", "space", "short", "paren", "nodash"])
        dstyle = self.r.randrange(12)
        mstyle = self.r.randrange(12)
        fstyle = self.r.randrange(12)
        title = p["fr"] if self.lang == "fr" else p["en"]
        ph_fields = {x[3:] for x in f if x.startswith("ph_")}
        truth = dict(title=title, classification=p["level"], job_code=n["jc"], position_number=n["pos"],
                     effective_date=n["date"], supervisor=dict(position_number=n["sup_pos"],
                                                               title=p["sup"][1] if L == "fr" else p["sup"][0],
                                                               classification=p["sup"][2]),
                     direct_reports=[], salary=n["salary"], o_and_m=n["om"], total=n["total"], location=T.LOCS[p["loc"]][2])
        ns = []
        dep_en, dep_fr = T.DEPTS[p["dept"]]

        # header
        H = self.header
        H.append(("title", self.lbl("title"), title))
        if self.lang == "bilingual":
            H.append(("title_fr", "Titre du poste (français)" if crc(self.fname) % 2 else "French title / Titre français", p["fr"]))
            self.also["title_fr"] = p["fr"]
        H.append(("classification", self.lbl("classification"),
                  cls_fmt(p["level"], cstyle) + (" (proposed)" if "proposed" in f else "")))
        if "jc" in ph_fields:
            H.append(("job_code", self.lbl("job_code"), self.ph()))
            truth["job_code"] = None
        elif n["jc"] and "nojc" not in f:
            H.append(("job_code", self.lbl("job_code"), n["jc"]))
        else:
            truth["job_code"] = None
        if "pos" in ph_fields:
            v = self.ph()
            H.append(("position_number", self.lbl("position_number"), v))
            truth["position_number"] = None
            self.also["provisional_number"] = v
        else:
            H.append(("position_number", self.lbl("position_number"), n["pos"]))
        if "date" in ph_fields:
            H.append(("effective_date", self.lbl("effective_date"), self.ph()))
            truth["effective_date"] = None
        elif "nodate" in f:
            truth["effective_date"] = None
        else:
            H.append(("effective_date", self.lbl("effective_date"), date_fmt(n["date"], L, dstyle)))
        H.append(("dept", self.lbl("dept"), dep_fr if L == "fr" else dep_en))
        if self.r.random() < 0.6:
            H.append(("branch", self.lbl("branch"), p["branch"][1] if L == "fr" else p["branch"][0]))
        if "loc" in ph_fields:
            H.append(("location", self.lbl("location"), self.ph()))
            truth["location"] = None
        elif "noloc" in f or (self.shape == "summary" and self.r.random() < 0.4):
            truth["location"] = None
        else:
            H.append(("location", self.lbl("location"), T.LOCS[p["loc"]][1 if L == "fr" else 0]))

        sup_t = truth["supervisor"]["title"]
        sup_c = cls_fmt(p["sup"][2], cstyle)
        sup = truth["supervisor"]
        if "sup3" in f:
            if "supos" in ph_fields:
                H.append(("sup_pos", self.lbl("sup_pos"), self.ph()))
                sup["position_number"] = None
            else:
                H.append(("sup_pos", self.lbl("sup_pos"), n["sup_pos"]))
            H.append(("sup_title", self.lbl("sup_title"), sup_t))
            if "supcls" in ph_fields:
                H.append(("sup_cls", self.lbl("sup_cls"), "EX-0X" if self.r.random() < 0.5 else self.ph()))
                sup["classification"] = None
            else:
                H.append(("sup_cls", self.lbl("sup_cls"), sup_c))
        elif "supline" in f:
            if L == "fr":
                H.append(("sup_line", "Relève de", f"{sup_t} ({sup_c}), poste no {n['sup_pos']}"))
            else:
                H.append(("sup_line", "Reports to", f"{sup_t} ({sup_c}), Position No. {n['sup_pos']}"))
        elif "suptitle" in f:
            H.append(("sup_title", self.lbl("sup_title"), sup_t))
            sup["position_number"] = None
            sup["classification"] = None
        else:   # supsent or supnone: not in the header
            sup["position_number"] = None
            if "supnone" in f:
                sup["title"] = None
                sup["classification"] = None

        # body
        topic = T.TOPICS[p["topic"]]
        short = title.split(",")[0]
        ga = topic["ga_fr"] if L == "fr" else topic["ga_en"]
        acts = topic["act_fr"] if L == "fr" else topic["act_en"]
        sup_sentence = None
        if "supsent" in f:
            sup_sentence = (f"Le titulaire relève du {sup_t} ({sup_c})." if L == "fr"
                            else f"The {short} reports to the {sup_t} ({sup_c}).")

        reports = []
        if not ({"nostruct"} & f) and self.shape not in ("onepara", "summary") and p["reports"]:
            for (te, tf, c, fte) in p["reports"]:
                t = tf if L == "fr" else te
                rc = None if ({"rep_nocls", "rep_bare"} & f) else c
                rf = None if ({"rep_nofte", "rep_bare"} & f) else fte
                reports.append((t, rc, rf))
            truth["direct_reports"] = [dict(title=t, classification=c, fte=x) for t, c, x in reports]
        elif self.shape == "summary" and "supnone" not in f and p["reports"] and self.r.random() < 0.35:
            # a one-pager naming its reports by title only
            reports = [((tf if L == "fr" else te), None, None) for (te, tf, c, fte) in p["reports"]]
            truth["direct_reports"] = [dict(title=t, classification=None, fte=None) for t, _, _ in reports]
        else:
            truth["direct_reports"] = None

        def rep_line(t, c, x, form):
            xs = fte_fmt(x, L, fstyle) if x is not None else None
            if form == "dash" and c:
                return f"{c} - {t}" + (f" ({xs})" if xs else "")
            inner = ", ".join(v for v in (c, xs) if v)
            return t + (f" ({inner})" if inner else "")

        # dimensions
        dims_items = []
        has_dims = not ("nodims" in f) and self.shape != "onepara"
        if self.shape == "summary" and "combined" not in f and self.r.random() < 0.5:
            has_dims = False
        if has_dims:
            D = DIM_LAB[L]
            fl = DIM_LAB[L]["fte"][fstyle % 3]
            sep = " : " if L == "fr" else ": "
            dims_items.append(f"{fl}{sep}{n['fte']}")
            if "combined" in f:
                dims_items.append(f"{self.pick(D['combined'])}{sep}{money_fmt(n['total'], L, mstyle)}")
                truth["salary"] = truth["o_and_m"] = None
            else:
                for fld, key in (("salary", "salary"), ("om", "o_and_m"), ("total", "total")):
                    lab = D[fld][mstyle % len(D[fld])]
                    if fld in ph_fields:
                        dims_items.append(f"{lab}{sep}{self.ph() if self.r.random() < 0.7 else '$' + self.ph()}")
                        truth[key] = None
                    elif fld == "total" and self.r.random() < 0.3 and "total" not in ph_fields:
                        truth["total"] = None        # total not printed
                    else:
                        dims_items.append(f"{lab}{sep}{money_fmt(n[fld], L, mstyle)}")
                if self.r.random() < 0.5 and p["topic"] in ("programs", "indigenous", "science"):
                    gc = 1_000_000 * self.r.randint(2, 40)
                    dims_items.append(("Subventions et contributions" if L == "fr" else "Grants and Contributions")
                                      + f"{sep}{money_fmt(gc, L, mstyle + 1)}")
                    self.also["program_budget"] = gc
            self.also["fte"] = n["fte"]
        else:
            truth["salary"] = truth["o_and_m"] = truth["total"] = None
            self.also["fte"] = None

        # assemble sections per shape
        S = self.sections
        if self.shape == "onepara":
            a0, a2 = acts[0][0].lower() + acts[0][1:-1], acts[2][0].lower() + acts[2][1:]
            if L == "fr":
                text = f"Le {short} est " + ga[0].lower() + ga[1:] + f" Le titulaire {a0} et {a2}"
            else:
                text = f"The {short} is " + ga[0].lower() + ga[1:] + f" The incumbent {a0} and {a2}"
            S.append(("", [text], "para"))
        elif self.shape == "summary":
            S.append((self.head("ga"), [ga], "para"))
            if sup_sentence:
                S.append(("", [sup_sentence], "para"))
            if reports:
                intro = "Postes relevant du titulaire :" if L == "fr" else "Direct reports:"
                S.append(("", [intro + " " + "; ".join(t for t, _, _ in reports) + "."], "para"))
            S.append((self.head("acts"), acts[:3], "bullets"))
            if dims_items:
                S.append((self.head("dims"), dims_items, "lines"))
        else:
            if "noga" not in f:
                S.append((self.head("ga"), [ga], "para"))
            if self.shape == "csr":
                cs = ("Des programmes et des services offerts aux clients selon les normes établies." if L == "fr"
                      else "Programs and services delivered to clients in accordance with established standards.")
                S.append((self.head("csr"), [cs], "para"))
                S.append((self.head("acts"), acts, "bullets"))
            org_items = []
            if sup_sentence:
                org_items.append(sup_sentence)
            if reports:
                form = "dash" if "rep_dash" in f else ("table" if "rep_table" in f else ("prose" if "rep_prose" in f else "list"))
                intro = ("Les postes suivants relèvent du titulaire :" if L == "fr"
                         else f"The following positions report to the {short}:")
                if form == "prose":
                    parts = [rep_line(t, c, x, "list") for t, c, x in reports]
                    joined = "; ".join(parts[:-1]) + (" et " if L == "fr" else "; and ") + parts[-1]
                    org_items.append(("Relèvent du titulaire : " if L == "fr" else f"Reporting to the {short} are the ") + joined + ".")
                    S.append((self.head("org"), org_items, "para"))
                elif form == "table":
                    if org_items:
                        S.append((self.head("org"), org_items, "para"))
                        S.append(("", [intro], "para"))
                    else:
                        S.append((self.head("org"), [intro], "para"))
                    hdr = (["Poste", "Groupe et niveau", "ETP"] if L == "fr" else ["Position", "Group/Level", "FTEs"])
                    S.append(("", [hdr] + [[t, c or "", str(x) if x is not None else ""] for t, c, x in reports], "table"))
                else:
                    org_items.append(intro)
                    S.append((self.head("org"), org_items, "para"))
                    S.append(("", [rep_line(t, c, x, form) for t, c, x in reports], "bullets"))
            elif org_items:
                S.append((self.head("org"), org_items, "para"))
            if "nostruct" in f and self.r.random() < 0.5:
                S.append((self.head("org"), ["[À compléter]" if L == "fr" else "[To be completed]"], "para"))
            if dims_items:
                S.append((self.head("dims"), dims_items, "lines"))
            elif self.shape == "draft" and self.r.random() < 0.6:
                S.append((self.head("dims"), ["À venir (Finances)" if L == "fr" else "To be provided by Finance."], "para"))
            if self.shape != "csr" and "noacts" not in f:
                S.append((self.head("acts"), acts if self.shape != "partial" else acts[:3], "numbered"))
            if self.lang == "bilingual":
                S.append(("VERSION FRANÇAISE", [topic["ga_fr"]], "para"))

        # top matter and bottom matter
        if self.shape == "draft":
            self.top.append(self.pick(["DRAFT – FOR DISCUSSION", "DRAFT - NOT FOR DISTRIBUTION", "*** DRAFT ***"])
                            if L == "en" else self.pick(["ÉBAUCHE", "VERSION PRÉLIMINAIRE – NE PAS DIFFUSER"]))
            who = self.name()
            self.bottom.append((f"Préparé par : {who}, conseillère en classification" if L == "fr"
                                else f"Prepared by: {who}, Classification Advisor") + f" ({date_fmt(n['date'], L, 1)})")
            self.bottom.append("Commentaires : vérifier les ETP avec les Finances." if L == "fr"
                               else "Comments: confirm FTEs and budget with Finance before signature.")
        else:
            if self.r.random() < 0.45:
                who = self.name()
                self.top.append((f"Titulaire : {who}" if L == "fr" else f"Incumbent: {who}"))
            if self.shape in ("full", "csr", "partial") or self.r.random() < 0.4:
                who = self.name()
                self.bottom.append(self.head("cert"))
                signer = sup_t if sup["title"] else ("Conseillère en classification" if L == "fr" else "Classification Advisor")
                if L == "fr":
                    self.bottom.append(f"{who}, {signer}        Date : {date_fmt(n['date'], 'fr', 1)}")
                else:
                    self.bottom.append(f"{who}, {signer}        Date: {date_fmt(n['date'], 'en', 1)}")

        # truth / not stated
        for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary", "o_and_m",
                  "total", "location"):
            if truth[k] is None:
                ns.append(k)
        for k in ("position_number", "title", "classification"):
            if sup[k] is None:
                ns.append(f"supervisor.{k}")
        if truth["direct_reports"] is None:
            ns.append("direct_reports")
        self.truth, self.not_stated = truth, ns
        self.also["department"] = dep_fr if L == "fr" else dep_en
        self.also.setdefault("operating_budget", truth["total"] if "combined" in f else None)
        self.also.setdefault("program_budget", None)
        self.also.setdefault("provisional_number", None)
        self.doc_title = self.pick(TITLES_DOC[L]) if self.lang != "bilingual" else \
            "Description de travail / Work Description" if crc(self.fname) % 2 else "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"
        if self.shape == "summary":
            self.doc_title = "Position Summary" if L == "en" else "Sommaire du poste"
            if self.lang == "bilingual":
                self.doc_title = "Position Summary / Sommaire du poste"
        return self


# ----------------------------------------------------------------------------- rendering as text lines

def wrap(text: str, width: int) -> list[str]:
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        out.append(line)
    return out


def header_lines(d: Doc, layout: str) -> list[str]:
    out = []
    for field, label, value in d.header:
        if layout == "colon":
            out.append(f"{label}: {value}" if d.pl == "en" else f"{label} : {value}")
        elif layout == "caps":
            out.append(f"{label.upper()}: {value}")
        elif layout == "next":
            out += [f"{label}:", f"    {value}"]
        elif layout == "dots":
            out.append(f"{label} {'.' * max(3, 38 - len(label))} {value}")
        elif layout == "tab":
            out.append(f"{label}\t{value}")
    return out


def heading_line(h: str, style: str, i: int) -> list[str]:
    if not h:
        return []
    if style == "caps":
        return [h.upper()]
    if style == "capscolon":
        return [h.upper() + ":"]
    if style == "num":
        return [f"{i}. {h}"]
    if style == "under":
        return [h, "-" * len(h)]
    return [h]


def text_lines(d: Doc, width: int = 92, layout: str | None = None, hstyle: str | None = None) -> list[str]:
    r = random.Random(crc(d.fname) + 5)
    layout = layout or r.choice(["colon", "colon", "caps", "next", "dots", "tab"])
    hstyle = hstyle or r.choice(["caps", "capscolon", "num", "under", "plain"])
    lines = list(d.top) + ([""] if d.top else [])
    lines += [d.doc_title, ""]
    lines += header_lines(d, layout)
    i = 0
    for h, items, style in d.sections:
        if h:
            i += 1
            lines.append("")
            lines += heading_line(h, hstyle, i)
        elif style != "table":
            lines.append("")
        if style == "para":
            for it in items:
                lines += wrap(it, width)
        elif style == "bullets":
            b = r.choice(["- ", "* ", "• ", "o "])
            for it in items:
                w = wrap(it, width - 2)
                lines += [b + w[0]] + ["  " + x for x in w[1:]]
        elif style == "numbered":
            for k, it in enumerate(items, 1):
                w = wrap(it, width - 4)
                lines += [f"{k}. " + w[0]] + ["   " + x for x in w[1:]]
        elif style == "lines":
            lines += list(items)
        elif style == "table":
            wcol = max(len(row[0]) for row in items) + 2
            lines.append("")
            for row in items:
                lines.append(row[0].ljust(wcol) + row[1].ljust(18) + row[2])
    if d.bottom:
        lines.append("")
        lines += list(d.bottom)
    return lines


# ----------------------------------------------------------------------------- OCR damage

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}


def damage(text: str, strength: int, r: random.Random, protect: list[str]) -> str:
    keep = {}
    for i, name in enumerate(protect):
        tok = f"\x00{i}\x00"
        keep[tok] = name
        text = text.replace(name, tok)
    out = []
    for tok in re.split(r"(\s+)", text):
        if not tok or tok.isspace() or "\x00" in tok:
            out.append(tok)
            continue
        if any(c.isdigit() for c in tok):
            p = [0.3, 0.55][strength - 1]
            tok = "".join((DIGIT[c] if c in DIGIT and r.random() < p else ("l" if c == "1" and r.random() < 0.1 else c)) for c in tok)
        elif len(tok) > 4 and r.random() < [0.05, 0.12][strength - 1]:
            kind = r.randrange(5)
            if kind == 0 and "m" in tok:
                tok = tok.replace("m", "rn", 1)
            elif kind == 1 and "e" in tok[1:]:
                i = tok.index("e", 1)
                tok = tok[:i] + "c" + tok[i + 1:]
            elif kind == 2 and "i" in tok:
                tok = tok.replace("i", "l", 1)
            elif kind == 3 and "rn" in tok:
                tok = tok.replace("rn", "m", 1)
            elif kind == 4 and "t" in tok[1:]:
                tok = tok.replace("t", "l", 1)
        out.append(tok)
    s = "".join(out)
    # words run together
    s = re.sub(r"(?<=[a-z]) (?=[a-z]{3,})", lambda m: "" if r.random() < [0.02, 0.05][strength - 1] else " ", s)
    for tok, name in keep.items():
        s = s.replace(tok, name)
    return s


def ocr_text(d: Doc) -> str:
    r = random.Random(crc(d.fname) + 11)
    strength = 2 if "dmg2" in d.flags else 1
    lines = text_lines(d, width=80, layout=r.choice(["caps", "colon", "colon"]), hstyle=r.choice(["caps", "capscolon"]))
    dept = d.also["department"]
    if "run" in d.flags:   # the whole extracted text as one run, in the seeds' wrapper
        body = " ".join(x.strip() for x in lines if x.strip() and not set(x) <= {"-"})
        body = damage(body, strength, r, d.people)
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body + "\n"
    # pages: lines kept, hyphenated line ends, a running header and a page number
    out, page = [], 1
    per = 34
    running = f"{dept} - {d.truth['title'] or ''}"[:70]
    chunk, carry = [], ""
    for k, line in enumerate(lines):
        if carry and line.strip():
            indent = line[:len(line) - len(line.lstrip())]
            line, carry = indent + carry + line.lstrip(), ""
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        prose_follows = bool(nxt.strip()) and ":" not in nxt and (nxt[:1] == " " or nxt[:1].islower())
        if line and ":" not in line and prose_follows and r.random() < 0.4 and " " in line and len(line) > 50:
            a, b = line.rsplit(" ", 1)
            if len(b) > 6 and b.isalpha():
                cut = len(b) // 2
                chunk.append(f"{a} {b[:cut]}-")
                carry = b[cut:] + " "
                continue
        chunk.append(line)
    for i in range(0, len(chunk), per):
        out.append(running)
        out += chunk[i:i + per]
        out.append(("Page " if d.pl == "en" else "Page ") + f"{page}")
        out.append("\f")
        page += 1
    text = "\n".join(out).replace("\n\f\n", "\n\f").rstrip("\f")
    return damage(text, strength, r, d.people) + "\n"


# ----------------------------------------------------------------------------- writers

def docx_bytes(build) -> bytes:
    document = docx.Document()
    build(document)
    cp = document.core_properties
    stamp = dt.datetime(2024, 3, 1, 12, 0, 0)
    cp.author, cp.last_modified_by, cp.created, cp.modified, cp.revision = "", "", stamp, stamp, 1
    raw = io.BytesIO()
    document.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(d: Doc) -> bytes:
    r = random.Random(crc(d.fname) + 3)

    def build(doc):
        st = doc.styles["Normal"]
        st.font.name, st.font.size = "Arial", Pt(10)
        for t in d.top:
            doc.add_paragraph().add_run(t).bold = True
        doc.add_heading(d.doc_title, level=1)
        if r.random() < 0.7:
            tab = doc.add_table(rows=0, cols=2)
            tab.style = "Table Grid"
            for field, label, value in d.header:
                row = tab.add_row().cells
                row[0].text, row[1].text = label, value
        else:
            for field, label, value in d.header:
                para = doc.add_paragraph()
                para.add_run(label + (" : " if d.pl == "fr" else ": ")).bold = True
                para.add_run(value)
        for h, items, style in d.sections:
            if h:
                doc.add_heading(h, level=2)
            if style == "para":
                for it in items:
                    doc.add_paragraph(it)
            elif style == "bullets":
                for it in items:
                    doc.add_paragraph(it, style="List Bullet")
            elif style == "numbered":
                for it in items:
                    doc.add_paragraph(it, style="List Number")
            elif style == "lines":
                if r.random() < 0.5:
                    tab = doc.add_table(rows=0, cols=2)
                    tab.style = "Table Grid"
                    for it in items:
                        a, b = re.split(r" ?: ", it, maxsplit=1)
                        c = tab.add_row().cells
                        c[0].text, c[1].text = a, b
                else:
                    for it in items:
                        doc.add_paragraph(it)
            elif style == "table":
                tab = doc.add_table(rows=0, cols=3)
                tab.style = "Table Grid"
                for row in items:
                    c = tab.add_row().cells
                    for k in range(3):
                        c[k].text = row[k]
        for b in d.bottom:
            doc.add_paragraph(b)
        doc.sections[0].footer.paragraphs[0].text = d.also["department"]
    return docx_bytes(build)


def render_pdf(d: Doc) -> bytes:
    lines = text_lines(d, width=95)
    lines = [x.replace("\t", "    ") for x in lines]
    per = 62
    pages = []
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    for k, ch in enumerate(chunks, 1):
        pages.append("\n".join(ch + ["", f"{d.also['department']}    Page {k} " + ("de" if d.pl == "fr" else "of") + f" {len(chunks)}"]))
    return pdf_bytes(pages)


def render(d: Doc) -> bytes:
    if d.kind == "docx":
        return render_docx(d)
    if d.kind == "pdf":
        return render_pdf(d)
    if d.kind == "ocr":
        return ocr_text(d).encode("utf-8")
    text = "\n".join(text_lines(d)) + "\n"
    if d.kind == "text-cp1252":
        text = text.replace("'", "\u2019").replace("\n", "\r\n")
        return text.encode("cp1252")
    return text.encode("utf-8")


def expected(d: Doc, versions) -> dict:
    t = d.truth
    return dict(document=d.fname, kind=d.kind, language=d.lang, outcome="import",
                fields=dict(title=t["title"], classification=t["classification"], job_code=t["job_code"],
                            position_number=t["position_number"], effective_date=t["effective_date"],
                            supervisor=t["supervisor"], direct_reports=t["direct_reports"], salary=t["salary"],
                            o_and_m=t["o_and_m"], total=t["total"], location=t["location"]),
                not_stated=d.not_stated, also=d.also, people=list(d.people), versions=versions)


# ----------------------------------------------------------------------------- documents to refuse

def refusals() -> list[tuple[str, str, str, bytes, list[str], dict]]:
    out = []
    # 1. a memo listing positions to update (text, English)
    a, b = "Heather McLeod", "Samuel Okafor"
    memo = f"""MEMORANDUM

TO:      All Directors, Skills and Employment Branch
FROM:    {a}, Director General, Corporate Services
CC:      {b}, HR Business Partner
DATE:    February 12, 2024
SUBJECT: EX work descriptions to be updated before the 2024-25 talent management cycle

As discussed at the Branch Management Committee, the following executive work descriptions
are out of date and must be reviewed before the executive talent management questionnaires
are launched. Please send a revised draft to the HR Business Partner by March 15, 2024.

Position No.   Title                                                  Level
104228         Director, Apprenticeship and Sectoral Initiatives      EX-01
104390         Director, Workplace Skills Programs                    EX-01
[TBD]          Executive Director, Skills Strategy                    EX-02

Descriptions that are missing the Dimensions or Organization Structure sections will be
returned. Use the current template (attached).

{a}
"""
    out.append(("Memo - EX work descriptions to update (Feb 2024).txt", "text", "en", memo.encode("utf-8"),
                [a, b], {}))
    # 2. a letter of offer (docx, French)
    c, e = "Nathalie Bélanger", "Stéphane Rioux"

    def letter(doc):
        doc.add_paragraph("Immigration, Réfugiés et Citoyenneté Canada")
        doc.add_paragraph("Le 3 juin 2023")
        doc.add_paragraph(f"Madame {c}")
        doc.add_heading("Objet : Offre de nomination intérimaire – Directeur, Politique d'asile (EX-01)", level=2)
        doc.add_paragraph(f"Madame {c.split()[1]},")
        doc.add_paragraph("J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Politique "
                          "d'asile (EX-01), poste no 48215, à Ottawa (Ontario), du 19 juin 2023 au 29 mars 2024.")
        doc.add_paragraph("Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des "
                          "cadres, dans l'échelle de 128 300 $ à 150 900 $. Cette offre est conditionnelle au maintien "
                          "de votre cote de fiabilité.")
        doc.add_paragraph("Veuillez signer ci-dessous et retourner une copie de cette lettre d'ici le 12 juin 2023.")
        doc.add_paragraph(f"{e}\nDirecteur général, Affaires des réfugiés")
        doc.add_paragraph("J'accepte l'offre de nomination intérimaire décrite ci-dessus.\n\n______________________   Date : ________")
    out.append(("Lettre d'offre - intérim EX-01 - N. Bélanger.docx", "docx", "fr", docx_bytes(letter), [c, e], {}))
    # 3. a performance agreement (docx, English)
    g, h = "Laura Kaminski", "Colin Ashworth"

    def pma(doc):
        doc.add_heading("Executive Performance Agreement 2023-2024", level=1)
        tab = doc.add_table(rows=0, cols=2)
        tab.style = "Table Grid"
        for k, v in [("Executive", g), ("Position Title", "Director, Executive Compensation Policy"),
                     ("Group and Level", "EX-01"), ("Position Number", "63017"),
                     ("Manager", f"{h}, Executive Director, Executive and Leadership Development"),
                     ("Period", "April 1, 2023 to March 31, 2024")]:
            c2 = tab.add_row().cells
            c2[0].text, c2[1].text = k, v
        doc.add_heading("Work objectives", level=2)
        for t in ["Deliver the renewed executive compensation policy suite for Treasury Board approval by Q3.",
                  "Complete the annual review of performance pay for the EX, LC and GIC communities.",
                  "Support the executive talent management exercise for EX-01 to EX-03."]:
            doc.add_paragraph(t, style="List Number")
        doc.add_heading("Leadership commitments", level=2)
        doc.add_paragraph("Foster a healthy, inclusive and respectful workplace; support the mental health of the team.")
        doc.add_heading("Mid-year review", level=2)
        doc.add_paragraph("[To be completed by October 31]")
        doc.add_paragraph(f"Signed: {g}, Executive        {h}, Manager")
    out.append(("Performance Agreement 2023-24 - Director Exec Comp Policy - signed.docx", "docx", "en", docx_bytes(pma),
                [g, h], {}))
    # 4. minutes (text-cp1252, bilingual)
    i, j, k = "Pierre Vaillancourt", "Amanda Sinclair", "Josée Gauthier"
    mins = f"""COMITÉ D'EXAMEN DE LA CLASSIFICATION DES CADRES / EX CLASSIFICATION REVIEW COMMITTEE
Procès-verbal / Minutes – 2023-11-08

Présents / Present: {i} (président / Chair), {j}, {k}

1. Adoption de l'ordre du jour / Adoption of the agenda – adopté / adopted.

2. Directeur, Opérations régionales, Québec (EX-01), poste 70412
   Le comité note que la section Dimensions est incomplète. / The committee notes that the
   Dimensions section is incomplete. Décision : renvoyé au secteur / Decision: returned to sector.

3. Director, Pay Centre Operations (EX-02 proposed)
   The committee confirms the EX-02 rating. Effective date to be confirmed by the sector.
   Le comité confirme la cote EX-02.

4. Varia / Other business – none / aucun.

Prochaine réunion / Next meeting: 2023-12-13
"""
    out.append(("Procès-verbal CECC - Minutes 2023-11-08.txt", "text-cp1252", "bilingual",
                mins.replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252"), [i, j, k], {}))
    # 5. an organization chart OCR'd from a scan
    chart = """--- Structured Job Description ---


--- Full Extracted Text ---
ORGANIZATION CHART - Pacific Region As of 2O22-O4-OI Regional Director General EX-O3 | | Distrlct Director, Greater Vancouver Airport EX-OI | District Director, Pacific Highway EX-Ol | Dlrector, Regional Programs EX-OI | Manager, Regional Business Services AS-O7 | | Chief of Operations FB-O6 FB-O6 FB-O6 | Superintendents FB-O5 (I2) | Program Officers PM-O4 (8) | Admin Assistant AS-O2 ... Vacant | Acting | lndeterminate Page I of I
"""
    out.append(("Org chart Pacific Region 2022 (scan).txt", "ocr", "en", chart.encode("utf-8"), [], {}))
    # 6. a PDF without a text layer
    out.append(("Director, Regional Operations, Quebec - signed scan.pdf", "pdf", "en", pdf_bytes(["", ""]), [],
                {"note": "scanned pages without a text layer"}))
    return out


# ----------------------------------------------------------------------------- main

def dump(obj) -> str:
    return yaml.safe_dump(obj, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)


def main():
    corpus, exp = HERE / "corpus", HERE / "expected"
    for dd in (corpus, exp):
        if dd.exists():
            shutil.rmtree(dd)
        dd.mkdir()
    vmap = {}
    for pair in VERSIONS:
        for fn in pair:
            vmap[fn] = dict(documents=list(pair), newest=pair[1])
    for spec in DOCS:
        d = Doc(*spec).build()
        (corpus / d.fname).write_bytes(render(d))
        (exp / f"{d.fname}.expected.yaml").write_text(dump(expected(d, vmap.get(d.fname))), encoding="utf-8")
    for fname, kind, lang, data, people, also in refusals():
        (corpus / fname).write_bytes(data)
        e = dict(document=fname, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[],
                 also=also or None, people=people, versions=None)
        (exp / f"{fname}.expected.yaml").write_text(dump(e), encoding="utf-8")


if __name__ == "__main__":
    main()
