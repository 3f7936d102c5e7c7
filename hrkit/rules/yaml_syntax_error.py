"""The file is not a readable YAML record.

A file that does not parse cannot be checked at all, and every tool that reads it later
(editors, CI, other scripts) will fail on it too. The finding sits at the parser's line and
column. Besides plain syntax errors this covers what hrkit refuses to read on purpose: tabs
used for indentation, several documents in one file, anchors and aliases (a few hundred bytes
of aliases can expand to gigabytes), nesting deeper than 32 levels, files over 1 MiB, and
files that are not UTF-8 (a UTF-8 byte-order mark is accepted).

Fails:

```yaml
id: "2802
title: Director General
```

Passes:

```yaml
id: "2802"
title: Director General
```
"""
from hrkit.findings import Severity
from hrkit.rules.base import Rule

RULE = Rule(code="HR001", name="yaml-syntax-error", severity=Severity.ERROR, scope="file", doc=__doc__)
