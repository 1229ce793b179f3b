"""spec/overrides.yaml: hand-kept corrections to what the documents get wrong, applied by the
importer between reading the documents and grouping their operations.

Each correction is keyed by method and path (`GET /v3/catalog/products/{product_id}`; parameter
names are not compared, so a renamed parameter still matches) and says why in one line. It can
set an answer's real shape (envelope or bare, list or one object, or the object the documents
wrap in a field), a query parameter's
required-ness, a body or result model field's required-ness or writability, a batch limit the
documents state in prose, and whether a destructive call needs a filter.

A correction that matches no operation, or that no longer changes anything (the documents were
fixed), is not an error: it comes back as a warning `(key, message)`, so that another version of
the documents imports without a hand edit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..operation import path_shape
from ..spec_loader import SpecError, key_path, read_yaml
from ..spec_schema import FieldOverride, OperationOverride, OverridesFile, ResultOverride
from ..type_grammar import model_names, parse_type
from .model import ApiDescription, Body, Operation, Param, Response, Schema, SchemaField

#: (override key, what is wrong with it): an override that no longer applies.
OverrideWarning = tuple[str, str]


@dataclass(frozen=True)
class Amended:
    api: ApiDescription
    warnings: tuple[OverrideWarning, ...]


def load_overrides(path: Path) -> dict[str, OperationOverride]:
    """The `operations:` of an overrides file, by key (none when there is no file)."""
    if not path.exists():
        return {}
    raw = read_yaml(path, path.name)
    try:
        return dict(OverridesFile.model_validate(raw or {}).operations)
    except ValidationError as exc:
        err = exc.errors()[0]
        more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        raise SpecError(path.name, key_path(err["loc"]), err["msg"] + more) from None


def operation_key(op: Operation) -> str:
    """How spec/overrides.yaml names `op`: `GET /v3/catalog/products/{product_id}`."""
    return f"{op.method} /{op.version}{op.path}"


def match_key(key: str) -> tuple[str, str, str]:
    """An override's key as what it matches: method, version and path shape."""
    method, _, path = key.partition(" ")
    version, _, rest = path.lstrip("/").partition("/")
    return method, version, path_shape(rest)


def apply_overrides(api: ApiDescription, overrides: dict[str, OperationOverride]) -> Amended:
    """`api` with every override applied, and a warning for each one that no longer applies."""
    wanted = {match_key(key): key for key in overrides}
    warnings: list[OverrideWarning] = []
    schemas = {s.name: s for s in api.schemas}
    matched: set[str] = set()
    operations = []
    for op in api.operations:
        key = wanted.get((op.method, op.version, path_shape(op.path)))
        if key is None:
            operations.append(op)
            continue
        matched.add(key)
        change = _Change(key, warnings, schemas)
        operations.append(change.operation(op, overrides[key]))
        schemas = change.schemas
    for key in overrides:
        if key not in matched:
            warnings.append((key, "no such operation in the documents"))
    amended = replace(
        api,
        operations=tuple(operations),
        schemas=tuple(schemas[name] for name in sorted(schemas)),
    )
    return Amended(amended, tuple(warnings))


class _Change:
    """One override applied to one operation, noting each part that changes nothing."""

    def __init__(
        self, key: str, warnings: list[OverrideWarning], schemas: dict[str, Schema]
    ) -> None:
        self.key = key
        self.warnings = warnings
        self.schemas = dict(schemas)

    def warn(self, message: str) -> None:
        self.warnings.append((self.key, message))

    def operation(self, op: Operation, change: OperationOverride) -> Operation:
        if change.filter_required is not None:
            if change.filter_required == op.filter_required:
                self.warn(f"filter_required is already {str(op.filter_required).lower()}")
            op = replace(op, filter_required=change.filter_required)
        if change.query:
            op = replace(op, params=self._params(op.params, change.query))
        if change.body is not None:
            op = replace(op, body=self._body(op.body, change.body.batch_limit))
            if change.body.fields and op.body is not None:
                self._fields("body", op.body.type, change.body.fields)
        if change.result is not None:
            op = replace(op, responses=self._responses(op.responses, change.result))
            main = next((r for r in op.responses if r.type is not None), None)
            if change.result.fields and main is not None:
                self._fields("result", main.data_type or main.type or "", change.result.fields)
        return op

    def _params(self, params: tuple[Param, ...], query: dict[str, Any]) -> tuple[Param, ...]:
        by_name = {p.name: p for p in params if p.location == "query"}
        for name, wanted in sorted(query.items()):
            if name not in by_name:
                self.warn(f"query.{name}: no such query parameter")
            elif by_name[name].required == wanted.required:
                self.warn(f"query.{name}: required is already {str(wanted.required).lower()}")
        return tuple(
            replace(p, required=query[p.name].required)
            if p.location == "query" and p.name in query
            else p
            for p in params
        )

    def _body(self, body: Body | None, limit: int | None) -> Body | None:
        if limit is None:
            return body
        if body is None:
            self.warn("body.batch_limit: the operation takes no body")
            return None
        if body.max_items == limit:
            self.warn(f"body.batch_limit: the documents now say {limit} too")
        return replace(body, max_items=limit)

    def _responses(
        self, responses: tuple[Response, ...], shape: ResultOverride
    ) -> tuple[Response, ...]:
        typed = [r for r in responses if r.type is not None]
        if not typed:
            self.warn("result: the operation answers no body")
            return responses
        return tuple(self._response(r, shape) if r.type is not None else r for r in responses)

    def _response(self, response: Response, shape: ResultOverride) -> Response:
        if shape.unwrap is not None:
            response = self._unwrapped(response, shape.unwrap)
        if shape.envelope is True:
            if response.data_type is not None:
                self.warn("result.envelope: the documents already declare an envelope")
            else:
                response = replace(response, data_type=response.type)
        elif shape.envelope is False:
            if response.data_type is None:
                self.warn("result.envelope: the documents already declare a bare answer")
            else:
                response = replace(response, data_type=None, pagination="none")
        if shape.list is not None:
            inner = response.data_type or response.type or ""
            listed = inner.startswith("list[")
            if listed == shape.list:
                self.warn(f"result.list: the documents already declare {_shape(listed)}")
            elif shape.list:
                inner = f"list[{inner}]"
            else:
                inner = inner[len("list[") : -1]
            if response.data_type is not None:
                response = replace(response, data_type=inner)
            else:
                response = replace(response, type=inner)
        return response

    def _unwrapped(self, response: Response, field_name: str) -> Response:
        """The answer as the type of `field_name` in the declared (inner) type."""
        inner = response.data_type or response.type or ""
        schema = self.schemas.get(inner)
        found = [f for f in schema.fields if f.name == field_name] if schema else []
        if not found:
            self.warn(f"result.unwrap: {inner or 'the answer'} has no field {field_name!r}")
            return response
        if response.data_type is not None:
            return replace(response, data_type=found[0].type)
        return replace(response, type=found[0].type)

    def _fields(self, where: str, type_text: str, fields: dict[str, FieldOverride]) -> None:
        """Amend the fields of the model(s) `type_text` names (shared by every operation that
        uses them)."""
        names = [n for n in model_names(parse_type(type_text)) if n in self.schemas]
        for field_name, wanted in sorted(fields.items()):
            owners = [n for n in names if any(f.name == field_name for f in self.schemas[n].fields)]
            if not owners:
                self.warn(f"{where}.fields.{field_name}: no such field in {type_text}")
                continue
            for owner in owners:
                schema = self.schemas[owner]
                new = tuple(_field(f, wanted) if f.name == field_name else f for f in schema.fields)
                if new == schema.fields:
                    self.warn(f"{where}.fields.{field_name}: the documents already say so")
                self.schemas[owner] = replace(schema, fields=new)


def _field(field: SchemaField, wanted: FieldOverride) -> SchemaField:
    if wanted.required is not None:
        field = replace(field, required=tuple(wanted.required))
    if wanted.read_only is not None:
        field = replace(field, read_only=wanted.read_only)
    return field


def _shape(listed: bool) -> str:
    return "a list" if listed else "one object"


def describe_warnings(warnings: tuple[OverrideWarning, ...]) -> list[str]:
    """One printable line per warning."""
    return [f"spec/overrides.yaml: {key}: {message}" for key, message in warnings]
