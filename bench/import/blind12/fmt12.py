"""Small helpers the document modules of blind12 write with: blocks, and the many ways a value
was typed (amounts, dates, FTEs) in English and French. Every notation is checked to read back
to the value the ground truth holds."""
from __future__ import annotations

import datetime as dt
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


# --- blocks --------------------------------------------------------------------------------------

def H(text: str, level: int = 1, **kw) -> dict:
    return {"t": "h", "text": text, "level": level, **kw}


def P(text: str, prose: bool = True) -> dict:
    return {"t": "p", "text": " ".join(text.split()), "prose": prose}


def PS(text: str) -> list[dict]:
    """Several paragraphs, separated by blank lines in the source."""
    return [P(x) for x in text.strip().split("\n\n") if x.strip()]


def KV(rows, mode: str = "colon", **kw) -> dict:
    return {"t": "kv", "rows": [(k, v) for k, v in rows], "mode": mode, **kw}


def L(items, style: str = "num", prose: bool = True) -> dict:
    return {"t": "list", "items": [" ".join(x.split()) for x in items], "style": style, "prose": prose}


def T(header, rows) -> dict:
    return {"t": "table", "header": header, "rows": rows}


def COLS(left, right, **kw) -> dict:
    return {"t": "cols", "left": left, "right": right, **kw}


def SIG(*lines) -> dict:
    return {"t": "sig", "lines": list(lines)}


def RAW(text: str) -> dict:
    return {"t": "raw", "text": text}


PAGE = {"t": "page"}


# --- amounts -------------------------------------------------------------------------------------

def _trim(x: float, decimals: int) -> str:
    s = f"{x:.{decimals}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def money(v: int, style: str, nbsp: bool = False) -> str:
    """``v`` dollars written as ``style``; asserts the notation is exact (no rounding)."""
    sp = "\u00a0" if nbsp else " "

    def grp(n: int, sep: str) -> str:
        return f"{n:,}".replace(",", sep)

    m = v / 1_000_000
    k = v / 1_000
    mdec = _trim(m, 3)
    kdec = _trim(k, 1)
    if style in ("M", "M_sp", "million", "Million", "M_words", "frM", "frM_sp", "frmillions", "frmillions_de"):
        assert round(float(mdec) * 1_000_000) == v, (v, style)
    if style in ("K", "k", "K_sp", "frk", "frK"):
        assert round(float(kdec) * 1000) == v, (v, style)
    out = {
        "M": f"${mdec}M", "M_sp": f"${mdec} M", "million": f"${mdec} million", "Million": f"${mdec} Million",
        "M_words": f"{mdec} million dollars",
        "K": f"${kdec}K", "k": f"${kdec}k", "K_sp": f"${kdec} K",
        "full": f"${grp(v, ',')}", "full00": f"${grp(v, ',')}.00", "nodollar": grp(v, ","), "plain": str(v),
        "sp": f"${sp}{grp(v, sp)}", "dollar_after": f"{grp(v, ',')} $",
        "fr": f"{grp(v, sp)}{sp}$", "fr00": f"{grp(v, sp)},00{sp}$", "frnodollar": grp(v, sp),
        "frM": f"{mdec.replace('.', ',')}{sp}M$", "frM_sp": f"{mdec.replace('.', ',')}{sp}M{sp}$",
        "frmillions": f"{mdec.replace('.', ',')}{sp}millions{sp}$",
        "frmillions_de": f"{mdec.replace('.', ',')}{sp}millions de dollars",
        "frk": f"{kdec.replace('.', ',')}{sp}k$", "frK": f"{kdec.replace('.', ',')}{sp}K$",
        "frpoint": f"{grp(v, '.')}{sp}$",
        "M1_sp": f"${m:.1f} M", "M2": f"${m:.2f}M",
    }[style]
    return out


# --- dates ---------------------------------------------------------------------------------------

def date(iso: str, style: str) -> str:
    d = dt.date.fromisoformat(iso)
    day = d.day
    th = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return {
        "long": f"{MONTHS[d.month - 1]} {day}, {d.year}",
        "longth": f"{MONTHS[d.month - 1]} {day}{th}, {d.year}",
        "dmy": f"{day} {MONTHS[d.month - 1]} {d.year}",
        "dmy0": f"{day:02d} {MONTHS[d.month - 1]} {d.year}",
        "abbr": f"{MONTHS[d.month - 1][:3]}. {day}, {d.year}",
        "dmonabbr": f"{day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}",
        "upper": f"{MONTHS[d.month - 1].upper()} {day}, {d.year}",
        "iso": iso,
        "slash_dmy": f"{day:02d}/{d.month:02d}/{d.year}",
        "slash_ymd": f"{d.year}/{d.month:02d}/{day:02d}",
        "dots": f"{d.year}.{d.month:02d}.{day:02d}",
        "fr": f"{'1er' if day == 1 else day} {MOIS[d.month - 1]} {d.year}",
        "frle": f"le {'1er' if day == 1 else day} {MOIS[d.month - 1]} {d.year}",
        "frcap": f"{'1er' if day == 1 else day} {MOIS[d.month - 1].capitalize()} {d.year}",
        "fr_slash": f"{day:02d}/{d.month:02d}/{d.year}",
        "fr_dash": f"{day:02d}-{d.month:02d}-{d.year}",
    }[style]


# --- ground truth --------------------------------------------------------------------------------

def truth(*, title, cls, job=None, pos=None, eff=None, sup=(None, None, None), reports=(), salary=None,
          om=None, total=None, loc=None, fte=None, opb=None, progb=None, prov=None) -> dict:
    """The key fields a careful reader takes from the paper (None: the document does not say)."""
    fields = {
        "title": title, "classification": cls, "job_code": job, "position_number": pos, "effective_date": eff,
        "supervisor": {"position_number": sup[0], "title": sup[1], "classification": sup[2]},
        "direct_reports": [{"title": t, "classification": c, "fte": f} for t, c, f in reports],
        "salary": salary, "o_and_m": om, "total": total, "location": loc,
    }
    not_stated = [k for k in ("title", "classification", "job_code", "position_number", "effective_date",
                              "salary", "o_and_m", "total", "location") if fields[k] is None]
    not_stated += [f"supervisor.{k}" for k in ("position_number", "title", "classification")
                   if fields["supervisor"][k] is None]
    return {"fields": fields, "not_stated": not_stated,
            "also": {"fte": fte, "operating_budget": opb, "program_budget": progb, "provisional_number": prov}}


def fte_words(n: int) -> str:
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
             "twelve"]
    return words[n]


def check_amount(text: str, v: int, norm=lambda s: s) -> bool:
    """Whether ``text`` holds some notation of ``v`` (a light self-check of the documents)."""
    flat = norm(text.replace("\u00a0", " "))
    for style in ("M", "M_sp", "million", "K", "k", "full", "full00", "nodollar", "plain", "sp", "fr", "fr00",
                  "frM", "frM_sp", "frmillions", "frk", "frK", "dollar_after", "frnodollar", "frpoint",
                  "Million", "M_words", "frmillions_de", "K_sp", "M1_sp", "M2"):
        try:
            if norm(money(v, style).replace("\u00a0", " ")) in flat:
                return True
        except AssertionError:
            continue
    return False


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)
