"""The generator's own check (not the importer): every value the ground truth says a document states
is really in the file as written, and the files read back (Word, PDF, text encodings)."""
from __future__ import annotations

import html
import io
import re
import unicodedata
import zipfile
from pathlib import Path

import yaml


def file_text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".docx":
        z = zipfile.ZipFile(io.BytesIO(data))
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        text = []
        for n in parts:
            xml = z.read(n).decode("utf-8")
            text += [html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)]
        return "\n".join(text)
    if path.suffix == ".pdf":
        import pypdf
        reader = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join(page.extract_text() for page in reader.pages) + "\n" + str((reader.metadata or {}).get("/Author", ""))
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def squash(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\\", "")
    return re.sub(r"[\s\u00a0\u202f]+", "", text)


def mojibake(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


def run(builds: dict, corpus: Path, expected: Path) -> list[str]:
    problems = []
    for name, (item, b) in builds.items():
        text = file_text(corpus / name)
        if item["fmtopts"].get("mojibake"):
            conv = mojibake
        else:
            conv = lambda x: x  # noqa: E731
        flat = squash(text)
        for field, value in b.evidence:
            if value and squash(conv(value)) not in flat:
                problems.append(f"{name}: {field} {value!r} not found in the file")
        truth = yaml.safe_load((expected / (name + ".expected.yaml")).read_text(encoding="utf-8"))
        f = truth["fields"]
        titles = f["title"] if isinstance(f["title"], list) else [f["title"]]
        if f["title"] and not any(squash(conv(t)) in flat for t in titles):
            problems.append(f"{name}: title {f['title']!r} not in the file")
        for r in f["direct_reports"]:
            ts = r["title"] if isinstance(r["title"], list) else [r["title"]]
            if not any(squash(conv(t)) in flat for t in ts):
                problems.append(f"{name}: report {r['title']!r} not in the file")
        for key in ("position_number", "job_code"):
            if f[key] and squash(f[key]) not in flat:
                problems.append(f"{name}: {key} {f[key]!r} not in the file")
        for person in truth.get("people", []):
            if item["fmt"] != "docx" and squash(conv(person)) not in flat and squash(person) not in flat \
                    and "," not in person:
                problems.append(f"{name}: person {person!r} listed but not in the text")
    return problems
