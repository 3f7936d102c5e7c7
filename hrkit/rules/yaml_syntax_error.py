"""The file is not a readable YAML record.

A file that does not parse cannot be checked at all, and every tool that reads it later
(editors, CI, other scripts) will fail on it too. The finding sits at the parser's line and
column. Besides plain syntax errors this covers what hrkit refuses to read on purpose: tabs
used for indentation, several documents in one file, anchors and aliases (a few hundred bytes
of aliases can expand to gigabytes), nesting deeper than 32 levels, files over 1 MiB, files
that are not UTF-8 (a UTF-8 byte-order mark is accepted), and what YAML tools would read in
different ways or not at all:

* control characters (U+0000-001F except tab, line feed and carriage return; U+007F-009F
  except U+0085, below) and U+FFFE/U+FFFF, which YAML forbids; write a control character
  escaped in a double-quoted string;
* U+0085 (next line), U+2028 and U+2029 (line and paragraph separators) anywhere, comments
  included: YAML 1.1 readers such as libyaml take them for line breaks, YAML 1.2 readers for
  text;
* a `%YAML 1.1` directive: hrkit reads YAML 1.2, where `no`, `on` and `012` are text and a
  decimal number, while a YAML 1.1 tool reads a boolean and an octal number;
* a key longer than 1024 characters (YAML's limit on keys written without `?`);
* a whole number of more than 4,300 digits (Python reads no longer one; quote it if it is text).

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
from hrkit.model.findings import Severity
from hrkit.rules.base import Rule

RULE = Rule(code="HR001", name="yaml-syntax-error", severity=Severity.ERROR, scope="file", doc=__doc__)
