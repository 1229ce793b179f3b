"""The intermediate form of normalised schemas, before object schemas have their final names.

While the documents are read, an object schema is known by where it is defined (`SiteKey`: the
document's file and the JSON pointer of its definition); only once every document has been read
can names be made unique across all of them (see `schema_names`). Types are therefore trees of
scalar names (`"int"`, `"datetime"`, ...), `ListOf` and `Ref` to a site.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

from .model import NO_LIMITS, Limits, Scalar
from .resolve import Pointer

SiteKey = tuple[str, Pointer]  # (file, pointer of the object schema's definition)
RequiredFor = Literal["create", "update"]

SCALARS = frozenset(
    {"int", "float", "decimal", "str", "bool", "datetime", "date", "any", "object", "bytes"}
)


@dataclass(frozen=True)
class Ref:
    """An object schema with fields, defined at `key`."""

    key: SiteKey


@dataclass(frozen=True)
class ListOf:
    item: TypeIR


TypeIR: TypeAlias = str | Ref | ListOf


@dataclass(frozen=True)
class TypeInfo:
    """A type plus what a schema says about values of it where it is used."""

    type: TypeIR
    enum: tuple[Scalar, ...] = ()
    nullable: bool = False
    read_only: bool = False
    limits: Limits = NO_LIMITS


@dataclass(frozen=True)
class FieldIR:
    name: str
    type: TypeIR
    read_only: bool = False
    required: tuple[RequiredFor, ...] = ()
    nullable: bool = False
    enum: tuple[Scalar, ...] = ()
    verbs_stated: bool = False  # `x-required` names the verbs, so a `required` list adds none
    limits: Limits = NO_LIMITS


@dataclass(frozen=True)
class SiteIR:
    """An object schema with its parts merged, its fields in definition order."""

    key: SiteKey
    fields: tuple[FieldIR, ...]
    open: bool = True


_NUMERIC_RANK = {"int": 0, "float": 1, "decimal": 2}


def unify(first: TypeIR, second: TypeIR) -> TypeIR:
    """One type that accepts values of both: equal types stay, numbers widen, else `any`."""
    if first == second:
        return first
    if isinstance(first, ListOf) and isinstance(second, ListOf):
        return ListOf(unify(first.item, second.item))
    ranks = [_NUMERIC_RANK.get(t) if isinstance(t, str) else None for t in (first, second)]
    if ranks[0] is not None and ranks[1] is not None:
        return first if ranks[0] > ranks[1] else second
    return "any"


def refs_in(type_: TypeIR) -> list[SiteKey]:
    """The object schemas a type mentions."""
    if isinstance(type_, Ref):
        return [type_.key]
    if isinstance(type_, ListOf):
        return refs_in(type_.item)
    return []


def merge_enums(first: tuple[Scalar, ...], second: tuple[Scalar, ...]) -> tuple[Scalar, ...]:
    """The values of both enums, in order, without repeats."""
    merged: list[Scalar] = list(first)
    for value in second:
        if not any(_same_scalar(value, seen) for seen in merged):
            merged.append(value)
    return tuple(merged)


def _same_scalar(first: Scalar, second: Scalar) -> bool:
    return type(first) is type(second) and first == second
