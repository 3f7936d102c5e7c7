#!/usr/bin/env python3
"""How well ``hrkit import`` reads work descriptions it was never tuned on.

    python bench/import_accuracy.py                    the hold-out corpus, bench/import/
    python bench/import_accuracy.py --json out.json    also the raw figures
    python bench/import_accuracy.py --corpus DIR --expected DIR

Each document of the corpus is imported on its own into an empty records repository, as
``hrkit import FILE --dry-run`` plans it (``hrkit.edit.importer.plan_import``: nothing is written),
and the planned records are compared with the document's ``*.expected.yaml``. Printed:

* outcomes: imported, refused with a reason, failed internally (an exception, or hrkit's own
  "internal error"), and whether each is the right outcome (a work description imported, a
  non-document or an unreadable scan refused). Target: >= 95 % imported or refused with a
  reason, 0 internal errors.
* key-field accuracy, overall, per field, per kind of document and per language (target
  >= 90 %), with the documents and fields missed most.
* names of people printed in a document (signatures, incumbent) found in a record: must be 0.

The comparison (docs/import.md, "Measuring"): text is compared after Unicode NFC, typographic quotes and
dashes made plain, white space collapsed, case folded and trailing punctuation dropped; a bilingual document's
titles (its own, its supervisor's, its direct reports', written ``English / French`` or given in both) may be
either language's; dates as ISO dates; amounts as whole dollars; FTEs as numbers; a location after
``(Province)`` -> ``, Province``, ``CITY PR`` -> ``CITY, PR`` and province names (English or French) and their
older abbreviations (``N.W.T.``, ``N.L.``, ``Alb.``) -> postal codes, without a postal code after them (``V6B 5R4``)
nor an address's street before the city (``Suite 1200, 333 Dunsmuir Street, Vancouver, BC``), several places
(``X or Y``) each so; a position's number without the zeros an HR system pads it
with (``00423000`` is ``423000``); a level with or without its zero (``GC-6`` is ``GC-06``). A field the
document does not state is right when the record leaves it empty or marks its value "not stated" (a guess from
the title, say). A direct report is one check, right when its title, classification and FTEs all are; a direct
report the document does not have is one failed check; reports of one title and level listed one after another,
each of one FTE or none stated, are one report of as many FTEs, in the truth and in the records alike (a line
counting positions by level, ``Program Officers | 3 x PM-04``, is three reports or one of 3 FTEs). A work
description that is refused or fails counts every one of its checks as missed.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys
import tempfile
import time
import traceback
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FIELDS = ("title", "classification", "job_code", "position_number", "effective_date", "supervisor.position_number",
          "supervisor.title", "supervisor.classification", "direct_reports", "salary", "o_and_m", "total", "location")
PROVINCES = {"ontario": "ON", "quebec": "QC", "québec": "QC", "british columbia": "BC", "colombie-britannique": "BC",
             "alberta": "AB", "manitoba": "MB", "saskatchewan": "SK", "nova scotia": "NS", "nouvelle-écosse": "NS",
             "new brunswick": "NB", "nouveau-brunswick": "NB", "newfoundland and labrador": "NL", "newfoundland": "NL",
             "terre-neuve-et-labrador": "NL", "prince edward island": "PE", "île-du-prince-édouard": "PE",
             "yukon": "YT", "northwest territories": "NT", "territoires du nord-ouest": "NT", "nunavut": "NU",
             # abbreviations as older documents write them (``N.W.T.``, ``T.N.-O.``), compared without the last dot
             "ont": "ON", "que": "QC", "qué": "QC", "b.c": "BC", "c.-b": "BC", "alta": "AB", "man": "MB", "sask": "SK",
             "n.s": "NS", "n.-é": "NS", "n.b": "NB", "n.-b": "NB", "nfld": "NL", "t.-n.-l": "NL", "p.e.i": "PE",
             "î.-p.-é": "PE", "n.w.t": "NT", "t.n.-o": "NT", "y.t": "YT", "n.l": "NL", "alb": "AB", "t.-n.-o": "NT"}


# --- importing one document ---------------------------------------------------------------------

class Imported:
    """What the import of one document gave: its outcome and the records it planned."""

    def __init__(self, status: str, reason: str = "", records: dict | None = None, texts: dict | None = None):
        self.status, self.reason = status, reason
        self.records: dict[str, dict] = records or {}
        self.texts: dict[str, str] = texts or {}

    @property
    def main(self) -> str | None:
        """The document's own position: the one its direct reports' provisional ids name, else
        the largest record but the supervisor's stub (the others are direct reports; a stub may be
        larger than a system print's record, which has no text)."""
        boss = next((rid.rsplit("-R", 1)[0] for rid in self.records if re.search(r"-R[0-9]+$", rid)
                     and rid.rsplit("-R", 1)[0] in self.records), None)  # a report's provisional id: <boss>-R<n>
        own = [rid for rid, text in self.texts.items() if ": the supervisor of " not in text[:300]] or list(self.texts)
        return boss or (max(own, key=lambda rid: len(self.texts[rid])) if own else None)


def import_one(root: Path, path: Path) -> Imported:
    from hrkit.errors import HrkitError
    from hrkit.edit.importer import plan_import
    from hrkit.io.sources import WorktreeSource
    from hrkit.io.yamlsafe import load_yaml

    try:
        plan = plan_import(root, WorktreeSource(root), [path])
    except HrkitError as exc:
        message = str(exc)
        return Imported("internal" if "internal error" in message else "refused", message)
    except Exception as exc:  # noqa: BLE001 - what is measured: any crash is an internal error
        return Imported("internal", f"{type(exc).__name__}: {exc} ({traceback.extract_tb(exc.__traceback__)[-1].name})")
    failed = [d.reason or "" for d in plan.documents if d.status == "failed"]
    if failed:  # the batch reports a bug in one document and goes on: still an internal error
        return Imported("internal", "; ".join(failed))
    records, texts = {}, {}
    for change in plan.changes:
        data = load_yaml(change.new).data
        rid = str(data.get("id"))
        records[rid], texts[rid] = data, change.new.decode("utf-8", "replace")
    if not records:
        return Imported("refused", "; ".join(plan.conflicts) or "no record planned")
    return Imported("imported", records=records, texts=texts)


# --- comparing --------------------------------------------------------------------------------

def norm(value: object) -> str:
    text = unicodedata.normalize("NFC", str(value))
    text = text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                                         "\u2014": "-", "\u00a0": " "}))
    return " ".join(text.casefold().split()).strip(" .;,")


def _provisional(text: str) -> bool:
    """The record's id is one hrkit made up (no position number stated), its line says so."""
    line = re.search(r'^id:.*$', text, re.MULTILINE)
    return bool(line) and "provisional" in line.group(0)


def norm_id(value: object) -> str:
    """An identifier as records can write it: ``GAC 14852`` is ``GAC-14852`` (no spaces in ids)."""
    return re.sub(r"[\s-]+", "-", norm(value))


def norm_number(value: object) -> str:
    """A position's number as an HR system pads it or not: ``00423000`` is ``423000`` (hrkit links them so)."""
    text = norm_id(value)
    return text.lstrip("0") or text if text.isdigit() else text


def norm_location(value: object) -> str:
    places = re.split(r"\s+(?:or|ou)\s+", str(value))  # "Winnipeg, Manitoba or Edmonton, Alberta": place by place
    if len(places) > 1:
        return " or ".join(map(norm_location, places))
    text = re.sub(r"[\s,]+[A-Z][0-9][A-Z]\s?[0-9][A-Z][0-9]\s*$", "", str(value))  # a postal code: no part of it
    text = re.sub(r"\s*\(([^()]+)\)\s*$", r", \1", text)
    parts = text.split(",")
    if len(parts) > 2 and all(re.search(r"[0-9]", part) for part in parts[:-2]):
        text = ",".join(parts[-2:])  # "Suite 1200, 333 Dunsmuir Street, Vancouver, BC": the city and province
    if "," not in text:  # "MIRAMICHI NB": an HR system's place, its province's code after a space
        text = re.sub(rf"\s+({'|'.join(set(PROVINCES.values()))})$", r", \1", text.strip(), flags=re.IGNORECASE)
    city, _, province = text.rpartition(",")
    code = PROVINCES.get(norm(province), province.strip())
    return norm(f"{city}, {code}") if city else norm(text)


def same(field: str, want: object, got: object) -> bool:
    if got is None:
        return False
    if isinstance(want, list):
        return any(same(field, w, got) for w in want)
    if field == "effective_date":
        return (got.isoformat() if isinstance(got, dt.date) else str(got)) == str(want)
    if field in ("salary", "o_and_m", "total", "fte"):
        return isinstance(got, (int, float)) and not isinstance(got, bool) and float(got) == float(want)
    if field == "location":
        return norm_location(got) == norm_location(want)
    if field in ("position_number", "supervisor.position_number"):
        return norm_number(got) == norm_number(want)
    if field == "job_code":
        return norm_id(got) == norm_id(want)
    if field in ("classification", "supervisor.classification"):
        return norm_level(got) == norm_level(want)
    return norm(got) == norm(want)


def norm_level(value: object) -> str:
    """A level with or without its zero: ``GC-6`` is ``GC-06`` (hrkit writes levels with two digits)."""
    return re.sub(r"-0+(?=[0-9])", "-", norm(value))


def not_stated_mark(text: str, key: str) -> bool:
    """The record's line for ``key`` says the value is not stated (a guess, a default)."""
    line = re.search(rf"^\s*{re.escape(key)}:.*$", text, re.MULTILINE)
    return bool(line) and "not stated" in line.group(0).split("#", 1)[-1] if line and "#" in line.group(0) else False


def check(field: str, want: object, got: object, text: str, key: str) -> bool:
    if want is None:
        return got is None or not_stated_mark(text, key)
    return same(field, want, got)


def compare(truth: dict, result: Imported) -> list[tuple[str, bool, object, object]]:
    """(field, right, expected, got) for every key-field check of one work description."""
    fields = truth["fields"]
    checks: list[tuple[str, bool, object, object]] = []
    if result.status != "imported":
        for name in FIELDS:
            if name == "direct_reports":
                checks += [("direct_reports", False, r, None) for r in fields["direct_reports"] or []]
            else:
                want = fields["supervisor"][name.split(".")[1]] if name.startswith("supervisor.") else fields[name]
                checks.append((name, False, want, None))
        return checks
    if truth.get("also") and truth["also"].get("title_fr") and isinstance(fields["title"], str):
        fields = {**fields, "title": [fields["title"], truth["also"]["title_fr"]]}  # a bilingual title: either
    if truth.get("language") == "bilingual":  # "Director, X / Directeur, X" written in both: either language's
        fields = {**fields, "title": halves(fields["title"]),
                  "supervisor": {**fields["supervisor"], "title": halves(fields["supervisor"]["title"])},
                  "direct_reports": [{**r, "title": halves(r["title"])} for r in fields["direct_reports"] or []] or
                  fields["direct_reports"]}
    main_id = result.main
    record, text = result.records[main_id], result.texts[main_id]
    dims = record.get("dimensions") or {}
    supervisor = record.get("supervisor") or {}
    got = {"title": record.get("title"), "classification": record.get("classification"),
           "job_code": record.get("job_code"),
           "position_number": None if _provisional(text) else main_id,
           "effective_date": record.get("effective_date"), "supervisor.position_number": record.get("reports_to"),
           "supervisor.title": supervisor.get("title"), "supervisor.classification": supervisor.get("classification"),
           "salary": dims.get("salary"), "o_and_m": dims.get("o_and_m"), "total": dims.get("total"),
           "location": record.get("location")}
    keys = {"position_number": "id", "supervisor.position_number": "reports_to", "supervisor.title": "title",
            "supervisor.classification": "classification"}
    for name in FIELDS:
        if name == "direct_reports":
            continue
        want = fields["supervisor"][name.split(".")[1]] if name.startswith("supervisor.") else fields[name]
        key = keys.get(name, name)
        block = text.split("\nsupervisor:", 1)[-1] if name.startswith("supervisor.") and key != "reports_to" else text
        if name == "position_number" and want is None:
            checks.append((name, got[name] is None, want, got[name]))
        else:
            checks.append((name, check(name, want, got[name], block, key), want, got[name]))
    checks += compare_reports(fields["direct_reports"], result, main_id)
    return checks


def halves(title: object) -> object:
    """A bilingual document's title written in both languages (``Director, X / Directeur, X``): the whole,
    or either language's half."""
    out = []
    for each in title if isinstance(title, list) else [title]:
        out.append(each)
        if isinstance(each, str) and each.count(" / ") == 1:
            out += [half.strip() for half in each.split(" / ")]
    return out if isinstance(title, list) or len(out) > 1 else title


def compare_reports(wanted: list[dict] | None, result: Imported, main_id: str) -> list[tuple[str, bool, object, object]]:
    """Each direct report the document lists (none when its truth gives null) against the records; a run of
    reports of one title and level (each of one FTE or none stated) compares as one of the run's FTEs."""
    reports = [(rid, result.records[rid]) for rid in result.records
               if rid != main_id and str(result.records[rid].get("reports_to")) == main_id]
    fte = {rid: (rec.get("dimensions") or {}).get("fte") for rid, rec in reports}
    got_runs = _runs(reports, lambda r: (norm(r[1].get("title")), r[1].get("classification")), lambda r: fte[r[0]])
    want_runs = _runs(wanted or [], lambda w: (str(w["title"]), w["classification"]), lambda w: w["fte"])
    out, used = [], set()
    for want, size in want_runs:
        want = {**want, "fte": size} if size > 1 else want
        match = next(((rid, rec, n) for (rid, rec), n in got_runs
                      if rid not in used and same("title", want["title"], rec.get("title"))), None)
        if match is None:
            out.append(("direct_reports", False, want, None))
            continue
        rid, rec, n = match
        used.add(rid)
        got = {"title": rec.get("title"), "classification": rec.get("classification"), "fte": n if n > 1 else fte[rid]}
        right = (check("classification", want["classification"], got["classification"], result.texts[rid],
                       "classification") and check("fte", want["fte"], got["fte"], result.texts[rid], "fte"))
        out.append(("direct_reports", right, want, got))
    for (rid, rec), _ in got_runs:
        if rid not in used:
            out.append(("direct_reports", False, None, {"title": rec.get("title"), "classification":
                                                         rec.get("classification")}))
    return out


def _runs(items: list, key, fte) -> list[tuple[object, int]]:
    """Each item with the length of its run: items one after another of the same key, each of one FTE or
    none stated (a line counting positions by level, ``3 x PM-04``, read or written as that many reports),
    are one."""
    out: list[list] = []
    for item in items:
        if out and key(out[-1][0]) == key(item) and fte(out[-1][0]) in (None, 1) and fte(item) in (None, 1):
            out[-1][1] += 1
        else:
            out.append([item, 1])
    return [(item, size) for item, size in out]


# --- the run ----------------------------------------------------------------------------------

def measure(corpus: Path, expected: Path) -> dict:
    from hrkit.edit.scaffold import init_repository

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "records"
        init_repository(root, organization="Import accuracy", today=dt.date(2026, 1, 1))
        for truth_file in sorted(expected.glob("*.expected.yaml")):
            truth = yaml.safe_load(truth_file.read_text(encoding="utf-8"))
            started = time.perf_counter()
            result = import_one(root, corpus / truth["document"])
            seconds = time.perf_counter() - started
            row = {"document": truth["document"], "kind": truth["kind"], "language": truth["language"],
                   "expected": truth["outcome"], "status": result.status, "reason": result.reason,
                   "seconds": round(seconds, 3)}
            if truth["outcome"] == "import":
                row["checks"] = [{"field": f, "right": ok, "expected": w, "got": g}
                                 for f, ok, w, g in compare(truth, result)]
                all_text = "\n".join(result.texts.values())
                row["names_copied"] = [name for name in (truth.get("people") or []) if name in all_text]
            rows.append(row)
    return {"corpus": str(corpus), "documents": rows, "summary": summarize(rows)}


def ratio(right: int, total: int) -> dict:
    return {"right": right, "total": total, "percent": round(100 * right / total, 1) if total else None}


def summarize(rows: list[dict]) -> dict:
    statuses = collections.Counter(r["status"] for r in rows)
    right_outcome = sum((r["expected"] == "import") == (r["status"] == "imported") and r["status"] != "internal"
                        for r in rows)
    checks = [(r, c) for r in rows for c in r.get("checks", [])]

    def acc(keep) -> dict:
        chosen = [c for r, c in checks if keep(r, c)]
        return ratio(sum(c["right"] for c in chosen), len(chosen))

    return {
        "documents": len(rows),
        "imported": statuses["imported"], "refused": statuses["refused"], "internal": statuses["internal"],
        "imported_or_refused": ratio(statuses["imported"] + statuses["refused"], len(rows)),
        "right_outcome": ratio(right_outcome, len(rows)),
        "accuracy": acc(lambda r, c: True),
        "by_field": {f: acc(lambda r, c, f=f: c["field"] == f) for f in FIELDS},
        "by_kind": {k: acc(lambda r, c, k=k: r["kind"] == k) for k in sorted({r["kind"] for r, _ in checks})},
        "by_language": {k: acc(lambda r, c, k=k: r["language"] == k) for k in sorted({r["language"] for r, _ in checks})},
        "names_copied": sum(len(r.get("names_copied", [])) for r in rows),
    }


def show(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 90 else text[:87] + "..."


def report(figures: dict, worst: int) -> str:
    s = figures["summary"]
    out = [f"# hrkit import on {s['documents']} documents ({figures['corpus']})", "",
           "| outcome | documents |", "|---|---|",
           f"| imported | {s['imported']} |", f"| refused with a reason | {s['refused']} |",
           f"| failed internally | {s['internal']} |",
           f"| imported or refused with a reason (target >= 95 %) | {s['imported_or_refused']['percent']} % |",
           f"| right outcome (work descriptions imported, the rest refused) | {s['right_outcome']['percent']} % |",
           "", f"Key-field accuracy (target >= 90 %): **{s['accuracy']['percent']} %** "
           f"({s['accuracy']['right']} of {s['accuracy']['total']} checks)", "",
           "| field | right | checks | % |", "|---|---|---|---|"]
    out += [f"| {f} | {a['right']} | {a['total']} | {a['percent']} |" for f, a in s["by_field"].items()]
    for title, table in (("kind of document", s["by_kind"]), ("language", s["by_language"])):
        out += ["", f"| {title} | right | checks | % |", "|---|---|---|---|"]
        out += [f"| {k} | {a['right']} | {a['total']} | {a['percent']} |" for k, a in table.items()]
    out += ["", f"Names of people copied into records: {s['names_copied']}", ""]
    out += ["Refusals and failures:", ""]
    out += [f"- {r['document']} ({r['kind']}, expected {r['expected']}): {r['status']}: {r['reason'][:140]}"
            for r in figures["documents"] if r["status"] != "imported"]
    scored = [r for r in figures["documents"] if r.get("checks")]
    scored.sort(key=lambda r: sum(c["right"] for c in r["checks"]) / len(r["checks"]))
    out += ["", f"Worst documents (of {len(scored)} work descriptions):", ""]
    out += [f"- {r['document']} ({r['kind']}): {sum(c['right'] for c in r['checks'])}/{len(r['checks'])}"
            for r in scored[:worst]]
    out += ["", "Misses by field (examples):", ""]
    for field in FIELDS:
        misses = [(r, c) for r in figures["documents"] for c in r.get("checks", [])
                  if c["field"] == field and not c["right"] and r["status"] == "imported"]
        if misses:
            out.append(f"- {field}: {len(misses)} missed in imported documents")
            out += [f"    - {r['document']}: expected {show(c['expected'])}, got {show(c['got'])}"
                    for r, c in misses[:3]]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=HERE / "import" / "corpus")
    parser.add_argument("--expected", type=Path, default=HERE / "import" / "expected")
    parser.add_argument("--json", type=Path, help="write the raw figures (every check) to this file")
    parser.add_argument("--worst", type=int, default=10, help="how many of the worst documents to list")
    args = parser.parse_args(argv)
    figures = measure(args.corpus, args.expected)
    print(report(figures, args.worst))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
