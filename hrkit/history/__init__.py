"""History from Git: field-level diffs between states of the records, audit trails, blame,
snapshots and pull-request reviews. Everything here returns data; hrkit.history.render and
the CLI turn it into text."""


def rebuild_by_fields(self):
    """``__reduce__`` for the frozen, slotted dataclasses the audit trail keeps in the cache:
    unpickled through their constructor. dataclasses' own way walks the field list for every
    object, which made reading back a 13,000-change trail cost more than rendering it."""
    return type(self), tuple([getattr(self, name) for name in self.__slots__])


def rebuild_as_tuple(self):
    """``__reduce__`` for the small tuple types of a kept audit trail (FieldChange, Event):
    unpickled by ``tuple.__new__`` itself, with no Python call per object; a 13,000-change
    trail holds tens of thousands of them."""
    return tuple.__new__, (type(self), tuple(self))
