"""What the importer reads out of the OpenAPI documents, normalised: the contract between the
reading half (load, resolve, schemas, operations) and the writing half (grouping into resources,
naming verbs, writing spec/).

Types are strings in the spec's type grammar (spec/README.md): `int`, `float`, `decimal`, `str`,
`bool`, `datetime`, `date`, `any`, `object`, `bytes` (a binary upload), `list[T]`, or a schema
name from the schema table. Nothing here holds prose from the documents.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Literal

Version = Literal["v2", "v3"]
#: Where an operation is served: the store's API, or the payments gateway (read as v3).
Server = Literal["api", "payments"]
Location = Literal["path", "query", "header"]
Pagination = Literal["offset", "cursor", "offset+cursor", "page", "none"]
Scalar = str | int | float | bool
Number = int | float
Default = Scalar | tuple[Scalar, ...]


@dataclass(frozen=True)
class Limits:
    """What a schema says about values beyond their type: bounds, a default, deprecation. Only
    values that `patterns.number_problem` / `default_problem` accept are kept; None: not stated."""

    minimum: Number | None = None
    maximum: Number | None = None
    min_length: int | None = None
    max_length: int | None = None
    max_items: int | None = None
    default: Default | None = None
    deprecated: bool = False

    def over(self, base: Limits) -> Limits:
        """These limits where stated, `base`'s elsewhere (a later definition wins)."""
        return Limits(**{f.name: _stated(self, base, f.name) for f in fields(Limits)})

    def common(self, other: Limits) -> Limits:
        """What both say alike (the limits of either of two alternatives)."""
        kept = {f.name: getattr(self, f.name) for f in fields(Limits)}
        kept = {k: v if _same(v, getattr(other, k)) else None for k, v in kept.items()}
        return Limits(**{**kept, "deprecated": kept["deprecated"] is True})

    def entries(self) -> dict[str, Any]:
        """The stated limits as spec-file keys, in a fixed order."""
        out: dict[str, Any] = {}
        for f in fields(Limits):
            value = getattr(self, f.name)
            if value is not None and value is not False:
                out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


NO_LIMITS = Limits()


def _stated(first: Limits, second: Limits, name: str) -> Any:
    value = getattr(first, name)
    return value if value is not None and value is not False else getattr(second, name)


def _same(first: object, second: object) -> bool:
    return type(first) is type(second) and first == second


@dataclass(frozen=True)
class SchemaField:
    name: str  # the API's name, as sent on the wire
    type: str
    read_only: bool = False
    # from `required` and `x-required`; a read-only field keeps it (the spec writer decides)
    required: tuple[Literal["create", "update"], ...] = ()
    nullable: bool = False  # `nullable: true` or `x-nullable: true`
    enum: tuple[Scalar, ...] = ()
    limits: Limits = NO_LIMITS


@dataclass(frozen=True)
class Schema:
    """An object schema with its `allOf` parts merged; `name` is unique across all documents."""

    name: str
    fields: tuple[SchemaField, ...]
    source: str  # "catalog/products_catalog.v3.yml#/components/schemas/Product", for traceability
    open: bool = True  # additionalProperties allowed (or unspecified)


@dataclass(frozen=True)
class Param:
    name: str  # the wire name: "product_id", "id:in", "include_fields"
    location: Location
    type: str
    required: bool = False
    enum: tuple[Scalar, ...] = ()
    comma_joined: bool = True  # arrays: style form, explode false (the BigCommerce default)
    limits: Limits = NO_LIMITS


@dataclass(frozen=True)
class Body:
    content_type: str  # "application/json", "multipart/form-data"
    type: str  # "ProductPost", "list[ProductPut]", "list[int]"
    required: bool = True
    max_items: int | None = None  # a documented batch limit (schema maxItems)


@dataclass(frozen=True)
class Response:
    """One 2xx answer. For a `{data, meta}` envelope, `data_type` is the type of `data`."""

    status: int
    content_type: str | None  # None: no body
    type: str | None  # the whole body's type (None: no body)
    data_type: str | None = None  # set when the body is an envelope with `data`
    pagination: Pagination = "none"


@dataclass(frozen=True)
class Operation:
    file: str  # relative path in the documents folder
    version: Version
    method: Literal["GET", "POST", "PUT", "DELETE", "PATCH"]
    path: str  # "/catalog/products/{product_id}", relative to the version root
    operation_id: str
    params: tuple[Param, ...]  # path parameters in path order, then query parameters
    body: Body | None
    responses: tuple[Response, ...]  # the 2xx answers, by status
    deprecated: bool = False
    filter_required: bool = False  # a destructive call its documents refuse without a filter
    server: Server = "api"


@dataclass(frozen=True)
class Excluded:
    """An operation in the documents that is not a management operation, and why."""

    file: str
    method: str
    path: str
    operation_id: str
    reason: str  # "storefront API", "provider API (the app implements it)", ...


@dataclass(frozen=True)
class ApiDescription:
    operations: tuple[Operation, ...]  # sorted by (version, path, method)
    schemas: tuple[Schema, ...]  # sorted by name; every name a type string refers to
    excluded: tuple[Excluded, ...]
