"""Field path -> line and column, computed only for files that have something to report.

The bulk pass never keeps positions (that would cost a node tree per file); this module
composes the node tree of one file again, with libyaml, when a finding needs a place.
"""
from __future__ import annotations

class FieldLocator:
    """Locates dotted field paths in one YAML text. A missing field is placed at the
    nearest existing parent's key (the top of the file for a missing top-level field)."""

    def __init__(self, data: bytes) -> None:
        from hrkit.io import yamllib  # only files with findings are composed again: most runs never need PyYAML

        self._root = yamllib.compose_node(data)

    def locate(self, field: str | None) -> tuple[int, int]:
        from yaml.nodes import MappingNode, SequenceNode

        node = self._root
        best = (1, 1)
        if node is None or not field:
            return best
        for part in field.split("."):
            if isinstance(node, MappingNode):
                found = None
                for key_node, value_node in node.value:
                    if key_node.value == part:
                        found = (key_node, value_node)  # the first one: the loader keeps it
                        break
                if found is None:
                    return best
                best = (found[0].start_mark.line + 1, found[0].start_mark.column + 1)
                node = found[1]
            elif isinstance(node, SequenceNode) and part.isdigit() and int(part) < len(node.value):
                node = node.value[int(part)]
                best = (node.start_mark.line + 1, node.start_mark.column + 1)
            else:
                return best
        return best
