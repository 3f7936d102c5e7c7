"""blind174: French-first blind corpus (Quebec and New Brunswick offices, scans corrected by hand).
Run from the repository root: python bench/import/blind174/make_blind.py"""
import datetime, io, random, shutil, sys, zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from texts import *  # noqa: E402,F403

R = random.Random(174)
NB, NNB = "\u00a0", "\u202f"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def name():
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


def group(v, sep):
    s = f"{v:,}"
    return s.replace(",", sep)


def money(v, style, lang):
    if lang == "en":
        return {"m": f"${v/1e6:.3f}M".replace(".000M", "M"), "k": f"${v//1000:,}K"}.get(style, f"${v:,}")
    if style == "m":
        s = f"{v/1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{s}{NB}M$"
    if style == "k":
        return f"{group(v//1000, NB)}{NB}k$"
    sep = {"nnb": NNB, "sp": " "}.get(style, NB)
    return f"{group(v, sep)}{sep if style != 'sp' else ' '}$"


def fdate(d, style, lang):
    if lang == "en":
        return d.isoformat() if style == "iso" else f"{MONTHS[d.month-1]} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash" and d.day > 12:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    day = "1er" if d.day == 1 else str(d.day)
    s = f"{day} {MOIS[d.month-1]} {d.year}"
    return ("le " + s) if style == "le" else s


def fte_s(v, lang):
    if v is None:
        return "aucun employé" if lang != "en" else "no staff"
    s = (f"{v:g}".replace(".", ",") if lang != "en" else f"{v:g}")
    return s


def cls_s(c, style):
    g, n = c.split("-")[0], c.split("-")[-1]
    return {"sp": f"{g} {n}", "short": f"{g}-{int(n)}"}.get(style, c)


# ---------------------------------------------------------------- positions
def make_position(i, level=None, sup=None):
    lvl = level or R.choice([1, 1, 1, 2, 2, 3])
    fem = R.random() < 0.5
    tf, te = TOPICS[i % len(TOPICS)]
    if i >= len(TOPICS) and i != 99:
        qf, qe = [("Est du Québec", "Eastern Quebec"), ("Nord du Nouveau-Brunswick", "Northern New Brunswick"),
                  ("Ouest du Québec", "Western Quebec"), ("Sud-Est du Nouveau-Brunswick", "Southeast New Brunswick")][i % 4]
        tf, te = f"{tf} ({qf})", f"{te} ({qe})"
    hm, hf, he = HEADS[lvl]
    dep = DEPTS[R.randrange(len(DEPTS))]
    place = PLACES[R.randrange(len(PLACES))]
    if sup is None:
        sl = min(lvl + R.choice([1, 1, 2]), 4)
        sm, sf, se = SUP_HEADS[sl]
        stf, ste = TOPICS[(i * 7 + 3) % len(TOPICS)]
        sfem = R.random() < 0.5
        sup = {"title_fr": f"{sf if sfem else sm}, {stf}", "title_en": f"{se}, {ste}",
               "classification": f"EX-0{sl}", "position_number": str(R.randint(20000, 99999))}
    reps = []
    for k in R.sample(range(len(REPORTS)), R.randint(2, 5)):
        (rm, rf, re_), g = REPORTS[k]
        rfem = R.random() < 0.5
        fte = None if g == "EC-06" else R.choice([3, 5, 8, 12, 14, 22, 35, 12.5, 6.5, 48])
        reps.append({"title_fr": rf if rfem else rm, "title_en": re_, "classification": g, "fte": fte})
    sal = R.randint(900, 5200) * 1000
    om = R.randint(120, 2400) * 1000
    return {
        "title_fr": f"{hf if fem else hm}, {tf}", "title_en": f"{he}, {te}", "classification": f"EX-0{lvl}",
        "job_code": str(R.randint(100000, 999999)), "position_number": str(R.randint(10000, 99999)),
        "effective_date": datetime.date(R.choice([2019, 2021, 2022, 2023, 2024]), R.randint(1, 12), R.choice([1, 1, 15, 17, 28])),
        "dept_fr": dep[0], "dept_en": dep[1], "acr": dep[2], "loc_fr": place[0], "loc_en": place[1],
        "sup": sup, "reports": reps, "salary": sal, "o_and_m": om,
        "fte": round(sum(r["fte"] or 1 for r in reps) + 1 + R.randint(0, 3), 1),
    }


# ---------------------------------------------------------------- document model
LABELS_FR = [
    dict(t="Titre du poste", n="Numéro du poste", c="Classification", j="Code d'emploi", d="Date d'entrée en vigueur",
         m="Ministère", l="Lieu de travail", s="Relève de", sc="Classification du supérieur", sn="Numéro du poste du supérieur"),
    dict(t="Titre", n="No de poste", c="Groupe et niveau", j="Code de l'emploi", d="En vigueur le",
         m="Organisation", l="Lieu", s="Supérieur immédiat", sc="Groupe et niveau du supérieur", sn="No de poste du supérieur"),
    dict(t="Intitulé du poste", n="Nº de poste", c="Classification / Groupe et niveau", j="Code d'emploi", d="Date de prise d'effet",
         m="Ministère", l="Lieu de travail", s="Supérieure immédiate", sc="Groupe et niveau (supérieur)", sn="Nº du poste du supérieur"),
]
LABELS_EN = dict(t="Position Title", n="Position Number", c="Group and Level", j="Job Code", d="Effective Date",
                 m="Department", l="Location", s="Reports to", sc="Supervisor's Group and Level", sn="Supervisor's Position Number")


def build(p, o):
    """A list of blocks: ('h', text) | ('kv', label, value) | ('p', text) | ('rep', rows, header) | ('note', text)."""
    lang = o["lang"]
    L = LABELS_EN if lang == "en" else LABELS_FR[o["labels"]]
    lab = (lambda k: f"{L[k]} / {LABELS_EN[k]}") if lang == "bilingual" else (lambda k: L[k])
    bi = lambda fr, en: {"fr": fr, "en": en, "bilingual": f"{fr} / {en}"}[lang]
    B = []
    B.append(("h", {"fr": "DESCRIPTION DE TRAVAIL DE CADRE", "en": "EXECUTIVE WORK DESCRIPTION",
                    "bilingual": "DESCRIPTION DE TRAVAIL DE CADRE / EXECUTIVE WORK DESCRIPTION"}[lang]))
    B.append(("kv", lab("m"), bi(p["dept_fr"], p["dept_en"])))
    B.append(("kv", lab("t"), bi(p["title_fr"], p["title_en"])))
    miss = o["omit"]
    B.append(("kv", lab("n"), {"fr": "À déterminer", "bilingual": "À déterminer / TBD", "en": "TBD"}[lang]
              if "position_number" in miss else p["position_number"]))
    cv = cls_s(p["classification"], o["cls"])
    if o.get("struck") == "classification":
        cv = ("STRIKE", cls_s(o["old_cls"], o["cls"]), cv)
    B.append(("kv", lab("c"), cv))
    B.append(("kv", lab("j"), "" if "job_code" in miss else p["job_code"]))
    dv = "" if "effective_date" in miss else fdate(p["effective_date"], o["date"], "en" if lang == "en" else "fr")
    if o.get("struck") == "effective_date":
        dv = ("STRIKE", fdate(o["old_date"], o["date"], "en" if lang == "en" else "fr"), dv)
    B.append(("kv", lab("d"), dv))
    B.append(("kv", lab("l"), bi(p["loc_fr"], p["loc_en"])))
    if o.get("note_at") == "head":
        B.append(("note", o["note"]))
    s = p["sup"]
    sn = "" if "supervisor.position_number" in miss else s["position_number"]
    if o["suplay"] == 1:
        B.append(("kv", lab("s"), bi(s["title_fr"], s["title_en"])))
        B.append(("kv", lab("sc"), cls_s(s["classification"], o["cls"])))
        B.append(("kv", lab("sn"), sn))
    elif o["suplay"] == 2:
        post = (", poste nº " if lang != "en" else ", position no. ") + sn if sn else ""
        B.append(("kv", lab("s"), f"{bi(s['title_fr'], s['title_en'])} ({cls_s(s['classification'], o['cls'])}){post}"))
    # general accountability
    B.append(("h", {"fr": "RESPONSABILITÉS GÉNÉRALES", "en": "GENERAL ACCOUNTABILITY", "bilingual": "RESPONSABILITÉS GÉNÉRALES / GENERAL ACCOUNTABILITY"}[lang]))
    if lang != "en":
        B.append(("p", ACCOUNT_FR.format(t="services de la direction")))
    if lang != "fr":
        B.append(("p", ACCOUNT_EN.format(t="the directorate's services")))
    B.append(("h", {"fr": "ORGANISATION", "en": "ORGANIZATION", "bilingual": "ORGANISATION / ORGANIZATION"}[lang]))
    if o["suplay"] == 3:
        if lang == "en":
            B.append(("p", f"The position reports to the {s['title_en']} ({cls_s(s['classification'], o['cls'])})"
                      + (f", position {sn}." if sn else ".")))
        else:
            art = "la" if s["title_fr"].split(",")[0].endswith(("e", "te")) and not s["title_fr"].startswith(("Directeur", "Sous-ministre adjoint,")) else "le"
            t = f"Le poste relève {'de la' if art == 'la' else 'du'} {s['title_fr']} ({cls_s(s['classification'], o['cls'])})" + (f", poste nº {sn}." if sn else ".")
            if lang == "bilingual":
                t += f" / The position reports to the {s['title_en']}."
            B.append(("p", t))
    rows = []
    for r in p["reports"]:
        rows.append((bi(r["title_fr"], r["title_en"]), cls_s(r["classification"], o["cls"]), fte_s(r["fte"], lang)))
    if o["replay"] == 3 and lang != "bilingual":
        if lang == "en":
            parts = [f"{t} ({c}, {f}{' FTEs' if f != 'no staff' else ''})" for t, c, f in rows]
            B.append(("p", "Reporting directly to the position are the " + "; the ".join(parts) + "."))
        else:
            parts = [f"{t} ({c}, {f}{' ETP' if f != 'aucun employé' else ''})" for t, c, f in rows]
            B.append(("p", "Relèvent directement du titulaire : " + " ; ".join(parts) + "."))
    else:
        hdr = {"fr": ("Titre du poste", "Groupe et niveau", "ETP"), "en": ("Position", "Group and Level", "FTEs"),
               "bilingual": ("Poste / Position", "Groupe et niveau / Group and Level", "ETP / FTEs")}[lang]
        B.append(("p", {"fr": "Postes relevant directement du titulaire :", "en": "Direct reports:",
                        "bilingual": "Subordonnés directs / Direct reports :"}[lang]))
        B.append(("rep", rows, hdr, o["replay"]))
    B.append(("h", "DIMENSIONS"))
    en = lang == "en"
    B.append(("kv", "FTEs" if en else ("ETP / FTEs" if lang == "bilingual" else "ETP"), fte_s(p["fte"], lang)))
    sv = money(p["salary"], o["money"], lang)
    if o.get("struck") == "salary":
        sv = ("STRIKE", money(o["old_salary"], o["money"], lang), sv)
    B.append(("kv", "Salary" if en else ("Salaires / Salary" if lang == "bilingual" else "Salaires"), sv))
    B.append(("kv", "O&M" if en else ("F et E / O&M" if lang == "bilingual" else "Fonctionnement et entretien (F et E)"),
              money(p["o_and_m"], o["money2"], lang)))
    if "total" not in miss:
        B.append(("kv", "Total", money(p["salary"] + p["o_and_m"], o["money"], lang)))
    if o.get("note_at") == "dims":
        B.append(("note", o["note"]))
    B.append(("h", {"fr": "ACTIVITÉS PRINCIPALES", "en": "KEY ACTIVITIES", "bilingual": "ACTIVITÉS PRINCIPALES / KEY ACTIVITIES"}[lang]))
    for a in (ACTIVITIES_EN if en else ACTIVITIES_FR):
        B.append(("p", "• " + a))
    B.append(("p", " ".join(SCOPE_EN if en else SCOPE_FR)))
    for role, who in o["signers"]:
        B.append(("kv", role, who))
    return B


def strike_text(v, kind):
    if not isinstance(v, tuple):
        return v
    _, old, new = v
    if kind == "text":
        return "".join(ch + "\u0336" for ch in old) + "  " + new
    if kind == "markdown":
        return f"~~{old}~~ {new}"
    return f"{old} [rayé] {new}"


def to_lines(B, kind, width=34):
    out = []
    for b in B:
        if b[0] == "h":
            out += ["", (f"## {b[1]}" if kind == "markdown" else b[1]), ""]
        elif b[0] == "kv":
            v = strike_text(b[2], kind)
            if kind == "markdown":
                out.append(f"- **{b[1]} :** {v}")
            else:
                out.append(f"{b[1]} :".ljust(width) + " " + v if len(b[1]) < width else f"{b[1]} : {v}")
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "note":
            out.append(" " * 44 + b[1])
        elif b[0] == "rep":
            rows, hdr, lay = b[1], b[2], b[3]
            if kind == "markdown":
                out += [f"| {hdr[0]} | {hdr[1]} | {hdr[2]} |", "|---|---|---|"] + [f"| {t} | {c} | {f} |" for t, c, f in rows]
            elif lay == 2:
                w = max(len(r[0]) for r in rows + [hdr]) + 3
                out.append(hdr[0].ljust(w) + hdr[1].ljust(20) + hdr[2])
                out += [t.ljust(w) + c.ljust(20) + f for t, c, f in rows]
            else:
                for t, c, f in rows:
                    unit = "" if f in ("aucun employé", "no staff", "aucun employé / no staff") else (" FTEs" if "en" == kind else " ETP")
                    out.append(f"– {t} ({c}) – {f}{unit}")
    return out


# ---------------------------------------------------------------- OCR damage
DIG = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}
ACC = {"é": "e", "è": "e", "ê": "e", "à": "a", "ç": "c", "É": "E", "ô": "o", "î": "i", "û": "u"}


def ocr(lines, strength, header, rng):
    p_d, p_a = {"light": (0.12, 0.25), "medium": (0.3, 0.5), "heavy": (0.5, 0.8)}[strength]
    text_out, page = [], 1
    body = []
    for ln in lines:
        s = []
        for ch in ln:
            if ch in DIG and rng.random() < p_d:
                ch = DIG[ch]
            elif ch in ACC and rng.random() < p_a:
                ch = ACC[ch]
            elif ch in (NB, NNB):
                ch = " "
            s.append(ch)
        ln = "".join(s)
        if strength != "light" and rng.random() < 0.15:
            ln = ln.replace("m", "rn", 1)
        if strength == "heavy" and rng.random() < 0.2:
            ln = ln.replace(" : ", ":", 1).replace("du poste", "duposte")
        # wrap long lines with hyphenation
        while len(ln) > 78:
            cut = ln.rfind(" ", 0, 74)
            if cut < 40:
                break
            nxt = ln[cut + 1:]
            word = nxt.split(" ")[0]
            if len(word) > 7 and word.isalpha() and rng.random() < 0.5:
                body.append(ln[:cut] + " " + word[:4] + "-")
                ln = word[4:] + nxt[len(word):]
            else:
                body.append(ln[:cut])
                ln = nxt
        body.append(ln)
    for k in range(0, len(body), 38):
        text_out.append(header)
        text_out.append("")
        text_out += body[k:k + 38]
        text_out += ["", f"Page {page}" if strength != "heavy" else f"- {page} -", "\f"]
        page += 1
    return "\n".join(text_out).rstrip("\f\n") + "\n"


# ---------------------------------------------------------------- writers
FIXED = (2024, 3, 1, 0, 0, 0)


def docx_bytes(B, o):
    d = docx.Document()
    cp = d.core_properties
    t0 = datetime.datetime(2024, 3, 1)
    cp.created = cp.modified = cp.last_printed = t0
    cp.author = o["signers"][0][1]; cp.last_modified_by = o["signers"][0][1]; cp.revision = 1
    kv = None
    for b in B:
        if b[0] == "kv":
            if kv is None:
                kv = d.add_table(rows=0, cols=2); kv.style = "Table Grid"
            cells = kv.add_row().cells
            cells[0].text = b[1]
            v = b[2]
            if isinstance(v, tuple):
                par = cells[1].paragraphs[0]
                r = par.add_run(v[1]); r.font.strike = True
                par.add_run(" " + v[2])
            else:
                cells[1].text = v
            continue
        kv = None
        if b[0] == "h":
            d.add_heading(b[1], level=1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "note":
            r = d.add_paragraph().add_run(b[1]); r.italic = True; r.font.size = Pt(8)
        elif b[0] == "rep":
            rows, hdr, lay = b[1], b[2], b[3]
            if lay == 2:
                t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
                for c, h in zip(t.rows[0].cells, hdr):
                    c.text = h
                for row in rows:
                    for c, v in zip(t.add_row().cells, row):
                        c.text = v
            else:
                for tt, c, f in rows:
                    unit = "" if "employé" in f or "staff" in f else (" FTEs" if o["lang"] == "en" else " ETP")
                    d.add_paragraph(f"{tt} ({c}) – {f}{unit}", style="List Bullet")
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(n, FIXED); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(n))
    return out.getvalue()


def pdf_from_lines(lines, header):
    body = [ln.replace(NNB, NB).replace("\u0336", "").replace("–", "-").replace("•", "-") for ln in lines]
    wrapped = []
    for ln in body:
        while len(ln) > 100:
            cut = ln.rfind(" ", 0, 100); wrapped.append(ln[:cut]); ln = ln[cut + 1:]
        wrapped.append(ln)
    pages = []
    for k in range(0, len(wrapped), 60):
        pages.append("\n".join([header, ""] + wrapped[k:k + 60] + ["", f"Page {k // 60 + 1}"]))
    return pdf_bytes(pages)


# ---------------------------------------------------------------- truth
def q(s):
    if s is None:
        return "null"
    if isinstance(s, (int, float)):
        return f"{s:g}" if isinstance(s, float) else str(s)
    if isinstance(s, datetime.date):
        return s.isoformat()
    return "'" + str(s).replace("'", "''") + "'"


def truth(fn, kind, lang, p, o, people, versions, also):
    miss = o["omit"]
    en = lang != "fr"
    pick = lambda d, k: d[k + ("_en" if en else "_fr")]
    L = [f"document: {q(fn)}", f"kind: {kind}", f"language: {lang}", "outcome: import", "fields:",
         f"  title: {q(pick(p, 'title'))}", f"  classification: {q(p['classification'])}",
         f"  job_code: {q(None if 'job_code' in miss else p['job_code'])}",
         f"  position_number: {q(None if 'position_number' in miss else p['position_number'])}",
         f"  effective_date: {q(None if 'effective_date' in miss else p['effective_date'])}",
         "  supervisor:",
         f"    position_number: {q(None if 'supervisor.position_number' in miss else p['sup']['position_number'])}",
         f"    title: {q(pick(p['sup'], 'title'))}", f"    classification: {q(p['sup']['classification'])}",
         "  direct_reports:"]
    for r in p["reports"]:
        L += [f"  - title: {q(pick(r, 'title'))}", f"    classification: {q(r['classification'])}", f"    fte: {q(r['fte'])}"]
    L += [f"  salary: {p['salary']}", f"  o_and_m: {p['o_and_m']}",
          f"  total: {q(None if 'total' in miss else p['salary'] + p['o_and_m'])}",
          f"  location: {q(p['loc_en'] if en else p['loc_fr'])}"]
    ns = [m for m in ["job_code", "position_number", "effective_date", "supervisor.position_number", "total"] if m in miss]
    L.append("not_stated:" + ("" if ns else " []"))
    L += [f"- {m}" for m in ns]
    L.append("also:")
    also = dict(also)
    also["department"] = p["dept_en"] if en else p["dept_fr"]
    also["fte"] = p["fte"]
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]; also["location_fr"] = p["loc_fr"]; also["supervisor_title_fr"] = p["sup"]["title_fr"]
    elif lang == "fr":
        also["title_en"] = p["title_en"]
    for k in sorted(also):
        L.append(f"  {k}: {q(also[k])}")
    L.append("people:")
    L += [f"- {q(n)}" for n in people]
    if versions:
        L += ["versions:", f"  documents: [{q(versions[0])}, {q(versions[1])}]", f"  newest: {q(versions[1])}",
              "  same_text: false", f"  note: {q(versions[2])}"]
    else:
        L.append("versions: null")
    return "\n".join(L) + "\n"


def refuse_truth(fn, kind, lang, people, note):
    return "\n".join([f"document: {q(fn)}", f"kind: {kind}", f"language: {lang}", "outcome: refuse", "fields: null",
                      "not_stated: []", "also:", f"  what: {q(note)}", "people:"] + [f"- {q(n)}" for n in people]
                     + ["versions: null"]) + "\n"


# ---------------------------------------------------------------- the corpus
KINDS = ["ocr"] * 14 + ["text"] * 8 + ["text-cp1252"] * 4 + ["markdown"] * 2 + ["docx"] * 10 + ["pdf"] * 5
LANGS = ["fr"] * 24 + ["bilingual"] * 12 + ["en"] * 7
R.shuffle(KINDS); R.shuffle(LANGS)
NOTES = ["à vérifier – G.T.", "voir note – R.D. 14/03/2024", "corrigé – M.-A.C. 2024-03-12", "OK – JL",
         "à vérifier avec la DGRH", "vu – N.B. 5 avril 2024", "voir note au verso"]
SUFFIX = ["", " (1)", " - signé", " DRAFT", " - copie", " (version corrigée)", " - numérisé", "_final", " v2", ""]


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        shutil.rmtree(d, ignore_errors=True); d.mkdir()
    pos = []
    dg = make_position(2, level=3)
    dgsup = {"title_fr": dg["title_fr"], "title_en": dg["title_en"], "classification": "EX-03",
             "position_number": dg["position_number"]}
    for i in range(43):
        if i == 2:
            pos.append(dg)
        elif i in (3, 4, 5):
            pos.append(make_position(i, level=1, sup=dict(dgsup)))
        else:
            pos.append(make_position(i))
    specs = []
    for i in range(43):
        k = {0: "docx", 1: "ocr"}.get(i, KINDS[i])
        specs.append((i, k, LANGS[i] if i > 1 else "fr", None))
    # two second versions
    specs.append((0, "pdf", "fr", "v2"))
    specs.append((1, "text", "fr", "v2"))
    files = {}
    for n, (pi, kind, lang, ver) in enumerate(specs):
        import copy
        p = copy.deepcopy(pos[pi])
        if kind == "text-cp1252" or kind == "pdf":
            pass
        miss = set()
        for f, pr in [("job_code", .3), ("effective_date", .1), ("supervisor.position_number", .35), ("total", .3), ("position_number", .08)]:
            if R.random() < pr:
                miss.add(f)
        if pi in (0, 1):
            miss = {"job_code"} if pi == 0 else {"total"}
        suplay = R.choice([1, 1, 2, 3])
        if suplay == 2 and "supervisor.position_number" in miss:
            pass
        o = dict(lang=lang, labels=R.randrange(3), cls=R.choice(["", "", "sp", "short"]),
                 date=R.choice(["long", "long", "le", "iso", "slash"]),
                 money=R.choice(["nb", "nnb" if kind not in ("pdf", "text-cp1252", "ocr") else "sp", "m", "sp"]),
                 money2=R.choice(["k", "nb", "sp"]), omit=miss, suplay=suplay, replay=R.choice([1, 2, 3]))
        people = []
        inc = name() if R.random() < 0.6 else None
        signers = []
        if inc:
            signers.append(("Titulaire" if lang != "en" else "Incumbent", inc)); people.append(inc)
        sg = name(); people.append(sg)
        signers.append(("Approuvé par" if lang != "en" else "Approved by", sg))
        if R.random() < 0.5:
            cb = name(); people.append(cb)
            signers.append(("Classifié par" if lang != "en" else "Classified by", cb))
        o["signers"] = signers
        also = {}
        hand = kind in ("ocr", "docx", "pdf", "text", "markdown", "text-cp1252") and R.random() < 0.45 and lang != "en"
        if ver is None and pi == 1:
            hand = False
        if hand:
            o["note_at"] = R.choice(["head", "dims"]); o["note"] = R.choice(NOTES)
            also["margin_note"] = o["note"]
        if R.random() < 0.3 and lang != "en" and ver is None and pi != 0:
            f = R.choice(["classification", "salary", "effective_date"])
            if f == "effective_date" and "effective_date" in miss:
                f = "salary"
            o["struck"] = f
            if f == "classification":
                lv = int(p["classification"][-1]); o["old_cls"] = f"EX-0{lv + 1 if lv < 3 else 2}"
            elif f == "salary":
                o["old_salary"] = p["salary"] - R.randint(20, 140) * 1000
            else:
                o["old_date"] = p["effective_date"].replace(year=p["effective_date"].year - 1)
            also["struck"] = f
        versions = None
        if pi == 0:
            a = "Directrice" if p["title_fr"].startswith("Directrice") else "Directeur"
        if pi in (0, 1) and ver == "v2":
            if pi == 0:
                p["salary"] += 64000; p["effective_date"] = datetime.date(2024, 4, 1)
                note = "signed version: salary 64,000 higher, effective 2024-04-01"
            else:
                p["o_and_m"] -= 35000; p["reports"] = p["reports"][:-1] if len(p["reports"]) > 2 else p["reports"]
                note = "corrected text: O&M 35,000 lower, one direct report fewer"
        if pi in (3, 4, 5):
            also["reports_to_in_corpus"] = "DG"
        # file name
        t = p["title_fr"] if lang != "en" else p["title_en"]
        ext = {"ocr": ".txt", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md", "docx": ".docx", "pdf": ".pdf"}[kind]
        suf = SUFFIX[n % len(SUFFIX)]
        if kind == "ocr" and pi > 1:
            suf = R.choice([" - numérisé", " scan", " (numérisation)", "_OCR", " - scan corrigé"])
        if pi == 0:
            suf = " DRAFT" if ver is None else " - signé"
        if pi == 1:
            suf = " - numérisé" if ver is None else " (version corrigée)"
        if n % 5 == 0 and ver is None and pi > 1:
            stem = f"DT {p['acr']} - {t}"
        elif n % 7 == 3:
            stem = f"{p['position_number']} {t}"
        else:
            stem = t
        fn = (stem + suf).replace("/", "-") + ext
        while fn in files:
            fn = fn[:-len(ext)] + " (1)" + ext
        B = build(p, o)
        header = f"{p['acr']} – Description de travail de cadre" if lang != "en" else f"{p['acr']} – Executive Work Description"
        if kind == "ocr":
            strength = R.choice(["light", "medium", "medium", "heavy"])
            also["damage"] = strength
            data = ocr(to_lines(B, kind), strength, header, random.Random(n)).encode("utf-8")
        elif kind == "text":
            data = "\n".join(to_lines(B, kind)).encode("utf-8") + b"\n"
        elif kind == "text-cp1252":
            txt = "\n".join(to_lines(B, kind)).replace(NNB, NB).replace("'", "\u2019")
            data = (txt.replace("\n", "\r\n") + "\r\n").encode("cp1252")
        elif kind == "markdown":
            data = ("# " + {"fr": p["title_fr"], "en": p["title_en"], "bilingual": p["title_fr"] + " / " + p["title_en"]}[lang]
                    + "\n" + "\n".join(to_lines(B, kind)) + "\n").encode("utf-8")
        elif kind == "docx":
            data = docx_bytes(B, o)
        else:
            data = pdf_from_lines(to_lines(B, kind), header.replace("–", "-"))
        files[fn] = (pi, ver)
        (corpus / fn).write_bytes(data)
        pos[pi].setdefault("_files", {})[ver] = fn
        also_file = dict(also)
        specs[n] = (pi, kind, lang, ver, fn, p, o, people, also_file)
    # truths (after names are known)
    dgfile = pos[2]["_files"][None]
    for s in specs:
        pi, kind, lang, ver, fn, p, o, people, also = s
        if also.get("reports_to_in_corpus"):
            also["reports_to_in_corpus"] = dgfile
        versions = None
        if pi in (0, 1):
            note = ("signed version: salary 64,000 higher, effective 2024-04-01" if pi == 0
                    else "corrected text: O&M 35,000 lower, one direct report fewer")
            versions = (pos[pi]["_files"][None], pos[pi]["_files"]["v2"], note)
        (expected / (fn + ".expected.yaml")).write_text(truth(fn, kind, lang, p, o, people, versions, also), encoding="utf-8")
    refusals(corpus, expected)


def refusals(corpus, expected):
    a, b, c = name(), name(), name()
    p = make_position(99)
    letter = "\n".join([
        "Agence du revenu du Canada", "Bureau des services fiscaux de Montréal", "", "Le 12 février 2024", "",
        f"Madame {a.split()[-1]},", "",
        f"Nous avons le plaisir de vous offrir une nomination au poste de {p['title_fr']} (EX-01), "
        f"poste nº {p['position_number']}, à Montréal (Québec), à compter du 1er avril 2024.",
        f"Votre traitement annuel initial sera de 142{NB}300{NB}$, dans l'échelle salariale EX-01.",
        "Cette offre est conditionnelle à l'obtention d'une cote de fiabilité approfondie.",
        "Veuillez nous faire part de votre acceptation en signant le présent document d'ici le 23 février 2024.", "",
        "Veuillez agréer, Madame, nos salutations distinguées.", "", b, "Directrice générale, Ressources humaines", "",
        "J'accepte l'offre ci-dessus : ______________________  Date : __________"])
    (corpus / "Lettre d'offre - nomination EX-01 (signée).txt").write_bytes(letter.encode("utf-8"))
    (expected / "Lettre d'offre - nomination EX-01 (signée).txt.expected.yaml").write_text(
        refuse_truth("Lettre d'offre - nomination EX-01 (signée).txt", "text", "fr", [a, b], "letter of offer"), encoding="utf-8")
    poster = [
        "AFFICHE D'EMPLOI", "", "Directeur ou directrice, Services régionaux", "Emploi et Développement social Canada",
        "Moncton (Nouveau-Brunswick) et Québec (Québec)", "", "Qui peut postuler : les personnes résidant au Canada.",
        "Date limite : 30 septembre 2024, 23 h 59, heure du Pacifique", "",
        "Qualifications essentielles", "- Diplôme d'un établissement postsecondaire reconnu",
        "- Expérience de la gestion de ressources humaines et financières", "",
        "Exigences linguistiques : bilingue impératif CBC/CBC", "", "Nous nous engageons à instaurer un processus de sélection équitable.",
        f"Renseignements : {c}, conseillère en dotation"]
    (corpus / "Affiche d'emploi - Directeur(trice), Services régionaux.pdf").write_bytes(pdf_bytes(["\n".join(poster)]))
    (expected / "Affiche d'emploi - Directeur(trice), Services régionaux.pdf.expected.yaml").write_text(
        refuse_truth("Affiche d'emploi - Directeur(trice), Services régionaux.pdf", "pdf", "fr", [c], "job poster without position data"), encoding="utf-8")
    d = docx.Document()
    cp = d.core_properties; cp.created = cp.modified = cp.last_printed = datetime.datetime(2024, 3, 1); cp.author = "DGRH"; cp.revision = 1
    d.add_heading("Légende de l'organigramme", level=1)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Case pleine", "Poste doté"), ("Case pointillée", "Poste vacant"), ("Bordure double", "Poste de cadre (EX)"),
                 ("Trait plein", "Lien hiérarchique"), ("Trait pointillé", "Lien fonctionnel"), ("(i)", "Poste intérimaire"), ("ETP", "Équivalent temps plein")]:
        cells = t.add_row().cells; cells[0].text = k; cells[1].text = v
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue())); out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(n, FIXED); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, zin.read(n))
    (corpus / "Organigramme - légende seulement.docx").write_bytes(out.getvalue())
    (expected / "Organigramme - légende seulement.docx.expected.yaml").write_text(
        refuse_truth("Organigramme - légende seulement.docx", "docx", "fr", [], "org chart legend alone"), encoding="utf-8")
    (corpus / "DT numérisée sans OCR (2 pages).pdf").write_bytes(pdf_bytes(["", ""]))
    (expected / "DT numérisée sans OCR (2 pages).pdf.expected.yaml").write_text(
        refuse_truth("DT numérisée sans OCR (2 pages).pdf", "pdf", "fr", [], "scan without a text layer"), encoding="utf-8")
    e = name()
    pv = "\r\n".join(["PROCÈS-VERBAL – Comité de classification des postes de cadres", "Réunion du 7 mars 2024, Fredericton", "",
                      f"Présents : {e} (présidente), {a}, {b}", "",
                      "1. Adoption de l’ordre du jour – adopté.",
                      f"2. Examen de la description de travail du poste {p['position_number']} – le comité recommande EX-01.",
                      "3. Divers – prochaine réunion le 4 avril 2024.", "", "Levée de la séance à 11 h 40."]) + "\r\n"
    (corpus / "PV comité de classification 2024-03-07.txt").write_bytes(pv.encode("cp1252"))
    (expected / "PV comité de classification 2024-03-07.txt.expected.yaml").write_text(
        refuse_truth("PV comité de classification 2024-03-07.txt", "text-cp1252", "fr", [e, a, b], "minutes"), encoding="utf-8")


if __name__ == "__main__":
    main()
