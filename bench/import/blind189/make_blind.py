"""Generate blind corpus 189: older executive work descriptions converted from WordPerfect / DOS editors.

Run from the repository root: python bench/import/blind189/make_blind.py
Deterministic: fixed seeds, .docx re-zipped with fixed timestamps.
"""
import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


# ---------------------------------------------------------------- notations
def fmt_date(d, style):
    if style == "dmy-mon":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year % 100:02d}"
    if style == "ymd-slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "long-st":
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d.day if d.day < 20 else d.day % 10, "th")
        return f"{MONTHS[d.month - 1]} {d.day}{suf}, {d.year}"
    if style == "dlong":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def fmt_cls(group, level, style):
    if style == "pad":
        return f"{group}-{level:02d}"
    if style == "space":
        return f"{group} {level}"
    if style == "dash":
        return f"{group}-{level}"
    if style == "space0":
        return f"{group} {level:02d}"
    raise ValueError(style)


def fmt_rep_cls(c, style):
    parts = c.split("-")
    group, level = "-".join(parts[:-1]), int(parts[-1])
    return fmt_cls(group, level, style)


def round_amt(v, style):
    q = {"full": 1000, "K": 1000, "M1": 100000, "M2": 10000, "M1fr": 100000, "kfr": 1000, "fullfr": 1000,
         "thou": 1000}[style]
    return max(q, int(round(v / q)) * q)


def fmt_amt(v, style):
    if style == "full":
        return f"${v:,}"
    if style == "K":
        return f"${v // 1000:,}K"
    if style == "M1":
        return f"{v / 1e6:.1f}M$"
    if style == "M2":
        return f"${v / 1e6:.2f}M"
    if style == "M1fr":
        return f"{v / 1e6:.1f}".replace(".", ",") + " M$"
    if style == "kfr":
        return f"{v // 1000:,}".replace(",", " ") + " k$"
    if style == "fullfr":
        return f"{v:,}".replace(",", " ") + " $"
    if style == "thou":
        return f"{v // 1000:,}"
    raise ValueError(style)


# ---------------------------------------------------------------- positions
def person(rng):
    return f"{rng.choice(T.GIVEN)} {rng.choice(T.FAMILY)}"


KIND_PLAN = (["docx"] * 8 + ["pdf"] * 6 + ["ocr"] * 9 + ["ocr-columns"] * 2 + ["text"] * 6
             + ["text-cp1252"] * 7 + ["markdown"] * 4)
LANG_PLAN = ["en"] * 30 + ["fr"] * 7 + ["bilingual"] * 5


def build_positions():
    rk = random.Random(1890)
    kinds = KIND_PLAN[:]
    rk.shuffle(kinds)
    langs = LANG_PLAN[:]
    rk.shuffle(langs)
    # ocr-columns in English; markdown never bilingual-free constraint not needed
    pos = []
    used_numbers = set()
    for i in range(42):
        r = random.Random(189000 + i)
        area_en, area_fr = T.AREAS[i]
        level = 3 if i < 6 else (2 if i < 14 else 1)
        lang = langs[i]
        if kinds[i] == "ocr-columns":
            lang = "en"
        dep = r.randrange(len(T.DEPARTMENTS))
        place = r.randrange(len(T.PLACES))
        rank_en = {3: "Director General", 2: "Executive Director", 1: "Director"}[level]
        fem = r.random() < 0.5
        rank_fr = {3: "Directrice générale" if fem else "Directeur général",
                   2: "Directrice exécutive" if fem else "Directeur exécutif",
                   1: "Directrice" if fem else "Directeur"}[level]
        while True:
            num = str(r.randrange(10000, 99999))
            if num not in used_numbers:
                used_numbers.add(num)
                break
        p = dict(i=i, lang=lang, kind=kinds[i], level=level, area_en=area_en, area_fr=area_fr,
                 title_en=f"{rank_en}, {area_en}", title_fr=f"{rank_fr}, {area_fr}",
                 dep=dep, place=place, number=num if r.random() < 0.88 else None,
                 job_code=str(r.randrange(100000, 109999)) if r.random() < 0.55 else None,
                 date=dt.date(r.randrange(1994, 2004), r.randrange(1, 13), r.choice([1, 1, 1, 15, r.randrange(2, 29)]))
                 if r.random() < 0.85 else None,
                 people=dict(approver=person(r), classifier=person(r) if r.random() < 0.6 else None,
                             incumbent=person(r) if r.random() < 0.35 else None))
        pos.append(p)
    fr_cp = [p for p in pos if p["lang"] == "fr" and p["kind"] == "text-cp1252"]
    if fr_cp:
        fr_cp[0]["cp850"] = True
    # supervisors
    for p in pos:
        r = random.Random(189100 + p["i"])
        if p["level"] < 3 and r.random() < 0.55:
            boss = pos[r.randrange(0, 6)] if p["level"] == 2 or r.random() < 0.6 else pos[r.randrange(6, 14)]
            p["boss"] = boss["i"]
            p["sup_en"], p["sup_fr"] = boss["title_en"], boss["title_fr"]
            p["sup_level"] = boss["level"]
            p["sup_number"] = boss["number"] if (boss["number"] and r.random() < 0.6) else None
            p["dep"] = boss["dep"]
        else:
            p["boss"] = None
            a = r.randrange(len(T.AREAS))
            if p["level"] == 3:
                p["sup_en"] = f"Assistant Deputy Minister, {T.AREAS[a][0]}"
                p["sup_fr"] = f"Sous-ministre adjoint, {T.AREAS[a][1]}"
                p["sup_level"] = r.choice([4, 5])
            else:
                p["sup_en"] = f"Director General, {T.AREAS[a][0]}"
                p["sup_fr"] = f"Directeur général, {T.AREAS[a][1]}"
                p["sup_level"] = 3
            p["sup_number"] = str(r.randrange(10000, 99999)) if r.random() < 0.45 else None
        p["sup_cls_stated"] = r.random() < 0.85
    # direct reports
    for p in pos:
        r = random.Random(189200 + p["i"])
        reps = []
        subs = [q for q in pos if q.get("boss") == p["i"]]
        units = r.sample(T.REPORT_UNITS, r.randrange(2, 5))
        for q in subs:
            reps.append(dict(en=q["title_en"], fr=q["title_fr"], cls=f"EX-{q['level']:02d}", sub=q["i"]))
        for u in units:
            reps.append(dict(en=u[0], fr=u[1], cls=u[2]))
        p["reports"] = reps
        p["rep_fte"] = r.random() < 0.75
    # FTEs and budgets (subordinates first)
    for p in sorted(pos, key=lambda q: q["level"]):
        r = random.Random(189300 + p["i"])
        for rep in p["reports"]:
            if "sub" in rep:
                rep["fte"] = pos[rep["sub"]]["fte"]
            else:
                rep["fte"] = 1 if rep["cls"] == "AS-02" else r.randrange(4, 40)
        p["fte"] = sum(x["fte"] for x in p["reports"]) + 1
        p["amt_raw"] = (p["fte"] * r.randrange(52000, 68000), r.randrange(150, 2500) * 1000)
    return pos


# ---------------------------------------------------------------- document model
class Doc:
    def __init__(self, p, r, version=None):
        self.p, self.r = p, r
        lang = p["lang"]
        self.lang = lang
        self.fr = lang == "fr"
        self.bi = lang == "bilingual"
        self.cls_style = r.choice(["pad", "pad", "space", "dash", "space0"])
        self.date_style = "fr" if self.fr else r.choice(["dmy-mon", "dmy-mon", "ymd-slash", "long", "long-st", "dlong"])
        if self.fr:
            self.amt_style = r.choice(["M1fr", "kfr", "fullfr"])
        else:
            self.amt_style = r.choice(["full", "K", "K", "M1", "M2", "thou"])
        self.total_stated = r.random() < 0.7
        self.version = version or {}
        v = self.version
        self.level = v.get("level", p["level"])
        self.date = v["date"] if "date" in v else p["date"]
        sal, om = v.get("amt_raw", p["amt_raw"])
        self.salary = round_amt(sal, self.amt_style)
        self.om = round_amt(om, self.amt_style)
        self.total = self.salary + self.om if self.total_stated else None
        self.prev = (round_amt(int(sal * 1.07), self.amt_style) if r.random() < 0.25 else None)
        self.rep_layout = r.choice(["tabtable", "sentence", "list", "codes" if p["kind"] in ("text", "text-cp1252") else "tabtable"])
        self.sup_layout = r.choice(["kv", "form", "sentence"])
        self.rep_cls_style = r.choice(["pad", "dash", "pad"])
        self.form = r.choice(["A", "B", "C"])
        self.caps = True

    def cls(self, level=None):
        return fmt_cls("EX", level or self.level, self.cls_style)

    def title(self):
        return self.p["title_fr"] if self.fr else self.p["title_en"]

    def blocks(self):
        """Logical blocks: ('h', text) ('kv', label, value) ('p', text) ('table', header, rows) ('list', items)."""
        p, r, fr, bi = self.p, self.r, self.fr, self.bi
        B = []
        dep_en, dep_fr = T.DEPARTMENTS[p["dep"]]
        place_en, place_fr = T.PLACES[p["place"]]
        A = lambda v: fmt_amt(v, self.amt_style)
        sup_title = p["sup_fr"] if fr else p["sup_en"]
        sup_cls = fmt_cls("EX", p["sup_level"], self.cls_style)
        if fr:
            B.append(("h", "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION"))
            B.append(("kv", "MINISTÈRE", dep_fr))
            B.append(("kv", "TITRE DU POSTE", p["title_fr"]))
            B.append(("kv", "GROUPE ET NIVEAU", self.cls()))
            if p["number"]: B.append(("kv", "NUMÉRO DU POSTE", p["number"]))
            if p["job_code"]: B.append(("kv", "CODE DE TRAVAIL", p["job_code"]))
            B.append(("kv", "DATE D'ENTRÉE EN VIGUEUR", fmt_date(self.date, self.date_style) if self.date else ""))
            B.append(("kv", "LIEU", place_fr))
        else:
            if bi:
                B.append(("h", "EXECUTIVE JOB DESCRIPTION / DESCRIPTION DE TRAVAIL - CADRES"))
            else:
                B.append(("h", r.choice(["EXECUTIVE GROUP POSITION DESCRIPTION", "EXECUTIVE JOB DESCRIPTION",
                                         "POSITION DESCRIPTION - EXECUTIVE GROUP"])))
            lab = {"A": ["DEPARTMENT", "POSITION TITLE", "GROUP AND LEVEL", "POSITION NUMBER", "JOB CODE",
                         "EFFECTIVE DATE", "LOCATION"],
                   "B": ["Department", "Title of Position", "Classification", "Position No.", "Job Code",
                         "Effective Date", "Work Location"],
                   "C": ["DEPT", "TITLE", "GROUP/LEVEL", "POS'N NO.", "JOB CODE", "EFF. DATE", "LOCATION"]}[self.form]
            if bi:
                lab = ["Department / Ministère", "Position Title / Titre du poste", "Group and Level / Groupe et niveau",
                       "Position No. / No du poste", "Job Code / Code de travail", "Effective Date / Date d'entrée en vigueur",
                       "Location / Lieu"]
            B.append(("kv", lab[0], dep_en + (f" / {dep_fr}" if bi else "")))
            B.append(("kv", lab[1], p["title_en"]))
            if bi:
                B.append(("kv", "", p["title_fr"]))
            B.append(("kv", lab[2], self.cls()))
            if p["number"]: B.append(("kv", lab[3], p["number"]))
            if p["job_code"]: B.append(("kv", lab[4], p["job_code"]))
            B.append(("kv", lab[5], fmt_date(self.date, self.date_style) if self.date else ""))
            B.append(("kv", lab[6], place_en))
        # supervisor
        if self.sup_layout in ("kv", "form"):
            if self.sup_layout == "kv":
                val = sup_title + (f" ({sup_cls})" if p["sup_cls_stated"] else "")
                B.append(("kv", "RELÈVE DE" if fr else ("Reports to / Relève de" if bi else "REPORTS TO"), val))
                if p["sup_number"]:
                    B.append(("kv", "NO DU POSTE DU SUPÉRIEUR" if fr else "SUPERVISOR'S POSITION NO.", p["sup_number"]))
            else:
                B.append(("kv", "Titre du poste du supérieur" if fr else "Supervisor's Position Title", sup_title))
                if p["sup_cls_stated"]:
                    B.append(("kv", "Groupe et niveau du supérieur" if fr else "Supervisor's Group/Level", sup_cls))
                B.append(("kv", "No du poste du supérieur" if fr else "Supervisor's Position No.", p["sup_number"] or ""))
        # general accountability
        B.append(("h", "RESPONSABILITÉ GÉNÉRALE" if fr else "GENERAL ACCOUNTABILITY"))
        if fr:
            B.append(("p", T.GA_FR.format(sup=p["sup_fr"], title=p["title_fr"], area=p["area_fr"].lower())))
        else:
            B.append(("p", T.GA_EN.format(sup=p["sup_en"], title=p["title_en"], area=p["area_en"])))
        # organization
        B.append(("h", "STRUCTURE ORGANISATIONNELLE" if fr else "ORGANIZATION STRUCTURE"))
        if self.sup_layout == "sentence":
            num = ""
            if p["sup_number"]:
                num = f", poste no {p['sup_number']}" if fr else f", position no. {p['sup_number']}"
            c = (sup_cls + num) if p["sup_cls_stated"] else num.lstrip(", ")
            c = f" ({c})" if c else ""
            B.append(("p", (f"Le titulaire relève du {sup_title}{c}." if fr else
                            f"The {p['title_en']} reports to the {sup_title}{c}.")))
        reps = self.p["reports"]
        n = len(reps)
        rc = lambda x: fmt_rep_cls(x["cls"], self.rep_cls_style) if x["cls"].startswith("EX") is False else fmt_cls("EX", int(x["cls"][-2:]), self.cls_style)
        rt = lambda x: x["fr"] if fr else x["en"]
        fte_on = self.p["rep_fte"]
        ETP = "ETP" if fr else "FTEs"
        if self.rep_layout == "sentence":
            parts = []
            for x in reps:
                s = f"{'le' if fr else 'the'} {rt(x)} ({rc(x)}" + (f", {x['fte']} {ETP})" if fte_on else ")")
                parts.append(s)
            B.append(("p", (f"Les {n} postes suivants relèvent directement du titulaire : " if fr else
                            f"The following {n} positions report directly to the {p['title_en']}: ")
                      + "; ".join(parts) + "."))
        elif self.rep_layout == "list":
            B.append(("p", "Postes subordonnés :" if fr else "Subordinate positions:"))
            B.append(("list", [f"{rt(x)}, {rc(x)}" + (f" ({x['fte']} {ETP})" if fte_on else "") for x in reps]))
        else:
            hdr = ["TITRE", "GR./NIV.", "ETP"] if fr else ["POSITION TITLE", "GROUP/LEVEL", "FTEs"]
            if not fte_on:
                hdr = hdr[:2]
            rows = [[rt(x), rc(x)] + ([str(x["fte"])] if fte_on else []) for x in reps]
            B.append(("p", "Subordonnés directs :" if fr else "Direct reports:"))
            B.append(("table", hdr, rows, self.rep_layout == "codes"))
        # nature and scope
        B.append(("h", "NATURE ET ÉTENDUE" if fr else "NATURE AND SCOPE"))
        for s in (T.NS_FR if fr else T.NS_EN):
            B.append(("p", s.format(area_l=(p["area_fr"] if fr else p["area_en"]).lower())))
        # dimensions
        B.append(("h", "DIMENSIONS"))
        dims = []
        if fr:
            dims.append(("Équivalents temps plein (ETP)", str(p["fte"])))
            dims.append(("Salaires", A(self.salary)))
            dims.append(("F et E", A(self.om)))
            if self.total is not None: dims.append(("Total", A(self.total)))
        else:
            dims.append(("Full-time equivalents (FTEs)" if self.form != "C" else "PERSON-YEARS", str(p["fte"])))
            sl = "Salary Dollars" if self.form == "B" else "Salary"
            if self.amt_style == "thou":
                B.append(("p", "(in thousands of dollars / $000)"))
            dims.append((sl, A(self.salary) + (f" (previous year: {A(self.prev)})" if self.prev else "")))
            dims.append(("O&M" if self.form != "B" else "Operating and Maintenance", A(self.om)))
            if self.total is not None: dims.append(("Total", A(self.total)))
            if r.random() < 0.4:
                dims.append(("Grants and Contributions (administered)", fmt_amt(round_amt(r.randrange(5, 90) * 1000000, self.amt_style), self.amt_style)))
        B.append(("dims", dims))
        # specific accountabilities
        B.append(("h", "RESPONSABILITÉS PRINCIPALES" if fr else "SPECIFIC ACCOUNTABILITIES"))
        B.append(("list", [s.format(area_l=p["area_en"].lower()) for s in (T.SA_FR if fr else T.SA_EN)], True))
        # signatures
        B.append(("h", "SIGNATURES"))
        pp = p["people"]
        if pp["incumbent"]:
            B.append(("kv", "Titulaire" if fr else "Incumbent", pp["incumbent"]))
        B.append(("kv", "Approuvé par" if fr else "Approved by", f"{pp['approver']}, {sup_title}"))
        if pp["classifier"]:
            B.append(("kv", "Classifié par" if fr else "Classified by", pp["classifier"]))
        if self.version.get("draft"):
            B.insert(0, ("p", "*** DRAFT - NOT FOR CLASSIFICATION ACTION ***"))
        if self.version.get("note"):
            B.insert(1, ("p", self.version["note"]))
        return B

    def truth(self, doc_name, kind):
        p = self.p
        fr = self.fr
        sup_title = p["sup_fr"] if fr else p["sup_en"]
        reps = [dict(title=(x["fr"] if fr else x["en"]), classification=x["cls"],
                     fte=x["fte"] if p["rep_fte"] else None) for x in p["reports"]]
        fields = dict(
            title=self.title(), classification=f"EX-{self.level:02d}", job_code=p["job_code"],
            position_number=p["number"], effective_date=self.date,
            supervisor=dict(position_number=p["sup_number"], title=sup_title,
                            classification=f"EX-{p['sup_level']:02d}" if p["sup_cls_stated"] else None),
            direct_reports=reps, salary=self.salary, o_and_m=self.om, total=self.total,
            location=T.PLACES[p["place"]][1 if fr else 0])
        ns = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
        ns += [f"supervisor.{k}" for k in ("position_number", "classification") if fields["supervisor"][k] is None]
        if not p["rep_fte"]:
            ns.append("direct_reports.fte")
        also = dict(department=T.DEPARTMENTS[p["dep"]][1 if fr else 0], fte=p["fte"],
                    classification_as_printed=self.cls(), notation=dict(date=self.date_style, amount=self.amt_style,
                                                                        reports=self.rep_layout, supervisor=self.sup_layout))
        if self.bi:
            also["title_fr"] = p["title_fr"]
        if self.prev and not fr:
            also["former_salary_not_taken"] = self.prev
        if p["boss"] is not None:
            also["reports_to_in_corpus"] = None  # filled later
            also["_boss"] = p["boss"]
        people = [x for x in (p["people"]["incumbent"], p["people"]["approver"], p["people"]["classifier"]) if x]
        return dict(document=doc_name, kind=kind, language=self.lang, outcome="import", fields=fields,
                    not_stated=ns, also=also, people=people, versions=None)


# ---------------------------------------------------------------- rendering to old-editor text
def hyph_wrap(text, width, r, hyph_p, indent="", first=""):
    words = text.split()
    lines, cur = [], first
    for w in words:
        sep = "" if cur.strip() == "" and cur == (first if not lines else indent) else " "
        if len(cur) + len(sep) + len(w) <= width:
            cur += sep + w
            continue
        room = width - len(cur) - len(sep) - 1
        if len(w) >= 7 and room >= 3 and r.random() < hyph_p and w.isalpha():
            k = min(room, len(w) - 3)
            cur += sep + w[:k] + "-"
            lines.append(cur)
            cur = indent + w[k:]
        else:
            lines.append(cur)
            cur = indent + w
    lines.append(cur)
    return lines


def render_lines(doc, r, width, wp_codes=False, tabcol=32):
    out = []
    for b in doc.blocks():
        t = b[0]
        if t == "h":
            h = b[1].upper()
            if wp_codes:
                h = f"[BOLD]{h}[bold]" if r.random() < 0.7 else f"[Center][UND]{h}[und]"
            out += ["", h, ""]
        elif t == "kv":
            lab = b[1] + ":" if b[1] else ""
            if wp_codes and r.random() < 0.5:
                out.append(f"{lab}[Tab]{b[2]}[HRt]")
            else:
                out.append(lab.ljust(max(tabcol, len(lab) + 2)) + b[2])
        elif t == "p":
            out += hyph_wrap(b[1], width, r, 0.5) + [""]
        elif t == "list":
            numbered = len(b) > 2
            for k, it in enumerate(b[1], 1):
                mark = f"{k}.  " if numbered else "-   "
                out += hyph_wrap(it, width, r, 0.4, indent="    ", first=mark)
            out.append("")
        elif t == "table":
            hdr, rows, codes = b[1], b[2], b[3]
            if codes:
                out.append("[Tab]".join(hdr) + "[HRt]")
                out += ["[Tab]".join(x) + "[HRt]" for x in rows]
            else:
                w0 = max(len(x[0]) for x in rows + [hdr]) + 4
                fmt = lambda x: (x[0].ljust(w0) + "".join(c.ljust(14) for c in x[1:])).rstrip()
                out.append(fmt(hdr))
                out.append(fmt(["-" * len(h) for h in hdr]))
                out += [fmt(x) for x in rows]
            out.append("")
        elif t == "dims":
            dots = r.random() < 0.5
            for lab, val in b[1]:
                if dots:
                    out.append((lab + " ").ljust(44, ".") + " " + val)
                else:
                    out.append(f"    {lab}:".ljust(46) + val)
            out.append("")
    return out


def paginate(lines, r, per_page, header, footer, crlf=False):
    pages = [lines[k:k + per_page] for k in range(0, len(lines), per_page)]
    n = len(pages)
    res = []
    for k, pg in enumerate(pages, 1):
        body = []
        if k > 1 and header:
            body += [header, ""]
        body += pg
        if footer == "pageof":
            body += ["", f"Page {k} of {n}".rjust(70)]
        elif footer == "dash":
            body += ["", f"- {k} -".center(70).rstrip()]
        elif footer == "bare":
            body += ["", str(k)]
        elif footer == "fr":
            body += ["", f"Page {k} de {n}"]
        res.append("\n".join(body))
    text = "\n\f".join(res) + "\n"
    return text


# ---------------------------------------------------------------- OCR damage
DIG = {"0": "O", "1": "Il", "5": "S", "8": "B", "2": "Z", "6": "b"}


def ocr_damage(text, r, p):
    out = []
    for ch_line in text.split("\n"):
        line = []
        words = ch_line.split(" ")
        for w in words:
            if any(c.isdigit() for c in w):
                w = "".join(r.choice(DIG[c]) if c in DIG and r.random() < p * 2 else c for c in w)
            elif len(w) > 3 and r.random() < p:
                k = r.randrange(4)
                if k == 0: w = w.replace("m", "rn", 1)
                elif k == 1: w = w.replace("e", "c", 1)
                elif k == 2: w = w.replace("li", "h", 1)
                else: w = w.replace("é", "e").replace("è", "e").replace("à", "a")
            line.append(w)
        s = ""
        for k, w in enumerate(line):
            if k and not (w and line[k - 1] and r.random() < p / 3 and w[0].isalpha() and line[k - 1][-1].isalpha()):
                s += " "
            s += w
        out.append(s)
    return "\n".join(out)


# ---------------------------------------------------------------- writers
FIXED = dt.datetime(2001, 1, 1, 0, 0, 0)


def docx_bytes(doc, r, style, lines=None, author="WPWin 6.1 conversion"):
    import docx as D
    from docx.shared import Pt
    d = D.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    if style == "lines":
        for ln in lines:
            if ln == "\f":
                d.add_page_break()
                continue
            para = d.add_paragraph(ln)
            para.style.font.name = "Courier New"
    else:
        for b in doc.blocks():
            t = b[0]
            if t == "h":
                d.add_heading(b[1] if style == "proper" else b[1].upper(), level=2)
            elif t == "kv":
                para = d.add_paragraph()
                if b[1]:
                    para.add_run(b[1] + ":").bold = True
                para.add_run(("\t" if b[1] else "\t") + b[2])
            elif t == "p":
                d.add_paragraph(b[1])
            elif t == "list":
                for it in b[1]:
                    d.add_paragraph(it, style="List Number" if len(b) > 2 else "List Bullet")
            elif t == "table":
                if style == "proper":
                    tb = d.add_table(rows=1, cols=len(b[1]))
                    tb.style = "Table Grid"
                    for c, h in enumerate(b[1]):
                        tb.rows[0].cells[c].text = h
                    for row in b[2]:
                        cells = tb.add_row().cells
                        for c, v in enumerate(row):
                            cells[c].text = v
                else:
                    for row in [b[1]] + b[2]:
                        d.add_paragraph("\t".join(row))
            elif t == "dims":
                if style == "proper":
                    tb = d.add_table(rows=0, cols=2)
                    tb.style = "Table Grid"
                    for lab, val in b[1]:
                        cells = tb.add_row().cells
                        cells[0].text, cells[1].text = lab, val
                else:
                    for lab, val in b[1]:
                        d.add_paragraph(f"{lab}\t\t{val}")
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zo.writestr(zi, zin.read(name))
    return out.getvalue()


def markdown_text(doc, r):
    out = []
    for b in doc.blocks():
        t = b[0]
        if t == "h":
            out += [f"## {b[1].upper()}", ""]
        elif t == "kv":
            out.append(f"**{b[1]}:** {b[2]}  " if b[1] else f"{b[2]}  ")
        elif t == "p":
            out += hyph_wrap(b[1], 72, r, 0.3) + [""]
        elif t == "list":
            for k, it in enumerate(b[1], 1):
                out += hyph_wrap(it, 72, r, 0.2, indent="   ", first=f"{k}. " if len(b) > 2 else "*  ")
            out.append("")
        elif t == "table":
            if r.random() < 0.5:
                out.append("| " + " | ".join(b[1]) + " |")
                out.append("|" + "|".join("---" for _ in b[1]) + "|")
                out += ["| " + " | ".join(x) + " |" for x in b[2]]
            else:
                out.append("```")
                w0 = max(len(x[0]) for x in b[2] + [b[1]]) + 4
                out += [(x[0].ljust(w0) + "".join(c.ljust(12) for c in x[1:])).rstrip() for x in [b[1]] + b[2]]
                out.append("```")
            out.append("")
        elif t == "dims":
            out += [f"- {lab}: {val}" for lab, val in b[1]] + [""]
        if out and out[-1] != "" and t in ("kv",) and False:
            pass
    return "\n".join(out) + "\n"


def columns_text(doc, r):
    """Two-column scan: prose on the left, the form's boxes on the right, read across."""
    left, right = [], []
    for b in doc.blocks():
        t = b[0]
        if t in ("kv", "dims", "table"):
            if t == "kv":
                right += hyph_wrap(f"{b[1]}: {b[2]}" if b[1] else b[2], 34, r, 0)
            elif t == "dims":
                right += ["DIMENSIONS:"] + [f"{lab}: {val}" for lab, val in b[1]]
            else:
                right += ["DIRECT REPORTS:"] + [" - ".join(x) for x in b[2]]
            right.append("")
        elif t == "h":
            if b[1] != "DIMENSIONS":
                left += ["", b[1].upper()]
        elif t == "p":
            if b[1].endswith(":"):
                continue
            left += hyph_wrap(b[1], 46, r, 0.4)
        elif t == "list":
            for it in b[1]:
                left += hyph_wrap("- " + it, 46, r, 0.3)
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    return [(a.ljust(50) + b).rstrip() for a, b in zip(left, right)]


# ---------------------------------------------------------------- file names
def file_name(doc, kind, r, extra=""):
    p = doc.p
    title = doc.title()
    ext = {"docx": ".docx", "pdf": ".pdf", "ocr": ".txt", "ocr-columns": ".txt", "text": ".txt",
           "text-cp1252": ".txt", "markdown": ".md"}[kind]
    num = p["number"] or "nonum"
    short = title.replace("Director General", "DG").replace("Executive Director", "ED")
    pat = r.randrange(8)
    if kind.startswith("ocr"):
        base = r.choice([f"SCAN{p['i'] * 7 + 3:04d}", f"img{p['i'] + 210} {short} OCR", f"Scan_{doc.cls()}_{num}"])
    elif pat == 0:
        base = f"{doc.cls()} {short}"
    elif pat == 1:
        base = f"WD {num} - {title}" if p["number"] else f"WD - {title}"
    elif pat == 2:
        base = f"{title} - signed"
    elif pat == 3:
        base = f"{title.replace(',', '')} ({p['i'] % 3 + 1997})"
    elif pat == 4:
        base = f"jd_{num}_{'wp51' if kind != 'pdf' else 'final'}"
    elif pat == 5:
        base = f"{short}"
    elif pat == 6:
        base = ("DT " if doc.fr else "EWD ") + (f"{num} " if p["number"] else "") + short
    else:
        base = f"{title}"
    return base + extra + ext


# ---------------------------------------------------------------- main
def encode_text(s, kind, r, cp850=False):
    if kind == "text-cp1252":
        s = s.replace("'", "\u2019") if r.random() < 0.6 else s
        return s.replace("\n", "\r\n").encode("cp850" if cp850 else "cp1252", errors="replace")
    return s.encode("utf-8")


def render(doc, kind, r):
    """Returns bytes and an also-dict of rendering facts."""
    facts = {}
    width = r.choice([65, 70, 72, 76, 78, 80])
    header = f"{T.DEPARTMENTS[doc.p['dep']][1 if doc.fr else 0]} - {doc.title()}"
    footer = "fr" if doc.fr else r.choice(["pageof", "dash", "bare"])
    if kind in ("text", "text-cp1252"):
        codes = r.random() < 0.45
        lines = render_lines(doc, r, width, wp_codes=codes)
        s = paginate(lines, r, r.randrange(40, 56), header if r.random() < 0.6 else "", footer)
        facts.update(width=width, wp_codes=codes, form_feeds=True)
        if kind == "text" and r.random() < 0.4:
            s = s.replace("\u2019", "?").replace("'", "?")
            facts["quotes_as_question_marks"] = True
        cp850 = kind == "text-cp1252" and doc.fr and doc.p.get("cp850")
        if cp850:
            facts["encoding"] = "cp850"
        return encode_text(s, kind, r, cp850=cp850), facts
    if kind == "markdown":
        return markdown_text(doc, r).encode("utf-8"), facts
    if kind == "ocr":
        strength = r.choice(["light", "medium", "medium", "heavy"])
        lines = render_lines(doc, r, width)
        s = paginate(lines, r, r.randrange(45, 58), header, footer)
        s = ocr_damage(s, r, {"light": 0.04, "medium": 0.1, "heavy": 0.2}[strength])
        facts.update(damage=strength, width=width)
        return s.encode("utf-8"), facts
    if kind == "ocr-columns":
        strength = r.choice(["light", "medium"])
        s = "\n".join(columns_text(doc, r)) + "\n"
        s = ocr_damage(s, r, {"light": 0.04, "medium": 0.1}[strength])
        facts.update(damage=strength)
        return s.encode("utf-8"), facts
    if kind == "pdf":
        lines = render_lines(doc, r, min(width, 90))
        pages = [lines[k:k + 60] for k in range(0, len(lines), 60)]
        n = len(pages)
        pages = ["\n".join(pg + ["", f"Page {k} of {n}" if not doc.fr else f"Page {k} de {n}"])
                 for k, pg in enumerate(pages, 1)]
        return pdf_bytes(pages), facts
    if kind == "docx":
        style = r.choice(["lines", "proper", "mixed"])
        lines = None
        if style == "lines":
            raw = paginate(render_lines(doc, r, width), r, 50, "", footer)
            lines = []
            for ln in raw.split("\n"):
                if ln.startswith("\f"):
                    lines.append("\f")
                    ln = ln[1:]
                lines.append(ln)
        facts["docx_style"] = style
        return docx_bytes(doc, r, style, lines), facts
    raise ValueError(kind)


def refusals():
    out = []
    r = random.Random(189900)
    memo = ("MEMORANDUM                                   NOTE DE SERVICE\n\n"
            "TO / DEST.:        Regional Director General, Atlantic\n"
            f"FROM / EXP.:       {person(r)}, Executive Classification\n"
            "DATE:              17-NOV-97\n"
            "FILE / DOSSIER:    7120-3-EX\n"
            "SUBJECT / OBJET:   Reclassification request - position 48213, Director, Client Services\n\n"
            "Further to your request of 02-OCT-97, the Executive Classification Committee reviewed the\n"
            "proposal to reclassify position 48213 from EX 1 to EX 2. The committee was not able to support\n"
            "the request on the basis of the work description provided, which does not demonstrate the\n"
            "increase in scope claimed (FTEs 46, Salary Dollars $2,240K, O&M $515K).\n\n"
            "Please submit a revised description, signed by the ADM, by 15-JAN-98.\n\n"
            "c.c. Director, Human Resources\n")
    p1 = person(r)
    out.append(("Memo re reclass 48213 EX-2.txt", "text-cp1252", "bilingual",
                memo.replace("\n", "\r\n").encode("cp1252"), [memo.split("EXP.:")[1].split(",")[0].strip()],
                "memorandum refusing a reclassification request (names a position, levels and budget figures)"))
    # letter (docx)
    import docx as D
    d = D.Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = "WPWin 6.1 conversion"
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    l_to, l_from = person(r), person(r)
    for ln in ["Ottawa, April 3, 1998", "", l_to, "Director, Fleet Services", "Fisheries and Oceans Canada", "",
               f"Dear {l_to.split()[0]}:", "",
               "I am pleased to confirm your acting appointment as Executive Director, Marine Safety (EX-02), "
               "position 50317, from 01-APR-98 to 30-SEP-98. Your acting pay will be calculated in accordance "
               "with the Treasury Board's Policy on the Terms and Conditions of Employment for the Executive Group.",
               "", "The work description of the position is attached for your information.", "",
               "Yours sincerely,", "", l_from, "Director General, Marine Programs"]:
        d.add_paragraph(ln)
    buf = io.BytesIO()
    d.save(buf)
    out.append(("Letter - acting appt Marine Safety - signed.docx", "docx", "en", rezip(buf.getvalue()), [l_to, l_from],
                "letter confirming an acting appointment"))
    # minutes (ocr)
    names = [person(r) for _ in range(3)]
    mins = ("MINUTES OF THE EXECUTIVE CLASSIFICATION COMMITTEE\n"
            "Meeting of 14-MAY-97, Room 1204, Place du Portage Phase IV\n\n"
            f"Present: {names[0]} (Chair), {names[1]}, {names[2]}\n\n"
            "1. Position 33871, Director, Audit and Evaluation. The committee rated the position at\n"
            "   Know-How 608, Problem Solving 230, Accountability 264, total 1102 points, EX 1.\n"
            "2. Position 44190, Executive Director, Ports Programs. Deferred pending a revised\n"
            "   organization chart. Salary dollars of $3.1M and O&M of $450K to be confirmed.\n"
            "3. Next meeting: 11-JUN-97.\n\n"
            "                                                    Page 1 of 1\n")
    out.append(("ECC minutes 14-May-97 (scan).txt", "ocr", "en",
                ocr_damage(mins, random.Random(189901), 0.08).encode("utf-8"), names,
                "minutes of a classification committee meeting (Hay ratings of two positions)"))
    # org chart (text, French)
    org = ("ORGANIGRAMME - DIRECTION GÉNÉRALE DES OPÉRATIONS RÉGIONALES\n\n"
           "                    +----------------------------------+\n"
           "                    | Directeur général                |\n"
           "                    | Opérations régionales  EX-03     |\n"
           "                    +----------------------------------+\n"
           "                               |\n"
           "        +----------------------+----------------------+\n"
           "        |                                             |\n"
           "+-------------------------+            +---------------------------+\n"
           "| Directeur, Services     |            | Directrice, Intégrité des |\n"
           "| techniques   EX-01      |            | programmes     EX-01      |\n"
           "| 42 ETP                  |            | 37 ETP                    |\n"
           "+-------------------------+            +---------------------------+\n\n"
           "Mis à jour le 1998/06/30\n")
    out.append(("Organigramme DGOR 1998.txt", "text", "fr", org.encode("utf-8"), [],
                "organization chart of a branch (titles, levels, FTEs, no description)"))
    out.append(("Scan_EX-01_unreadable.pdf", "pdf", "en", pdf_bytes(["", "", ""]), [],
                "three-page scan without a text layer"))
    return out


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    pos = build_positions()
    docs = []  # (name, data, truth)
    names = set()

    def add(name, data, truth):
        assert name not in names, name
        names.add(name)
        docs.append((name, data, truth))

    file_of = {}
    for p in pos:
        r = random.Random(189500 + p["i"])
        doc = Doc(p, r)
        data, facts = render(doc, p["kind"], r)
        name = file_name(doc, p["kind"], r)
        while name in names:
            name = name.replace(".", " (2).", 1) if "(2)" not in name else name.replace("(2)", "(3)")
        tr = doc.truth(name, p["kind"])
        tr["also"].update(facts)
        add(name, data, tr)
        file_of[p["i"]] = name
        p["doc"] = doc
    # versions
    rv = random.Random(189700)
    # V1: a DRAFT of a cp1252 position, older figures and no effective date
    v1 = next(p for p in pos if p["kind"] == "text-cp1252" and p["date"] and p["level"] == 1)
    r = random.Random(189701)
    dd = Doc(v1, r, version=dict(draft=True, date=None,
                                 amt_raw=(int(v1["amt_raw"][0] * 0.93), int(v1["amt_raw"][1] * 1.2))))
    data, facts = render(dd, "text-cp1252", r)
    name = f"{v1['title_en']} DRAFT.txt"
    tr = dd.truth(name, "text-cp1252")
    tr["also"].update(facts)
    tr["also"]["draft"] = True
    add(name, data, tr)
    vers1 = dict(documents=[name, file_of[v1["i"]]], newest=file_of[v1["i"]], same_text=False,
                 note="the DRAFT has no effective date and other salary and O&M figures; the signed final states them")
    # V2: an older OCR scan of a docx position, at the level before reclassification
    v2 = next(p for p in pos if p["kind"] == "docx" and p["level"] == 2 and p["date"] and p["lang"] == "en")
    r = random.Random(189702)
    old_date = dt.date(v2["date"].year - 3, 4, 1)
    dd = Doc(v2, r, version=dict(level=1, date=old_date,
                                 amt_raw=(int(v2["amt_raw"][0] * 0.85), int(v2["amt_raw"][1] * 0.8))))
    dd.p = dict(v2, title_en=v2["title_en"].replace("Executive Director", "Director"))
    data, facts = render(dd, "ocr", r)
    name = f"OLD {v2['number'] or 'nonum'} {dd.p['title_en']} {old_date.year} - superseded.txt"
    tr = dd.truth(name, "ocr")
    tr["also"].update(facts)
    add(name, data, tr)
    vers2 = dict(documents=[name, file_of[v2["i"]]], newest=file_of[v2["i"]], same_text=False,
                 note=f"the {old_date.year} scan is the position as Director at EX-01 before its reclassification "
                      f"to Executive Director EX-02; budgets changed")
    # V3: a PDF copied as (1)
    v3 = next(p for p in pos if p["kind"] == "pdf")
    src = file_of[v3["i"]]
    name = src[:-4] + " (1).pdf"
    data = next(d for n, d, t in docs if n == src)
    tr = yaml.safe_load(yaml.safe_dump(next(t for n, d, t in docs if n == src)))
    tr["document"] = name
    add(name, data, tr)
    vers3 = dict(documents=[src, name], newest=src, same_text=True, note="a byte-for-byte copy")
    for vs in (vers1, vers2, vers3):
        for n, d, t in docs:
            if n in vs["documents"]:
                t["versions"] = vs
    # reports_to_in_corpus
    for n, d, t in docs:
        if "reports_to_in_corpus" in t.get("also", {}):
            t["also"]["reports_to_in_corpus"] = file_of[t["also"].pop("_boss")]
    for (name, kind, lang, data, people, what) in refusals():
        add(name, data, dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None,
                             not_stated=None, also=dict(what=what), people=people, versions=None))
    for n, d, t in docs:
        (corpus / n).write_bytes(d)
        (expected / f"{n}.expected.yaml").write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    print(len(docs), "documents")


if __name__ == "__main__":
    main()
