"""Two record files carry the same `id`.

An id names exactly one record: `reports_to`, incumbents and Git history all resolve through
it. With two files claiming one id, which record a reference means depends on which file a
tool reads first. Reported on every file after the first (in path order), pointing at it.

Fails: `records/positions/ssb/2802.yaml` and `records/positions/2802.yaml` both say
`id: "2802"`.

Passes: each position number appears in exactly one file.
"""
from collections import defaultdict

from hrkit.model.findings import Location, Severity
from hrkit.rules.base import Rule


def check(org, ctx):
    for kind, records in (("position", org.all_positions), ("profile", org.all_profiles)):
        by_id = defaultdict(list)
        for rec in records:
            if rec.id is not None:
                by_id[rec.id].append(rec)
        for rid, recs in by_id.items():
            first = recs[0]
            for rec in recs[1:]:
                yield ctx.finding(rec.path, "id", f"{kind} id {rid!r} is already used by {first.path}",
                                  record=rid, related=[Location(first.path, rid, "id")])


RULE = Rule(code="HR005", name="duplicate-id", severity=Severity.ERROR, scope="org", doc=__doc__, check=check,
            reads=("position.id", "profile.id"),
            follows=("same_id",))
