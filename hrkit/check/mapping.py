"""Running one function over many record files: on forked worker processes when there are many,
with results kept in the blob-id cache (hrkit/store/cache.py). Validation's per-file stage and the
rows of rollups and reports both go through ``map_cached``."""
from __future__ import annotations

import gc
import os

from hrkit.store.cache import result_key
from hrkit.io.gitio import git_blob_id
from hrkit.io.sources import RecordFile

PARALLEL_MIN_FILES = 2000
"""Below this many files a second process costs more than it saves."""

_WORK: tuple | None = None  # what forked workers inherit: (source, files, work)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def map_cached(source, files: list[RecordFile], work, *, cache, fingerprint: str, blobs: dict[str, str],
               encode, decode, jobs: int | None = None, progress=None) -> list:
    """``map_files`` with a cache: results of files whose blob id is known come from the cache
    when it has them (``decode(file, value)``); the rest are computed and stored
    (``encode(result)``, None for a result not to keep). A source whose files can change while
    they are read (the working tree) has each result stored under the id of the bytes it was
    computed from, never the id listed before the read, and is told of both."""
    results: list = [None] * len(files)
    keys: dict[int, bytes] = {}
    done: set[int] = set()
    if cache is not None and blobs:
        keys = {i: result_key(fingerprint, rf.path, blobs[rf.path]) for i, rf in enumerate(files)
                if rf.path in blobs}
        hits = cache.results(list(keys.values()))
        for i, key in keys.items():
            if key in hits:
                results[i] = decode(files[i], hits[key])
                done.add(i)
    todo = [i for i in range(len(files)) if i not in done]
    hashing = cache is not None and source.hashes_reads
    computed = map_files(source, [files[i] for i in todo], _with_read_id(work) if hashing else work,
                         jobs=jobs, progress=progress)
    if hashing:
        for i, (_, read) in zip(todo, computed):
            if read is not None:
                source.confirm_read(files[i].path, read)
                keys[i] = result_key(fingerprint, files[i].path, read)
        computed = [result for result, _ in computed]
    for i, result in zip(todo, computed):
        results[i] = result
    if cache is not None:
        encoded = ((keys[i], encode(r)) for i, r in zip(todo, computed) if i in keys)
        cache.store_results((key, value) for key, value in encoded if value is not None)
    return results


def _with_read_id(work):
    """``work`` that also gives the blob id of the bytes it was given (None for an unreadable file)."""
    def hashed(rf: RecordFile, data: bytes | str):
        return work(rf, data), git_blob_id(data) if isinstance(data, bytes) else None
    return hashed


PIECE = 500
"""Files per unit of work: small enough for a smooth progress bar and balanced workers."""


def map_files(source, files: list[RecordFile], work, *, jobs: int | None = None, progress=None) -> list:
    """``work(file, bytes or the reason it is unreadable)`` for every file, in order: on forked
    worker processes when there are many files (this process takes a share and gathers the
    rest). ``progress(done, total)`` is called as pieces complete."""
    global _WORK
    jobs = default_jobs() if jobs is None else max(1, jobs)
    gc_was_enabled = gc.isenabled()
    gc.disable()  # the work allocates millions of short-lived objects and frees none of them cyclically
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, len(files))
    try:
        pieces = [(start, min(len(files), start + PIECE)) for start in range(0, len(files), PIECE)]
        serial = jobs == 1 or len(files) < PARALLEL_MIN_FILES
        if not serial:
            import multiprocessing as mp  # not for the few files of an incremental check

            serial = "fork" not in mp.get_all_start_methods()
        if serial:
            out: list = []
            for start, end in pieces:
                out.extend(_chunk_results(source, files[start:end], work))
                advance(end - start)
            return out
        _WORK = (source, files, work)
        # this process takes every jobs-th piece from the end (it also receives the others' results)
        own = set(range(len(pieces) - 1, -1, -jobs))
        parts: dict[int, list] = {}
        with mp.get_context("fork").Pool(jobs - 1) as pool:
            theirs = [i for i in range(len(pieces)) if i not in own]
            pending = pool.imap(_work_on, [pieces[i] for i in theirs])
            received = 0

            def collect(block: bool) -> None:
                nonlocal received
                while received < len(theirs):
                    try:
                        part = pending.next(timeout=None if block else 0)
                    except mp.TimeoutError:
                        return
                    parts[theirs[received]] = part
                    received += 1
                    advance(len(part))
            for i in sorted(own):
                start, end = pieces[i]
                parts[i] = _chunk_results(source, files[start:end], work)
                advance(end - start)
                collect(block=False)
            collect(block=True)
        return [item for i in range(len(pieces)) for item in parts[i]]
    finally:
        _WORK = None
        if gc_was_enabled:
            gc.enable()


def _work_on(bounds: tuple[int, int]) -> list:
    gc.disable()
    source, files, work = _WORK
    return _chunk_results(source, files[bounds[0]:bounds[1]], work)


def _chunk_results(source, files, work) -> list:
    return [work(rf, data) for rf, data in source.read_records(files)]
