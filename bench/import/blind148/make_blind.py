"""Generate the blind148 corpus: Word tracked changes and comments, their prints, text saves and faxes.

Run from anywhere: /work/main/.venv/bin/python bench/import/blind148/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run.
"""
import copy
import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

import docx  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402

NBSP = "\u00a0"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
LEVELS = ["EX-01", "EX-02", "EX-03", "EX-04"]


# ----------------------------------------------------------------------------- segments
class Ch:
    """A tracked replacement: old deleted, new inserted (either may be empty)."""
    def __init__(self, old, new, author):
        self.old, self.new, self.author = old, new, author


class Nest:
    """orig deleted by a1, mid inserted by a1 then deleted by a2, new inserted by a2."""
    def __init__(self, orig, mid, new, a1, a2):
        self.orig, self.mid, self.new, self.a1, self.a2 = orig, mid, new, a1, a2


class Cm:
    def __init__(self, inner, text, author, initials, n):
        self.inner, self.text, self.author, self.initials, self.n = inner, text, author, initials, n


class Fm:
    def __init__(self, text, author):
        self.text, self.author = text, author


def segs_text(segs, mode, lang="en"):
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(s)
        elif isinstance(s, Ch):
            old, new = s.old, s.new
            if mode in ("acc", "balloon"):
                out.append(new)
            elif mode == "orig":
                out.append(old)
            elif mode == "critic":
                if old and new:
                    out.append("{~~%s~>%s~~}" % (old, new))
                elif new:
                    out.append("{++%s++}" % new)
                else:
                    out.append("{--%s--}" % old)
            elif mode == "html":
                out.append((f"<del>{old}</del>" if old else "") + (f"<ins>{new}</ins>" if new else ""))
            elif mode == "tilde":
                out.append((f"~~{old}~~ " if old else "") + new)
            elif mode == "bracket":
                d = "Supprimé : " if lang == "fr" else "Deleted: "
                out.append(new + (f" [{d}{old}]" if old else ""))
            elif mode == "was":
                out.append(new + (f" (revised; was {old})" if old and new else ""))
            elif mode == "struck":
                out.append((f"—{old}— " if old else "") + new)
        elif isinstance(s, Nest):
            out.append(segs_text([Ch(s.orig, s.new, s.a2)], mode, lang))
        elif isinstance(s, Cm):
            inner = segs_text(s.inner, mode, lang)
            if mode == "critic":
                inner += "{>>%s: %s<<}" % (s.initials, s.text)
            elif mode == "bracket":
                c = "Commentaire" if lang == "fr" else "Comment"
                inner += f" [{c} {s.initials}{s.n}: {s.text}]"
            elif mode == "cref":
                inner += f"[{s.initials}{s.n}]"
            out.append(inner)
        elif isinstance(s, Fm):
            out.append(s.text)
    return "".join(out)


def balloons(segs, lang):
    out = []
    d = "Supprimé: " if lang == "fr" else "Deleted: "
    for s in segs:
        if isinstance(s, Ch) and s.old:
            out.append(d + s.old)
        elif isinstance(s, Nest):
            out += [d + s.orig, d + s.mid]
        elif isinstance(s, Cm):
            out += balloons(s.inner, lang)
            out.append(("Commentaire [%s%d]: %s" if lang == "fr" else "Comment [%s%d]: %s") % (s.initials, s.n, s.text))
        elif isinstance(s, Fm):
            out.append("Mis en forme : Police :Gras" if lang == "fr" else "Formatted: Font: Bold")
    return out


def cm_list(segs):
    out = []
    for s in segs:
        if isinstance(s, Cm):
            out += cm_list(s.inner) + [s]
    return out


# ----------------------------------------------------------------------------- values
def money(v, style, lang):
    if v is None:
        return ""
    if lang == "fr":
        if style == "M":
            return f"{v / 1e6:.2f}".replace(".", ",") + f"{NBSP}M$"
        if style == "K":
            return f"{v // 1000:,}".replace(",", NBSP) + f"{NBSP}k$"
        return f"{v:,}".replace(",", NBSP) + f"{NBSP}$"
    if style == "M":
        return f"${v / 1e6:.2f}M" if v % 10000 == 0 else f"${v / 1e6:.3f}M"
    if style == "K":
        return f"${v // 1000:,}K"
    return f"${v:,}"


def date_s(d, style, lang):
    if d is None:
        return ""
    if style == "iso":
        return d.isoformat()
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


# ----------------------------------------------------------------------------- positions
def name_pool():
    rng = random.Random(14801)
    pairs = [(g, f) for g in T.GIVEN for f in T.FAMILY]
    rng.shuffle(pairs)
    seen, out = set(), []
    for g, f in pairs:
        if g in seen or f in seen:
            continue
        seen.add(g)
        seen.add(f)
        out.append(f"{g} {f}")
    rng2 = random.Random(14802)
    extra = [(g, f) for g in T.GIVEN for f in T.FAMILY]
    rng2.shuffle(extra)
    for g, f in extra:
        n = f"{g} {f}"
        if n not in out:
            out.append(n)
    return iter(out)


NAMES = name_pool()

PREFIX = {"EX-01": ("Director", "Directeur", "Directrice"),
          "EX-02": ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
          "EX-03": ("Director General", "Directeur général", "Directrice générale"),
          "EX-04": ("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe")}


def title_pair(level, dom, fem):
    en, m, f = PREFIX[level]
    return f"{en}, {dom[0]}", f"{f if fem else m}, {dom[1]}"


def make_positions(n):
    rng = random.Random(148)
    doms = list(T.DOMAINS)
    rng.shuffle(doms)
    pattern = ["EX-01", "EX-01", "EX-02", "EX-01", "EX-03", "EX-01", "EX-02"]
    used_pos = set()
    out = []
    for i in range(n):
        level = pattern[i % len(pattern)]
        dom = doms[i % len(doms)]
        fem = rng.random() < 0.5
        t_en, t_fr = title_pair(level, dom, fem)
        dept = T.DEPARTMENTS[rng.randrange(len(T.DEPARTMENTS))]
        br = T.BRANCHES[rng.randrange(len(T.BRANCHES))]
        loc = T.LOCATIONS[rng.randrange(len(T.LOCATIONS))] if rng.random() < 0.6 else T.LOCATIONS[rng.randrange(2)]
        sup_level = {"EX-01": rng.choice(["EX-03", "EX-03", "EX-02"]), "EX-02": "EX-03", "EX-03": "EX-04"}[level]
        sfem = rng.random() < 0.5
        sdom = (br[0], br[1]) if sup_level != "EX-02" else doms[(i + 17) % len(doms)]
        s_en, s_fr = title_pair(sup_level, sdom, sfem)

        def pnum():
            while True:
                p = str(rng.choice([rng.randrange(10000, 99999), rng.randrange(100000, 999999)]))
                if p not in used_pos:
                    used_pos.add(p)
                    return p
        reports = []
        k = rng.randrange(3, 6)
        if level == "EX-01":
            picks = rng.sample(T.REPORTS, k)
            for en, fr, groups in picks:
                reports.append({"en": en, "fr": fr, "cls": rng.choice(groups), "fte": rng.randrange(4, 31)})
        else:
            subs = rng.sample([d for d in doms if d != dom], k)
            for d in subs:
                dl = "EX-01" if level == "EX-02" else rng.choice(["EX-01", "EX-02"])
                e, f = title_pair(dl, d, rng.random() < 0.5)
                reports.append({"en": e, "fr": f, "cls": dl, "fte": rng.randrange(12, 70)})
        if rng.random() < 0.5:
            en, fr, groups = rng.choice(T.ASSISTANTS)
            reports.append({"en": en, "fr": fr, "cls": rng.choice(groups), "fte": 1})
        fte = sum(r["fte"] for r in reports) + 1 + rng.randrange(0, 4)
        salary = round(fte * rng.randrange(86000, 104000), -4)
        om = round(rng.randrange(120000, 2400000), -4)
        eff = dt.date(rng.choice([2019, 2020, 2021, 2022, 2023, 2024]), rng.randrange(1, 13), rng.choice([1, 1, 3, 15, 22, 28]))
        out.append({
            "level": level, "dom": dom, "fem": fem, "title_en": t_en, "title_fr": t_fr,
            "dept": dept, "branch": br, "loc": loc, "job_code": str(rng.randrange(100000, 130000)),
            "pos_no": pnum(), "eff": eff,
            "sup": {"en": s_en, "fr": s_fr, "cls": sup_level, "pos": pnum(), "dom": sdom, "fem": sfem},
            "reports": reports, "fte": fte, "salary": salary, "om": om,
            "incumbent": next(NAMES), "manager": next(NAMES), "advisor": next(NAMES),
        })
    return out


# ----------------------------------------------------------------------------- change operations
def apply_ops(pos, ops, rng):
    """Mutate pos into the document's accepted state; return old values and report flags."""
    old = {}
    for op in ops:
        if op == "cls_up":
            old["cls"] = pos["level"]
            pos["level"] = LEVELS[LEVELS.index(pos["level"]) + 1]
        elif op == "cls_down":
            old["cls"] = LEVELS[LEVELS.index(pos["level"]) + 1]
        elif op == "salary":
            old["salary"] = pos["salary"]
            pos["salary"] = pos["salary"] + rng.choice([-1, 1]) * round(rng.randrange(90000, 600000), -4)
        elif op == "om":
            old["om"] = pos["om"]
            pos["om"] = max(60000, pos["om"] + rng.choice([-1, 1]) * round(rng.randrange(40000, 400000), -4))
        elif op == "eff":
            old["eff"] = pos["eff"]
            pos["eff"] = pos["eff"] + dt.timedelta(days=rng.choice([61, 92, 184, 365]))
            pos["eff"] = pos["eff"].replace(day=1)
        elif op == "loc":
            old["loc"] = pos["loc"]
            pos["loc"] = next(l for l in T.LOCATIONS[rng.randrange(len(T.LOCATIONS)):] + T.LOCATIONS if l != pos["loc"])
        elif op == "title":
            old["title"] = (pos["title_en"], pos["title_fr"])
            d = T.SPARE_DOMAINS[len(pos["title_en"]) % len(T.SPARE_DOMAINS)]
            pos["dom"] = d
            pos["title_en"], pos["title_fr"] = title_pair(pos["level"], d, pos["fem"])
        elif op == "pos_no":
            old["pos_no"] = None
        elif op == "job_code":
            old["job_code"] = pos["job_code"]
            pos["job_code"] = str(int(pos["job_code"]) + rng.randrange(11, 900))
        elif op == "sup_title":
            s = pos["sup"]
            old["sup_title"] = (s["en"], s["fr"])
            b = T.BRANCHES[(T.BRANCHES.index(s["dom"]) + 3) % len(T.BRANCHES)] if s["dom"] in T.BRANCHES else T.BRANCHES[0]
            s["dom"] = b
            s["en"], s["fr"] = title_pair(s["cls"], b, s["fem"])
        elif op == "sup_cls":
            s = pos["sup"]
            old["sup_cls"] = s["cls"]
            s["cls"] = LEVELS[LEVELS.index(s["cls"]) + 1] if s["cls"] != "EX-04" else "EX-03"
        elif op == "sup_pos":
            old["sup_pos"] = pos["sup"]["pos"]
            pos["sup"]["pos"] = str(int(pos["sup"]["pos"]) + rng.randrange(100, 5000))
        elif op == "rep_add":
            en, fr, groups = T.REPORTS[rng.randrange(len(T.REPORTS))]
            if any(r["en"] == en for r in pos["reports"]):
                en, fr, groups = next(x for x in T.REPORTS if all(r["en"] != x[0] for r in pos["reports"]))
            pos["reports"].insert(len(pos["reports"]) - (1 if pos["reports"][-1]["fte"] == 1 else 0),
                                  {"en": en, "fr": fr, "cls": groups[0], "fte": rng.randrange(3, 15), "ins": True})
        elif op == "rep_del":
            en, fr, groups = next(x for x in reversed(T.REPORTS) if all(r["en"] != x[0] for r in pos["reports"]))
            pos["reports"].insert(1, {"en": en, "fr": fr, "cls": groups[-1], "fte": rng.randrange(2, 12), "del": True})
        elif op == "rep_fte":
            r = next(r for r in pos["reports"] if not r.get("ins") and not r.get("del") and r["fte"] > 2)
            r["old_fte"] = r["fte"]
            r["fte"] = r["fte"] + rng.choice([-2, 2, 3, 5])
        elif op == "rep_cls":
            r = next(r for r in reversed(pos["reports"]) if not r.get("ins") and not r.get("del") and r["fte"] > 1)
            r["old_cls"] = r["cls"]
            g, lv = r["cls"].rsplit("-", 1)
            r["cls"] = f"{g}-{int(lv) + 1:02d}"
        elif op == "rep_rename":
            i = 0 if not pos["reports"][0].get("del") else 2
            r = pos["reports"][i]
            en, fr, groups = next(x for x in T.REPORTS if all(q["en"] != x[0] for q in pos["reports"]))
            pos["reports"][i:i + 1] = [dict(r, **{"del": True}),
                                       {"en": en, "fr": fr, "cls": r["cls"], "fte": r["fte"], "ins": True}]
        elif op == "rep_move":
            # the last real report was moved to the top of the list
            idx = max(i for i, r in enumerate(pos["reports"]) if not r.get("ins") and not r.get("del") and r["fte"] > 1)
            r = pos["reports"].pop(idx)
            r["moved"] = idx
            pos["reports"].insert(0, r)
        elif op == "fte":
            old["fte"] = pos["fte"]
            pos["fte"] = pos["fte"] + 4
        else:
            raise ValueError(op)
    if "salary" in old or "om" in old:
        old["total"] = old.get("salary", pos["salary"]) + old.get("om", pos["om"])
    return old


def state(pos, old, approved, lang):
    """The truth's fields: the accepted state, or the state before the changes when not approved."""
    def g(key, new):
        return old[key] if (not approved and key in old) else new
    bil_fr = lang == "fr"
    title = g("title", (pos["title_en"], pos["title_fr"]))
    sup_title = g("sup_title", (pos["sup"]["en"], pos["sup"]["fr"]))
    loc = g("loc", pos["loc"])
    reps = []
    if approved:
        for r in pos["reports"]:
            if not r.get("del"):
                reps.append(r)
    else:
        base = [r for r in pos["reports"] if not r.get("ins")]
        moved = [r for r in base if "moved" in r]
        base = [r for r in base if "moved" not in r]
        for r in moved:
            base.insert(r["moved"], r)
        reps = base
    dr = [{"title": r["fr"] if bil_fr else r["en"],
           "classification": (r.get("old_cls", r["cls"]) if not approved else r["cls"]),
           "fte": (r.get("old_fte", r["fte"]) if not approved else r["fte"])} for r in reps]
    salary = g("salary", pos["salary"])
    om = g("om", pos["om"])
    return {
        "title": title[1] if bil_fr else title[0], "title_fr": title[1],
        "classification": g("cls", pos["level"]), "job_code": g("job_code", pos["job_code"]),
        "position_number": g("pos_no", pos["pos_no"]), "effective_date": g("eff", pos["eff"]),
        "supervisor": {"position_number": g("sup_pos", pos["sup"]["pos"]),
                       "title": sup_title[1] if bil_fr else sup_title[0],
                       "classification": g("sup_cls", pos["sup"]["cls"])},
        "direct_reports": dr, "salary": salary, "o_and_m": om, "total": salary + om,
        "location": loc[1] if bil_fr else loc[0], "fte": g("fte", pos["fte"]),
    }


# ----------------------------------------------------------------------------- abstract document
LAB = {
    ("en", "A"): dict(title="Position Title", pos="Position Number", job="Job Code", cls="Classification",
                      eff="Effective Date", loc="Location", dept="Department", sup_h="Supervisor",
                      sup_title="Supervisor's Position Title", sup_cls="Supervisor's Classification",
                      sup_pos="Supervisor's Position Number", fte="FTEs", salary="Salary", om="O&M", total="Total",
                      ga="General Accountability", org="Organization Structure", ns="Nature and Scope",
                      dim="Dimensions", sa="Specific Accountabilities", head="EXECUTIVE WORK DESCRIPTION"),
    ("en", "B"): dict(title="Title", pos="Position No.", job="Job Code No.", cls="Group and Level",
                      eff="Effective date", loc="Work location", dept="Department", sup_h=None,
                      sup_title="Reports to", fte="Total FTEs", salary="Salary budget", om="O&M budget",
                      total="Total budget", ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE",
                      ns="NATURE AND SCOPE", dim="DIMENSIONS", sa="SPECIFIC ACCOUNTABILITIES",
                      head="Work Description – Executive Group"),
    ("fr", "A"): dict(title="Titre du poste", pos="Numéro du poste", job="Code d'emploi", cls="Classification",
                      eff="Date d'entrée en vigueur", loc="Lieu de travail", dept="Ministère", sup_h="Superviseur",
                      sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur",
                      sup_pos="Numéro de poste du superviseur", fte="ETP", salary="Salaires", om="F et E",
                      total="Total", ga="Responsabilités générales", org="Structure organisationnelle",
                      ns="Nature et étendue", dim="Dimensions", sa="Activités principales",
                      head="DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION"),
    ("fr", "B"): dict(title="Titre", pos="No de poste", job="Code de l'emploi", cls="Groupe et niveau",
                      eff="Date de prise d'effet", loc="Lieu", dept="Ministère", sup_h=None,
                      sup_title="Relève de", fte="ETP total", salary="Budget salarial", om="Budget de F et E",
                      total="Budget total", ga="RESPONSABILITÉS GÉNÉRALES", org="STRUCTURE ORGANISATIONNELLE",
                      ns="NATURE ET ÉTENDUE", dim="DIMENSIONS", sa="ACTIVITÉS PRINCIPALES",
                      head="Description de travail – Groupe EX"),
}
LAB[("bi", "A")] = {k: (f"{v} / {LAB[('fr', 'A')][k]}" if isinstance(v, str) else v)
                    for k, v in LAB[("en", "A")].items()}
LAB[("bi", "A")]["head"] = "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION"


def build(pos, old, o):
    """The document as blocks: ('head', text), ('h', text), ('kv', label, segs), ('p', segs, flag, style),
    ('table', header, rows)."""
    lang, L = o["lang"], LAB[(o["lang"], o.get("labels", "A"))]
    au = o.get("author", "")
    comments = o.get("comments", {})
    fmts = o.get("fmt", set())
    counter = o.setdefault("_cn", [0])
    ms, ds = o.get("money", "full"), o.get("date", "long")
    vl = "fr" if lang == "fr" else "en"

    def pair(p):
        return p[1] if lang == "fr" else (f"{p[0]} / {p[1]}" if lang == "bi" else p[0])

    def fmtv(key, v):
        if key in ("salary", "om", "total"):
            return money(v, ms, vl)
        if key == "eff":
            return date_s(v, ds, vl) if lang != "bi" else f"{date_s(v, ds, 'en')} / {date_s(v, ds, 'fr')}"
        if key in ("title", "sup_title", "loc"):
            return pair(v)
        if key == "pos_no":
            return v if v else ("À déterminer" if lang == "fr" else "TBD")
        return str(v)

    def val(key, new):
        if key == "total" and "total" in old and o.get("nest") == "salary":
            pass
        if o.get("nest") == key:
            a2 = o["author2"]
            seg = Nest(fmtv(key, old[key]), fmtv(key, o["nest_mid"]), fmtv(key, new), au, a2)
        elif key in old:
            seg = Ch(fmtv(key, old[key]), fmtv(key, new), au)
        elif key in fmts:
            seg = Fm(fmtv(key, new), au)
        else:
            seg = fmtv(key, new)
        if key in comments:
            who, ini, txt = comments[key]
            counter[0] += 1
            seg = Cm([seg], txt, who, ini, counter[0])
        return [seg]

    s = pos["sup"]
    B = [("head", L["head"])]
    if o.get("banner"):
        B.append(("p", [o["banner"]], None, None))
    has = o.get("has", {"job", "pos", "eff", "loc", "sup_pos", "total"})
    B.append(("kv", L["dept"], [pair(pos["dept"])]))
    B.append(("kv", L["title"], val("title", (pos["title_en"], pos["title_fr"]))))
    if "pos" in has:
        B.append(("kv", L["pos"], val("pos_no", pos["pos_no"])))
    if "job" in has:
        B.append(("kv", L["job"], val("job_code", pos["job_code"])))
    B.append(("kv", L["cls"], val("cls", pos["level"])))
    if "eff" in has:
        B.append(("kv", L["eff"], val("eff", pos["eff"])))
    if "loc" in has:
        B.append(("kv", L["loc"], val("loc", pos["loc"])))
    if L["sup_h"]:
        B.append(("h", L["sup_h"]))
        B.append(("kv", L["sup_title"], val("sup_title", (s["en"], s["fr"]))))
        B.append(("kv", L["sup_cls"], val("sup_cls", s["cls"])))
        if "sup_pos" in has:
            B.append(("kv", L["sup_pos"], val("sup_pos", s["pos"])))
    else:
        segs = val("sup_title", (s["en"], s["fr"])) + [" ("] + val("sup_cls", s["cls"])
        if "sup_pos" in has:
            segs += [", poste " if lang == "fr" else ", position "] + val("sup_pos", s["pos"])
        B.append(("kv", L["sup_title"], segs + [")"]))
    B.append(("h", L["ga"]))
    sup_name = s["en"] if lang != "fr" else s["fr"]
    if lang == "fr":
        B.append(("p", [T.GA_FR.format(title=pos["title_fr"], dom=pos["dom"][1].lower(), sup=sup_name)], None, None))
    else:
        B.append(("p", [T.GA_EN.format(title=pos["title_en"], dom=pos["dom"][0], sup=sup_name)], None, None))
        if lang == "bi":
            B.append(("p", [T.GA_FR.format(title=pos["title_fr"], dom=pos["dom"][1].lower(), sup=s["fr"])], None, None))
    B.append(("h", L["org"]))
    intro = {"en": f"The following positions report to the {pos['title_en']}:",
             "fr": f"Les postes suivants relèvent du titulaire du poste de {pos['title_fr']} :",
             "bi": "Direct reports / Subordonnés directs :"}[lang]
    B.append(("p", [intro], None, None))
    fte_w = {"en": "FTEs", "fr": "ETP", "bi": "FTEs/ETP"}[lang]

    def rep_segs(r, cells=False):
        t = r["fr"] if lang == "fr" else (f"{r['en']} / {r['fr']}" if lang == "bi" else r["en"])
        c = [Ch(r["old_cls"], r["cls"], au)] if "old_cls" in r else [r["cls"]]
        f = [Ch(str(r["old_fte"]), str(r["fte"]), au)] if "old_fte" in r else [str(r["fte"])]
        if "rep_fte" in comments and "old_fte" in r:
            who, ini, txt = comments["rep_fte"]
            counter[0] += 1
            f = [Cm(f, txt, who, ini, counter[0])]
        if cells:
            return [[t], c, f]
        return [t, " ("] + c + [", "] + f + [f" {fte_w})"]

    if o.get("reports") == "table":
        hdr = {"en": ["Position", "Group and Level", "FTEs"], "fr": ["Poste", "Groupe et niveau", "ETP"],
               "bi": ["Position / Poste", "Group-Level / Groupe-niveau", "FTEs / ETP"]}[lang]
        rows = []
        for r in pos["reports"]:
            flag = "ins" if r.get("ins") else ("del" if r.get("del") else None)
            rows.append((rep_segs(r, True), flag))
        B.append(("table", hdr, rows))
    else:
        moved = []
        for r in pos["reports"]:
            flag = "ins" if r.get("ins") else ("del" if r.get("del") else None)
            if "moved" in r:
                flag = "moveto"
                moved.append(r)
            B.append(("p", rep_segs(r), flag, "bullet"))
        for r in moved:
            B.append(("p", rep_segs(r), "movefrom", "bullet"))
    B.append(("h", L["ns"]))
    B.append(("p", [T.NS_FR if lang == "fr" else T.NS_EN], None, None))
    if lang == "bi":
        B.append(("p", [T.NS_FR], None, None))
    B.append(("h", L["dim"]))
    B.append(("kv", L["fte"], val("fte", pos["fte"])))
    B.append(("kv", L["salary"], val("salary", pos["salary"])))
    B.append(("kv", L["om"], val("om", pos["om"])))
    if "total" in has:
        B.append(("kv", L["total"], val("total", pos["salary"] + pos["om"])))
    B.append(("h", L["sa"]))
    for i, a in enumerate(T.SA_FR if lang == "fr" else T.SA_EN, 1):
        B.append(("p", [f"{i}. {a}"], None, None))
    for extra in o.get("extra", []):
        B.append(extra)
    sig = pos["eff"] - dt.timedelta(days=23)
    if lang == "fr":
        B.append(("h", "Signatures"))
        B.append(("p", [f"Titulaire : {pos['incumbent']}    Date : {date_s(sig, 'iso', 'fr')}"], None, None))
        B.append(("p", [f"Gestionnaire : {pos['manager']}, {s['fr']}    Date : {date_s(sig, 'iso', 'fr')}"], None, None))
    else:
        B.append(("h", "Signatures"))
        B.append(("p", [f"Incumbent: {pos['incumbent']}    Date: {date_s(sig, 'iso', 'en')}"], None, None))
        B.append(("p", [f"Manager: {pos['manager']}, {s['en']}    Date: {date_s(sig, 'iso', 'en')}"], None, None))
    if o.get("advisor"):
        B.append(("p", [("Conseillère en classification : " if lang == "fr" else "Classification advisor: ") + pos["advisor"]], None, None))
    return B


# ----------------------------------------------------------------------------- Word
WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
SETTINGS_BEFORE = ['writeProtection', 'view', 'zoom', 'removePersonalInformation', 'removeDateAndTime',
                   'doNotDisplayPageBoundaries', 'displayBackgroundShape', 'printPostScriptOverText',
                   'printFractionalCharacterWidth', 'printFormsData', 'embedTrueTypeFonts', 'embedSystemFonts',
                   'saveSubsetFonts', 'saveFormsData', 'mirrorMargins', 'alignBordersAndEdges',
                   'bordersDoNotSurroundHeader', 'bordersDoNotSurroundFooter', 'gutterAtTop', 'hideSpellingErrors',
                   'hideGrammaticalErrors', 'activeWritingStyle', 'proofState', 'formsDesign', 'attachedTemplate',
                   'linkStyles', 'stylePaneFormatFilter', 'stylePaneSortMethod', 'documentType', 'mailMerge',
                   'revisionView']


class WCtx:
    def __init__(self, doc, date):
        self.doc, self.date, self.n = doc, date, 100

    def rid(self):
        self.n += 1
        return self.n

    def attrs(self, author):
        return f'w:id="{self.rid()}" w:author="{escape(author, {chr(34): "&quot;"})}" w:date="{self.date}"'


def wrun(text, deleted=False, rpr=""):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def wsegs(segs, ctx, deleted=False, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(wrun(s, deleted, rpr))
        elif isinstance(s, Ch):
            if s.old:
                out.append(f"<w:del {ctx.attrs(s.author)}>{wrun(s.old, True, rpr)}</w:del>")
            if s.new:
                out.append(f"<w:ins {ctx.attrs(s.author)}>{wrun(s.new, False, rpr)}</w:ins>")
        elif isinstance(s, Nest):
            out.append(f"<w:del {ctx.attrs(s.a1)}>{wrun(s.orig, True)}</w:del>")
            out.append(f"<w:ins {ctx.attrs(s.a1)}><w:del {ctx.attrs(s.a2)}>{wrun(s.mid, True)}</w:del></w:ins>")
            out.append(f"<w:ins {ctx.attrs(s.a2)}>{wrun(s.new)}</w:ins>")
        elif isinstance(s, Fm):
            out.append(f'<w:r><w:rPr><w:b/><w:rPrChange {ctx.attrs(s.author)}><w:rPr/></w:rPrChange></w:rPr>'
                       f'<w:t xml:space="preserve">{escape(s.text)}</w:t></w:r>')
        elif isinstance(s, Cm):
            c = ctx.doc.comments.add_comment(text=s.text, author=s.author, initials=s.initials)
            c._comment_elm.date = dt.datetime.strptime(ctx.date, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
            cid = c.comment_id
            out.append(f'<w:commentRangeStart w:id="{cid}"/>' + wsegs(s.inner, ctx, deleted, bold)
                       + f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
                       f'</w:rPr><w:commentReference w:id="{cid}"/></w:r>')
    return "".join(out)


def wpara(segs, ctx, flag=None, style=None, author="", bold_label=None):
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    label = wrun(bold_label, False, "<w:rPr><w:b/></w:rPr>") if bold_label else ""
    if flag is None:
        return f"<w:p {WNS}><w:pPr>{ppr}</w:pPr>{label}{wsegs(segs, ctx)}</w:p>"
    if flag == "ins":
        return (f"<w:p {WNS}><w:pPr>{ppr}<w:rPr><w:ins {ctx.attrs(author)}/></w:rPr></w:pPr>"
                f"<w:ins {ctx.attrs(author)}>{wsegs(segs, ctx)}</w:ins></w:p>")
    if flag == "del":
        return (f"<w:p {WNS}><w:pPr>{ppr}<w:rPr><w:del {ctx.attrs(author)}/></w:rPr></w:pPr>"
                f"<w:del {ctx.attrs(author)}>{wsegs(segs, ctx, deleted=True)}</w:del></w:p>")
    kind = {"moveto": "moveTo", "movefrom": "moveFrom"}[flag]
    rid = ctx.rid()
    who = escape(author, {chr(34): "&quot;"})
    return (f"<w:p {WNS}><w:pPr>{ppr}<w:rPr><w:{kind} {ctx.attrs(author)}/></w:rPr></w:pPr>"
            f'<w:{kind}RangeStart w:id="{rid}" w:author="{who}" w:date="{ctx.date}" w:name="move{ctx.date[:4]}1"/>'
            f"<w:{kind} {ctx.attrs(author)}>{wsegs(segs, ctx)}</w:{kind}>"
            f'<w:{kind}RangeEnd w:id="{rid}"/></w:p>')


def wtable(header, rows, ctx, author, widths=None):
    n = len(header)
    widths = widths or [9000 // n] * n
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)

    def cell(segs, w, flag=None, bold=False):
        if flag == "ins":
            body = f"<w:ins {ctx.attrs(author)}>{wsegs(segs, ctx, bold=bold)}</w:ins>"
            mark = f"<w:rPr><w:ins {ctx.attrs(author)}/></w:rPr>"
        elif flag == "del":
            body = f"<w:del {ctx.attrs(author)}>{wsegs(segs, ctx, deleted=True)}</w:del>"
            mark = f"<w:rPr><w:del {ctx.attrs(author)}/></w:rPr>"
        else:
            body, mark = wsegs(segs, ctx, bold=bold), ""
        return f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr><w:p><w:pPr>{mark}</w:pPr>{body}</w:p></w:tc>'
    xml = [f'<w:tbl {WNS}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>"]
    xml.append("<w:tr>" + "".join(cell([h], w, bold=True) for h, w in zip(header, widths)) + "</w:tr>")
    for cells, flag in rows:
        trpr = f"<w:trPr><w:{flag} {ctx.attrs(author)}/></w:trPr>" if flag in ("ins", "del") else ""
        xml.append(f"<w:tr>{trpr}" + "".join(cell(c, w, flag) for c, w in zip(cells, widths)) + "</w:tr>")
    xml.append("</w:tbl>")
    return "".join(xml)


def fixed_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(blocks, o):
    doc = docx.Document()
    date = o.get("wdate", "2023-03-14T10:22:00Z")
    ctx = WCtx(doc, date)
    body = doc.element.body
    au = o.get("author", "")
    kvtable = o.get("kvtable", False)
    pending = []

    def add(xml):
        body.insert(len(body) - 1, parse_xml(xml))

    def flush():
        if pending:
            add(wtable_kv(pending, ctx))
            pending.clear()

    for b in blocks:
        if b[0] == "kv" and kvtable:
            pending.append((b[1], b[2]))
            continue
        flush()
        if b[0] == "head":
            add(wpara([b[1]], ctx, style="Title"))
        elif b[0] == "h":
            add(wpara([b[1]], ctx, style="Heading1"))
        elif b[0] == "kv":
            add(wpara(b[2], ctx, bold_label=b[1] + (" : " if o["lang"] == "fr" else ": ")))
        elif b[0] == "p":
            add(wpara(b[1], ctx, flag=b[2], style="ListBullet" if b[3] == "bullet" else None, author=au))
        elif b[0] == "table":
            add(wtable(b[1], b[2], ctx, au, widths=[5000, 2200, 1800] if len(b[1]) == 3 else None))
    flush()
    st = doc.settings.element
    if o.get("track", True) and o.get("pending", True):
        idx = 0
        for i, child in enumerate(st):
            if child.tag.rsplit("}", 1)[-1] in SETTINGS_BEFORE:
                idx = i + 1
        st.insert(idx, parse_xml(f"<w:trackRevisions {WNS}/>"))
    cp = doc.core_properties
    cp.author = o.get("doc_author", "")
    cp.last_modified_by = o.get("author", "") if o.get("author") in o.get("_people", ()) + ("Author", "Auteur") \
        else o.get("doc_author", "")
    cp.title = o.get("core_title", "")
    cp.created = dt.datetime(2022, 11, 7, 9, 0, 0)
    cp.modified = dt.datetime.strptime(date, "%Y-%m-%dT%H:%M:%SZ")
    cp.last_printed = dt.datetime(2022, 11, 7, 9, 0, 0)
    cp.revision = 7
    bio = io.BytesIO()
    doc.save(bio)
    return fixed_zip(bio.getvalue())


def wtable_kv(pairs, ctx):
    rows = []
    for label, segs in pairs:
        rows.append(f'<w:tr><w:tc><w:tcPr><w:tcW w:w="3400" w:type="dxa"/></w:tcPr><w:p>{wrun(label, False, "<w:rPr><w:b/></w:rPr>")}</w:p></w:tc>'
                    f'<w:tc><w:tcPr><w:tcW w:w="5600" w:type="dxa"/></w:tcPr><w:p>{wsegs(segs, ctx)}</w:p></w:tc></w:tr>')
    return (f'<w:tbl {WNS}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="3400"/><w:gridCol w:w="5600"/></w:tblGrid>{"".join(rows)}</w:tbl>')


# ----------------------------------------------------------------------------- text forms
def para_text(text, flag, mode, lang):
    if flag is None:
        return text
    gone = flag in ("del", "movefrom")
    if mode in ("acc", "cref"):
        return None if gone else text
    if mode == "orig":
        return text if gone else None
    if mode == "critic":
        return ("{--%s--}" if gone else "{++%s++}") % text
    if mode == "html":
        return (f"<del>{text}</del>" if gone else f"<ins>{text}</ins>")
    if mode == "tilde":
        return f"~~{text}~~" if gone else text
    if mode == "bracket":
        if flag == "del":
            return ("[Supprimé : %s]" if lang == "fr" else "[Deleted: %s]") % text
        if flag == "movefrom":
            return ("[Déplacé vers le bas [1]: %s]" if lang == "fr" else "[Moved down [1]: %s]") % text
        if flag == "moveto":
            return text + (" [Déplacé (insertion) [1]]" if lang == "fr" else " [Moved (insertion) [1]]")
        return text
    if mode == "was":
        if flag == "movefrom":
            return None
        if flag == "del":
            return f"[REMOVED] {text}"
        if flag == "ins":
            return f"{text} (NEW)"
        return text
    if mode == "struck":
        return f"—{text}—" if gone else text
    raise ValueError(mode)


def text_lines(blocks, mode, lang, md=False, bullet="- "):
    out = []
    colon = " : " if lang == "fr" else ": "
    for b in blocks:
        if b[0] == "head":
            out += [("# " if md else "") + b[1], ""]
        elif b[0] == "h":
            out += ["", ("## " if md else "") + (b[1] if md else b[1].upper()), ""]
        elif b[0] == "kv":
            v = segs_text(b[2], mode, lang)
            out.append((f"- **{b[1]}:** {v}" if lang != "fr" else f"- **{b[1]} :** {v}") if md else f"{b[1]}{colon}{v}")
        elif b[0] == "p":
            t = para_text(segs_text(b[1], mode, lang), b[2], mode, lang)
            if t is None:
                continue
            out.append((bullet if b[3] == "bullet" else "") + t)
            if b[3] != "bullet":
                out.append("")
        elif b[0] == "table":
            if md:
                out += ["", "| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            else:
                out += ["", "    ".join(b[1])]
            for cells, flag in b[2]:
                row = [segs_text(c, mode, lang) for c in cells]
                t = para_text(" | ".join(row), flag, mode, lang)
                if t is None:
                    continue
                if md:
                    if flag is None or mode in ("acc",):
                        out.append("| " + " | ".join(row) + " |")
                    else:
                        out.append("| " + " | ".join(para_text(c, flag, mode, lang) for c in row) + " |")
                else:
                    out.append(t if flag else "    ".join(row))
            out.append("")
    # squeeze blank lines
    res = []
    for line in out:
        if line == "" and res and res[-1] == "":
            continue
        res.append(line)
    return res


def wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return lines


def balloon_items(blocks, lang, with_moves=True):
    """(body line or '', [balloon texts], is_heading) in reading order, as Word prints with balloons."""
    items = []
    colon = " : " if lang == "fr" else ": "
    mv_from = "Déplacé vers le bas [1]: " if lang == "fr" else "Moved down [1]: "
    mv_to = "Déplacé (insertion) [1]" if lang == "fr" else "Moved (insertion) [1]"
    dele = "Supprimé: " if lang == "fr" else "Deleted: "
    for b in blocks:
        if b[0] in ("head", "h"):
            items.append((b[1] if b[0] == "head" else b[1].upper(), [], True))
        elif b[0] == "kv":
            items.append((b[1] + colon + segs_text(b[2], "acc", lang), balloons(b[2], lang), False))
        elif b[0] == "p":
            t = segs_text(b[1], "acc", lang)
            pre = "• " if b[3] == "bullet" else ""
            if b[2] == "del":
                items.append(("", [dele + t], False))
            elif b[2] == "movefrom":
                items.append(("", [mv_from + t] if with_moves else [], False))
            elif b[2] == "moveto":
                items.append((pre + t, [mv_to] if with_moves else [], False))
            else:
                items.append((pre + t, balloons(b[1], lang), False))
        elif b[0] == "table":
            items.append(("    ".join(b[1]), [], False))
            for cells, flag in b[2]:
                row = "    ".join(segs_text(c, "acc", lang) for c in cells)
                bl = [x for c in cells for x in balloons(c, lang)]
                if flag == "del":
                    items.append(("", [dele + "    ".join(segs_text(c, "acc", lang) for c in cells)], False))
                else:
                    items.append((row, bl, False))
    return items


def pdf_esc(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_balloons(blocks, o):
    """Word's print with markup in balloons: body at the left, balloons in the right margin."""
    lang = o["lang"]
    items = balloon_items(blocks, lang)
    pages, cur, y = [], [], 780
    order = o.get("order", "interleave")
    late = []
    for body, bl, head in items:
        lines = wrap(body, 66) if body else [""]
        if y - 10 * max(len(lines), 1) < 70:
            pages.append(cur + late)
            cur, late, y = [], [], 780
        by = y
        for i, ln in enumerate(lines):
            if ln:
                cur.append(f"BT /F1 {9 if head else 8} Tf 40 {y} Td ({pdf_esc(ln)}) Tj ET")
            y -= 10
        for t in bl:
            for ln in wrap(t, 44):
                op = f"0.7 0 0 rg BT /F1 7 Tf 392 {by} Td ({pdf_esc(ln)}) Tj ET 0 0 0 rg"
                (cur if order == "interleave" else late).append(op)
                by -= 9
            by -= 3
        y = min(y, by) - (4 if head else 2)
    pages.append(cur + late)
    n = len(pages)
    out = []
    for i, ops in enumerate(pages, 1):
        hdr = f"BT /F1 7 Tf 40 815 Td ({pdf_esc(o.get('pdf_header', ''))}) Tj ET"
        foot = f"BT /F1 7 Tf 270 30 Td ({pdf_esc(('Page %d de %d' if lang == 'fr' else 'Page %d of %d') % (i, n))}) Tj ET"
        out.append(("\n".join([hdr] + ops + [foot])).encode("cp1252"))
    return pdf_bytes(out)


HW = {" ": 278, ".": 278, ",": 278, ":": 278, ";": 278, "i": 222, "l": 222, "j": 222, "f": 278, "t": 278,
      "r": 333, "(": 333, ")": 333, "-": 333, "I": 278, "m": 833, "w": 722, "M": 833, "W": 944, "$": 556,
      "'": 191, "/": 278, "&": 667, "—": 1000}


def hwidth(text, size):
    return sum(HW.get(c, 667 if c.isupper() else 556) for c in text) * size / 1000


def seg_chunks(segs):
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append((s, "n"))
        elif isinstance(s, Ch):
            if s.old:
                out.append((s.old, "del"))
            if s.new:
                out.append((s.new, "ins"))
        elif isinstance(s, Nest):
            out += [(s.orig, "del"), (s.mid, "del"), (s.new, "ins")]
        elif isinstance(s, Cm):
            out += seg_chunks(s.inner)
        elif isinstance(s, Fm):
            out.append((s.text, "n"))
    return out


def pdf_inline(blocks, o):
    """Word's print with all markup inline: deletions struck through in red, insertions underlined."""
    lang = o["lang"]
    colon = " : " if lang == "fr" else ": "
    rows = []
    for b in blocks:
        if b[0] in ("head", "h"):
            rows.append(([(b[1] if b[0] == "head" else b[1].upper(), "n")], True))
        elif b[0] == "kv":
            rows.append(([(b[1] + colon, "n")] + seg_chunks(b[2]), False))
        elif b[0] == "p":
            ch = seg_chunks(b[1])
            if b[2] in ("del", "movefrom"):
                ch = [(t, "del") for t, _ in ch]
            elif b[2] in ("ins", "moveto"):
                ch = [(t, "ins") for t, _ in ch]
            rows.append(((([("• ", "n")] if b[3] == "bullet" else []) + ch), False))
        elif b[0] == "table":
            rows.append(([("    ".join(b[1]), "n")], False))
            for cells, flag in b[2]:
                ch = []
                for c in cells:
                    cc = seg_chunks(c)
                    if flag == "del":
                        cc = [(t, "del") for t, _ in cc]
                    elif flag == "ins":
                        cc = [(t, "ins") for t, _ in cc]
                    ch += cc + [("    ", "n")]
                rows.append((ch, False))
    # wrap into lines of word pieces
    lines = []
    for chunks, head in rows:
        line, count = [], 0
        for text, st in chunks:
            for i, w in enumerate(text.split(" ")):
                piece = (" " if i else "") + w
                if count + len(piece) > 92 and count:
                    lines.append((line, head))
                    line, count, piece = [], 0, w
                line.append((piece, st))
                count += len(piece)
        lines.append((line, head))
        lines.append(([], False))
    pages, cur, y = [], [], 790
    for line, head in lines:
        if y < 60:
            pages.append(cur)
            cur, y = [], 790
        x, size, changed = 40.0, 9 if head else 8, False
        for piece, st in line:
            if not piece:
                continue
            w = hwidth(piece, size)
            color = "0.8 0 0" if st != "n" else "0 0 0"
            cur.append(f"{color} rg BT /F1 {size} Tf {x:.1f} {y} Td ({pdf_esc(piece)}) Tj ET")
            if st == "del":
                lead = hwidth(piece[:len(piece) - len(piece.lstrip())], size)
                cur.append(f"{color} RG 0.6 w {x + lead:.1f} {y + 2.6:.1f} m {x + w:.1f} {y + 2.6:.1f} l S")
                changed = True
            elif st == "ins":
                lead = hwidth(piece[:len(piece) - len(piece.lstrip())], size)
                cur.append(f"{color} RG 0.5 w {x + lead:.1f} {y - 1.5:.1f} m {x + w:.1f} {y - 1.5:.1f} l S")
                changed = True
            x += w
        if changed:
            cur.append(f"0 0 0 RG 0.8 w 30 {y - 2} m 30 {y + 8} l S")
        y -= 11 if line else 5
    pages.append(cur)
    n = len(pages)
    out = []
    for i, ops in enumerate(pages, 1):
        hdr = f"0 0 0 rg BT /F1 7 Tf 40 815 Td ({pdf_esc(o.get('pdf_header', ''))}) Tj ET"
        foot = f"0 0 0 rg BT /F1 7 Tf 270 30 Td ({pdf_esc(('Page %d de %d' if lang == 'fr' else 'Page %d of %d') % (i, n))}) Tj ET"
        out.append(("\n".join([hdr] + ops + [foot])).encode("cp1252"))
    return pdf_bytes(out)


# ----------------------------------------------------------------------------- OCR
def damage(text, level, rng, protect):
    keep = {}
    for i, name in enumerate(sorted(protect, key=len, reverse=True)):
        tok = f"\x00{i}\x00"
        keep[tok] = name
        text = text.replace(name, tok)
    p = {"light": 0.35, "middling": 0.6, "heavy": 0.85}[level]
    q = {"light": 0.01, "middling": 0.025, "heavy": 0.05}[level]
    out = []
    for line in text.split("\n"):
        toks = line.split(" ")
        new = []
        for t in toks:
            if "\x00" in t:
                new.append(t)
                continue
            if any(c.isdigit() for c in t) or t.startswith("EX-"):
                chars = []
                for c in t:
                    r = rng.random()
                    if c == "0" and r < p:
                        c = "O"
                    elif c == "1" and r < p * 0.8:
                        c = rng.choice("Il")
                    elif c == "5" and r < p * 0.5:
                        c = "S"
                    elif c == "8" and r < p * 0.4:
                        c = "B"
                    elif c == "2" and level == "heavy" and r < 0.3:
                        c = "Z"
                    elif c == "6" and level == "heavy" and r < 0.3:
                        c = "b"
                    chars.append(c)
                t = "".join(chars)
            else:
                if rng.random() < q * 3:
                    for a, b in (("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("i", "l"), ("h", "b"),
                                 ("u", "n"), ("é", "e"), ("t", "l")):
                        if a in t and rng.random() < 0.5:
                            t = t.replace(a, b, 1)
                            break
            new.append(t)
        line = ""
        for i, t in enumerate(new):
            if i == 0:
                line = t
            elif rng.random() < q and "\x00" not in t and "\x00" not in new[i - 1]:
                line += t
            else:
                line += " " + t
        out.append(line)
    text = "\n".join(out)
    for tok, name in keep.items():
        text = text.replace(tok, name)
    return text


def ocr_fax(blocks, o, rng, people):
    lang = o["lang"]
    if o.get("ocr_mode") == "struck":
        body = text_lines(blocks, "struck", lang, bullet="• ")
        lines = []
        for b in body:
            lines += wrap(b, 84) if b else [""]
    else:
        lines = []
        for body, bl, head in balloon_items(blocks, lang):
            bw = wrap(body, 64) if body else [""]
            bb = [x for t in bl for x in wrap(t, 40)]
            for i in range(max(len(bw), len(bb))):
                left = bw[i] if i < len(bw) else ""
                right = bb[i] if i < len(bb) else ""
                gap = " " * rng.randrange(2, 5) if left else ""
                lines.append((left + gap + right).rstrip())
            if head:
                lines.append("")
    # hyphenate some long lines the way the scanner split them
    res = []
    for ln in lines:
        if len(ln) > 70 and rng.random() < 0.25 and " " in ln:
            head, last = ln.rsplit(" ", 1)
            if len(last) > 7 and last.isalpha():
                cut = len(last) // 2
                res += [head + " " + last[:cut] + "-", last[cut:]]
                continue
        res.append(ln)
    per = 52
    pages = [res[i:i + per] for i in range(0, len(res), per)]
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        hdr = o["fax_header"].format(p=i, n=n)
        foot = ("Page %d de %d" if lang == "fr" else "Page %d of %d") % (i, n)
        out.append("\n".join([hdr, ""] + pg + ["", foot]))
    text = "\f\n".join(out) + "\n"
    return damage(text, o["damage"], rng, people)


# ----------------------------------------------------------------------------- the plan
def ini(name):
    g, f = name.split(" ", 1)
    return (g[0] + f[0]).upper()


NOT_APPROVED_EN = ("NOTE: The revisions tracked in this draft are proposals from the Branch and have NOT been approved "
                   "by the Classification Review Committee. Until they are approved, the work description in force is "
                   "the text before revision.")
NOT_APPROVED_FR = ("REMARQUE : Les modifications suivies dans la présente ébauche n'ont pas été approuvées par le "
                   "Comité d'examen de la classification. La description en vigueur demeure le texte antérieur aux "
                   "modifications.")

# name, render, lang, position, ops, options
PLAN = [
    # ---- Word (.docx)
    ("Director, {dom} - EX-01 (JD comments).docx", "docx", "en", 0, [],
     dict(kvtable=True, comments={"cls": "JD: should this be {up}?", "total": "Finance to confirm the total before sign-off"},
          changes="comments only")),
    ("WD_{p}_v3 DRAFT.docx", "docx", "en", 1, ["salary", "om", "rep_add"], dict(changes="pending", version="A")),
    ("{t} - revised reports table.docx", "docx", "en", 2, ["rep_fte", "rep_add", "rep_del"],
     dict(labels="B", reports="table", money="M", changes="pending", has={"job", "pos", "eff", "loc"})),
    ("DRAFT {t} (track changes).docx", "docx", "en", 3, ["rep_move", "eff"],
     dict(fmt={"title"}, changes="pending", version="B")),
    ("{t} - proposed reclassification.docx", "docx", "en", 4, ["cls_up", "salary"],
     dict(banner=NOT_APPROVED_EN, changes="pending, not approved", approved=False, kvtable=True)),
    ("Description de travail - {tf} (modifs suivies).docx", "docx", "fr", 5, ["cls_up", "sup_title"],
     dict(changes="pending")),
    ("DT {p} {tf} - révisée.docx", "docx", "fr", 6, ["om"],
     dict(labels="B", comments={"salary": "MB : montant à confirmer avec les Finances"}, money="K", changes="pending", has={"pos", "eff", "loc", "sup_pos", "total"})),
    ("WD-DT {p} bilingual, tracked.docx", "docx", "bi", 7, ["rep_fte", "loc"],
     dict(kvtable=True, reports="table", changes="pending")),
    ("{t} _ {tf} - EN-FR (2).docx", "docx", "bi", 8, ["title", "rep_move"], dict(changes="pending")),
    ("Compare Result 2.docx", "docx", "en", 9, ["salary", "om", "eff", "rep_add", "rep_del", "job_code"],
     dict(author="Author", changes="Word Compare result", money="M")),
    ("Comparaison - {tf} v2 et v3.docx", "docx", "fr", 10, ["cls_up", "rep_fte", "eff"],
     dict(author="Auteur", reports="table", changes="Word Compare result")),
    ("{t} - FINAL (changes accepted).docx", "docx", "en", 11, ["cls_down", "om"],
     dict(clean=True, history=True, changes="accepted; version history table", labels="B")),
    ("{t} (reviewed).docx", "docx", "en", 12, [],
     dict(comments={"cls": "JD: should this be {up}? — KM: No. Confirmed {lvl} by Classification on 2023-02-03."},
          changes="accepted; resolved comment left", pending=False)),
    ("{t} - DRAFT for JD review.docx", "docx", "en", 13, ["cls_up"],
     dict(comments={"cls": "JD: should this be {up}? The scope now matches the DG's other directorates."},
          changes="pending", version="C")),
    ("{t} - signed.docx", "docx", "en", 13, [], dict(changes="changes rejected (clean)", version="C", pending=False)),
    ("WD {p} - {t}.docx", "docx", "en", 14, ["rep_rename", "sup_pos"], dict(reports="bullets", changes="pending", has={"job", "pos", "eff", "loc", "sup_pos"})),
    ("New position - {t}.docx", "docx", "en", 15, ["pos_no", "job_code"], dict(kvtable=True, changes="pending")),
    ("{t}, budget revisions.docx", "docx", "en", 16, ["salary", "om"],
     dict(nest="salary", changes="pending, two reviewers (an insertion deleted by the second)", money="full")),
    ("DT_{p}_{tf}.docx", "docx", "fr", 17, ["rep_fte"],
     dict(reports="table", comments={"rep_fte": "GT : l'équipe compte-t-elle les étudiants?"}, changes="pending")),
    ("Work Description - Description de travail {p}.docx", "docx", "bi", 18, ["sup_cls", "salary"],
     dict(changes="pending", money="K")),
    ("{t} - supervisor block updated.docx", "docx", "en", 19, ["sup_cls", "sup_pos", "sup_title"],
     dict(kvtable=True, changes="pending")),
    ("{t} (Finance comments).docx", "docx", "en", 20, [],
     dict(comments={"salary": "Salary should be $2.9M per Finance's latest forecast", "om": "O&M includes travel?"},
          changes="comments only", pending=False)),
    ("Ébauche - {tf} - reclassification proposée.docx", "docx", "fr", 21, ["cls_up", "om"],
     dict(banner=NOT_APPROVED_FR, approved=False, changes="pending, not approved")),
    # ---- PDF
    ("WD_{p}_v3 DRAFT - markup.pdf", "pdf_b", "en", 1, ["salary", "om", "rep_add"],
     dict(changes="print with markup (balloons)", version="A", order="interleave")),
    ("Impression avec marques - {tf}.pdf", "pdf_b", "fr", 22, ["cls_up", "sup_title"],
     dict(comments={"cls": "LP : vérifier le niveau avec la DGRH"}, changes="print with markup (balloons)",
          order="after")),
    ("{t} - all markup.pdf", "pdf_i", "en", 23, ["salary", "om", "cls_up", "rep_add", "rep_del"],
     dict(changes="print with all markup inline (struck and underlined)")),
    ("Comparison of {p} v1 and v2 (blackline).pdf", "pdf_i", "en", 24, ["eff", "salary", "rep_fte"],
     dict(author="Author", changes="Word Compare blackline print", compare_summary=True)),
    ("{t} - signed.pdf", "pdf_b", "en", 3, ["rep_move", "eff"], dict(clean=True, changes="final, clean", version="B")),
    ("WD {p} EN-FR markup.pdf", "pdf_b", "bi", 25, ["om", "rep_fte"], dict(changes="print with markup (balloons)", has={"pos", "eff", "loc", "sup_pos", "total"})),
    ("{tf} - version annotée.pdf", "pdf_b", "fr", 26, ["loc", "eff"],
     dict(fmt={"title"}, comments={"loc": "NB : confirmer le lieu avec les Installations"},
          changes="print with markup (balloons)", order="after")),
    ("{t} (simple markup).pdf", "pdf_b", "en", 27, ["salary"],
     dict(comments={"cls": "JD: should this be {up}?"}, changes="print, simple markup (comments only shown)",
          simple=True)),
    # ---- Markdown
    ("{t} - review.md", "md", "en", 28, ["cls_up", "salary", "rep_add", "rep_del"],
     dict(mode="critic", comments={"salary": "JD: matches the 2023-24 budget?"}, changes="CriticMarkup")),
    ("{t} (changes).md", "md", "en", 29, ["om", "eff", "sup_title"], dict(mode="html", changes="<del>/<ins> markup")),
    ("{tf} - révision.md", "md", "fr", 30, ["rep_fte", "loc", "cls_up"], dict(mode="critic", changes="CriticMarkup")),
    ("WD-DT {p} redline.md", "md", "bi", 31, ["salary", "rep_del"], dict(mode="tilde", changes="~~struck~~ text")),
    # ---- UTF-8 text
    ("{t} - saved as text.txt", "txt", "en", 32, ["cls_up", "om", "rep_move"], dict(mode="bracket", changes="[Deleted: ...] balloons")),
    ("{tf} - texte avec marques.txt", "txt", "fr", 33, ["salary", "sup_pos"], dict(mode="bracket", changes="[Supprimé : ...] balloons", has={"job", "pos", "eff", "sup_pos", "total"})),
    ("{t} with comments.txt", "txt", "en", 34, [],
     dict(mode="cref", comments={"cls": "JD: should this be {up}?", "fte": "KM: includes 3 term employees"},
          changes="comments exported as [JD1] markers and a list")),
    # ---- cp1252 text
    ("{t} – copied from markup PDF.txt", "cp", "en", 35, ["salary", "eff"], dict(mode="ballooncopy", changes="copied from a print with balloons")),
    ("{tf} – copie.txt", "cp", "fr", 36, ["cls_up", "rep_fte"], dict(mode="ballooncopy", changes="copied from a print with balloons")),
    ("{t} (revised) notes.txt", "cp", "en", 37, ["cls_up", "om", "rep_add"], dict(mode="was", changes="typed notes: (revised; was X), (NEW)")),
    # ---- OCR faxes of marked-up prints
    ("fax_{p}_markup.txt", "ocr", "en", 38, ["cls_up", "salary", "rep_add"],
     dict(damage="middling", changes="fax of a print with balloons")),
    ("télécopie {tf}.txt", "ocr", "fr", 39, ["om", "sup_title"], dict(damage="light", changes="fax of a print with balloons", has={"job", "pos", "eff", "loc", "sup_pos"})),
    ("Scan0042 - {p} inline markup.txt", "ocr", "en", 40, ["eff", "cls_up", "rep_fte"],
     dict(damage="heavy", ocr_mode="struck", changes="fax of a print with inline markup")),
    ("FAX - WD-DT {p} (proposed).txt", "ocr", "bi", 41, ["cls_up", "salary"],
     dict(damage="light", banner=NOT_APPROVED_EN + " / " + NOT_APPROVED_FR, approved=False,
          changes="fax of a print with balloons, not approved")),
]

KIND = {"docx": "docx", "pdf_b": "pdf", "pdf_i": "pdf", "md": "markdown", "txt": "text", "cp": "text-cp1252", "ocr": "ocr"}


def clean_pos(pos):
    pos["reports"] = [{k: v for k, v in r.items() if k in ("en", "fr", "cls", "fte")}
                      for r in pos["reports"] if not r.get("del")]


def render(kind, blocks, o, rng, people):
    lang = o["lang"]
    if kind == "docx":
        return render_docx(blocks, o)
    if kind == "pdf_b":
        if o.get("simple"):
            items_blocks = blocks
        return pdf_balloons(blocks, o)
    if kind == "pdf_i":
        return pdf_inline(blocks, o)
    if kind == "md":
        return ("\n".join(text_lines(blocks, o["mode"], lang, md=True)) + "\n").encode("utf-8")
    if kind == "txt":
        lines = text_lines(blocks, o["mode"], lang)
        if o["mode"] == "cref":
            lines += ["", "Comments:" if lang != "fr" else "Commentaires :"]
            for b in blocks:
                for c in (cm_list(b[2]) if b[0] == "kv" else cm_list(b[1]) if b[0] == "p" else []):
                    lines.append(f"[{c.initials}{c.n}] {c.author}: {c.text}")
        return ("\n".join(lines) + "\n").encode("utf-8")
    if kind == "cp":
        if o["mode"] == "ballooncopy":
            lines = []
            for body, bl, head in balloon_items(blocks, lang):
                if body:
                    lines.append(body)
                lines += bl
                if head:
                    lines.append("")
        else:
            lines = text_lines(blocks, o["mode"], lang)
        text = "\r\n".join(lines) + "\r\n"
        text = text.replace("'", "\u2019")
        return text.encode("cp1252")
    if kind == "ocr":
        return ocr_fax(blocks, o, rng, people).encode("utf-8")
    raise ValueError(kind)


def refusals(positions):
    out = []
    p0 = positions[0]
    rv = next(NAMES)
    rows = [([["1"], ["Identification"], [f"JD: should this be EX-02? The directorate now has {p0['fte'] + 20} FTEs."], [rv]], None),
            ([["2"], ["Dimensions"], [f"Salary figure does not match the financial system ({money(p0['salary'] + 120000, 'M', 'en')})."], [rv]], None),
            ([["3"], ["Organization Structure"], ["Add the new Manager, Data and Reporting (EC-06) if staffed before April 1."], [rv]], None),
            ([["4"], ["Specific Accountabilities"], ["Accountability 4 repeats accountability 1; merge or delete."], [rv]], None)]
    blocks = [("head", "Reviewer comments"),
              ("p", [f"Document reviewed: Work description – {p0['title_en']} ({p0['level']}), position {p0['pos_no']}"], None, None),
              ("p", [f"Reviewer: {rv}, Classification Advisor    Date: 2023-02-27"], None, None),
              ("table", ["No.", "Section", "Comment", "Reviewer"], rows)]
    data = render_docx(blocks, {"lang": "en", "pending": False, "doc_author": rv})
    out.append(("Reviewer comments - WD {p} ({i}).docx".format(p=p0["pos_no"], i=ini(rv)), data, "docx", "en",
                {"what": "a reviewer's comments-only document (a table of comments on a work description)"}, [rv]))
    # cover memo with a summary of tracked changes
    p1 = positions[4]
    a, b = next(NAMES), next(NAMES)
    memo = [
        "MEMORANDUM",
        "",
        f"TO: {a}, Director General, Classification and Organization",
        f"FROM: {b}, Manager, Organizational Design",
        "DATE: March 2, 2023",
        f"SUBJECT: Revised work description – {p1['title_en']}, position {p1['pos_no']}",
        "",
        "Please find attached the revised work description, with changes tracked. Summary of the tracked changes:",
        "",
        f"  - Classification: {p1['level']} -> {LEVELS[LEVELS.index(p1['level']) + 1]} (proposed)",
        f"  - Salary: {money(p1['salary'], 'full', 'en')} -> {money(p1['salary'] + 250000, 'full', 'en')}",
        f"  - Supervisor: {p1['sup']['en']} ({p1['sup']['cls']}), no change",
        "  - Nature and Scope: two paragraphs reworded; formatting only elsewhere",
        "",
        "The changes have not yet been reviewed by the Classification Review Committee. Please do not accept the",
        "changes in the attachment before the committee meets on March 16.",
        "",
        f"{b}",
        "Attachment (1)",
    ]
    out.append((f"Cover memo - revised WD {p1['pos_no']}.pdf", pdf_bytes(["\n".join(memo)]), "pdf", "en",
                {"what": "a cover memo summarizing the tracked changes of an attached work description"}, [a, b]))
    # change log table in Markdown (French)
    p2 = positions[10]
    c, d, e = next(NAMES), next(NAMES), next(NAMES)
    log = [f"# Journal des modifications – {p2['title_fr']} (poste {p2['pos_no']})", "",
           "| Version | Date | Auteur | Modification |", "|---|---|---|---|",
           f"| 0.1 | 2022-09-12 | {c} | Première ébauche ({p2['level']}) |",
           f"| 0.2 | 2022-10-03 | {d} | Salaires : {money(p2['salary'] - 90000, 'full', 'fr')} → {money(p2['salary'], 'full', 'fr')} |",
           f"| 0.3 | 2022-11-21 | {e} | Ajout d'un subordonné direct : {p2['reports'][0]['fr']} ({p2['reports'][0]['cls']}) |",
           f"| 0.4 | 2023-01-09 | {d} | Modifications acceptées; comparaison v2 et v3 envoyée à la DGRH |", "",
           "Les versions sont conservées dans le dossier partagé de la Direction.", ""]
    out.append((f"Journal des modifications - DT {p2['pos_no']}.md", "\n".join(log).encode("utf-8"), "markdown", "fr",
                {"what": "a change log table of a work description's versions"}, [c, d, e]))
    # scan without a text layer
    out.append(("Scan_fax_2023-03-14_1042.pdf", pdf_bytes(["", "", ""]), "pdf", "en",
                {"what": "a faxed marked-up print scanned without a text layer (three pages)"}, []))
    # Word Compare summary saved as text (cp1252)
    p3 = positions[9]
    summ = ["Summary", "", f"Original document: WD_{p3['pos_no']}_v1.docx", f"Revised document: WD_{p3['pos_no']}_v2.docx", "",
            "Revisions                 14", "Insertions                 6", "Deletions                  5", "Moves                      1",
            "Formatting                 2", "Table changes              0", "Comments                   3", "",
            "Total changes:            31", "",
            "Compared on Tuesday, March 14, 2023 at 10:22 by \u201cAuthor\u201d. Source document shown: Both.", ""]
    out.append(("Compare summary - WD_{}_v1 vs v2.txt".format(p3["pos_no"]), "\r\n".join(summ).encode("cp1252"),
                "text-cp1252", "en", {"what": "the summary pane of a Word comparison, without the document"}, []))
    return out


def dump(path, data):
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    positions = make_positions(42)
    versions = {}
    names_by_pi = {}
    for idx, (fname, kind, lang, pi, ops, opts) in enumerate(PLAN):
        base = positions[pi]
        pos = copy.deepcopy(base)
        rng = random.Random(f"148-{pi}-{'/'.join(ops)}")
        old = apply_ops(pos, ops, rng)
        o = dict(opts)
        o["lang"] = lang
        drng = random.Random(f"148-doc-{idx}")
        if pi not in names_by_pi:
            names_by_pi[pi] = (next(NAMES), next(NAMES))
        reviewer, second = names_by_pi[pi]
        o.setdefault("author", reviewer)
        o["author2"] = second
        o["doc_author"] = pos["incumbent"]
        people = [pos["incumbent"], pos["manager"]]
        if idx % 3 == 0:
            o["advisor"] = True
            people.append(pos["advisor"])
        if o.get("nest"):
            o["nest_mid"] = old["salary"] + 150000
        up = LEVELS[LEVELS.index(base["level"]) + 1]
        o["comments"] = {k: (second, ini(second), txt.format(up=up, lvl=base["level"]))
                         for k, txt in o.get("comments", {}).items()}
        approved = o.get("approved", True)
        clean = o.get("clean", False) or (not ops)
        if clean:
            clean_pos(pos)
        if o.get("history"):
            hist = [([["0.1"], ["2022-06-20"], [o["author"]], [f"First draft ({old.get('cls', pos['level'])})"]], None),
                    ([["0.2"], ["2022-09-14"], [second], [f"O&M revised from {money(old['om'], 'full', 'en')}"]], None),
                    ([["0.3"], ["2022-10-05"], [o["author"]], [f"Classification changed from {old['cls']} to {pos['level']} "
                                                                  "following review; all changes accepted"]], None)]
            o["extra"] = [("h", "VERSION HISTORY"), ("table", ["Version", "Date", "Author", "Change"], hist)]
            people += [o["author"], second]
        hdr_t = pos["title_fr"] if lang == "fr" else pos["title_en"]
        o["pdf_header"] = f"{pos['dept'][1] if lang == 'fr' else pos['dept'][0]} – {hdr_t}"
        o["fax_header"] = (f"MAR-14-2023 10:4{{p}}   FROM: HR CLASSIFICATION   TO: 8195550147   P.0{{p}}/0{{n}}")
        if o.get("pending", True) is False and not clean:
            pass
        blocks = build(pos, {} if clean else old, o)
        if o.get("compare_summary"):
            blocks += [("h", "Summary of changes"),
                       ("table", ["Change", "Count"], [([["Insertions"], ["4"]], None), ([["Deletions"], ["4"]], None),
                                                       ([["Moved from / to"], ["0"]], None),
                                                       ([["Total changes"], ["8"]], None)])]
        if o.get("simple"):
            # simple markup: the text as accepted, only comments in the margin
            def strip(segs):
                out = []
                for sg in segs:
                    if isinstance(sg, Ch):
                        out.append(sg.new)
                    elif isinstance(sg, Cm):
                        out.append(Cm(strip(sg.inner), sg.text, sg.author, sg.initials, sg.n))
                    else:
                        out.append(sg)
                return out
            blocks = [(b[0], b[1], strip(b[2])) if b[0] == "kv" else b for b in blocks]
        if kind == "docx" and (o.get("author") in ("Author", "Auteur")):
            pass
        else:
            if ops and not clean and kind in ("docx",):
                people.append(o["author"])
        if o.get("comments"):
            people += [v[0] for v in o["comments"].values() if kind == "docx" or o.get("mode") == "cref"]
        if kind == "docx" and o.get("nest"):
            people.append(second)
        o["_people"] = tuple(people)
        data = render(kind, blocks, o, drng, people)
        fields_state = state(pos, {} if clean else old, approved, lang)
        fname = fname.format(t=pos["title_en"] if not o.get("version") else base["title_en"],
                             tf=pos["title_fr"] if not o.get("version") else base["title_fr"],
                             p=pos["pos_no"], dom=pos["dom"][0])
        (corpus / fname).write_bytes(data)
        has = o.get("has", {"job", "pos", "eff", "loc", "sup_pos", "total"})
        f = fields_state
        not_stated = []
        fields = {
            "title": f["title"], "classification": f["classification"],
            "job_code": f["job_code"] if "job" in has else None,
            "position_number": f["position_number"] if "pos" in has else None,
            "effective_date": f["effective_date"] if "eff" in has else None,
            "supervisor": {"position_number": f["supervisor"]["position_number"] if "sup_pos" in has else None,
                           "title": f["supervisor"]["title"], "classification": f["supervisor"]["classification"]},
            "direct_reports": f["direct_reports"] or None,
            "salary": f["salary"], "o_and_m": f["o_and_m"], "total": f["total"] if "total" in has else None,
            "location": f["location"] if "loc" in has else None,
        }
        for k in ("job_code", "position_number", "effective_date", "total", "location"):
            if fields[k] is None:
                not_stated.append(k)
        if fields["supervisor"]["position_number"] is None:
            not_stated.append("supervisor.position_number")
        also = {"department": pos["dept"][1] if lang == "fr" else pos["dept"][0], "fte": f["fte"],
                "changes": o.get("changes")}
        if lang == "bi":
            also["title_fr"] = f["title_fr"]
        if lang == "fr":
            also["title_en"] = (old["title"][0] if (not approved and "title" in old) else pos["title_en"])
        if ops and not clean:
            ch = {}
            for k, v in old.items():
                ch[k] = v if not isinstance(v, tuple) else v[0]
            also["tracked_old_values"] = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in ch.items()}
            also["truth_is"] = "the text before the changes (the document says they are not approved)" if not approved \
                else "the document with its changes accepted"
        if o.get("comments"):
            also["comments"] = [v[2] for v in o["comments"].values()]
        if kind == "ocr":
            also["damage"] = o["damage"]
        if o.get("version"):
            also["version_group"] = o["version"]
            versions.setdefault(o["version"], []).append(fname)
        if "pos_no" in old and not clean:
            also["position_number_printed_before"] = "TBD"
        seen, ppl = set(), []
        for n in people:
            if n and n not in seen and n not in ("Author", "Auteur"):
                seen.add(n)
                ppl.append(n)
        truth = {"document": fname, "kind": KIND[kind], "language": lang, "outcome": "import", "fields": fields,
                 "not_stated": not_stated, "also": also, "people": ppl, "versions": None}
        (expected / f"{fname}.expected.yaml").write_text("", encoding="utf-8")
        truth["_key"] = o.get("version")
        globals().setdefault("_TRUTHS", []).append(truth)
    notes = {
        "A": "the DRAFT .docx with its changes pending, and Word's print of it with markup in balloons: the same revision",
        "B": "the DRAFT .docx with a moved report and a new effective date pending; the signed PDF has them accepted",
        "C": "the DRAFT proposes EX-02 (pending, with JD's comment); in the signed version the change was rejected: EX-01",
    }
    for t in _TRUTHS:
        key = t.pop("_key")
        if key:
            docs = versions[key]
            t["versions"] = {"documents": docs, "newest": docs[-1], "same_text": False, "note": notes[key]}
        dump(expected / f"{t['document']}.expected.yaml", t)
    for fname, data, kind, lang, also, ppl in refusals(positions):
        (corpus / fname).write_bytes(data)
        dump(expected / f"{fname}.expected.yaml",
             {"document": fname, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
              "not_stated": [], "also": also, "people": ppl, "versions": None})


if __name__ == "__main__":
    main()
