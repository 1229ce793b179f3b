"""Response examples against the result types the importer gives their operations.

`check_examples(api, examples)` reads every example (`examples.read_examples`) the way the
generated client would read the answer, without the client: the operation's result (as
`write_spec` writes it: a type, maybe inside a `{data, meta}` envelope) and the schemas'
fields. It reports each place where the client could not keep the example's content as written:

- `envelope`: a bare answer where the result is `{data, meta}`, or a `{data, meta}` answer where
  the result is the bare object (every field of the result would be None, the whole answer kept
  as an unknown field `data`);
- `shape`: a list where the result is one object, or one object where it is a list;
- `type`: a value the model would refuse or convert (text in a number field, a number in a text
  field: the generated models turn it into text; a date that is not one);
- `unknown`: an object whose fields are all unknown to its schema (kept, but none is typed).

Unknown fields next to known ones are not findings: the models keep them as sent. Scalars are
read as the generated response models read them (codegen/annotations.py `read_scalars`): in v3
`decimal` is a number and `datetime` / `date` ISO 8601 text; in v2 all three are text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..collect import collect_resources
from ..operation import index_keys, path_shape, resource_operations
from ..spec_loader import LoadedSpec
from ..type_grammar import TypeExpr, always_answered, parse_type
from .examples import Example, OperationKey
from .model import ApiDescription, Operation, Schema, SchemaField

#: At most this many places are named per example (the first ones, in document order).
MAX_PLACES = 3

_DATETIME: TypeAdapter[dt.datetime] = TypeAdapter(dt.datetime)
_DATE: TypeAdapter[dt.date] = TypeAdapter(dt.date)


@dataclass(frozen=True)
class Finding:
    """Why one example does not fit its operation's result."""

    version: str
    operation_id: str
    number: int  # the example's position among the operation's examples (0-based)
    status: int
    kind: str  # envelope, shape, type, unknown
    reason: str  # one line, no values from the example

    @property
    def key(self) -> str:
        return f"{self.version}:{self.operation_id}"


@dataclass(frozen=True)
class Result:
    """What the client makes of an operation's answer (see write_spec._result)."""

    type: str | None  # None: the answer is not read
    envelope: bool
    readable: bool  # JSON (not bytes or lines)
    count: bool = False  # the call answers the `count` of `{count: N}`


def result_of(op: Operation) -> Result:
    main = next((r for r in op.responses if r.type is not None), None)
    if main is None:
        return Result(None, False, False)
    content = main.content_type or ""
    readable = not any(kind in content for kind in ("csv", "octet-stream", "event-stream"))
    return Result(main.data_type or main.type, main.data_type is not None, readable)


@dataclass(frozen=True)
class Handwritten:
    """The v2 operations the old client's hand-written resources serve (they answer with the
    hand-written models, not the documents' schemas): by (version, method, path shape)."""

    results: Mapping[tuple[str, ...], Result]
    schemas: Mapping[str, Schema]
    calls: Mapping[tuple[str, ...], str]  # the Python call, by the same key


def handwritten(specs: list[LoadedSpec]) -> Handwritten:
    """The results and models of the hand-written specs (`spec/v2/`)."""
    _models, resources = collect_resources(specs)
    results: dict[tuple[str, ...], Result] = {}
    calls: dict[tuple[str, ...], str] = {}
    for res in resources:
        for op in resource_operations(res):
            kind = op.result if op.result in ("one", "many", "value") else None
            result = Result(op.result_type if kind else None, False, True, kind == "value")
            for key, call in index_keys(op):
                results.setdefault(key, result)
                calls.setdefault(key, call)
    schemas = {
        name: Schema(
            name,
            tuple(SchemaField(wire, field.type) for wire, field in model.fields.items()),
            loaded.file,
        )
        for loaded in specs
        for name, model in loaded.spec.models.items()
    }
    return Handwritten(results, schemas, calls)


def check_examples(
    api: ApiDescription,
    examples: Mapping[OperationKey, list[Example]],
    served: Handwritten | None = None,
) -> list[Finding]:
    """Every disagreement between an example and its operation's result, sorted. Operations in
    `served` are checked against the hand-written result and models instead."""
    documented: Mapping[str, Schema] = {s.name: s for s in api.schemas}
    findings: list[Finding] = []
    for op in api.operations:
        result, schemas = result_of(op), documented
        if served is not None:
            hand = served.results.get((op.version, op.method, path_shape(op.path)))
            if hand is not None:
                result, schemas = hand, served.schemas
        for number, (status, example) in enumerate(examples.get((op.version, op.operation_id), ())):
            found = check_example(result, op.version, example, schemas)
            if found is not None:
                kind, reason = found
                findings.append(Finding(op.version, op.operation_id, number, status, kind, reason))
    return sorted(findings, key=lambda f: (f.version, f.operation_id, f.number))


def check_example(
    result: Result, version: str, example: Any, schemas: Mapping[str, Schema]
) -> tuple[str, str] | None:
    """(kind, reason) when `example` does not fit `result`, else None."""
    if result.type is None or not result.readable:
        return None
    if result.count:
        count: Any = example.get("count") if isinstance(example, dict) else None
        if _number(count) and float(count).is_integer():
            return None
        return "shape", "no integer `count`; the call answers the count"
    expr = parse_type(result.type)
    data = example
    if result.envelope:
        if not isinstance(example, dict) or "data" not in example:
            return "envelope", f"{_kind(example)}, not the {{data, meta}} envelope of the schema"
        data = example["data"]
    elif _wrapped(example, expr, schemas):
        return "envelope", (
            f"a {{data, meta}} envelope; the schema says the bare {result.type}"
            " (every field would be None)"
        )
    if expr.kind == "list" and isinstance(data, dict):
        return "shape", f"one object; the schema says {result.type}"
    if expr.kind == "model" and isinstance(data, list):
        return "shape", f"a list; the schema says one {result.type}"
    if expr.kind == "model" and _paged(example, result):
        return "shape", f"paged (meta.pagination) around one object; the schema says {result.type}"
    problems = list(_walk(data, expr, "data" if result.envelope else "", schemas, version))
    if not problems:
        return None
    kinds = sorted({kind for kind, _ in problems})
    places = [text for _, text in problems[:MAX_PLACES]]
    more = f" (+{len(problems) - MAX_PLACES} more)" if len(problems) > MAX_PLACES else ""
    return kinds[-1] if len(kinds) == 1 else "type", "; ".join(places) + more


def _paged(example: Any, result: Result) -> bool:
    """An envelope whose `meta` describes pages of a list, around one object."""
    if not result.envelope or not isinstance(example, dict):
        return False
    meta = example.get("meta")
    return isinstance(meta, dict) and isinstance(meta.get("pagination"), dict)


def _wrapped(example: Any, expr: TypeExpr, schemas: Mapping[str, Schema]) -> bool:
    """A `{data, meta}` answer for a bare model that has no field `data`."""
    if expr.kind != "model" or not isinstance(example, dict) or "data" not in example:
        return False
    if not set(example) <= {"data", "meta"}:
        return False
    schema = schemas.get(expr.name)
    return schema is None or all(f.name != "data" for f in schema.fields)


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return "text"


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _scalar(value: Any, name: str, version: str) -> bool:
    """Whether the generated response model keeps `value` of scalar type `name` as written
    (compared after the normalisation of spec/README.md)."""
    text = name in ("str",) or (version == "v2" and name in ("decimal", "datetime", "date"))
    if name in ("any", "bytes"):
        return True
    if text:
        return isinstance(value, str)
    if name == "object":
        return isinstance(value, dict)
    if name == "bool":
        return isinstance(value, bool)
    if name == "int":
        return _number(value) and float(value).is_integer()
    if name in ("float", "decimal"):
        return _number(value)
    if name in ("datetime", "date"):
        if not isinstance(value, str):
            return False
        try:
            (_DATETIME if name == "datetime" else _DATE).validate_python(value)
        except ValidationError:
            return False
        return True
    return False


def _walk(
    value: Any, expr: TypeExpr, where: str, schemas: Mapping[str, Schema], version: str
) -> Iterator[tuple[str, str]]:
    """(kind, place and problem) for each value the model would not keep as written."""
    if value is None:
        return  # every field of a response model may be None
    here = where or "the answer"
    if expr.kind == "list" and expr.item is not None:
        if not isinstance(value, list):
            yield "type", f"{here}: {_kind(value)}, not a list"
            return
        for index, item in enumerate(value):
            yield from _walk(item, expr.item, f"{where}[{index}]", schemas, version)
        return
    if expr.kind == "model":
        if not isinstance(value, dict):
            yield "type", f"{here}: {_kind(value)}, not an object ({expr.name})"
            return
        schema = schemas.get(expr.name)
        if schema is None:
            return
        fields = {f.name: f for f in schema.fields}
        if fields and value and not set(value) & set(fields):
            yield "unknown", f"{here}: no field of {expr.name} ({_names(value)})"
            return
        ident = fields.get("id")
        required = ident is not None and always_answered("id", ident.type, ident.nullable, version)
        if required and value.get("id") is None:
            yield "missing", f"{here}: no id, which every answered {expr.name} carries"
        for name, item in value.items():
            field = fields.get(name)
            if field is not None:
                place = f"{where}.{name}" if where else name
                yield from _walk(item, parse_type(field.type), place, schemas, version)
        return
    if not _scalar(value, expr.name, version):
        yield "type", f"{here}: {_kind(value)}, not {_scalar_name(expr.name, version)}"


def _scalar_name(name: str, version: str) -> str:
    if version == "v2" and name in ("decimal", "datetime", "date"):
        return f"text ({name})"
    return {
        "str": "text",
        "int": "an integer",
        "float": "a number",
        "decimal": "a number",
        "bool": "a boolean",
        "object": "an object",
        "datetime": "a date-time",
        "date": "a date",
    }.get(name, name)


def _names(value: Mapping[str, Any]) -> str:
    names = sorted(str(k) for k in value)
    shown = ", ".join(names[:4])
    return shown + (", ..." if len(names) > 4 else "")
