"""Cached values as plain data: msgpack, with a closed list of the value types hrkit keeps.

The cache lives in ``.git/hrkit``, which a copied repository, a restored CI cache or a crafted
file can fill. Reading it must never run code, so values are never pickled: they are msgpack
(numbers, strings, arrays, maps), and the only objects ``loads`` builds are the built-in
containers below and the hrkit value types named in ``TYPES``, through their constructors. A
payload naming anything else is refused (``ValueError``). Whether a payload is hrkit's own at all
is checked before it is decoded (hrkit.store.cache authenticates every value).
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import importlib
from decimal import Decimal
from enum import Enum
from types import SimpleNamespace

import msgpack

# Built-in types msgpack has no exact form for (with strict_types, tuples and subclasses of the
# plain types reach ``_default``): codes 1-15.
_TUPLE, _SET, _FROZENSET, _DATE, _DATETIME, _DECIMAL, _BIGINT = range(1, 8)

TYPES = (
    "hrkit.model.findings:Finding",
    "hrkit.model.findings:Location",
    "hrkit.model.findings:Severity",
    "hrkit.model.org:PositionFacts",
    "hrkit.model.org:ProfileFacts",
    "hrkit.model.org:TalentFacts",
    "hrkit.io.yamlscalars:LeadingZeroInt",
    "hrkit.model.project:Plain",
    "hrkit.model.classification:Scheme",
    "hrkit.history.diff:FieldChange",
    "hrkit.history.diff:RecordChange",
    "hrkit.history.diff:_Absent",
    "hrkit.history.log:Commit",
    "hrkit.history.snapshot:FlatRecord",
    "hrkit.history.trail:Event",
)
"""The hrkit types a cached value may hold, by code (16 + position): append only, never reorder."""
_FIRST_TYPE = 16
_CODES = {name: _FIRST_TYPE + i for i, name in enumerate(TYPES)}
_by_code: dict[int, tuple] = {}
_by_type: dict[type, tuple] = {}


def dumps(value: object) -> bytes:
    return msgpack.packb(value, default=_default, strict_types=True, unicode_errors="surrogatepass")


def loads(data: bytes) -> object:
    """The value ``dumps`` gave ``data``; ValueError (or a subclass) for anything else."""
    try:
        return msgpack.unpackb(data, ext_hook=_ext, strict_map_key=False, unicode_errors="surrogatepass")
    except (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError,
            msgpack.UnpackException) as exc:
        raise ValueError(f"not a cached value: {exc}") from None


def _default(value: object) -> msgpack.ExtType:
    kind = type(value)
    if kind is tuple:
        return msgpack.ExtType(_TUPLE, dumps(list(value)))
    if kind is int:  # beyond msgpack's 64 bits
        return msgpack.ExtType(_BIGINT, str(value).encode())
    if kind is set or kind is frozenset:
        return msgpack.ExtType(_SET if kind is set else _FROZENSET, dumps(sorted(value, key=repr)))
    if kind is _dt.date:
        return msgpack.ExtType(_DATE, value.isoformat().encode())
    if kind is _dt.datetime:
        return msgpack.ExtType(_DATETIME, value.isoformat().encode())
    if kind is Decimal:
        return msgpack.ExtType(_DECIMAL, str(value).encode())
    entry = _by_type.get(kind) or _register(kind)
    return msgpack.ExtType(entry[0], dumps(entry[2](value)))


def _ext(code: int, data: bytes) -> object:
    if code == _DATE:
        return _dt.date.fromisoformat(data.decode())
    if code == _DATETIME:
        return _dt.datetime.fromisoformat(data.decode())
    if code == _DECIMAL:
        return Decimal(data.decode())
    if code == _BIGINT:
        return int(data)
    inner = loads(data)
    if code == _TUPLE:
        return tuple(inner)
    if code == _SET:
        return set(inner)
    if code == _FROZENSET:
        return frozenset(inner)
    entry = _by_code.get(code) or _resolve(code)
    return entry[3](inner)


def _register(kind: type) -> tuple:
    name = f"{kind.__module__}:{kind.__qualname__}"
    if name not in _CODES:
        raise TypeError(f"{name} is not a cacheable type (hrkit.store.plaindata.TYPES)")
    return _resolve(_CODES[name])


def _resolve(code: int) -> tuple:
    """(code, class, to_plain, from_plain) of a listed type, imported on first use."""
    if not _FIRST_TYPE <= code < _FIRST_TYPE + len(TYPES):
        raise ValueError(f"unknown type code {code}")
    module, _, qualname = TYPES[code - _FIRST_TYPE].partition(":")
    kind = getattr(importlib.import_module(module), qualname)
    entry = (code, kind, *_converters(kind))
    _by_code[code] = _by_type[kind] = entry
    return entry


def _converters(kind: type):
    """How a listed type becomes plain data and back: by what it is, never by a hook of its own."""
    if isinstance(vars(kind).get("_instance"), kind):  # a singleton: history's ABSENT
        instance = kind._instance
        return (lambda value: None), (lambda fields: instance)
    if issubclass(kind, Enum):
        return (lambda value: value.value), kind
    if issubclass(kind, tuple):  # NamedTuples and tuple subclasses: built without their __new__
        return list, (lambda fields: tuple.__new__(kind, fields))
    if issubclass(kind, int):  # LeadingZeroInt keeps the text it was written as
        return (lambda value: value.text), kind
    if issubclass(kind, SimpleNamespace):
        return vars, (lambda fields: kind(**fields))
    if dataclasses.is_dataclass(kind):
        names = [f.name for f in dataclasses.fields(kind) if f.init]
        return (lambda value: [getattr(value, n) for n in names]), (lambda fields: kind(*fields))
    raise TypeError(f"{kind.__qualname__}: no plain form")
