"""Generate blind corpus 153: prose-only executive work descriptions (and documents to refuse).

Run from the repository root:  /work/main/.venv/bin/python bench/import/blind153/make_blind.py
Writes corpus/ and expected/ next to this file, byte-identical on every run.
"""
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
from texts import (ACCOUNT_EN, ACCOUNT_FR, AGENCIES, EX_REPORTS, FAMILY, FILLER_EN, FILLER_FR, GIVEN,  # noqa: E402
                   LOCATIONS, MONTHS_EN, MONTHS_FR, NUM_EN, NUM_FR, REPORTS, SUPERVISORS, TITLES)

NBSP = "\u00a0"
NNBSP = "\u202f"

# --------------------------------------------------------------------------- notations


def _millions(v: int, decimal: str) -> str | None:
    for places in (1, 2, 3):
        s = f"{v / 1e6:.{places}f}"
        if round(float(s) * 1e6) == v:
            s = s.rstrip("0").rstrip(".") if "." in s else s
            return s.replace(".", decimal)
    return None


def money_en(v: int, style: str) -> str:
    if style == "million" and v >= 1_000_000 and _millions(v, "."):
        return f"${_millions(v, '.')} million"
    if style == "M" and v >= 1_000_000 and _millions(v, "."):
        return f"${_millions(v, '.')}M"
    if style in ("K", "M") and v % 1000 == 0 and v < 1_000_000:
        return f"${v // 1000:,}K"
    if style == "thousand" and v % 1000 == 0 and v < 1_000_000:
        return f"${v // 1000:,} thousand"
    return f"${v:,}"


def group_fr(v: int, sep: str) -> str:
    return f"{v:,}".replace(",", sep)


def money_fr(v: int, style: str, sep: str = NBSP) -> str:
    if style == "M" and v >= 1_000_000 and _millions(v, ","):
        return f"{_millions(v, ',')}{sep}M$"
    if style == "millions" and v >= 1_000_000 and _millions(v, ","):
        m = _millions(v, ",")
        return f"{m}{sep}million{'s' if m != '1' else ''} de dollars"
    if style in ("k", "M") and v % 1000 == 0 and v < 1_000_000:
        return f"{group_fr(v // 1000, sep)}{sep}k$"
    return f"{group_fr(v, sep)}{sep}$"


def date_en(d: dt.date, style: str) -> str:
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def date_fr(d: dt.date, style: str = "") -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"


def words_en(n: int) -> str:
    return NUM_EN[n] if n < len(NUM_EN) else str(n)


def words_fr(n: int) -> str:
    return NUM_FR[n] if n < len(NUM_FR) else str(n)


def an(cls: str) -> str:
    """'an EX-01', 'a PM-06'."""
    return "an" if cls[0] in "AEIOUF" or cls.startswith(("LP", "SE", "MA")) else "a"


def _fem(t: str) -> bool:
    return t.split(",")[0].split(" ")[0] in ("Directrice", "Dirigeante") or t.startswith("Secrétaire générale")


def le(t: str) -> str:
    if _fem(t):
        return "la " + t
    return ("l'" if t[0].lower() in "aeéiouhè" else "le ") + t


def du(t: str) -> str:
    if _fem(t):
        return "de la " + t
    return ("de l'" if t[0].lower() in "aeéiouhè" else "du ") + t


def au(t: str) -> str:
    if _fem(t):
        return "à la " + t
    return ("à l'" if t[0].lower() in "aeéiouhè" else "au ") + t


def join_en(items: list[str], sep: str = ", ") -> str:
    if len(items) == 1:
        return items[0]
    if sep == "; ":
        return "; ".join(items[:-1]) + "; and " + items[-1]
    return sep.join(items[:-1]) + " and " + items[-1]


def join_fr(items: list[str], sep: str = ", ") -> str:
    if len(items) == 1:
        return items[0]
    if sep == "; ":
        return "; ".join(items[:-1]) + "; et " + items[-1]
    return sep.join(items[:-1]) + " et " + items[-1]


# --------------------------------------------------------------------------- positions

USED_NAMES: set[str] = set()


def person(rng: random.Random) -> str:
    while True:
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name


def make_spec(i: int, level: int | None = None, title_index: int | None = None, agency: int | None = None) -> dict:
    rng = random.Random(153_000 + i)
    if title_index is None:
        pool = [k for k, t in enumerate(TITLES) if level is None or t[2] == level]
        title_index = rng.choice(pool)
    t = TITLES[title_index]
    lvl = t[2]
    ag = AGENCIES[agency if agency is not None else rng.randrange(len(AGENCIES))]
    loc = rng.choice(LOCATIONS)
    sup = rng.choice(SUPERVISORS[lvl])
    reports = []
    n_ex = rng.randint(1, 3) if lvl >= 2 else 0
    n_other = rng.randint(2, 4) if lvl == 1 else rng.randint(0, 2)
    picks = rng.sample(EX_REPORTS, n_ex) + rng.sample(REPORTS, n_other)
    for r in picks:
        cls = rng.choice(r[2])
        if r[3] is None:
            fte = None
        elif cls.startswith("EX"):
            fte = rng.randint(14, 70)
        else:
            fte = rng.randint(3, 26)
        reports.append({"en": r[0], "fr": r[1], "cls": cls, "fte": fte, "unit_en": r[3], "unit_fr": r[4]})
    if rng.random() < 0.12 and reports:
        reports[-1]["cls"] = None  # level not stated for one report
    fte = sum(r["fte"] or 1 for r in reports) + 1 + rng.randint(0, 3)
    salary = round(fte * rng.uniform(88_000, 114_000), -4)
    om = rng.randrange(16, 60 if lvl == 1 else 260) * 5000
    eff = dt.date(rng.randint(2017, 2025), rng.randint(1, 12), rng.randint(1, 28))
    if rng.random() < 0.3:
        eff = eff.replace(day=1)
    cls = f"EX-0{lvl}"
    spec = {
        "i": i,
        "agency_en": ag[0], "agency_fr": ag[1], "agency_kind_en": ag[2], "agency_kind_fr": ag[3],
        "title_en": t[0], "title_fr": t[1], "short_en": t[3], "short_fr": t[4], "unit_en": t[5], "unit_fr": t[6],
        "cls": cls, "level": lvl,
        "pos": str(rng.randint(10000, 999999)) if rng.random() < 0.86 else None,
        "jc": str(rng.randint(100100, 109990)) if rng.random() < 0.45 else None,
        "eff": eff if rng.random() < 0.87 else None,
        "sup_en": sup[0], "sup_fr": sup[1], "sup_cls": sup[2],
        "sup_no": str(rng.randint(10000, 999999)) if rng.random() < 0.45 else None,
        "reports": reports,
        "fte": fte if rng.random() < 0.9 else None,
        "salary": int(salary), "om": om,
        "total_stated": rng.random() < 0.55,
        "loc": loc if rng.random() < 0.93 else None,
        "loc_city_only": rng.random() < 0.35,
        # other positions' facts and former values, never the truth
        "branch_budget": int(round((salary + om) * rng.uniform(2.4, 6.0), -5)),
        "sup_fte": fte * rng.randint(2, 5) + rng.randint(1, 9),
        "sup_budget": int(round((salary + om) * rng.uniform(3.0, 7.0), -5)),
        "peer_en": rng.choice(["Director, Operations", "Director, Corporate Planning", "Director, Member Services",
                               "Director, Secretariat", "Director, Enterprise Services"]),
        "peer_fr": None,
        "peer_fte": rng.randint(15, 90),
        "old_fte": max(3, fte - rng.randint(4, 20)),
        "old_cls": f"EX-0{lvl - 1}" if lvl > 1 else "EC-08",
        "old_year": rng.randint(2009, 2016),
        "old_date": dt.date(rng.randint(2008, 2016), rng.randint(1, 12), rng.randint(1, 28)),
        "appropriation": int(round((salary + om) * rng.uniform(6, 14), -5)),
        "fy": None,
        "incumbent": person(rng), "approver": person(rng), "hr_advisor": person(rng),
        "money_style": rng.choice(["million", "full", "M", "mixed"]),
        "date_style": rng.choice(["mdy", "mdy", "dmy", "iso"]),
        "report_style": rng.choice(["units", "sentences", "inline"]),
        "fem": rng.random() < 0.5,
        "fr_sep": rng.choice([NBSP, " ", NNBSP]),
        "filler": rng.sample(range(len(FILLER_EN)), 2), "filler_fr": rng.sample(range(len(FILLER_FR)), 2),
        "account": rng.randrange(len(ACCOUNT_EN)),
    }
    spec["peer_fr"] = {"Director, Operations": "directeur, Opérations", "Director, Corporate Planning":
                       "directeur, Planification ministérielle", "Director, Member Services":
                       "directeur, Services aux commissaires", "Director, Secretariat": "directeur, Secrétariat",
                       "Director, Enterprise Services": "directeur, Services intégrés"}[spec["peer_en"]]
    if spec["eff"]:
        y = spec["eff"].year if spec["eff"].month >= 4 else spec["eff"].year - 1
        spec["fy"] = f"{y}-{str(y + 1)[2:]}"
    else:
        spec["fy"] = "2023-24"
    if spec["old_date"] and spec["eff"] and spec["old_date"] >= spec["eff"]:
        spec["old_date"] = spec["eff"].replace(year=spec["eff"].year - 5)
    return spec


def fem_fr(s: dict, title: str) -> str:
    """Feminine French title when the incumbent's form is feminine (Directrice, Directrice générale ...)."""
    if not s["fem"]:
        return title
    return (title.replace("Directeur général", "Directrice générale").replace("Directeur exécutif", "Directrice exécutive")
            .replace("Directeur", "Directrice").replace("Dirigeant principal", "Dirigeante principale")
            .replace("Secrétaire général", "Secrétaire générale"))


# --------------------------------------------------------------------------- prose, English


def m_en(s: dict, v: int, which: str) -> str:
    style = s["money_style"]
    if style == "mixed":
        style = "million" if which == "salary" else "K"
    return money_en(v, style)


def d_en(s: dict, d: dt.date) -> str:
    return date_en(d, s["date_style"])


def sup_paren_en(s: dict) -> str:
    bits = [b for b in (s["sup_cls"], f"position {s['sup_no']}" if s["sup_no"] else None) if b]
    return f" ({', '.join(bits)})" if bits else ""


def reports_en(s: dict, style: str | None = None) -> str:
    lead = style is None
    style = style or s["report_style"]
    short = s["short_en"]
    rs = s["reports"]
    if style == "units" and lead:
        return (f"The {short}'s team is organized in {words_en(len(rs))} units: " + reports_en(s, "units") + ".")
    if style == "units":
        parts = []
        for r in rs:
            c = f" ({r['cls']})" if r["cls"] else ""
            if r["unit_en"] and r["fte"] is not None:
                parts.append(f"the {r['unit_en']} unit, led by the {r['en']}{c}, with {r['fte']} employees")
            else:
                parts.append(f"the {r['en']}{c}, who advises the {short} directly")
        return join_en(parts, "; ")
    if style == "sentences":
        out = [f"{words_en(len(rs)).capitalize()} positions report to the {short}."]
        for k, r in enumerate(rs):
            c = r["cls"]
            f = r["fte"]
            if f is None:
                out.append(f"The {r['en']}{f' ({c})' if c else ''} advises the {short} directly and supports the "
                           f"management team.")
            elif k % 3 == 0:
                out.append(f"The {r['en']}{f' ({c})' if c else ''} leads {f} employees in the "
                           f"{r['unit_en'] or 'team'} unit.")
            elif k % 3 == 1:
                out.append(f"The {r['en']}, {an(c) + ' ' + c + ' position' if c else 'a position'}, supervises a "
                           f"team of {words_en(f) if f <= 12 else f}.")
            else:
                out.append(f"Another manager, the {r['en']}{f' ({c})' if c else ''}, is responsible for {f} staff.")
        return " ".join(out)
    parts = []
    for r in rs:
        bits = [b for b in (r["cls"], f"{r['fte']} FTEs" if r["fte"] is not None else None) if b]
        parts.append(f"the {r['en']}{' (' + ', '.join(bits) + ')' if bits else ''}")
    return f"Reporting to the {short} are {join_en(parts)}."


def loc_en(s: dict) -> str | None:
    if not s["loc"]:
        return None
    return s["loc"][2] if s["loc_city_only"] else s["loc"][0]


def money_sentence_en(s: dict, lead: str) -> str:
    total = f", or {m_en(s, s['salary'] + s['om'], 'salary')} in all" if s["total_stated"] else ""
    return (f"{lead} the {s['short_en']} manages a salary budget of {m_en(s, s['salary'], 'salary')} and "
            f"{m_en(s, s['om'], 'om')} for operations and maintenance{total}.")


def en_plain(s: dict) -> list:
    short = s["short_en"]
    b = [("h1", s["title_en"]), ("p", f"{s['agency_en']} — Work description in plain language"),
         ("h2", "The position in brief")]
    pos = f" (number {s['pos']})" if s["pos"] else ""
    if s["report_style"] == "units":
        team = (f" and leads a team of {s['fte']} employees in {words_en(len(s['reports']))} units: "
                if s["fte"] else f" and leads {words_en(len(s['reports']))} units: ") + reports_en(s, "units") + "."
        b.append(("p", f"The {s['title_en']}, {an(s['cls'])} {s['cls']} position{pos}, reports to the "
                       f"{s['sup_en']}{sup_paren_en(s)}{team}"))
    else:
        team = f" and leads a team of {s['fte']} employees" if s["fte"] else ""
        b.append(("p", f"The {s['title_en']}, {an(s['cls'])} {s['cls']} position{pos}, reports to the "
                       f"{s['sup_en']}{sup_paren_en(s)}{team}. " + reports_en(s)))
    b.append(("p", FILLER_EN[s["filler"][0]] + f" The {s['peer_en']}, a peer position, leads a separate team of "
                   f"{s['peer_fte']} employees and shares the same supervisor."))
    b.append(("h2", "Money"))
    b.append(("p", f"The {s['agency_kind_en']} as a whole spends about {money_en(s['branch_budget'], 'million')} a "
                   f"year. " + money_sentence_en(s, "Of that,")))
    b.append(("h2", "Where and since when"))
    where = []
    loc = loc_en(s)
    if loc:
        where.append(f"Based in {loc}, the position serves parties across the country, mostly by telephone and "
                     f"video hearing.")
    if s["eff"]:
        where.append(f"Since {d_en(s, s['eff'])}, the {short} has also chaired the {s['agency_kind_en']}'s "
                     f"service-standards committee; this description takes effect on that date.")
    if s["jc"]:
        where.append(f"The description is filed under job code {s['jc']}.")
    b.append(("p", " ".join(where) or "The position may be staffed anywhere in Canada."))
    b.append(("p", f"Approved by {s['approver']}, {s['sup_en']}. Incumbent: {s['incumbent']}."))
    return b


def en_narrative(s: dict) -> list:
    short = s["short_en"]
    b = [("h1", s["agency_en"]), ("h1", s["title_en"])]
    intro = "This description was rewritten in plain language"
    intro += f" and takes effect on {d_en(s, s['eff'])}." if s["eff"] else "."
    intro += f" It replaces the version approved on {d_en(s, s['old_date'])}, which is no longer in effect."
    b.append(("p", intro))
    b.append(("h2", "What the job is for"))
    b.append(("p", f"The {short} " + ACCOUNT_EN[s["account"]].format(unit=s["unit_en"], agency=s["agency_kind_en"])
                   + ". " + FILLER_EN[s["filler"][0]]))
    b.append(("p", FILLER_EN[s["filler"][1]]))
    b.append(("h2", "The team"))
    team = f"The position is classified {s['cls']}. " + reports_en(s)
    if s["fte"]:
        team += (f" Altogether, {s['fte']} full-time equivalents (FTEs) work in the {s['unit_en']}, the {short} "
                 f"included; in {s['old_year'] + 4} there were {s['old_fte']}.")
    b.append(("p", team))
    b.append(("h2", "Reporting relationship"))
    sup = f"The {short} reports to the {s['sup_en']}"
    if s["sup_cls"]:
        sup += f" — {an(s['sup_cls'])} {s['sup_cls']} position"
        sup += f", number {s['sup_no']} —" if s["sup_no"] else " —"
    else:
        sup += ", a Governor in Council appointee,"
        if s["sup_no"]:
            sup += f" (position {s['sup_no']})"
    sup += (f" who is also responsible for {s['sup_fte']} employees and a budget of "
            f"{money_en(s['sup_budget'], 'million')}.")
    b.append(("p", sup.replace(" ,", ",")))
    b.append(("h2", "Resources"))
    res = (f"For the current fiscal year the {s['unit_en']} has a salary envelope of "
           f"{m_en(s, s['salary'], 'salary')}. Operating funds (O&M) add {m_en(s, s['om'], 'om')}.")
    if s["total_stated"]:
        res += f" Together: {m_en(s, s['salary'] + s['om'], 'salary')}."
    b.append(("p", res))
    tail = []
    if s["pos"]:
        tail.append(f"For the records, this is position {s['pos']}" + (f", job code {s['jc']}." if s["jc"] else "."))
    elif s["jc"]:
        tail.append(f"For the records, the job code is {s['jc']}; a position number will be assigned.")
    if loc_en(s):
        tail.append(f"The position is located in {loc_en(s)}.")
    if tail:
        b.append(("p", " ".join(tail)))
    b.append(("p", f"{s['approver']}, {s['sup_en']}        {s['incumbent']}, {short}"))
    return b


def en_qa(s: dict) -> list:
    short = s["short_en"]
    b = [("h1", s["title_en"]), ("p", s["agency_en"]), ("h2", "What does this job do?"),
         ("p", f"The {short} " + ACCOUNT_EN[s["account"]].format(unit=s["unit_en"], agency=s["agency_kind_en"])
          + ". " + FILLER_EN[s["filler"][0]]),
         ("h2", "What level is it?")]
    lvl = f"It is {an(s['cls'])} {s['cls']} position" + (f", number {s['pos']}." if s["pos"] else ".")
    lvl += f" Until {s['old_year']} the work was done by {an(s['old_cls'])} {s['old_cls']}."
    b.append(("p", lvl))
    b.append(("h2", f"Who does the {short} report to?"))
    sup = f"To the {s['sup_en']}" + (f" ({s['sup_cls']})." if s["sup_cls"] else ".")
    if s["sup_no"]:
        sup += f" The supervisor's position number is {s['sup_no']}."
    b.append(("p", sup))
    b.append(("h2", f"Who reports to the {short}?"))
    b.append(("p", reports_en(s)))
    b.append(("h2", "How many people and how much money?"))
    mon = ""
    if s["fte"]:
        mon = f"{s['fte']} people work in the {s['unit_en']} (in {s['old_year'] + 3} it had only {s['old_fte']}). "
    mon += (f"The {short} is responsible for {m_en(s, s['salary'], 'salary')} in salaries and "
            f"{m_en(s, s['om'], 'om')} in operating costs")
    mon += f" ({m_en(s, s['salary'] + s['om'], 'salary')} in total)." if s["total_stated"] else "."
    b.append(("p", mon))
    b.append(("h2", "Where is it, and since when?"))
    w = []
    if loc_en(s):
        w.append(f"In {loc_en(s)}.")
    if s["eff"]:
        w.append(f"This description applies since {d_en(s, s['eff'])}.")
    if s["jc"]:
        w.append(f"(Job code {s['jc']}.)")
    b.append(("p", " ".join(w) or "Both are still to be confirmed."))
    b.append(("p", f"Questions: {s['hr_advisor']}, Human Resources."))
    return b


def en_dense(s: dict) -> list:
    short = s["short_en"]
    ids = [s["cls"]] + ([f"position {s['pos']}"] if s["pos"] else []) + ([f"job code {s['jc']}"] if s["jc"] else [])
    b = [("p", s["agency_en"]), ("h1", s["title_en"]), ("h2", "General accountability"),
         ("p", f"The {s['title_en']} ({', '.join(ids)}) is accountable to the {s['sup_en']}"
               + (f" ({s['sup_cls']})" if s["sup_cls"] else "") + ". The " + short + " "
               + ACCOUNT_EN[s["account"]].format(unit=s["unit_en"], agency=s["agency_kind_en"]) + "."),
         ("h2", "Organization structure")]
    org = (f"The {s['title_en']} is one of {words_en(len(s['reports']) % 4 + 3)} executives reporting to the "
           f"{s['sup_en']}")
    org += f", whose position number is {s['sup_no']}. " if s["sup_no"] else ". "
    b.append(("p", org + reports_en(s)))
    b.append(("h2", "Nature and scope"))
    b.append(("p", FILLER_EN[s["filler"][0]] + " " + FILLER_EN[s["filler"][1]]))
    scope = ""
    if s["fte"]:
        scope = f"The incumbent manages {s['fte']} FTEs and an annual salary budget of {m_en(s, s['salary'], 'salary')}"
    else:
        scope = f"The incumbent manages an annual salary budget of {m_en(s, s['salary'], 'salary')}"
    scope += f", with {m_en(s, s['om'], 'om')} in O&M"
    scope += f", totalling {m_en(s, s['salary'] + s['om'], 'salary')}," if s["total_stated"] else ","
    scope += f" out of the {s['agency_kind_en']}'s {money_en(s['appropriation'], 'million')} appropriation."
    if loc_en(s):
        scope += f" Based in {loc_en(s)}, the incumbent travels to regional offices several times a year."
    b.append(("p", scope))
    if s["eff"]:
        b.append(("p", f"This description is effective {d_en(s, s['eff'])}."))
    b.append(("p", f"Classified by {s['hr_advisor']} on behalf of the {s['sup_en']}."))
    return b


def en_chrono(s: dict) -> list:
    short = s["short_en"]
    b = [("h1", s["title_en"])]
    first = (f"Since {d_en(s, s['eff'])}, the {s['title_en']} has led the {s['unit_en']} of the {s['agency_en']}."
             if s["eff"] else f"The {s['title_en']} leads the {s['unit_en']} of the {s['agency_en']}.")
    b.append(("p", first))
    hist = (f"The position was created in {s['old_year']} as {an(s['old_cls'])} {s['old_cls']} position and is now "
            f"classified {s['cls']}, after the {s['unit_en']} took on new work.")
    if s["pos"]:
        hist += f" Its number, {s['pos']}, did not change."
    b.append(("p", hist))
    team = f"When the position was created, the unit had {s['old_fte']} employees."
    if s["fte"]:
        team += f" Today it has {s['fte']}."
    team += " " + (f"The work is organized in {words_en(len(s['reports']))} parts: " + reports_en(s, "units") + "."
                   if s["report_style"] == "units" else reports_en(s))
    b.append(("p", team))
    sup = f"The {short} reports to the {s['sup_en']}" + (f", {an(s['sup_cls'])} {s['sup_cls']}" if s["sup_cls"] else "")
    sup += f" (position {s['sup_no']})." if s["sup_no"] else "."
    sup += f" The {s['sup_en']} also oversees {s['sup_fte']} employees in total."
    b.append(("p", sup))
    money = (f"In {s['fy']}, the {s['unit_en']} received {money_en(s['branch_budget'], 'million')}, including "
             f"program funds the {short} does not control. The position itself manages "
             f"{m_en(s, s['salary'], 'salary')} for salaries and {m_en(s, s['om'], 'om')} for operations and "
             f"maintenance")
    money += f", a total of {m_en(s, s['salary'] + s['om'], 'salary')}." if s["total_stated"] else "."
    b.append(("p", money))
    tail = []
    if loc_en(s):
        tail.append(f"The {short} works from {loc_en(s)}.")
    if s["jc"]:
        tail.append(f"Job code: {s['jc']}.")
    if tail:
        b.append(("p", " ".join(tail)))
    b.append(("p", f"Incumbent: {s['incumbent']}. Reviewed with {s['approver']}."))
    return b


# --------------------------------------------------------------------------- prose, French


def m_fr(s: dict, v: int, which: str) -> str:
    style = {"million": "millions", "full": "full", "M": "M", "mixed": "M" if which == "salary" else "full"}[
        s["money_style"]]
    return money_fr(v, style, s["fr_sep"])


def tfr(s: dict) -> str:
    return fem_fr(s, s["title_fr"])


def sfr(s: dict) -> str:
    return fem_fr(s, s["short_fr"])


def sup_paren_fr(s: dict) -> str:
    bits = [b for b in (s["sup_cls"], f"poste no {s['sup_no']}" if s["sup_no"] else None) if b]
    return f" ({', '.join(bits)})" if bits else ""


def reports_fr(s: dict, style: str | None = None) -> str:
    lead = style is None
    style = style or s["report_style"]
    rs = s["reports"]
    if style == "units" and lead:
        return f"L'équipe du titulaire est répartie en {words_fr(len(rs))} unités : " + reports_fr(s, "units") + "."
    if style == "units":
        parts = []
        for r in rs:
            c = f" ({r['cls']})" if r["cls"] else ""
            if r["unit_fr"] and r["fte"] is not None:
                parts.append(f"l'unité {r['unit_fr']}, dirigée par {le(r['fr'])}{c}, qui compte {r['fte']} employés")
            else:
                parts.append(f"{le(r['fr'])}{c}, qui conseille directement le titulaire")
        return join_fr(parts, "; ")
    if style == "sentences":
        out = [f"{words_fr(len(rs)).capitalize()} postes relèvent du titulaire."]
        for k, r in enumerate(rs):
            c, f = r["cls"], r["fte"]
            if f is None:
                out.append(f"{le(r['fr'])[0].upper() + le(r['fr'])[1:]}{f' ({c})' if c else ''} conseille "
                           f"directement le titulaire.")
            elif k % 2 == 0:
                out.append(f"{le(r['fr'])[0].upper() + le(r['fr'])[1:]}{f' ({c})' if c else ''} dirige {f} employés.")
            else:
                out.append(f"{le(r['fr'])[0].upper() + le(r['fr'])[1:]}, poste de niveau {c or 'non précisé'}, "
                           f"encadre une équipe de {words_fr(f) if f <= 12 else f} personnes.")
        return " ".join(out)
    parts = []
    for r in rs:
        bits = [b for b in (r["cls"], f"{r['fte']} ETP" if r["fte"] is not None else None) if b]
        parts.append(f"{le(r['fr'])}{' (' + ', '.join(bits) + ')' if bits else ''}")
    return f"Relèvent du titulaire : {join_fr(parts)}."


def loc_fr(s: dict) -> str | None:
    if not s["loc"]:
        return None
    return s["loc"][2] if s["loc_city_only"] else s["loc"][1]


def a_loc_fr(loc: str) -> str:
    return ("à " + loc) if not loc.startswith("Québec (") else "à Québec (Québec)"


def fr_plain(s: dict) -> list:
    b = [("h1", tfr(s)), ("p", f"{s['agency_fr']} — Description de travail en langage clair"),
         ("h2", "Le poste en bref")]
    pos = f" (no {s['pos']})" if s["pos"] else ""
    head = f"{le(tfr(s))[0].upper() + le(tfr(s))[1:]}, poste de niveau {s['cls']}{pos}, relève {du(s['sup_fr'])}" \
           f"{sup_paren_fr(s)}"
    if s["report_style"] == "units":
        team = (f" et dirige une équipe de {s['fte']} employés répartis en {words_fr(len(s['reports']))} unités : "
                if s["fte"] else f" et dirige {words_fr(len(s['reports']))} unités : ") + reports_fr(s, "units") + "."
        b.append(("p", head + team))
    else:
        team = f" et dirige une équipe de {s['fte']} employés. " if s["fte"] else ". "
        b.append(("p", head + team + reports_fr(s)))
    b.append(("p", FILLER_FR[s["filler_fr"][0]] + f" {le(s['peer_fr'])[0].upper() + le(s['peer_fr'])[1:]}, poste "
                   f"homologue, dirige pour sa part une équipe de {s['peer_fte']} employés."))
    b.append(("h2", "Les ressources"))
    tot = f", soit {m_fr(s, s['salary'] + s['om'], 'salary')} au total" if s["total_stated"] else ""
    b.append(("p", f"L'organisation dispose d'un budget annuel d'environ {money_fr(s['branch_budget'], 'M', s['fr_sep'])}. "
                   f"Le titulaire gère un budget salarial de {m_fr(s, s['salary'], 'salary')} et un budget de "
                   f"fonctionnement de {m_fr(s, s['om'], 'om')}{tot}."))
    b.append(("h2", "Le lieu et la date"))
    w = []
    if loc_fr(s):
        w.append(f"Le poste est situé {a_loc_fr(loc_fr(s))}.")
    if s["eff"]:
        w.append(f"Depuis le {date_fr(s['eff'])}, le titulaire préside aussi le comité des normes de service; la "
                 f"présente description est en vigueur depuis cette date.")
    if s["jc"]:
        w.append(f"Code d'emploi {s['jc']}.")
    b.append(("p", " ".join(w) or "Le lieu de travail reste à déterminer."))
    b.append(("p", f"Approuvé par {s['approver']}. Titulaire : {s['incumbent']}."))
    return b


def fr_narrative(s: dict) -> list:
    b = [("h1", s["agency_fr"]), ("h1", tfr(s))]
    intro = "Cette description a été réécrite en langage clair"
    intro += f" et entre en vigueur le {date_fr(s['eff'])}." if s["eff"] else "."
    intro += f" Elle remplace la version approuvée le {date_fr(s['old_date'])}."
    b.append(("p", intro))
    b.append(("h2", "La raison d'être du poste"))
    b.append(("p", "Le titulaire " + ACCOUNT_FR[s["account"]] + ". " + FILLER_FR[s["filler_fr"][0]]))
    b.append(("h2", "L'équipe"))
    team = f"Le poste est classifié {s['cls']}. " + reports_fr(s)
    if s["fte"]:
        team += (f" Au total, {s['fte']} équivalents temps plein (ETP) travaillent dans l'unité, titulaire compris; "
                 f"on en comptait {s['old_fte']} en {s['old_year'] + 4}.")
    b.append(("p", team))
    b.append(("h2", "Le lien hiérarchique"))
    sup = f"Le titulaire relève {du(s['sup_fr'])}"
    if s["sup_cls"]:
        sup += f" (poste de niveau {s['sup_cls']}" + (f", no {s['sup_no']})" if s["sup_no"] else ")")
    else:
        sup += ", nommé par le gouverneur en conseil" + (f" (poste {s['sup_no']})" if s["sup_no"] else "")
    sup += (f", qui est par ailleurs responsable de {s['sup_fte']} employés et d'un budget de "
            f"{money_fr(s['sup_budget'], 'millions', s['fr_sep'])}.")
    b.append(("p", sup))
    b.append(("h2", "Les ressources"))
    res = (f"Pour l'exercice en cours, l'enveloppe salariale de l'unité est de {m_fr(s, s['salary'], 'salary')}. "
           f"Le budget de fonctionnement et d'entretien (F et E) ajoute {m_fr(s, s['om'], 'om')}.")
    if s["total_stated"]:
        res += f" Ensemble : {m_fr(s, s['salary'] + s['om'], 'salary')}."
    b.append(("p", res))
    tail = []
    if s["pos"]:
        tail.append(f"Il s'agit du poste no {s['pos']}" + (f", code d'emploi {s['jc']}." if s["jc"] else "."))
    elif s["jc"]:
        tail.append(f"Code d'emploi {s['jc']}; le numéro de poste sera attribué plus tard.")
    if loc_fr(s):
        tail.append(f"Le poste est situé {a_loc_fr(loc_fr(s))}.")
    if tail:
        b.append(("p", " ".join(tail)))
    b.append(("p", f"{s['approver']}        {s['incumbent']}"))
    return b


def fr_dense(s: dict) -> list:
    ids = [s["cls"]] + ([f"poste {s['pos']}"] if s["pos"] else []) + ([f"code d'emploi {s['jc']}"] if s["jc"] else [])
    T = tfr(s)
    b = [("p", s["agency_fr"]), ("h1", T), ("h2", "Responsabilité générale"),
         ("p", f"{le(T)[0].upper() + le(T)[1:]} ({', '.join(ids)}) est responsable devant {le(s['sup_fr'])}"
               + (f" ({s['sup_cls']})" if s["sup_cls"] else "") + " de la direction de l'unité : il "
               + ACCOUNT_FR[s["account"]] + "."),
         ("h2", "Structure de l'organisation")]
    org = f"{le(T)[0].upper() + le(T)[1:]} est l'un des cadres qui relèvent {du(s['sup_fr'])}"
    org += f", dont le numéro de poste est {s['sup_no']}. " if s["sup_no"] else ". "
    b.append(("p", org + reports_fr(s)))
    b.append(("h2", "Nature et étendue"))
    b.append(("p", FILLER_FR[s["filler_fr"][0]] + " " + FILLER_FR[s["filler_fr"][1]]))
    sc = (f"Le titulaire gère {s['fte']} ETP et un budget salarial annuel de {m_fr(s, s['salary'], 'salary')}"
          if s["fte"] else f"Le titulaire gère un budget salarial annuel de {m_fr(s, s['salary'], 'salary')}")
    sc += f", auquel s'ajoutent {m_fr(s, s['om'], 'om')} en F et E"
    sc += f", pour un total de {m_fr(s, s['salary'] + s['om'], 'salary')}," if s["total_stated"] else ","
    sc += f" sur les crédits de {money_fr(s['appropriation'], 'M', s['fr_sep'])} de l'organisation."
    if loc_fr(s):
        sc += f" En poste {a_loc_fr(loc_fr(s))}, le titulaire se déplace plusieurs fois par année."
    b.append(("p", sc))
    if s["eff"]:
        b.append(("p", f"La présente description entre en vigueur le {date_fr(s['eff'])}."))
    b.append(("p", f"Classification : {s['hr_advisor']}."))
    return b


def fr_chrono(s: dict) -> list:
    T = tfr(s)
    b = [("h1", T)]
    b.append(("p", (f"Depuis le {date_fr(s['eff'])}, " if s["eff"] else "") +
                   (f"{le(T)} dirige l'unité {s['unit_fr']} — {s['agency_fr']}." if s["eff"] else
                    f"{le(T)[0].upper() + le(T)[1:]} dirige l'unité {s['unit_fr']} — {s['agency_fr']}.")))
    hist = (f"Le poste a été créé en {s['old_year']} au niveau {s['old_cls']}; il est aujourd'hui classifié "
            f"{s['cls']}.")
    if s["pos"]:
        hist += f" Son numéro, {s['pos']}, n'a pas changé."
    b.append(("p", hist))
    team = f"À la création du poste, l'unité comptait {s['old_fte']} employés."
    if s["fte"]:
        team += f" Elle en compte aujourd'hui {s['fte']}."
    team += " " + reports_fr(s)
    b.append(("p", team))
    sup = f"Le titulaire relève {du(s['sup_fr'])}" + (f" ({s['sup_cls']})" if s["sup_cls"] else "")
    sup += f", poste no {s['sup_no']}." if s["sup_no"] else "."
    sup += f" Ce dernier encadre au total {s['sup_fte']} employés."
    b.append(("p", sup))
    mon = (f"En {s['fy']}, l'unité a reçu {money_fr(s['branch_budget'], 'M', s['fr_sep'])}, y compris des fonds de "
           f"programme que le titulaire ne gère pas. Le titulaire gère un budget salarial de "
           f"{m_fr(s, s['salary'], 'salary')} et un budget de fonctionnement de {m_fr(s, s['om'], 'om')}")
    mon += f", soit {m_fr(s, s['salary'] + s['om'], 'salary')} en tout." if s["total_stated"] else "."
    b.append(("p", mon))
    tail = []
    if loc_fr(s):
        tail.append(f"Lieu de travail : {loc_fr(s)}.")
    if s["jc"]:
        tail.append(f"Code d'emploi : {s['jc']}.")
    if tail:
        b.append(("p", " ".join(tail)))
    b.append(("p", f"Titulaire : {s['incumbent']}. Révisé avec {s['approver']}."))
    return b


TEMPLATES = {"plain": (en_plain, fr_plain), "narrative": (en_narrative, fr_narrative), "qa": (en_qa, fr_plain),
             "dense": (en_dense, fr_dense), "chrono": (en_chrono, fr_chrono)}


def sections(blocks: list) -> list[list]:
    out: list[list] = []
    for blk in blocks:
        if blk[0] in ("h1", "h2") or not out:
            if not out or out[-1][-1][0] not in ("h1", "h2") or blk[0] == "p":
                out.append([])
        out[-1].append(blk)
    return out


def blocks_for(s: dict, lang: str, template: str, layout: str = "seq") -> list:
    en, fr = TEMPLATES[template]
    if lang == "en":
        return en(s)
    if lang == "fr":
        return fr(s)
    e, f = en(s), fr(s)
    if layout == "seq":
        return e + [("p", "— Version française —")] + f
    if layout == "pairs":  # each block in English, then its French
        out = [("h1", f"{s['title_en']} / {tfr(s)}")]
        e = [x for x in e if x != ("h1", s["title_en"])]
        f = [x for x in f if x != ("h1", tfr(s))]
        if len(e) == len(f):  # parallel texts: each block, then its translation
            for x, y in zip(e, f):
                out += [x, y]
            return out
        es, fs = sections(e), sections(f)
        for k in range(max(len(es), len(fs))):
            out += es[k] if k < len(es) else []
            out += fs[k] if k < len(fs) else []
        return out
    return [("cols", e, f)]


# --------------------------------------------------------------------------- renderers


def plain_text(blocks: list, heading_caps: bool = False) -> str:
    out = []
    for blk in blocks:
        if blk[0] == "cols":
            out.append(plain_text(blk[1], heading_caps))
            out.append(plain_text(blk[2], heading_caps))
        elif blk[0] in ("h1", "h2"):
            out.append(blk[1].upper() if heading_caps else blk[1])
        else:
            out.append(blk[1])
    return "\n\n".join(out) + "\n"


def markdown(blocks: list) -> str:
    out = []
    for blk in blocks:
        if blk[0] == "h1":
            out.append("# " + blk[1])
        elif blk[0] == "h2":
            out.append("## " + blk[1])
        elif blk[0] == "cols":
            out.append(markdown(blk[1]).strip())
            out.append(markdown(blk[2]).strip())
        else:
            out.append(blk[1].replace("*", "\\*"))
    return "\n\n".join(out) + "\n"


def curly(text: str) -> str:
    text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text)
    text = re.sub(r"(^|[\s(])\"", "\\1\u201c", text)
    return text.replace('"', "\u201d").replace("'", "\u2019")


FIXED = dt.datetime(2024, 3, 1, 9, 0, 0)


def docx_bytes(blocks: list, meta_title: str) -> bytes:
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_printed = FIXED
    d.core_properties.title = meta_title
    d.core_properties.author = "HR"
    d.core_properties.last_modified_by = "HR"
    d.core_properties.revision = 1
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    def put(bl, container=None):
        for blk in bl:
            if blk[0] == "cols":
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                left, right = blk[1], blk[2]
                for k in range(max(len(left), len(right))):
                    row = t.add_row().cells
                    for cell, side in ((row[0], left), (row[1], right)):
                        if k < len(side):
                            kind, text = side[k]
                            p = cell.paragraphs[0]
                            run = p.add_run(text)
                            run.bold = kind in ("h1", "h2")
            elif blk[0] == "h1":
                d.add_heading(blk[1], level=1)
            elif blk[0] == "h2":
                d.add_heading(blk[1], level=2)
            else:
                d.add_paragraph(blk[1])

    put(blocks)
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_doc(blocks: list, footer: str, width: int = 100) -> bytes:
    lines: list[str] = []
    for blk in blocks:
        if blk[0] == "cols":
            for side in (blk[1], blk[2]):
                for kind, text in side:
                    lines += textwrap.wrap(text.upper() if kind == "h2" else text, width) + [""]
            continue
        text = blk[1].upper() if blk[0] == "h2" else blk[1]
        lines += textwrap.wrap(text, width) + [""]
    pages, per = [], 62
    for k in range(0, len(lines), per):
        chunk = lines[k:k + per]
        pages.append("\n".join(chunk + ["", f"{footer}    {len(pages) + 1}"]))
    return pdf_bytes([p.replace(NNBSP, " ") for p in pages])


# --------------------------------------------------------------------------- OCR

DIGIT_SUBS = {"0": ["O", "o"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "6": ["b"], "2": ["Z"]}
LETTER_SUBS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("i", "l"), ("h", "b"), ("u", "n"), ("t", "l")]


def damage(text: str, rng: random.Random, strength: float, protect: list[str]) -> str:
    """Scanner damage on one paragraph; the names in `protect` are left alone."""
    keep = {}
    for k, name in enumerate(sorted(protect, key=len, reverse=True)):
        token = f"\x00{k}\x00"
        keep[token] = name
        text = text.replace(name, token)
    digits = {"0": 0.55, "1": 0.55, "5": 0.3, "8": 0.25, "6": 0.12, "2": 0.1}

    def sub_word(w: str) -> str:
        if "\x00" in w:
            return w
        if any(c.isdigit() for c in w):
            chars = []
            for c in w:
                if c in DIGIT_SUBS and rng.random() < digits[c] * strength * 1.6:
                    opts = DIGIT_SUBS[c] if strength > 0.6 else DIGIT_SUBS[c][:1]
                    chars.append(rng.choice(opts))
                else:
                    chars.append(c)
            return "".join(chars)
        if len(w) > 3 and rng.random() < 0.07 * strength:
            a, bb = rng.choice(LETTER_SUBS)
            if a in w:
                return w.replace(a, bb, 1)
        return w

    words = text.split(" ")
    out = []
    for w in words:
        w = sub_word(w)
        if out and rng.random() < 0.025 * strength and "\x00" not in w and "\x00" not in out[-1]:
            out[-1] += w
        else:
            out.append(w)
    text = " ".join(out)
    for token, name in keep.items():
        text = text.replace(token, name)
    return text


def ocr_lines(blocks: list, width: int) -> list[str]:
    lines: list[str] = []
    for blk in blocks:
        if blk[0] == "cols":
            continue
        text = blk[1].upper() if blk[0] in ("h1", "h2") else blk[1]
        for ln in textwrap.wrap(text, width, break_long_words=False):
            lines.append(ln)
        lines.append("")
    return lines


def hyphenate(lines: list[str], rng: random.Random, width: int) -> list[str]:
    """Break some line-final words of the next line back with a hyphen, as a typeset page does."""
    out = list(lines)
    for k in range(len(out) - 1):
        nxt = out[k + 1]
        if not out[k] or not nxt or rng.random() > 0.35:
            continue
        first, _, rest = nxt.partition(" ")
        if len(first) >= 8 and first.isalpha() and len(out[k]) + len(first) // 2 + 2 <= width + 6:
            cut = len(first) // 2
            out[k] = out[k] + " " + first[:cut] + "-"
            out[k + 1] = first[cut:] + (" " + rest if rest else "")
    return out


def paginate(lines: list[str], header: str, footer_fmt: str, per: int = 48) -> str:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    pages = [lines[k:k + per] for k in range(0, len(lines), per)]
    out = []
    for n, pg in enumerate(pages, 1):
        body = [header, ""] + pg + ["", footer_fmt.format(n=n, total=len(pages))]
        out.append("\n".join(body))
    return "\n\f".join(out) + "\n"


def ocr_text(blocks: list, rng: random.Random, strength: float, header: str, protect: list[str],
             footer_fmt: str = "- {n} -", width: int = 74) -> str:
    damaged = []
    for blk in blocks:
        if blk[0] == "cols":
            damaged.append(blk)
        else:
            damaged.append((blk[0], damage(blk[1], rng, strength, protect)))
    lines = hyphenate(ocr_lines(damaged, width), rng, width)
    return paginate(lines, header, footer_fmt)


def ocr_columns(en_blocks: list, fr_blocks: list, rng: random.Random, strength: float, header: str,
                protect: list[str]) -> str:
    col = 40
    le_ = ocr_lines([(k, damage(t, rng, strength, protect)) for k, t in en_blocks], col)
    lf_ = ocr_lines([(k, damage(t, rng, strength, protect)) for k, t in fr_blocks], col)
    rows = []
    for k in range(max(len(le_), len(lf_))):
        a = le_[k] if k < len(le_) else ""
        b = lf_[k] if k < len(lf_) else ""
        gap = " " * (col + 2 - len(a)) if b else ""
        rows.append((a + gap + b).rstrip())
    return paginate(rows, header, "Page {n}", per=52)


# --------------------------------------------------------------------------- the corpus plan

# (number, file name pattern, kind, language, template, layout, spec arguments, damage)
# {t}: English title, {f}: French title as the document gives it, {c}: classification
PLAN = [
    (1, "Director General, Tribunal Operations - plain language WD.docx", "docx", "en", "narrative", None,
     {"title_index": 20, "agency": 0}, None),
    (2, "Director, Registry Operations ({c}) - signed.pdf", "pdf", "en", "plain", None,
     {"title_index": 1, "agency": 0}, None),
    (3, "{f}.docx", "docx", "fr", "narrative", None, {"title_index": 8, "agency": 0}, None),
    (4, "WD Exec Dir Corporate Services.docx", "docx", "en", "dense", None, {"title_index": 14}, None),
    (5, "Chief Financial Officer - work description (plain language).docx", "docx", "en", "qa", None,
     {"title_index": 22}, None),
    (6, "{f} - description de travail.docx", "docx", "fr", "chrono", None, {"title_index": 16}, None),
    (7, "DRAFT - Director, Case Management v2.docx", "docx", "en", "narrative", None,
     {"title_index": 5, "agency": 2}, None),
    (8, "Director, Case Management - signed.pdf", "pdf", "en", "narrative", None, {"same_as": 7}, None),
    (9, "Secretary General_bilingual.docx", "docx", "bilingual", "plain", "cols", {"title_index": 23}, None),
    (10, "Director, Digital Services _ {f}.docx", "docx", "bilingual", "narrative", "pairs",
     {"title_index": 6}, None),
    (11, "Director, Science Programs - EN-FR.docx", "docx", "bilingual", "dense", "seq",
     {"title_index": 10, "agency": 10}, None),
    (12, "Director, Legal Services.docx", "docx", "en", "plain", None, {"title_index": 12}, None),
    (13, "{f} (final).docx", "docx", "fr", "dense", None, {"title_index": 11}, None),
    (14, "WD 2024 - Executive Director, Operations.pdf", "pdf", "en", "dense", None,
     {"title_index": 16, "agency": 9}, None),
    (15, "Director, Human Resources, signed.pdf", "pdf", "en", "chrono", None, {"title_index": 3}, None),
    (16, "{f} - signée.pdf", "pdf", "fr", "plain", None, {"title_index": 19}, None),
    (17, "DT {f}.pdf", "pdf", "fr", "narrative", None, {"title_index": 0}, None),
    (18, "Gestion des dossiers - description de travail 2023.pdf", "pdf", "fr", "chrono", None,
     {"title_index": 5}, None),
    (19, "Executive Director and Registrar (bilingual).pdf", "pdf", "bilingual", "chrono", "seq",
     {"title_index": 15}, None),
    (20, "Director, Strategic Planning - {f}.pdf", "pdf", "bilingual", "plain", "pairs", {"title_index": 13}, None),
    (21, "scan0047.txt", "ocr", "en", "dense", None, {"same_as": 14}, "light"),
    (22, "SCAN_2023-05-17_Director Finance.txt", "ocr", "en", "plain", None, {"title_index": 2}, "middling"),
    (23, "Director, Communications - scanned copy.txt", "ocr", "en", "chrono", None, {"title_index": 4}, "heavy"),
    (24, "img20220314_0003 (OCR).txt", "ocr", "en", "narrative", None, {"title_index": 17}, "middling"),
    (25, "WD Director Analysis and Pricing - scan.txt", "ocr", "en", "qa", None,
     {"title_index": 9, "agency": 7}, "light"),
    (26, "EX-02 Compliance and Enforcement - OCR.txt", "ocr", "en", "dense", None,
     {"title_index": 18, "agency": 11}, "heavy"),
    (27, "numérisation_directrice_ressources_humaines.txt", "ocr", "fr", "plain", None,
     {"title_index": 3, "fem": True}, "middling"),
    (28, "{f} - numérisé.txt", "ocr", "fr", "dense", None, {"title_index": 21}, "light"),
    (29, "balayage 0412.txt", "ocr", "fr", "narrative", None, {"title_index": 7}, "heavy"),
    (30, "scan bilingue - Director, Regional Operations (Atlantic).txt", "ocr-columns", "bilingual", "plain", None,
     {"title_index": 7}, "middling"),
    (31, "Executive Director, Secretariat Services - scan EN-FR.txt", "ocr-columns", "bilingual", "dense", None,
     {"title_index": 17}, "light"),
    (32, "Director, Policy and Research.txt", "text", "en", "plain", None, {"title_index": 0}, None),
    (33, "director_mediation_services_plain_language.txt", "text", "en", "qa", None, {"title_index": 8}, None),
    (34, "Executive Director, Corporate Services (rewrite).txt", "text", "en", "chrono", None,
     {"title_index": 14}, None),
    (35, "{f}.txt", "text", "fr", "dense", None, {"title_index": 4}, None),
    (36, "Director, Case Management - {f}.txt", "text", "bilingual", "narrative", "pairs", {"title_index": 5}, None),
    (37, "{f}.txt", "text-cp1252", "fr", "narrative", None, {"title_index": 1, "fem": True}, None),
    (38, "{f} (1).txt", "text-cp1252", "fr", "narrative", None, {"same_as": 37}, None),
    (39, "Director, Quality and Audit - Word export.txt", "text-cp1252", "en", "narrative", None,
     {"title_index": 11}, None),
    (40, "DG Policy and Stakeholder Relations - EN FR.txt", "text-cp1252", "bilingual", "plain", "seq",
     {"title_index": 21}, None),
    (41, "Director, Finance and Administration.md", "markdown", "en", "dense", None, {"title_index": 2}, None),
    (42, "chief-financial-officer-plain-language.md", "markdown", "en", "plain", None, {"title_index": 22}, None),
    (43, "{f}.md", "markdown", "fr", "plain", None, {"title_index": 15}, None),
    (44, "Director, Mediation Services - {f}.md", "markdown", "bilingual", "chrono", "pairs", {"title_index": 8}, None),
]

STRENGTH = {"light": 0.35, "middling": 0.7, "heavy": 1.2}


def build_specs() -> dict[int, dict]:
    specs: dict[int, dict] = {}
    for n, _name, _kind, _lang, _tpl, _layout, args, _dmg in PLAN:
        args = dict(args)
        if "same_as" in args:
            continue
        fem = args.pop("fem", None)
        s = make_spec(n, **args)
        if fem is not None:
            s["fem"] = fem
        specs[n] = s
    # the family: a DG (1) and two of its directors (2, 3), whose supervisor is the DG's position
    dg = specs[1]
    dg["pos"] = dg["pos"] or "310447"
    dg["fte"] = None
    for k in (2, 3):
        d = specs[k]
        d["sup_en"], d["sup_fr"], d["sup_cls"], d["sup_no"] = dg["title_en"], dg["title_fr"], "EX-03", dg["pos"]
        d["fte"] = d["fte"] or sum(r["fte"] or 1 for r in d["reports"]) + 2
    others = [r for r in dg["reports"] if not r["cls"] or not r["cls"].startswith("EX")]
    dg["reports"] = [
        {"en": specs[2]["title_en"], "fr": specs[2]["title_fr"], "cls": "EX-01", "fte": specs[2]["fte"],
         "unit_en": "Registry", "unit_fr": "du greffe"},
        {"en": specs[3]["title_en"], "fr": specs[3]["title_fr"], "cls": "EX-01", "fte": specs[3]["fte"],
         "unit_en": "Mediation Services", "unit_fr": "des services de médiation"},
    ] + others
    dg["fte"] = sum(r["fte"] or 1 for r in dg["reports"]) + 3
    dg["salary"] = int(round(dg["fte"] * 101_000, -4))
    dg["sup_fte"] = dg["fte"] * 3 + 7
    # versions of the Director, Case Management (7 draft -> 8 signed)
    old = specs[7]
    old["pos"] = old["pos"] or "204518"
    old["fte"] = old["fte"] or sum(r["fte"] or 1 for r in old["reports"]) + 2
    old["eff"] = dt.date(2021, 6, 1)
    old["fy"] = "2021-22"
    old["old_date"] = dt.date(2014, 9, 15)
    old["total_stated"] = False
    new = {**old, "reports": [dict(r) for r in old["reports"]]}
    new["reports"].append({"en": "Manager, Quality Assurance", "fr": "Gestionnaire, Assurance de la qualité",
                           "cls": "PM-05", "fte": 7, "unit_en": "Quality Assurance", "unit_fr": None})
    new["fte"] = old["fte"] + 8
    new["salary"] = old["salary"] + 610_000
    new["om"] = old["om"] + 40_000
    new["eff"] = dt.date(2022, 4, 1)
    new["fy"] = "2022-23"
    new["total_stated"] = True
    specs[8] = new
    specs[21] = specs[14]
    specs[14]["pos"] = specs[14]["pos"] or "118204"
    specs[38] = specs[37]
    return specs


def file_name(pattern: str, s: dict) -> str:
    return pattern.format(t=s["title_en"], f=tfr(s), c=s["cls"])


def render(kind: str, blocks: list, s: dict, lang: str, dmg: str | None, n: int) -> bytes:
    rng = random.Random(153_500 + n)
    people = [s["incumbent"], s["approver"], s["hr_advisor"]]
    agency = s["agency_fr"] if lang == "fr" else s["agency_en"]
    if kind == "docx":
        return docx_bytes(blocks, s["title_en"] if lang != "fr" else tfr(s))
    if kind == "pdf":
        return pdf_doc(blocks, agency)
    if kind == "markdown":
        return markdown(blocks).encode("utf-8")
    if kind == "text":
        return plain_text(blocks, heading_caps=n % 2 == 0).encode("utf-8")
    if kind == "text-cp1252":
        text = curly(plain_text(blocks)).replace(NNBSP, NBSP)
        return text.replace("\n", "\r\n").encode("cp1252")
    if kind == "ocr":
        head = (f"{agency.upper()}    " + ("DESCRIPTION DE TRAVAIL" if lang == "fr" else "WORK DESCRIPTION"))
        foot = "Page {n} de {total}" if lang == "fr" else ("- {n} -" if n % 2 else "Page {n} of {total}")
        return ocr_text(blocks, rng, STRENGTH[dmg], head, people, foot).replace(NNBSP, " ").encode("utf-8")
    if kind == "ocr-columns":
        tpl = TEMPLATES[PLAN[n - 1][4]]
        e, f = tpl[0](s), tpl[1](s)
        head = f"{s['agency_en'].upper()} / {s['agency_fr'].upper()}"
        return ocr_columns(e, f, rng, STRENGTH[dmg], head, people).replace(NNBSP, " ").encode("utf-8")
    raise ValueError(kind)


def truth(n: int, name: str, kind: str, lang: str, tpl: str, layout: str | None, dmg: str | None, s: dict,
          text: str) -> dict:
    fr = lang == "fr"
    reports = [{"title": r["fr"] if fr else r["en"], "classification": r["cls"], "fte": r["fte"]}
               for r in s["reports"]]
    fields = {
        "title": tfr(s) if fr else s["title_en"],
        "classification": s["cls"],
        "job_code": s["jc"],
        "position_number": s["pos"],
        "effective_date": s["eff"],
        "supervisor": {"position_number": s["sup_no"], "title": s["sup_fr"] if fr else s["sup_en"],
                       "classification": s["sup_cls"]},
        "direct_reports": reports or None,
        "salary": s["salary"],
        "o_and_m": s["om"],
        "total": s["salary"] + s["om"] if s["total_stated"] else None,
        "location": loc_fr(s) if fr else loc_en(s),
    }
    not_stated = [k for k in ("job_code", "position_number", "effective_date") if fields[k] is None]
    not_stated += [f"supervisor.{k}" for k in ("position_number", "classification") if fields["supervisor"][k] is None]
    not_stated += [k for k in ("total", "location") if fields[k] is None]
    for j, r in enumerate(reports):
        for k in ("classification", "fte"):
            if r[k] is None:
                not_stated.append(f"direct_reports[{j}].{k}")
    also: dict = {"department": s["agency_fr"] if fr else s["agency_en"], "form": f"prose, {tpl}"}
    if layout:
        also["layout"] = {"seq": "English text, then the French text", "pairs": "each section in English, then in "
                          "French", "cols": "two-column table, English left, French right"}[layout]
    if kind == "ocr-columns":
        also["layout"] = "English column and French column read across, line by line"
    if lang == "bilingual":
        also["title_en"] = s["title_en"]
        also["title_fr"] = tfr(s)
        also["location_fr"] = loc_fr(s)
    if s["fte"] is not None:
        also["fte"] = s["fte"]
    if dmg:
        also["damage"] = dmg
    also["distractors"] = distractors(tpl, s, lang)
    if n in (2, 3):
        also["reports_to_in_corpus"] = file_name(PLAN[0][1], s)
    if n == 1:
        also["supervises_in_corpus"] = [file_name(PLAN[1][1], SPECS[2]), file_name(PLAN[2][1], SPECS[3])]
    if s["sup_cls"] is None:
        also["supervisor_note"] = "a Governor in Council appointee; no classification stated"
    people = [p for p in (s["incumbent"], s["approver"], s["hr_advisor"]) if p in text]
    versions = None
    if n in (7, 8):
        versions = {"documents": [file_name(PLAN[6][1], SPECS[7]), file_name(PLAN[7][1], SPECS[8])],
                    "newest": file_name(PLAN[7][1], SPECS[8]), "same_text": False,
                    "note": "the signed version adds a Manager, Quality Assurance (PM-05, 7 FTEs), 8 FTEs more, "
                            "salary +$610,000, O&M +$40,000, states a total, effective 2022-04-01 instead of "
                            "2021-06-01"}
    if n in (14, 21):
        versions = {"documents": [file_name(PLAN[13][1], SPECS[14]), "scan0047.txt"],
                    "newest": file_name(PLAN[13][1], SPECS[14]), "same_text": False,
                    "note": "the same version: scan0047.txt is the OCR of the printed PDF (light damage)"}
    if n in (37, 38):
        versions = {"documents": [file_name(PLAN[36][1], SPECS[37]), file_name(PLAN[37][1], SPECS[38])],
                    "newest": file_name(PLAN[37][1], SPECS[38]), "same_text": True,
                    "note": "the same file saved twice (identical bytes)"}
    return {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
            "not_stated": not_stated, "also": also, "people": people, "versions": versions}


def distractors(tpl: str, s: dict, lang: str) -> list[str]:
    out = []
    if tpl in ("plain", "qa") or (tpl == "plain" and lang == "fr"):
        if tpl == "plain":
            out.append(f"the organization's budget ({s['branch_budget']}) and a peer's team ({s['peer_fte']}) in the "
                       f"same paragraphs as the position's figures")
    if tpl == "qa" and lang != "fr":
        out.append(f"a former classification ({s['old_cls']}) and a former team size ({s['old_fte']})")
    if tpl == "narrative":
        out.append(f"the replaced version's date ({s['old_date'].isoformat()}), the supervisor's {s['sup_fte']} "
                   f"employees and {s['sup_budget']} budget, a former FTE count ({s['old_fte']})")
    if tpl == "dense":
        out.append(f"the organization's appropriation ({s['appropriation']})")
    if tpl == "chrono":
        out.append(f"the creation level ({s['old_cls']}) and team ({s['old_fte']}), the unit's {s['branch_budget']} "
                   f"including program funds, the supervisor's {s['sup_fte']} employees")
    return out


# --------------------------------------------------------------------------- refusals


def refusals() -> list[tuple[str, str, str, bytes, list[str], dict]]:
    rng = random.Random(153_900)
    out = []
    chair, minister = person(rng), person(rng)
    letter = [("p", "Office of the Minister"), ("p", "Ottawa, January 22, 2024"), ("p", f"Dear {chair}:"),
              ("p", "I am pleased to confirm your appointment as Chairperson of the Canadian Human Rights Tribunal "
                    "for a term of five years. This letter sets out what I expect of the Tribunal during your "
                    "mandate."),
              ("p", "The Tribunal, with some 62 employees and a budget of $8.4 million, is small, but the people who "
                    "come before it are often at the most difficult moment of their lives. I ask you to reduce the "
                    "inventory of complaints older than 18 months by half by March 31, 2026, and to publish plain-"
                    "language decisions."),
              ("p", "You will be supported by the Executive Director and Registrar, an EX-02 position, who leads the "
                    "Registry of 41 employees and manages a salary budget of $3.9 million. I trust that together you "
                    "will keep the Tribunal's administration separate from its adjudicative work."),
              ("p", "I also expect the Tribunal to report each year on the diversity of its members and staff and on "
                    "the accessibility of its hearings."),
              ("p", "Sincerely,"), ("p", f"{minister}"), ("p", "Minister responsible for the Tribunal")]
    out.append(("Mandate letter - Chairperson 2024.docx", "docx", "en",
                docx_bytes(letter, "Mandate letter"), [chair, minister],
                {"what": "a ministerial mandate letter to a tribunal's Chairperson (not a work description)"}))
    contact = person(rng)
    ad = ("# We're hiring: Director, Mediation Services\n\n"
          "**Veterans Review and Appeal Board** · Winnipeg, Manitoba (hybrid)\n\n"
          "Do you believe disputes are best settled by people who listen? We are looking for a Director, "
          "Mediation Services (EX-01) to lead our team of 24 mediators and case officers.\n\n"
          "## What you'll do\n\n"
          "- Lead three managers (PM-06) and their teams\n"
          "- Manage a salary budget of about $2.6 million\n"
          "- Report to the Executive Director, Operations (EX-02)\n\n"
          "## What we offer\n\n"
          "Salary: $133,800 to $157,405 a year, plus performance pay. Four weeks of vacation to start.\n\n"
          "## How to apply\n\n"
          "Send your résumé and a two-page letter by **March 15, 2024**, quoting selection process "
          "24-VRAB-EA-0031. Questions? Write to " + contact + ", Staffing Advisor.\n\n"
          "*We are committed to employment equity and to accessible hiring.*\n")
    out.append(("Job ad - Director, Mediation Services (EX-01).md", "markdown", "en", ad.encode("utf-8"), [contact],
                {"what": "a plain-language job advertisement for an EX-01 staffing process"}))
    chairfr = person(rng)
    rep = [("h1", "Rapport sur les résultats ministériels 2022-2023"), ("h2", "Section 3 — Ressources humaines et "
                                                                            "financières"),
           ("p", "Au 31 mars 2023, le Tribunal comptait 312 équivalents temps plein (ETP), contre 287 un an plus "
                 "tôt. Les dépenses réelles se sont élevées à 41,2 M$, dont 29,8 M$ en salaires et 11,4 M$ en "
                 "fonctionnement et entretien."),
           ("p", "La Direction générale des opérations du tribunal, dirigée par une directrice générale (EX-03), "
                 "regroupe 214 ETP répartis entre le greffe (88 ETP), la médiation (31 ETP) et les services aux "
                 "commissaires (95 ETP). Le Secteur des services intégrés compte 61 ETP."),
           ("p", "Les écarts entre les dépenses prévues (43,0 M$) et réelles s'expliquent surtout par des postes "
                 "vacants en début d'exercice et par le report de projets de technologie de l'information."),
           ("p", f"Message de la présidente : {chairfr}")]
    out.append(("Rapport annuel 2022-2023 - extrait RH et finances.pdf", "pdf", "fr", pdf_doc(rep, "Rapport 2022-2023"),
                [chairfr], {"what": "an excerpt of an annual (departmental results) report: the organization's FTEs "
                                    "and spending"}))
    present = [person(rng) for _ in range(5)]
    minutes = ("Management Committee \u2014 Minutes\n\nThursday, October 12, 2023, 10:00\u201311:30, "
               "Boardroom 4B and Teams\n\n"
               f"Present: {', '.join(present[:4])}\nRegrets: {present[4]}\n\n"
               "1. Adoption of the agenda \u2014 adopted.\n\n"
               "2. Financial situation at mid-year: the CFO reported a projected surplus of $410,000 on a budget "
               "of $18.6 million; O&M spending is at 44%.\n\n"
               "3. Reclassification of the Director, Registry Operations (EX-01, position 47120): the committee "
               "supports the proposal to classify the position at EX-02 once the Registry takes on the Eastern "
               "region\u2019s 12 case officers. The new work description will be submitted to the classification "
               "committee in November.\n\n"
               "4. Office accommodation in Moncton: lease renewal approved in principle.\n\n"
               f"Action items: HR to prepare the work description ({present[2]}); Finance to update the staffing "
               "plan.\n\nNext meeting: November 9, 2023.\n")
    out.append(("Management Committee minutes 2023-10-12.txt", "text-cp1252", "en",
                minutes.replace("\n", "\r\n").encode("cp1252"), present,
                {"what": "minutes of a management committee meeting that discusses a reclassification"}))
    out.append(("scan_2023-11-14_0932.pdf", "pdf", "en", pdf_bytes(["", "", ""]), [],
                {"what": "a three-page scan without a text layer: nothing to read",
                 "note": "language unknown (no text); en is nominal"}))
    head = [("h1", "Departmental Results Report 2023-24"),
            ("h2", "Spending and human resources"),
            ("p", "In 2023-24 the Board spent $27.9 million, $1.3 million less than planned. Salaries accounted "
                  "for $21.5 million. The Board had 188 full-time equivalents on March 31, 2024, including 61 in "
                  "the Registry and 23 in Mediation Services."),
            ("p", "The Executive Director, Operations (EX-02) is responsible for the Registry, Mediation Services "
                  "and Member Support. The Director, Finance and Administration leads a team of 17."),
            ("p", "Spending is expected to rise to $29.4 million in 2024-25, mainly because of the new case "
                  "management system.")]
    text = ocr_text(head, random.Random(153_950), STRENGTH["middling"], "VETERANS REVIEW AND APPEAL BOARD", [],
                    "- {n} -")
    out.append(("Annual report 2023-24 excerpt (scanned).txt", "ocr", "en", text.encode("utf-8"), [],
                {"what": "an OCR'd excerpt of an annual report: the organization's spending and FTEs",
                 "damage": "middling"}))
    return out


SPECS: dict[int, dict] = {}


def main() -> None:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    SPECS.update(build_specs())
    truths = []
    for n, pattern, kind, lang, tpl, layout, _args, dmg in PLAN:
        s = SPECS[n]
        name = file_name(pattern, s)
        blocks = blocks_for(s, lang, tpl, layout or "seq")
        data = render(kind, blocks, s, lang, dmg, n)
        (corpus / name).write_bytes(data)
        text = plain_text(blocks) if kind != "ocr-columns" else plain_text(TEMPLATES[tpl][0](s) + TEMPLATES[tpl][1](s))
        truths.append(truth(n, name, kind, lang, tpl, layout, dmg, s, text))
    for name, kind, lang, data, people, also in refusals():
        (corpus / name).write_bytes(data)
        truths.append({"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                       "not_stated": None, "also": also, "people": people, "versions": None})
    for t in truths:
        out = yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=110)
        (expected / f"{t['document']}.expected.yaml").write_text(out, encoding="utf-8")
    print(f"{len(truths)} documents")


if __name__ == "__main__":
    main()
