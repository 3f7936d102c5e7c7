"""Write the blind85 corpus (exports from spreadsheets and HR systems, mail-merge output, beside
standard forms) and its ground truth, deterministically.

    /work/main/.venv/bin/python bench/import/blind85/make_blind.py

Writes corpus/ and expected/ next to this file; the same bytes on every run."""
from __future__ import annotations

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

import docx  # noqa: E402
import yaml  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

SEED = 8585
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]

# --------------------------------------------------------------------------- positions


def make_positions(rng: random.Random, n: int) -> list[dict]:
    levels = ["EX-01"] * 22 + ["EX-02"] * 10 + ["EX-03"] * 10 + ["EX-04"] * 2
    rng.shuffle(levels)
    used_names: set[str] = set()
    used_pn: set[str] = set()

    def name() -> str:
        while True:
            nm = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
            if nm not in used_names:
                used_names.add(nm)
                return nm

    def pn() -> str:
        while True:
            v = str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 999999)]))
            if v not in used_pn:
                used_pn.add(v)
                return v

    out = []
    areas = list(range(len(T.AREAS)))
    for i in range(n):
        level = levels[i % len(levels)]
        area = T.AREAS[areas[i % len(areas)]] if i < len(areas) else T.AREAS[rng.randrange(len(T.AREAS))]
        head_en, head_fr = rng.choice(T.HEADS[level])
        while any(o["title_en"] == f"{head_en}, {area[0]}" for o in out) or sum(o["verb_en"] == area[2] for o in out) >= 2:
            area = T.AREAS[rng.randrange(len(T.AREAS))]
        fits = [d for d in T.DEPARTMENTS if d[2] in T.AREA_DEPTS.get(area[0], [d[2]])]
        dept = rng.choice(fits)
        sup_level = {"EX-01": rng.choice(["EX-02", "EX-03", "EX-03"]), "EX-02": "EX-03", "EX-03": "EX-04",
                     "EX-04": "EX-05"}[level]
        sa_en, sa_fr = rng.choice(T.SUPERVISOR_AREAS)
        sup_head = {"EX-02": ("Executive Director", "Directeur exécutif"),
                    "EX-03": ("Director General", "Directeur général"),
                    "EX-04": ("Assistant Deputy Minister", "Sous-ministre adjoint"),
                    "EX-05": ("Senior Assistant Deputy Minister", "Sous-ministre adjoint principal")}[sup_level]
        # direct reports
        nrep = rng.randint(3, 6) if level in ("EX-03", "EX-04") else rng.randint(2, 6)
        reports = []
        subs = rng.sample(T.REPORT_SUBAREAS, nrep)
        for k in range(nrep):
            if level == "EX-04" and k < nrep - 1:
                kind = ("Director General, {x}", "Directeur général, {x}", ["EX-03"])
            elif level in ("EX-03", "EX-02") and k < nrep - 1 and (level == "EX-03" or rng.random() < 0.4):
                kind = T.REPORT_KINDS[3]
            elif k == nrep - 1 and rng.random() < 0.5:
                kind = rng.choice([T.REPORT_KINDS[4], T.REPORT_KINDS[5]])
            else:
                kind = rng.choice([T.REPORT_KINDS[0], T.REPORT_KINDS[1], T.REPORT_KINDS[2], T.REPORT_KINDS[6]])
            x_en, x_fr = subs[k]
            fte = 1 if kind[0] in ("Special Advisor", "Executive Assistant") else rng.randint({"EX-03": 40, "EX-01": 12}.get(kind[2][0], 4), {"EX-03": 160, "EX-01": 60}.get(kind[2][0], 24))
            reports.append({"title_en": kind[0].format(x=x_en), "title_fr": kind[1].format(x=x_fr),
                            "cls": rng.choice(kind[2]), "fte": fte})
        titles = [r["title_en"] for r in reports]
        if len(set(titles)) != len(titles):  # two advisors: keep the first
            seen, keep = set(), []
            for r in reports:
                if r["title_en"] not in seen:
                    seen.add(r["title_en"]); keep.append(r)
            reports = keep
        fte_total = sum(r["fte"] for r in reports) + rng.randint(0, 3)
        scale = {"EX-01": 1, "EX-02": 2, "EX-03": 4, "EX-04": 9}[level]
        salary = round(fte_total * rng.randint(82, 112) * 1000, -4)
        om = rng.randint(4, 60) * 5000 * scale
        year = rng.randint(2014, 2024)
        eff = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        prov = None
        number = pn()
        if rng.random() < 0.06:
            prov = rng.choice(["NEW", "TBD", "À déterminer"])
        loc = T.LOCATIONS[rng.randrange(len(T.LOCATIONS))] if rng.random() < 0.45 else T.LOCATIONS[rng.choice([0, 1, 1])]
        if "Atlantic" in area[0]:
            loc = T.LOCATIONS[rng.choice([3, 7, 11])]
        out.append({
            "level": level, "title_en": f"{head_en}, {area[0]}", "title_fr": f"{head_fr}, {area[1]}",
            "verb_en": area[2], "verb_fr": area[3], "dept": dept,
            "job_code": str(rng.randint(100100, 109999)), "pn": number, "prov": prov, "eff": eff,
            "sup": {"pn": pn(), "title_en": f"{sup_head[0]}, {sa_en}", "title_fr": f"{sup_head[1]}, {sa_fr}",
                    "cls": sup_level},
            "branch_en": sa_en, "branch_fr": sa_fr,
            "reports": reports, "fte": fte_total, "salary": salary, "om": om, "total": salary + om, "loc": loc,
            "incumbent": name(), "signer": name(), "hr": name(),
        })
    return out


# --------------------------------------------------------------------------- notations


def fmt_cls(c: str, style: int) -> str:
    g, lv = c.split("-")
    return [f"{g}-{lv}", f"{g} {lv}", f"{g}-{int(lv)}", f"({g}-{lv})", f"{g}{lv}", f"{g} - {lv}"][style % 6]


def fmt_date(d: dt.date, style: int, lang: str = "en") -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"le {day} {MONTHS_FR[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"][style % 5]
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day}-{MONTHS_EN[d.month - 1][:3]}-{d.year}",
            f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3].upper()}-{d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}"][style % 7]


def _dec(v: float, places: int = 3) -> str:
    s = f"{v:.{places}f}".rstrip("0").rstrip(".")
    return s


def fmt_amt(n: int, style: int, lang: str = "en") -> str:
    if lang == "fr":
        grouped = f"{n:,}".replace(",", " ")
        return [f"{grouped} $", f"{grouped},00 $", f"{_dec(n / 1e6).replace('.', ',')} M$",
                f"{_dec(n / 1e6).replace('.', ',')} million $" if n < 2e6 else f"{_dec(n / 1e6).replace('.', ',')} millions $",
                f"{grouped.replace(' ', chr(160))} $"][style % 5]
    return [f"${n:,}", f"${n:,}.00", f"${_dec(n / 1e6)}M", f"${n // 1000:,}K" if n % 1000 == 0 else f"${n:,}",
            f"${_dec(n / 1e6)} million", f"{n}"][style % 6]


def fmt_fte(n: int, style: int, lang: str = "en") -> str:
    if lang == "fr":
        return [f"{n} ETP", f"effectif de {n}", f"{n} employé" + ("s" if n > 1 else ""), f"{n} ETP"][style % 4]
    if n == 1:
        return [f"{n} FTE", f"{n} FTE", f"staff of {n}", f"{n} FTE", f"{n} employee"][style % 5]
    return [f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} FTE's", f"{n} employees"][style % 5]


def report_line(r: dict, style: int, lang: str) -> str:
    t = r["title_fr"] if lang == "fr" else r["title_en"]
    c, f = r["cls"], r["fte"]
    fs = fmt_fte(f, style, lang) if f is not None else None
    if style % 4 == 0:
        inner = ", ".join(x for x in (c, fs) if x)
        return f"{t} ({inner})" if inner else t
    if style % 4 == 1:
        return (f"{c} - {t}" if c else t) + (f" ({fs})" if fs else "")
    if style % 4 == 2:
        return " – ".join(x for x in (t, c, fs) if x)
    return t + (f" [{c}]" if c else "") + (f" ({fs})" if fs else "")


# --------------------------------------------------------------------------- OCR damage

DIGIT_SUBS = {"0": "O", "1": "I", "5": "S", "8": "B"}


def damage_value(s: str, rng: random.Random, p: float) -> str:
    return "".join(DIGIT_SUBS[ch] if ch in DIGIT_SUBS and rng.random() < p else ch for ch in s)


def damage_prose(s: str, rng: random.Random, p: float) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < p and "m" in w:
            w = w.replace("m", "rn", 1)
        elif r < 2 * p and "e" in w[1:]:
            i = w.index("e", 1); w = w[:i] + "c" + w[i + 1:]
        elif r < 3 * p and "l" in w:
            w = w.replace("l", "I", 1)
        elif r < 3.5 * p and "ti" in w:
            w = w.replace("ti", "b", 1)
        out.append(w)
        if rng.random() < p / 2 and out:
            out[-1] = out[-1] + "\x00"  # run together with the next
    return " ".join(out).replace("\x00 ", "")


# --------------------------------------------------------------------------- document values


def values(P: dict, lang: str, omit: set[str], rng: random.Random) -> dict:
    V = {
        "lang": lang, "title": P["title_en"], "title_fr": P["title_fr"], "cls": P["level"],
        "job_code": P["job_code"], "pn": P["pn"], "prov": None, "eff": P["eff"],
        "sup_pn": P["sup"]["pn"], "sup_title": P["sup"]["title_en"], "sup_title_fr": P["sup"]["title_fr"],
        "sup_cls": P["sup"]["cls"], "salary": P["salary"], "om": P["om"], "total": P["total"],
        "loc": P["loc"], "fte": P["fte"], "dept": P["dept"], "branch_en": P["branch_en"], "branch_fr": P["branch_fr"],
        "verb_en": P["verb_en"], "verb_fr": P["verb_fr"], "level": P["level"],
        "reports": [dict(r) for r in P["reports"]], "people": [], "incumbent": P["incumbent"],
        "signer": P["signer"], "hr": P["hr"], "op_budget": None, "program_budget": None,
    }
    if P["prov"] and "keep_pn" not in omit:
        V["pn"], V["prov"] = None, P["prov"]
    for k in omit:
        if k == "report_cls":
            for r in V["reports"]:
                r["cls"] = None
        elif k == "report_fte":
            for r in V["reports"]:
                r["fte"] = None
        elif k == "combined":  # only a combined salary and O&M budget
            V["salary"] = V["om"] = None
        elif k == "reports":
            V["reports"] = []
        elif k in V:
            V[k] = None
    return V


def expected(name: str, kind: str, V: dict | None, lang: str, outcome: str = "import", people=(),
             versions=None, also_extra=None) -> dict:
    if V is None:
        return {"document": name, "kind": kind, "language": lang, "outcome": outcome, "fields": None,
                "not_stated": [], "also": also_extra or {}, "people": list(people), "versions": versions}
    fr = lang == "fr"
    f = {
        "title": V["title_fr"] if fr else V["title"],
        "classification": V["cls"], "job_code": V["job_code"], "position_number": V["pn"],
        "effective_date": V["eff"],
        "supervisor": None,
        "direct_reports": [{"title": r["title_fr"] if fr else r["title_en"], "classification": r["cls"],
                            "fte": r["fte"]} for r in V["reports"]] or None,
        "salary": V["salary"], "o_and_m": V["om"], "total": V["total"],
        "location": None,
    }
    if V["loc"]:
        city, prov = V.get("city_as_printed") or V["loc"][0], V["loc"][1]
        f["location"] = f"{city}, {prov}"
    st = V["sup_title_fr"] if fr else V["sup_title"]
    if V["sup_pn"] or V["sup_title"] or V["sup_cls"]:
        f["supervisor"] = {"position_number": V["sup_pn"], "title": st if V["sup_title"] else None,
                           "classification": V["sup_cls"]}
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date", "supervisor",
                      "direct_reports", "salary", "o_and_m", "total", "location") if f[k] is None]
    if f["supervisor"]:
        ns += [f"supervisor.{k}" for k, v in f["supervisor"].items() if v is None]
    also = {"fte": V["fte"], "operating_budget": V["op_budget"], "program_budget": V["program_budget"],
            "provisional_number": V["prov"], "department": V["dept"][1] if fr else V["dept"][0]}
    if lang == "bilingual":
        also["title_fr"] = V["title_fr"]
    if also_extra:
        also.update(also_extra)
    return {"document": name, "kind": kind, "language": lang, "outcome": outcome, "fields": f, "not_stated": ns,
            "also": also, "people": list(people), "versions": versions}


def sup_t(V: dict, fr: bool):
    if not V["sup_title"]:
        return None
    return V["sup_title_fr"] if fr else V["sup_title"]


# --------------------------------------------------------------------------- description body

HEAD_EN = {"ga": "General Accountability", "org": "Organization Structure", "ns": "Nature and Scope",
           "dim": "Dimensions", "sa": "Specific Accountabilities", "csr": "Client Service Results",
           "ka": "Key Activities", "cert": "Certification"}
HEAD_FR = {"ga": "Responsabilité générale", "org": "Structure organisationnelle", "ns": "Nature et portée",
           "dim": "Dimensions", "sa": "Activités principales", "csr": "Résultats axés sur le service à la clientèle",
           "ka": "Activités principales", "cert": "Attestation"}


def fr_fix(s: str) -> str:
    for a, b in ((" de les ", " des "), (" de le ", " du "), (" à les ", " aux "), (" à le ", " au "),
                 ("Dirige les ", "Dirige les "), ("relève du le ", "relève du ")):
        s = s.replace(a, b)
    return s


def is_heading(ln: str) -> bool:
    core = re.sub(r"^\d+\. ", "", ln).rstrip(":").strip().lower()
    return bool(ln) and core in {h.lower() for h in list(HEAD_EN.values()) + list(HEAD_FR.values())}


def heading(h: str, style: int, n: int) -> str:
    return [h.upper(), h.upper() + ":", f"{n}. {h}", h, f"{h}:"][style % 5]


def body(V: dict, rng: random.Random, *, hstyle: int, rstyle: int, lang: str, dims: bool = True,
         sup_sentence: bool = False, template: str = "classic", cert: bool = True, amt_style: int = 0,
         fte_style: int = 0, reports_prose: bool = False) -> list[str]:
    """The description's text, as lines (a blank line between paragraphs)."""
    fr = lang == "fr"
    H = HEAD_FR if fr else HEAD_EN
    title = V["title_fr"] if fr else V["title"]
    title_ref = title if title else ("le titulaire" if fr else "the incumbent")
    verb = V["verb_fr"] if fr else V["verb_en"]
    dept = V["dept"][1] if fr else V["dept"][0]
    out: list[str] = []
    n = 0

    def sec(key):
        nonlocal n
        n += 1
        if out:
            out.append("")
        out.append(heading(H[key], hstyle, n))

    ga = rng.choice(T.FR_GA if fr else T.EN_GA).format(title=title_ref, verb=verb, dept=dept)
    order = ["ga", "org", "ns", "dim", "sa"] if rng.random() < 0.6 else ["ga", "ns", "org", "sa", "dim"]
    if template == "csr":
        order = ["csr", "ka", "org", "dim"]
    for key in order:
        if key == "ga":
            sec("ga"); out.append(ga)
        elif key == "csr":
            sec("csr")
            out.append(("Assure " if fr else "Provides ") + (
                f"le leadership de {verb} au bénéfice des Canadiens." if fr else f"leadership of {verb} for the benefit of Canadians."))
        elif key == "ka":
            sec("ka")
            for i, ka in enumerate(T.FR_KA if fr else T.EN_KA, 1):
                out.append(f"- {ka.format(verb=verb)}")
        elif key == "org":
            sec("org")
            if sup_sentence and (V["sup_title"] or V["sup_cls"]):
                st = V["sup_title_fr"] if fr else V["sup_title"]
                bits = ""
                if V["sup_cls"]:
                    bits = f" ({V['sup_cls']})"
                if V["sup_pn"]:
                    bits += (f", poste no {V['sup_pn']}" if fr else f", position number {V['sup_pn']}")
                if fr:
                    out.append(f"Le ou la titulaire relève du {st}{bits}.")
                else:
                    out.append(f"The {title_ref} reports to the {st}{bits}.")
            reps = V["reports"]
            if reps:
                if reports_prose:
                    parts = []
                    for r in reps:
                        t = r["title_fr"] if fr else r["title_en"]
                        inner = ", ".join(x for x in (r["cls"], fmt_fte(r["fte"], fte_style, lang) if r["fte"] is not None else None) if x)
                        parts.append(("le " if fr else "the ") + t + (f" ({inner})" if inner else ""))
                    joined = "; ".join(parts[:-1]) + ("; et " if fr else "; and ") + parts[-1] if len(parts) > 1 else parts[0]
                    out.append((f"Les postes suivants relèvent du titulaire : {joined}." if fr else
                                f"Reporting to the {title_ref} are {joined}."))
                else:
                    out.append("Relèvent du titulaire :" if fr else f"Reporting to the {title_ref} are:")
                    bullet = ["- ", "* ", "• ", "o "][rstyle % 4]
                    for r in reps:
                        out.append(bullet + report_line(r, rstyle, lang))
        elif key == "ns":
            sec("ns")
            for p in rng.sample(T.FR_NS if fr else T.EN_NS, 2):
                out.append(p)
                out.append("")
            out.pop()
        elif key == "dim" and dims:
            sec("dim")
            out += dim_lines(V, amt_style, fte_style, lang)
        elif key == "sa":
            sec("sa")
            sas = (T.FR_SA if fr else T.EN_SA)[:]
            k = rng.randint(5, len(sas))
            for i, s in enumerate(sas[:k], 1):
                out.append(f"{i}. {s.format(verb=verb)}")
    if fr:
        out[:] = [fr_fix(x) for x in out]
    if cert:
        sec("cert")
        if fr:
            out.append("L'énoncé qui précède décrit avec exactitude les fonctions du poste.")
        else:
            out.append("The foregoing description is an accurate and complete statement of the duties assigned to the position.")
        out.append("")
        out.append(f"{V['signer']}, " + (sup_t(V, fr) or ("Superviseur" if fr else "Supervisor")))
        V["people"].append(V["signer"])
    return out


def dim_lines(V: dict, amt_style: int, fte_style: int, lang: str) -> list[str]:
    fr = lang == "fr"
    out = []
    if V["fte"] is not None:
        out.append(("ETP : " if fr else "FTEs: ") + str(V["fte"]))
    if V["salary"] is not None:
        out.append(("Salaires : " if fr else "Salary: ") + fmt_amt(V["salary"], amt_style, lang))
    if V["om"] is not None:
        out.append(("F et E : " if fr else "O&M: ") + fmt_amt(V["om"], amt_style, lang))
    if V["total"] is not None:
        lab = ("Budget total : " if fr else "Total: ") if V["salary"] is not None else (
            "Budget salarial et de F et E combiné : " if fr else "Combined Salary and O&M Budget: ")
        out.append(lab + fmt_amt(V["total"], amt_style, lang))
    return out


# --------------------------------------------------------------------------- labels

LAB_EN = {
    "title": ["Position Title", "Title", "Job Title", "Official Title"],
    "cls": ["Classification", "Group and Level", "Group/Level", "Level"],
    "job_code": ["Job Code", "Position Job Code", "Generic Job No.", "Job Number"],
    "pn": ["Position Number", "Position No.", "Position #", "Pos. No."],
    "eff": ["Effective Date", "Date in Effect", "Effective", "Effective Date"],
    "sup_pn": ["Supervisor's Position No.", "Supervisor Position Number", "Reports To (Position No.)", "Supervisor Pos. #"],
    "sup_title": ["Supervisor's Position Title", "Supervisor Title", "Reports To (Title)", "Supervisor's Title"],
    "sup_cls": ["Supervisor's Classification", "Supervisor Group & Level", "Reports To (Level)", "Supervisor Level"],
    "loc": ["Location", "Geographic Location", "Work Location", "City/Province"],
    "dept": ["Department", "Organization", "Department/Agency", "Department"],
    "branch": ["Branch", "Sector", "Branch", "Branch/Region"],
}
LAB_FR = {
    "title": ["Titre du poste", "Intitulé du poste", "Titre", "Titre officiel"],
    "cls": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
    "job_code": ["Code d'emploi", "No de code d'emploi", "Numéro de l'emploi", "Code d'emploi"],
    "pn": ["Numéro de poste", "No du poste", "No de poste", "Poste no"],
    "eff": ["Date d'entrée en vigueur", "En vigueur le", "Date de prise d'effet", "Date d'effet"],
    "sup_pn": ["No de poste du superviseur", "No de poste du supérieur immédiat", "Relève de (no de poste)", "Poste du superviseur"],
    "sup_title": ["Titre du poste du superviseur", "Titre du supérieur immédiat", "Relève de (titre)", "Titre du superviseur"],
    "sup_cls": ["Classification du superviseur", "Groupe et niveau du supérieur", "Relève de (niveau)", "Niveau du superviseur"],
    "loc": ["Lieu", "Emplacement géographique", "Lieu de travail", "Ville/province"],
    "dept": ["Ministère", "Organisation", "Ministère/organisme", "Ministère"],
    "branch": ["Direction générale", "Secteur", "Direction générale", "Direction générale/Région"],
}


def header_pairs(V: dict, lang: str, lstyle: int, *, cls_style=0, date_style=0, loc_fr=False,
                 include_sup=True) -> list[tuple[str, str]]:
    """(label, value) for the header fields the document states, in one of two orders."""
    fr = lang == "fr"
    L = LAB_FR if fr else LAB_EN

    def lab(k):
        if lang == "bilingual":
            return f"{LAB_EN[k][lstyle % 4]} / {LAB_FR[k][lstyle % 4]}"
        return L[k][lstyle % 4]

    pairs = []
    if V["title"]:
        pairs.append(("title", V["title_fr"] if fr else V["title"]))
        if lang == "bilingual":
            pairs.append(("title_fr", V["title_fr"]))
    if V["cls"]:
        pairs.append(("cls", fmt_cls(V["cls"], cls_style)))
    if V["job_code"]:
        pairs.append(("job_code", V["job_code"]))
    if V["pn"] or V["prov"]:
        pairs.append(("pn", V["pn"] or V["prov"]))
    if V["eff"]:
        pairs.append(("eff", fmt_date(V["eff"], date_style, "fr" if fr else "en")))
    pairs.append(("dept", V["dept"][1] if fr else V["dept"][0]))
    pairs.append(("branch", V["branch_fr"] if fr else V["branch_en"]))
    if V["loc"]:
        pairs.append(("loc", V["loc"][3] if (fr or loc_fr) else V["loc"][2]))
    if include_sup:
        if V["sup_pn"]:
            pairs.append(("sup_pn", V["sup_pn"]))
        if V["sup_title"]:
            pairs.append(("sup_title", V["sup_title_fr"] if fr else V["sup_title"]))
        if V["sup_cls"]:
            pairs.append(("sup_cls", fmt_cls(V["sup_cls"], cls_style)))
    if lstyle % 2:
        pairs = pairs[:1] + sorted(pairs[1:], key=lambda p: ["pn", "cls", "job_code", "title_fr", "eff", "dept", "branch",
                                                              "loc", "sup_title", "sup_cls", "sup_pn"].index(p[0]))
    return [("Titre du poste (français)" if k == "title_fr" else lab(k), v) for k, v in pairs]


# --------------------------------------------------------------------------- exports


def q(s: str, sep: str, always: bool = False) -> str:
    if always or any(c in s for c in (sep, '"', "\n")):
        return '"' + s.replace('"', '""') + '"'
    return s


def sheet_row(V: dict, lang: str, rng: random.Random, sep: str, style: int, all_quoted: bool = False):
    fr = lang == "fr"
    cols_en = ["Position Number", "Position Title", "Group/Level", "Job Code", "Effective Date",
               "Reports To Position", "Reports To Title", "Reports To Level", "Branch", "Work Location", "FTEs",
               "Salary Budget", "O&M Budget", "Total Budget", "Incumbent", "Description"]
    cols_fr = ["No de poste", "Titre du poste", "Groupe et niveau", "Code d'emploi", "Date d'entrée en vigueur",
               "Poste du superviseur", "Titre du superviseur", "Niveau du superviseur", "Direction générale",
               "Lieu de travail", "ETP", "Salaires", "F et E", "Total", "Titulaire", "Description"]
    amt = (lambda n: fmt_amt(n, [0, 5, 1, 4][style % 4], lang) if n is not None else "")
    if fr:
        amt = (lambda n: fmt_amt(n, [0, 4, 1][style % 3], "fr") if n is not None else "")
    cells = [V["pn"] or V["prov"] or "", (V["title_fr"] if fr else V["title"]) or "",
             fmt_cls(V["cls"], style) if V["cls"] else "", V["job_code"] or "",
             fmt_date(V["eff"], [1, 2, 0, 3][style % 4], lang) if V["eff"] else "",
             V["sup_pn"] or "", sup_t(V, fr) or "",
             V["sup_cls"] or "", V["branch_fr"] if fr else V["branch_en"],
             (V["loc"][3] if fr else V["loc"][2]) if V["loc"] else "", str(V["fte"]) if V["fte"] else "",
             amt(V["salary"]), amt(V["om"]), amt(V["total"]), V["incumbent"] if V["incumbent"] else ""]
    if V["incumbent"]:
        V["people"].append(V["incumbent"])
    b = body(V, rng, hstyle=style, rstyle=style + 1, lang=lang, dims=False, cert=False, fte_style=style)
    cells.append("\n".join(b))
    head = cols_fr if fr else cols_en
    lines = [sep.join(q(h, sep, all_quoted) for h in head), sep.join(q(c, sep, all_quoted) for c in cells)]
    return "\r\n".join(lines) + "\r\n"


def excel_pdf(V: dict, lang: str, rng: random.Random, style: int, workbook: str) -> bytes:
    pairs = header_pairs(V, lang, style, cls_style=style, date_style=style + 2)
    fr = lang == "fr"
    dims = dim_lines(V, style + 1, 0, "fr" if fr else "en")
    lines = [f"{workbook}".ljust(70) + f"Printed {fmt_date(dt.date(2024, 3, 5 + style), 1)}", "Sheet: Position Card", ""]
    for lab, val in pairs:
        lines.append(lab.ljust(max(44, len(lab) + 3)) + val)
    for d in dims:
        lab, val = re.split(r" ?: ", d, maxsplit=1)
        lines.append(lab.ljust(44) + val)
    lines.append("")
    b = body(V, rng, hstyle=style, rstyle=style, lang="en" if lang == "bilingual" else lang, dims=False, cert=False,
             sup_sentence=False, fte_style=style)
    for ln in b:
        lines += textwrap.wrap(ln, 96) or [""]
    pages, page = [], []
    per = 62
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    for i, ch in enumerate(chunks, 1):
        pages.append("\n".join(ch + ["", f"{'':>40}Page {i} of {len(chunks)}"]))
    return pdf_bytes(pages)


def hr_report(V: dict, lang: str, rng: random.Random, style: int, report_id: str) -> str:
    fr = lang == "fr"
    g, lv = V["cls"].split("-") if V["cls"] else ("", "")
    title = (V["title_fr"] if fr else V["title"]) or ""
    descr = title.upper()[:30]
    loc = V["loc"]
    run = dt.date(2024, 1 + style % 11, 3 + style)
    w = 100
    rows = [
        f"{'HRMS 9.2':<20}{'POSITION DATA REPORT - ' + report_id:^60}{'PAGE: 1':>20}",
        f"{'RUN DATE: ' + run.isoformat():<20}{('DEPARTMENT: ' + V['dept'][2]).upper():^60}{'':>20}",
        "=" * w,
        f"{'POSN_NBR':<10}{'EFFDT':<13}{'EFF_STATUS':<12}{'ACTION':<8}{'JOBCODE':<9}{'SAL_ADMIN_PLAN':<16}{'GRADE':<6}",
        f"{(V['pn'] or V['prov'] or ''):<10}{(fmt_date(V['eff'], [1, 3, 4][style % 3]) if V['eff'] else ''):<13}"
        f"{'A':<12}{'DTA':<8}{(V['job_code'] or ''):<9}{g:<16}{lv:<6}",
        "",
        f"{'DESCR':<32}{'REPORTS_TO':<12}{'REPORTS_DESCR':<50}",
        f"{descr:<32}{(V['sup_pn'] or ''):<12}{(sup_t(V, fr) or '').upper():<50}",
        "",
        f"{'DEPTID':<10}{'LOCATION':<10}{'LOCATION_DESCR':<22}{'FTE':<6}{'MAX_HEAD_CNT':<14}{'REG_TEMP':<9}{'FULL_PART':<10}",
        f"{V['dept'][2].upper()[:4] + str(run.year % 100) + '07':<10}{'L' + str(3000 + style * 17):<10}"
        f"{(loc[4] if loc else ''):<22}{'1.0':<6}{'1':<14}{'R':<9}{'F':<10}",
        "-" * w,
    ]
    if V["sup_cls"] and style % 2 == 0:
        rows.insert(-1, f"{'REPORTS_TO_GRADE':<18}{V['sup_cls']}")
    elif style % 3 != 2:  # the supervisor's level is printed nowhere
        V["sup_cls"] = None
    if loc:  # the system prints the city in capitals without accents
        V["city_as_printed"] = loc[4].rsplit(" ", 1)[0].title()
    rows.append("DESCRLONG:" if style % 2 else "POSITION DESCRIPTION (DESCRLONG)")
    rows.append("")
    header = []
    if style % 3 != 2:
        header.append(("TITRE DU POSTE : " if fr else "POSITION TITLE: ") + title)
    b = body(V, rng, hstyle=0, rstyle=style, lang=lang, dims=True, cert=style % 2 == 0, amt_style=style,
             fte_style=style, sup_sentence=style % 3 == 2, reports_prose=style % 4 == 3)
    if style % 3 == 2:  # title only as the opening of the general accountability
        pass
    for ln in header + [""] + b:
        rows += textwrap.wrap(ln, 98) or [""]
    rows += ["", "*** END OF REPORT ***"]
    return "\n".join(rows) + "\n"


MERGE_BLANKS = ["«{f}»", "", "{{ MERGEFIELD {f} }}", "Error! MergeField was not found in header record of data source.",
                "<<{f}>>"]


def mailmerge_docx(V: dict, lang: str, rng: random.Random, style: int, blanks: dict) -> bytes:
    d = docx.Document()
    sec_ = d.sections[0]
    fr = lang == "fr"
    d.core_properties.created = dt.datetime(2023, 2, 1, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2023, 2, 1, 9, 0, 0)
    d.core_properties.last_modified_by = "HR Services"
    d.core_properties.author = "HR Services"
    d.core_properties.revision = 1
    top = {"en": "EXECUTIVE (EX) WORK DESCRIPTION", "fr": "DESCRIPTION DE TRAVAIL DE CADRE (EX)",
           "bilingual": "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"}[lang]
    d.add_heading(top, level=1)
    fields = [("title", "Position_Title"), ("cls", "Group_Level"), ("job_code", "Job_Code"), ("pn", "Position_Number"),
              ("eff", "Effective_Date"), ("sup_pn", "Supervisor_Position_No"), ("sup_title", "Supervisor_Title"),
              ("sup_cls", "Supervisor_Level"), ("loc", "Location")]
    fr_fields = {"Position_Title": "Titre_poste", "Group_Level": "Groupe_niveau", "Job_Code": "Code_emploi",
                 "Position_Number": "No_poste", "Effective_Date": "Date_effet", "Supervisor_Position_No": "No_poste_sup",
                 "Supervisor_Title": "Titre_sup", "Supervisor_Level": "Niveau_sup", "Location": "Lieu"}
    L = LAB_FR if fr else LAB_EN
    tbl = style % 2 == 0
    t = d.add_table(rows=0, cols=2) if tbl else None
    if t is not None:
        t.style = "Table Grid"
    for key, fname in fields:
        if fr:
            fname = fr_fields[fname]
        lab = f"{LAB_EN[key][style % 4]} / {LAB_FR[key][style % 4]}" if lang == "bilingual" else L[key][style % 4]
        if key in blanks:
            val = MERGE_BLANKS[blanks[key]].format(f=fname)
        else:
            val = {"title": V["title_fr"] if fr else V["title"], "cls": fmt_cls(V["cls"], style) if V["cls"] else "",
                   "job_code": V["job_code"], "pn": V["pn"] or V["prov"],
                   "eff": fmt_date(V["eff"], style, "fr" if fr else "en") if V["eff"] else "",
                   "sup_pn": V["sup_pn"], "sup_title": sup_t(V, fr),
                   "sup_cls": fmt_cls(V["sup_cls"], style) if V["sup_cls"] else "",
                   "loc": (V["loc"][3] if fr else V["loc"][2]) if V["loc"] else ""}[key] or ""
        if t is not None:
            row = t.add_row().cells
            row[0].text, row[1].text = lab + ":", val
        else:
            d.add_paragraph(f"{lab}: {val}" if val else f"{lab}:")
        if key == "title" and lang == "bilingual":
            if t is not None:
                row = t.add_row().cells
                row[0].text, row[1].text = "Titre du poste (français):", V["title_fr"]
            else:
                d.add_paragraph(f"Titre du poste (français): {V['title_fr']}")
    blang = "en" if lang == "bilingual" else lang
    b = body(V, rng, hstyle=style + 1, rstyle=style, lang=blang, dims=True, cert=True, amt_style=style + 2,
             fte_style=style, reports_prose=style % 3 == 1)
    for ln in b:
        if not ln:
            continue
        if is_heading(ln):
            d.add_heading(ln, level=2)
        else:
            d.add_paragraph(ln)
    if style % 3 == 0:  # an unfilled report row left by the template
        d.add_paragraph("«Report_Title_" + str(len(V["reports"]) + 1) + "»  «Report_Group_Level»  «Report_FTE»")
    return save_docx(d)


def save_docx(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    # fixed timestamps inside the zip so the bytes are the same on every run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- standard forms


def form_lines(V: dict, lang: str, rng: random.Random, style: int, *, layout: str, sup_fields=True) -> list[str]:
    pairs = header_pairs(V, lang, style, cls_style=style, date_style=style, include_sup=sup_fields)
    top = {"en": ["EXECUTIVE WORK DESCRIPTION", "Work Description - Executive Group", "POSITION DESCRIPTION"],
           "fr": ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "Description de travail de cadre", "DESCRIPTION DE POSTE"],
           "bilingual": ["EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"] * 3}[lang][style % 3]
    out = [top, ""]
    for lab, val in pairs:
        if layout == "md":
            out.append(f"*   **{lab}:** {val}")
        elif layout == "dots":
            out.append(f"{lab} " + "." * max(3, 40 - len(lab)) + f" {val}")
        elif layout == "next":
            out += [f"{lab}:", f"    {val}"]
        elif layout == "tabs":
            out.append(f"{lab}:\t\t{val}")
        else:
            out.append(f"{lab}: {val}")
    out.append("")
    blang = "en" if lang == "bilingual" else lang
    b = body(V, rng, hstyle=style, rstyle=style, lang=blang, dims=True, sup_sentence=not sup_fields,
             amt_style=style, fte_style=style, template="csr" if style % 5 == 3 else "classic",
             reports_prose=style % 4 == 2)
    if layout == "md":
        b = [("## " + ln.rstrip(":")) if is_heading(ln) else ln for ln in b]
        out[0] = "# " + out[0]
    return out + b


def docx_form(V: dict, lang: str, rng: random.Random, style: int, footer: str) -> bytes:
    d = docx.Document()
    d.core_properties.created = dt.datetime(2022, 6, 1, 10, 0, 0)
    d.core_properties.modified = dt.datetime(2022, 6, 1, 10, 0, 0)
    d.core_properties.author = "Classification"
    d.core_properties.revision = 3
    fr = lang == "fr"
    d.add_heading({"en": "Executive Work Description", "fr": "Description de travail - EX",
                   "bilingual": "Executive Work Description / Description de travail de cadre"}[lang], level=1)
    pairs = header_pairs(V, lang, style, cls_style=style, date_style=style + 1)
    if style % 2:
        t = d.add_table(rows=(len(pairs) + 1) // 2, cols=4)
        for i, (lab, val) in enumerate(pairs):
            c = t.rows[i // 2].cells
            c[(i % 2) * 2].text, c[(i % 2) * 2 + 1].text = lab, val
    else:
        t = d.add_table(rows=len(pairs), cols=2)
        for i, (lab, val) in enumerate(pairs):
            t.rows[i].cells[0].text, t.rows[i].cells[1].text = lab, val
    t.style = "Table Grid"
    blang = "en" if lang == "bilingual" else lang
    b = body(V, rng, hstyle=3, rstyle=style, lang=blang, dims=False, amt_style=style, fte_style=style)
    H = set(HEAD_FR.values() if blang == "fr" else HEAD_EN.values())
    skip = False
    for ln in b:
        if ln in H:
            d.add_heading(ln, level=2)
            if ln == (HEAD_FR if blang == "fr" else HEAD_EN)["org"] and V["reports"] and style % 3 != 2:
                rt = d.add_table(rows=1, cols=3)
                rt.style = "Table Grid"
                hdr = ["Titre", "Groupe et niveau", "ETP"] if blang == "fr" else ["Position", "Classification", "FTEs"]
                for j, h in enumerate(hdr):
                    rt.rows[0].cells[j].text = h
                for r in V["reports"]:
                    c = rt.add_row().cells
                    c[0].text = r["title_fr"] if blang == "fr" else r["title_en"]
                    c[1].text = r["cls"] or ""
                    c[2].text = str(r["fte"]) if r["fte"] is not None else ""
                skip = True
                continue
            skip = False
            continue
        if skip and (ln.startswith(("- ", "* ", "• ", "o ")) or ln.startswith(("Reporting", "Relèvent"))):
            continue
        if ln:
            d.add_paragraph(ln)
    d.add_heading("Dimensions", level=2)
    dt_ = d.add_table(rows=0, cols=2)
    dt_.style = "Table Grid"
    for ln in dim_lines(V, style + 1, style, blang):
        lab, val = re.split(r" ?: ", ln, maxsplit=1)
        c = dt_.add_row().cells
        c[0].text, c[1].text = lab, val
    d.sections[0].footer.paragraphs[0].text = footer
    return save_docx(d)


def ocr_text(V: dict, lang: str, rng: random.Random, style: int, strength: float, footer: str) -> str:
    lines = form_lines(V, lang, rng, style, layout="plain" if style % 2 else "next")
    pairs_done = False
    out = []
    for ln in lines:
        if ":" in ln[:60] and not pairs_done and not ln.startswith(("1.", "GENERAL", "RESPONS")):
            lab, _, val = ln.partition(":")
            ln = lab + ":" + damage_value(val, rng, strength * 2)
        elif ln.startswith("    "):
            ln = damage_value(ln, rng, strength * 2)
        else:
            if ln and not ln.isupper():
                pairs_done = True
            ln = damage_prose(damage_value(ln, rng, strength), rng, strength / 3)
        out.append(ln)
    text = "\n".join(out)
    if style % 2 == 0:  # one long run per page with running footers
        words = text.split()
        pages = [" ".join(words[i:i + 380]) for i in range(0, len(words), 380)]
        runs = [p + f" {footer}" for p in pages]
        text = "\n".join((f"{i} " if i > 1 else "") + r for i, r in enumerate(runs, 1))
    else:
        wrapped = []
        for ln in text.split("\n"):
            ws = textwrap.wrap(ln, 78, break_on_hyphens=False) or [""]
            wrapped += ws
        # hyphenate some line ends
        for i in range(len(wrapped) - 1):
            if rng.random() < 0.12 and len(wrapped[i + 1].split(" ")[0]) > 7 and wrapped[i + 1][:1].islower():
                w = wrapped[i + 1].split(" ", 1)
                cut = len(w[0]) // 2
                wrapped[i] += " " + w[0][:cut] + "-"
                wrapped[i + 1] = w[0][cut:] + (" " + w[1] if len(w) > 1 else "")
        pages = [wrapped[i:i + 52] for i in range(0, len(wrapped), 52)]
        text = "\n\f".join("\n".join(p + ["", f"{footer}    Page {k} of {len(pages)}"]) for k, p in enumerate(pages, 1))
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text + "\n"


# --------------------------------------------------------------------------- refused documents


def listing_tsv(positions: list[dict], rng: random.Random, people: list[str]) -> str:
    head = ["Position Number", "Position Title", "Group/Level", "Branch", "Location", "Status", "Incumbent",
            "Last Reviewed"]
    rows = ["\t".join(head)]
    for i in range(40):
        P = positions[i % len(positions)]
        pn = str(200000 + rng.randint(0, 799999))
        inc = ""
        if rng.random() < 0.5:
            inc = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
            if inc not in people:
                people.append(inc)
        status = "Encumbered" if inc else rng.choice(["Vacant", "Vacant - staffing in progress", "Acting"])
        rows.append("\t".join([pn, P["title_en"] if i < len(positions) else f"Director, {rng.choice(T.REPORT_SUBAREAS)[0]}",
                               P["level"], P["branch_en"], P["loc"][2], status, inc,
                               fmt_date(dt.date(2023, rng.randint(1, 12), rng.randint(1, 28)), 1)]))
    return "\r\n".join(rows) + "\r\n"


def vacancy_pdf(positions: list[dict], rng: random.Random, people: list[str]) -> bytes:
    lines = ["EX Vacancy Report - Q3 2023-24 FINAL.xlsx".ljust(70) + "Printed 2024-01-09", "Sheet: Vacancies", "",
             f"{'Posn #':<9}{'Title':<52}{'Level':<7}{'Vacant since':<14}{'Staffing action':<22}HR Advisor"]
    for i in range(18):
        P = positions[(i * 3) % len(positions)]
        adv = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if adv not in people:
            people.append(adv)
        lines.append(f"{rng.randint(10000, 999999):<9}{P['title_en'][:50]:<52}{P['level']:<7}"
                     f"{fmt_date(dt.date(2023, rng.randint(1, 9), rng.randint(1, 28)), 1):<14}"
                     f"{rng.choice(['Advertised', 'Non-advertised', 'Acting (4 months)', 'On hold', 'Pool - ready']):<22}{adv}")
    lines += ["", f"Total vacancies: 18", "", f"{'':>40}Page 1 of 1"]
    return pdf_bytes(["\n".join(lines)])


def offer_letter_docx(people: list[str]) -> bytes:
    d = docx.Document()
    d.core_properties.created = dt.datetime(2023, 9, 12, 14, 0, 0)
    d.core_properties.modified = dt.datetime(2023, 9, 12, 14, 0, 0)
    d.core_properties.author = "RH"
    name, signer = "Anaïs Thibodeau", "Hamid Chaudhry"
    people += [name, signer]
    for ln in ["Le 12 septembre 2023", "", f"Madame {name}", "«Adresse_ligne_1»", "«Ville» «Province» «Code_postal»", "",
               "Objet : Offre de nomination intérimaire – Directrice, Services à la clientèle (EX-01), poste no 48813", "",
               f"Madame {name.split()[1]},",
               "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Services à la clientèle, "
               "classifié EX-01, à Services partagés Canada, à Gatineau (Québec), du «Date_debut» au 31 mars 2024.",
               "Votre taux de rémunération sera établi conformément à la Directive sur les conditions d'emploi des cadres "
               "supérieurs, dans l'échelle de 128 760 $ à 151 490 $.",
               "Veuillez indiquer votre acceptation en signant la présente lettre et en la retournant d'ici le «Date_limite».",
               "", "Veuillez agréer, Madame, l'expression de mes sentiments distingués.", "", signer,
               "Directeur général, Opérations", "", "J'accepte l'offre ci-dessus : ____________________  Date : ________"]:
        d.add_paragraph(ln)
    return save_docx(d)


def minutes_md(people: list[str]) -> str:
    names = ["Chantal Bélanger", "Darnell Osei", "Fiona McAllister", "Luc Poirier"]
    people += names
    return f"""# Executive Classification Review Committee - Minutes

**Date:** November 8, 2023
**Present:** {names[0]} (Chair), {names[1]}, {names[2]}
**Secretary:** {names[3]}

## 1. Approval of the agenda

The agenda was approved as circulated.

## 2. Work descriptions reviewed

| Position No. | Title | Proposed level | Decision |
|---|---|---|---|
| 61207 | Director, Data and Methods | EX-01 | Confirmed EX-01 |
| 84455 | Executive Director, Regional Operations, Atlantic | EX-02 | Returned for revision: dimensions incomplete |
| 117930 | Director General, Service Delivery | EX-03 | Deferred to December |

## 3. Discussion

Members noted that several descriptions exported from the HR system still carry empty merge fields and
asked that managers complete the supervisor's position number before submission. {names[2]} will send
the updated template to the branches.

## 4. Next meeting

December 6, 2023, 13:30, Place du Portage, Phase IV, room 7B120.
"""


def org_extract(positions: list[dict], rng: random.Random, people: list[str]) -> str:
    rows = [f"{'HRMS 9.2':<20}{'POSITION HIERARCHY EXTRACT - HRPOS031':^60}{'PAGE: 1':>20}",
            f"{'RUN DATE: 2024-02-19':<20}{'DEPARTMENT: ECCC':^60}{'':>20}", "=" * 100,
            f"{'LVL':<5}{'POSN_NBR':<10}{'REPORTS_TO':<12}{'JOBCODE':<9}{'GRADE':<7}{'DESCR':<32}{'INCUMBENT':<25}"]
    top = str(rng.randint(10000, 99999))
    rows.append(f"{'1':<5}{top:<10}{'':<12}{'100012':<9}{'EX-04':<7}{'ADM, SCIENCE AND TECHNOLOGY':<32}{'Rachel Fortin':<25}")
    people.append("Rachel Fortin")
    for i in range(4):
        dg = str(rng.randint(10000, 99999))
        nm = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        people.append(nm) if nm not in people else None
        rows.append(f"{'2':<5}{dg:<10}{top:<12}{rng.randint(100100, 109999):<9}{'EX-03':<7}"
                    f"{('DG, ' + T.AREAS[i + 7][0]).upper()[:30]:<32}{nm:<25}")
        for j in range(rng.randint(2, 4)):
            inc = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}" if rng.random() < 0.7 else "VACANT"
            if inc != "VACANT" and inc not in people:
                people.append(inc)
            rows.append(f"{'3':<5}{rng.randint(10000, 99999):<10}{dg:<12}{rng.randint(100100, 109999):<9}{'EX-01':<7}"
                        f"{('DIR, ' + rng.choice(T.REPORT_SUBAREAS)[0]).upper()[:30]:<32}{inc:<25}")
    rows += ["-" * 100, f"ROWS SELECTED: {len(rows) - 4}", "*** END OF REPORT ***"]
    return "\n".join(rows) + "\n"


def noise_scan(rng: random.Random) -> str:
    chars = "~!|l1I;:,.'`-_=^*%#@ ()[]{}iIoOeEaA"
    lines = []
    for _ in range(38):
        lines.append("".join(rng.choice(chars) for _ in range(rng.randint(10, 80))))
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- the corpus

def safe(s: str) -> str:
    return s.replace("/", "-").replace(":", "")


def build():
    rng = random.Random(SEED)
    positions = make_positions(rng, 43)
    docs: list[tuple[str, bytes, dict]] = []

    def add(name, data, exp):
        docs.append((name, data, exp))

    def enc(text: str, cp: bool) -> bytes:
        if cp:
            text = text.replace("'", "\u2019").replace("\r\n", "\n").replace("\n", "\r\n")
            return text.encode("cp1252")
        return text.encode("utf-8")

    pi = iter(range(len(positions)))

    # ---- spreadsheet rows, tab-separated (.txt)
    tsv_specs = [("en", set(), "{t} - export.txt"), ("en", {"job_code", "sup_pn"}, "Export_PositionDescription_{pn}.txt"),
                 ("en", {"eff", "om", "salary", "report_fte"}, "EX listing row {pn} (tab delimited).txt"),
                 ("fr", {"sup_cls"}, "Exportation poste {pn} - {tf}.txt"), ("en", {"loc"}, "{t} (1).txt")]
    version_a = None
    for k, (lang, omit, nm) in enumerate(tsv_specs):
        i = next(pi); P = positions[i]; r = random.Random(SEED + 100 + k)
        V = values(P, lang, omit, r)
        txt = sheet_row(V, lang, r, "\t", k)
        name = safe(nm.format(t=P["title_en"], tf=P["title_fr"], pn=P["pn"]))
        if k == 0:
            version_a = (P, name)
        add(name, enc(txt, False), expected(name, "text", V, lang, people=V["people"]))

    # ---- spreadsheet rows, comma- or semicolon-separated (.txt)
    csv_specs = [("en", ",", False, set(), "{t}.csv.txt", True), ("en", ",", False, {"job_code", "loc"}, "positions_export_{pn}.txt", False),
                 ("en", ",", True, {"sup_title", "combined"}, "{t} - HR export FINAL.txt", True),
                 ("fr", ";", True, set(), "Poste {pn} - exportation Excel.txt", False),
                 ("fr", ";", True, {"eff", "report_cls"}, "{tf} (exportation).txt", True)]
    for k, (lang, sep, cp, omit, nm, allq) in enumerate(csv_specs):
        i = next(pi); P = positions[i]; r = random.Random(SEED + 200 + k)
        V = values(P, lang, omit, r)
        txt = sheet_row(V, lang, r, sep, k + 1, all_quoted=allq)
        name = safe(nm.format(t=P["title_en"], tf=P["title_fr"], pn=P["pn"]))
        add(name, enc(txt, cp), expected(name, "text-cp1252" if cp else "text", V, lang, people=V["people"]))

    # ---- PDFs printed from Excel
    xl_specs = [("en", set(), "{t}_FINAL.pdf", "EX Position Inventory 2023.xlsx"),
                ("en", {"job_code"}, "Position card {pn}.pdf", "Position cards - Operations.xlsx"),
                ("bilingual", set(), "{t} - Fiche de poste.pdf", "Fiches de poste EX 2022.xlsx"),
                ("en", {"sup_pn", "loc", "report_cls"}, "EX inventory - {t}.pdf", "EX inventory (v7).xlsx"),
                ("en", {"eff"}, "{t} (print).pdf", "Book1.xlsx")]
    for k, (lang, omit, nm, wb) in enumerate(xl_specs):
        i = next(pi); P = positions[i]; r = random.Random(SEED + 300 + k)
        V = values(P, lang, omit, r)
        data = excel_pdf(V, lang, r, k, wb)
        name = safe(nm.format(t=P["title_en"], tf=P["title_fr"], pn=P["pn"]))
        add(name, data, expected(name, "pdf", V, lang, people=V["people"]))

    # ---- HR system position reports (fixed width)
    hr_specs = [("en", set(), "text", "HRMS {pn} - position report.txt"),
                ("en", {"loc"}, "text", "HRPOS014_{pn}.txt"),
                ("en", {"job_code"}, "text", "{t} - PeopleSoft report.txt"),
                ("fr", set(), "text", "Rapport de poste {pn} - {tf}.txt"),
                ("en", {"report_fte"}, "text-cp1252", "Position report {pn} (HRMS).txt"),
                ("en", set(), "pdf", "HRMS position report - {t}.pdf")]
    for k, (lang, omit, kind, nm) in enumerate(hr_specs):
        i = next(pi); P = positions[i]; r = random.Random(SEED + 400 + k)
        V = values(P, lang, omit, r)
        txt = hr_report(V, lang, r, k, "HRPOS014")
        name = safe(nm.format(t=P["title_en"], tf=P["title_fr"], pn=P["pn"]))
        if kind == "pdf":
            lines = txt.split("\n")
            data = pdf_bytes(["\n".join(lines[j:j + 64]) for j in range(0, len(lines), 64)])
        else:
            data = enc(txt, kind == "text-cp1252")
        add(name, data, expected(name, kind, V, lang, people=V["people"]))
    # two runs of the report for one position: 2018, then revised 2023 with new figures
    i = next(pi); P = positions[i]
    P_old = dict(P, eff=dt.date(2018, 6, 14), salary=P["salary"] - 150000, om=P["om"] - 20000,
                 total=P["total"] - 170000, fte=P["fte"] - 6,
                 reports=[dict(x, fte=max(1, x["fte"] - 2) if x["fte"] > 2 else x["fte"]) for x in P["reports"]])
    P_old["fte"] = sum(x["fte"] for x in P_old["reports"]) + 1
    P_new = dict(P, eff=dt.date(2023, 4, 1))
    n_old = safe(f"HRMS {P['pn']} - {P['title_en']} 2018.txt")
    n_new = safe(f"HRMS {P['pn']} - {P['title_en']} - revised 2023.txt")
    vers = {"documents": [n_old, n_new], "newest": n_new}
    for k, (PP, nm) in enumerate(((P_old, n_old), (P_new, n_new))):
        r = random.Random(SEED + 450 + k)
        V = values(PP, "en", set(), r)
        add(nm, enc(hr_report(V, "en", r, 6 + k, "HRPOS014"), False),
            expected(nm, "text", V, "en", people=V["people"], versions=vers))

    # ---- Word mail-merge output
    mm_specs = [("en", {}, "MailMerge_EX_WD_{n}.docx"),
                ("en", {"sup_pn": 0}, "{t} - merged.docx"),
                ("en", {"job_code": 2, "loc": 1}, "EX WD template (merged) - {t}.docx"),
                ("fr", {"sup_pn": 1, "eff": 0}, "Fusion DT cadre - {tf}.docx"),
                ("bilingual", {"job_code": 3}, "{t} - bilingue (fusion).docx"),
                ("en", {"sup_cls": 4, "eff": 2}, "Letter merge output {n}.docx")]
    mm_omit = {"sup_pn": "sup_pn", "job_code": "job_code", "loc": "loc", "eff": "eff", "sup_cls": "sup_cls"}
    for k, (lang, blanks, nm) in enumerate(mm_specs):
        i = next(pi); P = positions[i]; r = random.Random(SEED + 500 + k)
        V = values(P, lang, {mm_omit[b] for b in blanks}, r)
        if k % 2:
            V["people"].append(V["hr"])
        data = mailmerge_docx(V, lang, r, k, blanks)
        if k % 2:
            # "Prepared by" is written into the document after the merge
            dd = docx.Document(io.BytesIO(data))
            dd.add_paragraph(("Préparé par : " if lang == "fr" else "Prepared by: ") + V["hr"])
            dd.core_properties.created = dt.datetime(2023, 2, 1, 9, 0, 0)
            dd.core_properties.modified = dt.datetime(2023, 2, 1, 9, 0, 0)
            data = save_docx(dd)
        name = safe(nm.format(t=P["title_en"], tf=P["title_fr"], pn=P["pn"], n=17 + k * 3))
        add(name, data, expected(name, "docx", V, lang, people=V["people"]))

    # ---- standard forms: Markdown
    md_specs = [("en", set(), "{t}.md"), ("fr", {"job_code"}, "{tf}.md"), ("en", {"report_cls", "sup_pn"}, "WD - {t} (converted).md")]
    for k, (lang, omit, nm) in enumerate(md_specs):
        i = next(pi); P = positions[i]; r = random.Random(SEED + 600 + k)
        V = values(P, lang, omit, r)
        lines = form_lines(V, lang, r, k + 1, layout="md")
        name = safe(nm.format(t=P["title_en"], tf=P["title_fr"], pn=P["pn"]))
        add(name, enc("\n".join(lines) + "\n", False), expected(name, "markdown", V, lang, people=V["people"]))

    # ---- standard forms: text
    tx_specs = [("en", set(), "dots", False, "{t}.txt"), ("en", {"sup_pn"}, "tabs", False, "{t} - signed.txt"),
                ("bilingual", set(), "next", True, "{t} - {tf}.txt")]
    for k, (lang, omit, layout, cp, nm) in enumerate(tx_specs):
        i = next(pi); P = positions[i]; r = random.Random(SEED + 700 + k)
        V = values(P, lang, omit, r)
        lines = form_lines(V, lang, r, k + 2, layout=layout, sup_fields=k != 1)
        name = safe(nm.format(t=P["title_en"], tf=P["title_fr"], pn=P["pn"]))
        add(name, enc("\n".join(lines) + "\n", cp), expected(name, "text-cp1252" if cp else "text", V, lang,
                                                             people=V["people"]))

    # ---- standard forms: Word (one is the signed version of the first spreadsheet row)
    dx_specs = [("en", set(), "{t} - signed.docx", "version_a"), ("en", {"loc"}, "{t} FINAL.docx", None),
                ("en", {"job_code", "report_fte"}, "WD {pn} {t}.docx", None), ("fr", set(), "{tf} (signée).docx", None),
                ("bilingual", {"sup_pn"}, "{t} - {tf} bilingue.docx", None)]
    for k, (lang, omit, nm, tag) in enumerate(dx_specs):
        if tag == "version_a":
            P, other = version_a
        else:
            i = next(pi); P = positions[i]
        r = random.Random(SEED + 800 + k)
        V = values(P, lang, omit, r)
        dept_footer = V["dept"][1] if lang == "fr" else V["dept"][0]
        data = docx_form(V, lang, r, k, f"{dept_footer} - {V['title_fr'] if lang == 'fr' else V['title']}")
        name = safe(nm.format(t=P["title_en"], tf=P["title_fr"], pn=P["pn"]))
        vers = None
        if tag == "version_a":
            vers = {"documents": [other, name], "newest": name}
            # mark the spreadsheet row as the older version too
            for j, (dn, dd_, ex) in enumerate(docs):
                if dn == other:
                    ex["versions"] = vers
        add(name, data, expected(name, "docx", V, lang, people=V["people"], versions=vers))

    # ---- standard forms: PDF with a text layer
    pdf_specs = [("en", {"job_code"}, "{t}.pdf"), ("fr", {"sup_pn"}, "Copie de {tf} FINALE.pdf")]
    for k, (lang, omit, nm) in enumerate(pdf_specs):
        i = next(pi); P = positions[i]; r = random.Random(SEED + 900 + k)
        V = values(P, lang, omit, r)
        lines = form_lines(V, lang, r, k + 4, layout="plain")
        wrapped = []
        for ln in lines:
            wrapped += textwrap.wrap(ln, 100) or [""]
        foot = (V["dept"][1] if lang == "fr" else V["dept"][0])
        pages = ["\n".join(wrapped[j:j + 62] + ["", f"{foot}   {j // 62 + 1}"]) for j in range(0, len(wrapped), 62)]
        name = safe(nm.format(t=P["title_en"], tf=P["title_fr"], pn=P["pn"]))
        add(name, pdf_bytes(pages), expected(name, "pdf", V, lang, people=V["people"]))

    # ---- standard forms scanned (OCR)
    ocr_specs = [("en", set(), 0.04, "{t} - scan.txt"), ("en", {"job_code", "loc"}, 0.12, "scan {pn} {t}.txt"),
                 ("fr", set(), 0.07, "{tf} - numérisé.txt")]
    for k, (lang, omit, s, nm) in enumerate(ocr_specs):
        i = next(pi); P = positions[i]; r = random.Random(SEED + 1000 + k)
        V = values(P, lang, omit, r)
        foot = f"OG. {V['title_fr'] if lang == 'fr' else V['title']}"
        txt = ocr_text(V, lang, r, k, s, foot)
        name = safe(nm.format(t=P["title_en"], tf=P["title_fr"], pn=P["pn"]))
        add(name, enc(txt, False), expected(name, "ocr", V, lang, people=V["people"]))

    assert next(pi, None) is None, "positions left over"

    # ---- to refuse
    r = random.Random(SEED + 2000)
    ppl: list[str] = []
    add("EX Position Listing - all branches (40 positions).txt", enc(listing_tsv(positions, r, ppl), False),
        expected("EX Position Listing - all branches (40 positions).txt", "text", None, "en", "refuse", ppl,
                 also_extra={"what": "a spreadsheet listing of forty positions, no description"}))
    ppl = []
    add("Vacancy report Q3 2023-24 FINAL.pdf", vacancy_pdf(positions, r, ppl),
        expected("Vacancy report Q3 2023-24 FINAL.pdf", "pdf", None, "en", "refuse", ppl,
                 also_extra={"what": "a vacancy report printed from Excel"}))
    ppl = []
    nm = "Lettre d'offre - intérim EX-01 (fusion).docx"
    add(nm, offer_letter_docx(ppl), expected(nm, "docx", None, "fr", "refuse", ppl,
                                             also_extra={"what": "a mail-merged letter of offer, merge fields left"}))
    nm = "scan_20240117_093344.pdf"
    add(nm, pdf_bytes(["", ""]), expected(nm, "pdf", None, "en", "refuse", [],
                                          also_extra={"what": "a scanned PDF without a text layer"}))
    ppl = []
    nm = "Classification committee minutes 2023-11-08.md"
    add(nm, enc(minutes_md(ppl), False), expected(nm, "markdown", None, "en", "refuse", ppl,
                                                  also_extra={"what": "minutes of a classification committee"}))
    ppl = []
    nm = "Org hierarchy extract HRPOS031 - ECCC.txt"
    add(nm, enc(org_extract(positions, r, ppl), False), expected(nm, "text", None, "en", "refuse", ppl,
                                                                 also_extra={"what": "an HR system's position hierarchy extract (an org chart as rows)"}))
    nm = "Scan 2024-02-02 (illisible).txt"
    add(nm, enc(noise_scan(r), False), expected(nm, "ocr", None, "fr", "refuse", [],
                                                also_extra={"what": "a scan that gave only noise"}))
    return docs


def doc_text(name: str, data: bytes) -> str:
    """The words a reader sees, to check what a document states."""
    if name.endswith(".pdf"):
        return "\n".join(m.decode("cp1252") for m in re.findall(rb"\((.*?)\) Tj", data))
    if name.endswith(".docx"):
        d = docx.Document(io.BytesIO(data))
        return "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def main() -> None:
    docs = build()
    names = [d[0] for d in docs]
    assert len(set(names)) == len(names), "duplicate names"
    for sub in ("corpus", "expected"):
        shutil.rmtree(HERE / sub, ignore_errors=True)
        (HERE / sub).mkdir()
    for name, data, exp in docs:
        if exp["fields"] and exp["also"].get("department") and exp["also"]["department"] not in doc_text(name, data):
            exp["also"]["department"] = None
        (HERE / "corpus" / name).write_bytes(data)
        text = yaml.safe_dump(exp, allow_unicode=True, sort_keys=False, width=110)
        (HERE / "expected" / f"{name}.expected.yaml").write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents")


if __name__ == "__main__":
    main()
