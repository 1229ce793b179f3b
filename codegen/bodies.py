"""Request bodies: which `<Model>Create` / `<Model>Update` TypedDicts a call is typed with, and so
which of them the generator emits (only those some generated call uses).

A body's TypedDict is the model's `Create` one, or its `Update` one for `PUT` calls. The roots are
the operations' bodies (imported nodes' and the old client's alike) and the model objects'
`update(**fields)` methods; a TypedDict's keys typed with other models bring those models'
TypedDicts of the same verb along, transitively.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Literal

from .collect import CollectedModels
from .operation import Operation
from .spec_schema import FieldSpec, ModelSpec
from .type_grammar import model_names, parse_type

Verb = Literal["create", "update"]


def body_verb(method: str) -> Verb:
    """Which of the model's TypedDicts types the body of a call by `method`."""
    return "update" if method == "PUT" else "create"


def writable(model: ModelSpec) -> bool:
    """A model with a field a request may send (only such a model has request TypedDicts)."""
    return any(not f.read_only for f in model.fields.values())


def body_fields(model: ModelSpec, verb: Verb) -> Iterator[tuple[str, FieldSpec]]:
    """The (wire name, field) pairs a `verb` body of the model may hold."""
    for wire, field in model.fields.items():
        if not (field.read_only or (field.create_only and verb == "update")):
            yield wire, field


def body_models(op: Operation, models: CollectedModels) -> tuple[str, ...]:
    """The models whose `body_verb` TypedDict types the body of `op`: none without a body, or
    when the body is a plain dict (some model in it has no writable field)."""
    if op.body is None:
        return ()
    if op.compat is not None:
        return (op.result_type,) if op.result_type else ()  # the resource's own model
    refs = model_names(parse_type(op.body))
    if refs and all(writable(models[r].spec) for r in refs if r in models):
        return tuple(refs)
    return ()


def used_bodies(
    operations: Iterable[Operation],
    updated: Iterable[str],
    models: CollectedModels,
) -> frozenset[tuple[str, Verb]]:
    """(model, verb) of every request TypedDict a generated call uses: the operations' bodies,
    the `update` methods of the models in `updated`, and what their keys refer to."""
    todo: list[tuple[str, Verb]] = [(m, "update") for m in updated]
    todo += [(m, body_verb(op.method)) for op in operations for m in body_models(op, models)]
    seen: set[tuple[str, Verb]] = set()
    while todo:
        model, verb = todo.pop()
        if (model, verb) in seen or model not in models:
            continue
        seen.add((model, verb))
        for _, field in body_fields(models[model].spec, verb):
            refs = model_names(parse_type(field.write_type or field.type))
            todo += [(ref, verb) for ref in refs]
    return frozenset(seen)
