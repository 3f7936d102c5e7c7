"""A path under records/ cannot be read as a record file.

A symbolic link of any name (which could point outside the repository; a linked folder would
take every record in it out of the checks), a directory named like a record, or a file the
operating system will not let hrkit read is not a record, but it looks like one or hides some:
reporting it keeps records from silently dropping out of every check and rollup. Links are
reported in the working tree, the index and commits alike.

Fails: `records/positions/2802.yaml` is a symbolic link to `/etc/passwd`.

Passes: `records/positions/2802.yaml` is a regular, readable file.
"""
from hrkit.model.findings import Severity
from hrkit.rules.base import Rule

RULE = Rule(code="HR008", name="unreadable-record-file", severity=Severity.ERROR, scope="file", doc=__doc__)
