"""Large enums as named aliases, defined once in `models/_enums.py` and imported where used.

An enum of more than `MAX_INLINE` values is not spelled out at each use (a 64-value
`include_fields` would be printed at every method taking it): it becomes a type alias
(`ProductIncludeField = Literal[...]`), named for where it is used (`naming.enum_alias_name`).
Uses with the same values share one alias; of their names the shortest wins (then the first in
sorted order), so the name does not depend on the order things are built in. `annotations.
enum_type` spells an enum through the table `aliases` makes, while `using` is active.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from .naming import enum_alias_name, last_resort_name
from .typeref import Named, named

#: The most values an enum is spelled out with; a larger one becomes an alias.
MAX_INLINE = 12
#: The module of the aliases, in the `models` subpackage.
MODULE = "_enums"

EnumValues = tuple[str | int | float | bool, ...]
#: Values as a set that tells `1` from `True` and `1.0`: the same enum, whatever its order.
EnumKey = frozenset[tuple[str, str | int | float | bool]]


def enum_key(values: Iterable[str | int | float | bool]) -> EnumKey:
    return frozenset((type(v).__name__, v) for v in values)


@dataclass(frozen=True)
class EnumUse:
    """An enum where it is used: `Product` `include_fields`, in a spec file."""

    values: EnumValues
    owner: str
    field: str
    spec_file: str


@dataclass(frozen=True)
class EnumAliasIR:
    """`name = Literal[values]` in `models/_enums.py`; `spec_files` use it."""

    name: str
    values: EnumValues
    spec_files: tuple[str, ...]

    @property
    def ref(self) -> Named:
        return named(self.name, f"..models.{MODULE}")


def aliases(uses: Iterable[EnumUse], taken: set[str]) -> tuple[EnumAliasIR, ...]:
    """One alias per set of values of the large enums among `uses`; no name in `taken`."""
    groups: dict[EnumKey, list[EnumUse]] = {}
    for use in uses:
        if len(enum_key(use.values)) > MAX_INLINE:
            groups.setdefault(enum_key(use.values), []).append(use)
    chosen = []
    for group in groups.values():
        named_uses = sorted(
            ((enum_alias_name(u.owner, u.field), u) for u in group),
            key=lambda p: (len(p[0]), p[0], p[1].spec_file, repr(p[1].values)),
        )
        names = list(dict.fromkeys(n for n, _ in named_uses))
        first = named_uses[0][1]
        files = tuple(sorted({u.spec_file for u in group}))
        chosen.append((names, first.values, files))
    out = []
    taken = set(taken)
    for names, values, files in sorted(chosen, key=lambda c: (c[0], sorted(map(repr, c[1])))):
        name = next((n for n in names if n not in taken), None)
        name = name or last_resort_name(names[0], taken)
        taken.add(name)
        out.append(EnumAliasIR(name, values, files))
    return tuple(sorted(out, key=lambda a: a.name))


_TABLE: ContextVar[tuple[Mapping[EnumKey, Named], set[str]]] = ContextVar("enum_aliases")


@contextmanager
def using(table: Iterable[EnumAliasIR]) -> Iterator[set[str]]:
    """While active, `alias_for` finds the aliases of `table`; yields the names it gave out (a
    value set only a model's read side has is never printed, so needs no alias)."""
    used: set[str] = set()
    token = _TABLE.set(({enum_key(a.values): a.ref for a in table}, used))
    try:
        yield used
    finally:
        _TABLE.reset(token)


def alias_for(values: EnumValues) -> Named | None:
    """The alias naming these values, if they have one."""
    table, used = _TABLE.get(({}, set()))
    ref = table.get(enum_key(values))
    if ref is not None:
        used.add(ref.text)
    return ref
