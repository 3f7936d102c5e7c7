#!/usr/bin/env python3
"""Writes the twelfth blind corpus for ``hrkit import``: corpus/ (the documents) and expected/
(what a careful reader takes from each), the same bytes on every run.

    python bench/import/blind11/make_blind.py

The documents imitate the five seed work descriptions (/work/shared/seeds at the time of
writing): the conversion tool's Markdown, its Full Extracted Text of scans (two columns read
across, codes and words misread, footers), Word files and PDFs of the same forms, one third in
French or in both languages; and six documents that are not work descriptions, to refuse.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from documents_blind import DOCUMENTS  # noqa: E402
from forms_blind import FORMS, Writer  # noqa: E402
from others_blind import LETTER, MEMO, POSTER, WEB_PAGE, unreadable_scan  # noqa: E402
from positions_blind import DEPARTMENTS, POSITIONS  # noqa: E402
from render_blind import Scanner, docx_bytes, markdown, ocr_text, pdf_bytes, plain_pages  # noqa: E402

KINDS = {"md": "markdown", "mdx": "markdown+ocr", "ocr": "ocr", "docx": "docx", "pdf": "pdf", "text": "text"}
LANGUAGES = {"en": "en", "fr": "fr", "bi": "bilingual"}
PAGE_LABELS = {"en": "Page {n} of {total}", "fr": "Page {n} de {total}", "bi": "Page {n} of/de {total}"}
SCAN_HEAD = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
CHECKED = ("title", "classification", "job_code", "position_number", "effective_date", "supervisor.position_number",
           "supervisor.title", "supervisor.classification", "salary", "o_and_m", "total", "location")

REFUSALS = [
    dict(key="poster", fmt="docx", lang="en", name="Job Poster - Director Program Integrity EX-01.docx",
         reason="a job poster (GC Jobs advertisement), not a work description"),
    dict(key="memo", fmt="ocr", lang="en", reason="a memorandum announcing an organization chart"),
    dict(key="letter", fmt="pdf", lang="fr", name="Lettre d'offre - nomination intérimaire EX-01.pdf",
         reason="a French letter of offer for an acting appointment"),
    dict(key="scan", fmt="ocr", lang="en", reason="a scan the OCR could not read"),
    dict(key="empty", fmt="docx", lang="en", name="WD - Director General, Regional Operations (draft).docx",
         reason="an empty Word file"),
    dict(key="webpage", fmt="text", lang="en", reason="a Treasury Board web page on executive performance management"),
]


def file_names() -> dict[str, str]:
    """Text files are named as the conversion pipeline names them (``NNN_<16 hex>.txt``), Word
    files and PDFs as they were on the file share."""
    specs = DOCUMENTS + REFUSALS
    texts = [spec["key"] for spec in specs if "name" not in spec]
    numbers = sorted(random.Random("blind11 file numbers").sample(range(5, 293), len(texts)))
    order = sorted(texts, key=lambda key: hashlib.sha256(key.encode()).hexdigest())
    names = {key: f"{number:03d}_{hashlib.sha256(('blind11 ' + key).encode()).hexdigest()[:16]}.txt"
             for number, key in zip(numbers, order)}
    names.update({spec["key"]: spec["name"] for spec in specs if "name" in spec})
    return names


def form_blocks(spec: dict, form: str, drop: list | tuple = ()) -> tuple[list, Writer]:
    writer = Writer(POSITIONS[spec["pos"]], {**spec, "drop": list(drop)})
    blocks = FORMS[form](writer)
    before = set(spec.get("page_before", []))
    paged = []
    for block in blocks:
        if block[0] == "head" and block[1] in before:
            paged.append(("page",))
        paged.append(block)
    return paged, writer


def without_sections(blocks: list, heads: list) -> list:
    """The blocks without the sections the conversion tool left out of its Markdown."""
    out, skipping = [], False
    for block in blocks:
        if block[0] == "head" and block[2] <= 2:
            skipping = block[1] in heads
        if not skipping:
            out.append(block)
    return out


def merged(first, second, where: str = ""):
    """What two readings of one document state together (the Markdown part and the scan part);
    they may leave out different things, never disagree."""
    if first is None or first == []:
        return second
    if second is None or second == []:
        return first
    if isinstance(first, dict):
        return {key: merged(first[key], second[key], f"{where}.{key}") for key in first}
    if isinstance(first, list) and isinstance(first[0], dict):
        if len(first) != len(second):
            raise ValueError(f"{where}: {len(first)} and {len(second)} items")
        return [merged(a, b, where) for a, b in zip(first, second)]
    if first != second:
        raise ValueError(f"{where}: {first!r} and {second!r}")
    return first


def scanner_for(spec: dict, writer: Writer, name: str) -> Scanner:
    titles = writer.p["title"].values() if isinstance(writer.p["title"], dict) else [writer.p["title"]]
    return Scanner(f"blind11 {name}", spec.get("level", "medium"), french=spec["lang"] in ("fr", "bi"),
                   protect=tuple(writer.people) + tuple(titles))


def scanned(spec: dict, blocks: list, writer: Writer, name: str) -> str:
    return ocr_text(blocks, scanner_for(spec, writer, name), footer=spec.get("footer", ""),
                    width=spec.get("width", 46), heads_colon=spec["form"] == "C")


def department_line(writer: Writer, lang: str) -> str:
    names = DEPARTMENTS[writer.p["dept"]]
    return f"{names['en']} / {names['fr']}" if lang == "bi" else names[lang]


def work_description(spec: dict, name: str) -> tuple[bytes, dict]:
    """The document's bytes and its ground truth."""
    blocks, writer = form_blocks(spec, spec["form"])
    fmt, truth_writers = spec["fmt"], [writer]
    if fmt == "md":
        data = markdown(blocks).encode("utf-8")
    elif fmt == "docx":
        data = docx_bytes(blocks, heads=spec.get("heads", "bold"), fields=spec.get("fields", "table"),
                          header=spec.get("header", ""))
    elif fmt == "pdf":
        footer = spec.get("footer") or ("Description de travail" if spec["lang"] == "fr" else
                                        "Work Description / Description de travail" if spec["lang"] == "bi" else
                                        "Work Description")
        data = pdf_bytes(plain_pages(blocks), header=department_line(writer, spec["lang"]), footer=footer,
                         page_label=PAGE_LABELS[spec["lang"]])
    elif fmt == "ocr":
        data = (SCAN_HEAD + scanned(spec, blocks, writer, name)).encode("utf-8")
    elif fmt == "mdx":
        struct, struct_writer = form_blocks(spec, spec["struct"], spec.get("struct_drop", ()))
        struct = without_sections(struct, spec.get("struct_omit", []))
        truth_writers.append(struct_writer)
        data = ("--- Structured Job Description ---\n\n" + markdown(struct) + "\n--- Full Extracted Text ---\n"
                + scanned(spec, blocks, writer, name)).encode("utf-8")
    else:
        raise ValueError(fmt)
    truth = writer.truth
    also, people = writer.also, list(writer.people)
    for other in truth_writers[1:]:
        truth = merged(truth, other.truth, spec["key"])
        also = merged(also, other.also, spec["key"])
        people += [person for person in other.people if person not in people]
    return data, {"truth": truth, "also": also, "people": people}


def expected(spec: dict, name: str, names: dict, found: dict) -> dict:
    truth = dict(found["truth"])
    if truth["effective_date"]:
        truth["effective_date"] = dt.date.fromisoformat(truth["effective_date"])
    not_stated = [field for field in CHECKED if (truth["supervisor"][field.split(".")[1]] if "." in field
                                                 else truth[field]) is None]
    versions = spec.get("versions")
    versions = ({"position": versions["position"], "documents": [names[key] for key in versions["documents"]],
                 "newest": versions["newest"]} if versions else
                {"position": truth["position_number"], "documents": [name], "newest": True})
    return {"document": name, "kind": KINDS[spec["fmt"]], "language": LANGUAGES[spec["lang"]], "outcome": "import",
            "fields": truth, "not_stated": not_stated, "also": found["also"], "people": found["people"],
            "versions": versions}


def refusal(spec: dict) -> bytes:
    key = spec["key"]
    if key == "poster":
        return docx_bytes(POSTER, header="GC Jobs - Emplois GC")
    if key == "memo":
        memo_scanner = Scanner("blind11 memo", "light")
        return (SCAN_HEAD + ocr_text(MEMO, memo_scanner, width=46, heads_colon=False)).encode("utf-8")
    if key == "letter":
        return pdf_bytes([LETTER], page_label=PAGE_LABELS["fr"])
    if key == "scan":
        return unreadable_scan().encode("utf-8")
    if key == "empty":
        return docx_bytes([])
    if key == "webpage":
        return WEB_PAGE.encode("utf-8")
    raise ValueError(key)


def main() -> int:
    corpus, truths = HERE / "corpus", HERE / "expected"
    for folder in (corpus, truths):
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
    names = file_names()
    for spec in DOCUMENTS:
        name = names[spec["key"]]
        data, found = work_description(spec, name)
        (corpus / name).write_bytes(data)
        _write_truth(truths / f"{name}.expected.yaml", expected(spec, name, names, found))
    for spec in REFUSALS:
        name = names[spec["key"]]
        (corpus / name).write_bytes(refusal(spec))
        _write_truth(truths / f"{name}.expected.yaml",
                     {"document": name, "kind": KINDS[spec["fmt"]], "language": LANGUAGES[spec["lang"]],
                      "outcome": "refuse", "reason": spec["reason"], "people": []})
    print(f"wrote {len(DOCUMENTS)} work descriptions and {len(REFUSALS)} documents to refuse to {corpus}")
    return 0


def _write_truth(path: Path, truth: dict) -> None:
    path.write_text(yaml.safe_dump(truth, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
