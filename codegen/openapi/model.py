"""What the importer reads out of the OpenAPI documents, normalised: the contract between the
reading half (load, resolve, schemas, operations) and the writing half (grouping into resources,
naming verbs, writing spec/).

Types are strings in the spec's type grammar (spec/README.md): `int`, `float`, `decimal`, `str`,
`bool`, `datetime`, `date`, `any`, `object`, `bytes` (a binary upload), `list[T]`, or a schema
name from the schema table. Nothing here holds prose from the documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Version = Literal["v2", "v3"]
#: Where an operation is served: the store's API, or the payments gateway (read as v3).
Server = Literal["api", "payments"]
Location = Literal["path", "query", "header"]
Pagination = Literal["offset", "cursor", "offset+cursor", "page", "none"]
Scalar = str | int | float | bool


@dataclass(frozen=True)
class SchemaField:
    name: str  # the API's name, as sent on the wire
    type: str
    read_only: bool = False
    # from `required` and `x-required`; a read-only field keeps it (the spec writer decides)
    required: tuple[Literal["create", "update"], ...] = ()
    nullable: bool = False  # `nullable: true` or `x-nullable: true`
    enum: tuple[Scalar, ...] = ()


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
