#!/usr/bin/env python3
"""Writes the blind12 corpus (``corpus/``) and its ground truth (``expected/``), byte for byte the
same on every run:

    python bench/import/blind12/make_blind.py
    python bench/import_accuracy.py --corpus bench/import/blind12/corpus --expected bench/import/blind12/expected

The documents are in ``docs_*.py`` (one function a document: its blocks, how it was saved or
scanned, and what a careful reader takes from the paper); ``render12.py`` writes them as files.
Before writing, the generator checks each document against its ground truth (the values are on
the paper) and that no wording of an identification label is used by more than three documents.
"""
from __future__ import annotations

import collections
import datetime as dt
import hashlib
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "tests"))

import docs_columns  # noqa: E402
import docs_markdown  # noqa: E402
import docs_other  # noqa: E402
import docs_scans  # noqa: E402
import docs_text  # noqa: E402
import docs_word  # noqa: E402
import labels12  # noqa: E402
import render12  # noqa: E402
from fmt12 import check_amount  # noqa: E402
from import_files import pdf_bytes  # noqa: E402

MAX_LABEL_USES = 3
DIMENSION_WORDS = ("salar", "o&m", "o & m", "f et e", "fte", "etp", "total", "person-years", "années-personnes",
                   "budget", "effectif", "équivalents", "full-time", "ressources humaines", "resource", "revenue",
                   "contribution", "grants", "levy", "fees", "collected", "capacity", "benefits", "duties",
                   "disbursed", "payments", "inventory", "contracts", "value", "managed", "applications",
                   "fonctionnement", "subventions", "licence", "dfaa")


def all_specs() -> list[dict]:
    funcs = (docs_scans.DOCS + docs_columns.DOCS + docs_markdown.DOCS + docs_text.DOCS + docs_word.DOCS
             + docs_other.DOCS + docs_other.REFUSE)
    specs = [f() for f in funcs]
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return specs


def file_names(specs: list[dict]) -> None:
    """Text files are named as the extraction tool names them (``NNN_<16 hex>.txt``, as the seeds);
    Word files and PDFs keep the names people gave them."""
    numbered = sorted((s for s in specs if "file" not in s), key=lambda s: hashlib.sha256(s["key"].encode()).hexdigest())
    for i, s in enumerate(numbered):
        digest = hashlib.sha256(("blind12/" + s["key"]).encode()).hexdigest()
        n = 5 + i * 5 + int(digest[:2], 16) % 5
        ext = ".md" if s["fmt"] == "md" else ".txt"
        s["file"] = f"{n:03d}_{digest[:16]}{ext}"


def rng_for(spec: dict) -> random.Random:
    return random.Random(int(hashlib.sha256(spec["key"].encode()).hexdigest()[:12], 16))


def unreadable(rng: random.Random) -> str:
    glyphs = list("~.,:;'`-_|!il1I][}{()^\"*°¢ ")
    lines = []
    for _ in range(38):
        n = rng.randrange(8, 70)
        lines.append("".join(rng.choice(glyphs) for _ in range(n)).strip())
    lines.insert(5, "R E C E l V E D   .. ~ 94")
    lines.insert(20, "' ;, ii' ! .. Ex ' ,, ; ~~")
    lines.append("- l -")
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + " ".join(
        x for x in lines if x) + "\n"


def render(spec: dict) -> bytes:
    fmt, r, blocks = spec["fmt"], spec.get("render", {}), spec["blocks"]
    rng = rng_for(spec)
    if fmt == "ocr":
        opts = {k: v for k, v in r.items() if k != "encoding"}
        text = render12.ocr_text(blocks, rng, **opts)
        return text.encode(r.get("encoding", "utf-8"))
    if fmt == "raw-ocr":
        return unreadable(rng).encode("utf-8")
    if fmt == "md-seed":
        return render12.md_seed(blocks, r.get("top", "# Job Description")).encode("utf-8")
    if fmt == "md":
        return render12.md_convert(blocks, r.get("flavor", "markitdown")).encode("utf-8")
    if fmt == "cp1252":
        text = render12.word_text(blocks, r.get("bullet", "\u2022"))
        return text.replace("\n", "\r\n").encode("cp1252")
    if fmt == "docx":
        return render12.docx_bytes(blocks, year=spec["year"], **r)
    if fmt == "pdf":
        opts = dict(r)
        pages = render12.pdf_pages(blocks, rng, **opts)
        return pdf_bytes(pages)
    raise ValueError(fmt)


# --- checks ----------------------------------------------------------------------------------------

def flat(spec: dict) -> str:
    return " ".join(render12.word_text(spec["blocks"]).replace("\u00a0", " ").split())


def ocr_norm(s: str) -> str:
    """Case, accents and the O/0, I/l/1, S/5 a scan confuses, folded (for the checks only)."""
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.translate(str.maketrans({"o": "0", "i": "1", "l": "1", "s": "5"}))


def as_list(v):
    return v if isinstance(v, list) else [v]


def check(spec: dict) -> list[str]:
    """What in the ground truth is not on the paper (an empty list when all is)."""
    if spec.get("outcome") == "refuse":
        return []
    text = flat(spec)
    low = text.casefold()
    problems = []
    f = spec["truth"]["fields"]

    def on_paper(value, what):
        if value is None:
            return
        if not any(ocr_norm(str(v)) in ocr_norm(text) for v in as_list(value)):
            problems.append(f"{what} {value!r} not in the text")

    on_paper(f["title"], "title")
    for k in ("job_code", "position_number"):
        on_paper(f[k], k)
    on_paper(f["supervisor"]["title"], "supervisor title")
    on_paper(f["supervisor"]["position_number"], "supervisor number")
    for rep in f["direct_reports"]:
        on_paper(rep["title"], "report")
    for k in ("salary", "o_and_m", "total"):
        if f[k] is not None and not (check_amount(text, f[k]) or check_amount(text, f[k], ocr_norm)):
            problems.append(f"{k} {f[k]} not in the text")
    for name in spec.get("people", []):
        if name.casefold() not in low:
            problems.append(f"person {name!r} not in the text")
        for v in [f["title"], f["supervisor"]["title"]] + [r["title"] for r in f["direct_reports"]]:
            if any(name in str(x) for x in as_list(v)):
                problems.append(f"person {name!r} in a field")
    if f["effective_date"] is not None:
        dt.date.fromisoformat(f["effective_date"])
    return problems


def is_dimensions(block: dict) -> bool:
    return any(any(w in k.casefold() for w in DIMENSION_WORDS) for k, _ in block["rows"] if k.strip())


def kv_blocks(blocks: list[dict]):
    for b in blocks:
        if b["t"] == "kv" and b.get("labels", True) and not is_dimensions(b):
            yield b
        elif b["t"] == "cols":
            yield from kv_blocks(b["left"])
            yield from kv_blocks(b["right"])


def vary_labels(specs: list[dict]) -> None:
    """Gives each document its own wording of the identification labels (labels12): a wording
    is kept while fewer than three documents use it, else the least used of its pool replaces it.
    A conversion of a Word file (``form_of``) keeps the Word file's wordings."""
    uses: collections.Counter = collections.Counter()
    chosen: dict[str, dict[str, str]] = {}
    # bilingual forms first: their "Classification" serves both languages and stays as it is
    order = ([s for s in specs if s["lang"] == "bilingual"]
             + [s for s in specs if "form_of" not in s and s["lang"] != "bilingual"]
             + [s for s in specs if "form_of" in s])
    for s in order:
        mapping = dict(chosen.get(s.get("form_of"), {}))
        doc_keys = {labels12.key(k) for b in kv_blocks(s["blocks"]) for k, _ in b["rows"] if k.strip()}
        taken = set()
        for b in kv_blocks(s["blocks"]):
            rows = []
            for k, v in b["rows"]:
                pool = labels12.pool_of(k, s["lang"]) if k.strip() else None
                ok = labels12.key(k)
                if pool is None:
                    rows.append((k, v))
                    continue
                if ok not in mapping:
                    if uses[ok] < MAX_LABEL_USES and ok not in taken:
                        mapping[ok] = k
                    else:
                        cands = [w for w in labels12.POOLS[pool]
                                 if uses[labels12.key(w)] < MAX_LABEL_USES and labels12.key(w) not in taken
                                 and labels12.key(w) not in doc_keys]
                        assert cands, (s["key"], k, pool)
                        mapping[ok] = min(cands, key=lambda w: (uses[labels12.key(w)], labels12.POOLS[pool].index(w)))
                    taken.add(labels12.key(mapping[ok]))
                rows.append((labels12.styled(mapping[ok], k, pool in labels12.FRENCH_POOLS)
                             if labels12.key(mapping[ok]) != ok else k, v))
            b["rows"] = rows
        chosen[s["key"]] = mapping
        if "form_of" not in s:
            for label in header_labels(s):
                uses[label] += 1


def header_labels(spec: dict) -> set[str]:
    return {labels12.key(k) for b in kv_blocks(spec["blocks"]) for k, _ in b["rows"] if k.strip()}


# --- writing -----------------------------------------------------------------------------------------

def expected(spec: dict) -> dict:
    out = {"document": spec["file"], "kind": spec["kind"], "language": spec["lang"],
           "outcome": spec.get("outcome", "import")}
    if out["outcome"] == "import":
        t = spec["truth"]
        fields = dict(t["fields"])
        if fields["effective_date"]:
            fields["effective_date"] = dt.date.fromisoformat(fields["effective_date"])
        out["fields"] = fields
        out["not_stated"] = t["not_stated"]
        out["also"] = t["also"]
    else:
        out["what"] = spec["what"]
    if spec.get("versions"):
        out["versions"] = spec["versions"]
    out["people"] = spec.get("people", [])
    out["year"] = spec["year"]
    return out


SAME_POSITION = [("csc-stony-1997", "csc-stony-2013"), ("cic-vegreville-1999", "cic-vegreville-2002"),
                 ("statcan-agri-2014-md", "statcan-agri-2014-docx"), ("dfo-gulf-2012", "dfo-gulf-2018-fr")]


def mark_versions(specs: list[dict]) -> None:
    """The documents of one position: which are there, and which is the newest (the Word file
    for a Word file and its conversion)."""
    by_key = {s["key"]: s for s in specs}
    for group in SAME_POSITION:
        docs = [by_key[k] for k in group]
        newest = max(docs, key=lambda s: (s["year"], s["fmt"] == "docx"))
        for s in docs:
            s["versions"] = [{"document": d["file"], "year": d["year"], "newest": d is newest} for d in docs]


def main() -> int:
    specs = all_specs()
    vary_labels(specs)
    file_names(specs)
    mark_versions(specs)
    problems = {s["key"]: p for s in specs if (p := check(s))}
    uses = collections.defaultdict(list)
    for s in specs:
        for label in header_labels(s):
            uses[label].append(s["key"])
    # a Word file and its conversion are one form: count them once
    form_of = {s["key"]: s["form_of"] for s in specs if "form_of" in s}
    over = {k: v for k, v in uses.items() if len({form_of.get(x, x) for x in v}) > MAX_LABEL_USES}
    if problems or over:
        for k, p in problems.items():
            print(f"{k}: " + "; ".join(p))
        for k, v in sorted(over.items()):
            print(f"label {k!r} used by {len(v)}: {', '.join(v)}")
        return 1
    corpus, exp = HERE / "corpus", HERE / "expected"
    for d in (corpus, exp):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    for s in specs:
        (corpus / s["file"]).write_bytes(render(s))
        text = yaml.safe_dump(expected(s), allow_unicode=True, sort_keys=False, width=110)
        (exp / f"{s['file']}.expected.yaml").write_text(text, encoding="utf-8")
    print(f"{len(specs)} documents: {sum(s.get('outcome', 'import') == 'import' for s in specs)} work descriptions, "
          f"{sum(s.get('outcome') == 'refuse' for s in specs)} to refuse; {len(uses)} label wordings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
