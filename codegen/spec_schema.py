"""The shape of a resource spec file, validated with pydantic (unknown keys are errors).

Raw YAML lives only in `spec_loader.py`; everything after it sees these models or the IR.
Every name, path and enum value that reaches generated code is checked against its pattern in
`patterns.py` here.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from . import patterns


def _matching(pattern: re.Pattern[str]) -> AfterValidator:
    def check(value: str) -> str:
        problem = patterns.problem(pattern, value)
        if problem is not None:
            raise ValueError(problem)
        return value

    return AfterValidator(check)


def _enum_value(value: str | int | float | bool) -> str | int | float | bool:
    problem = patterns.enum_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value


SpecPath = Annotated[str, _matching(patterns.SPEC_PATH)]
ApiPath = Annotated[str, _matching(patterns.API_PATH)]
PathParam = Annotated[str, _matching(patterns.PATH_PARAM)]
OperationId = Annotated[str, _matching(patterns.OPERATION_ID)]
WireName = Annotated[str, _matching(patterns.WIRE_NAME)]
HeaderName = Annotated[str, _matching(patterns.HEADER_NAME)]
ClassName = Annotated[str, _matching(patterns.CLASS_NAME)]
Attribute = Annotated[str, _matching(patterns.ATTRIBUTE)]
NodeName = Annotated[str, _matching(patterns.NODE)]
HttpMethod = Annotated[str, _matching(patterns.HTTP_METHOD)]
FileName = Annotated[str, _matching(patterns.FILE_NAME)]
Note = Annotated[str, _matching(patterns.NOTE)]
EnumValue = Annotated[str | int | float | bool, AfterValidator(_enum_value)]

Verb = Literal["all", "iterall", "get", "create", "update", "delete", "delete_all", "count"]
Pagination = Literal["page", "none", "singleton"]
RequestVerb = Literal["create", "update"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TypeShorthand(Strict):
    """Accepts `name: int` as short for `name: {type: int}`."""

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        return {"type": value} if isinstance(value, str) else value


def _number(value: int | float) -> int | float:
    problem = patterns.number_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value


def _count(value: int) -> int:
    problem = patterns.number_problem(value, count=True)
    if problem is not None:
        raise ValueError(problem)
    return value


def _default(value: Any) -> Any:
    problem = patterns.default_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value


Bound = Annotated[int | float, AfterValidator(_number)]
Count = Annotated[int, Field(strict=True), AfterValidator(_count)]
DefaultValue = Annotated[
    bool | int | float | str | tuple[bool | int | float | str, ...], AfterValidator(_default)
]


class Limits(Strict):
    """What the documents say about a value beyond its type; the docs state it, nothing checks
    it at run time (the server decides)."""

    minimum: Bound | None = None
    maximum: Bound | None = None
    min_length: Count | None = None
    max_length: Count | None = None
    max_items: Count | None = None
    default: DefaultValue | None = None
    deprecated: bool = False


NO_LIMITS = Limits()


class FieldSpec(TypeShorthand, Limits):
    """One field of a model. `type` uses the small grammar in spec/README.md."""

    type: str
    write_type: str | None = None  # the type in request bodies, where it differs from `type`
    read_only: bool = False
    create_only: bool = False  # sent on create, refused by the API on update
    required: tuple[RequestVerb, ...] = ()
    nullable: bool = False
    enum: tuple[EnumValue, ...] = ()


class ModelSpec(Strict):
    fields: dict[WireName, FieldSpec]
    # Read as a plain dict (a TypedDict) instead of an object: for small read-only objects that
    # every item of a page repeats, like the v2 API's links to subresources.
    as_dict: bool = False


class FilterSpec(TypeShorthand):
    """A query filter. `range: true` adds the v2 `min_`/`max_` variants."""

    type: str
    range: bool = False
    enum: tuple[EnumValue, ...] = ()


class HelperSpec(Strict):
    """The method on a parent's objects that reaches this subresource (`product.options()`)."""

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        return {"name": value} if isinstance(value, str) else value

    name: Attribute
    by_id: bool = True


class SubresourceSpec(Strict):
    path: SpecPath
    parent_key: WireName
    model: ClassName
    verbs: tuple[Verb, ...]
    pagination: Pagination = "page"
    count_path: SpecPath | None = None
    filters: dict[WireName, FilterSpec] = Field(default_factory=dict)
    helper: HelperSpec | None = None


class ResourceSpec(Strict):
    path: SpecPath
    model: ClassName
    verbs: tuple[Verb, ...]
    pagination: Pagination = "page"
    filters: dict[WireName, FilterSpec] = Field(default_factory=dict)
    subresources: dict[ClassName, SubresourceSpec] = Field(default_factory=dict)


class ParamSpec(TypeShorthand, Limits):
    """A path, query or header parameter of an imported operation, by its wire name (`id:in`,
    `Sf-Api-Token`)."""

    type: str
    required: bool = False
    enum: tuple[EnumValue, ...] = ()


class BodySpec(TypeShorthand):
    type: str  # a model (sent as its Create/Update TypedDict by the verb), list[...], or a scalar
    content_type: Literal["json", "multipart"] = "json"
    required: bool = True
    batch_limit: int | None = None  # longer lists are sent in chunks of this size


class ResultSpec(Strict):
    type: str | None = None  # None: no body
    envelope: bool = False  # the answer is {data, meta}: return `data`
    pagination: Literal["offset", "cursor", "offset+cursor", "page", "none"] = "none"
    format: Literal["json", "bytes", "lines"] = "json"
    partial: bool = False  # may answer 207: some items done, some failed


class OperationSpec(Strict):
    """One documented operation, as the importer wrote it (spec/overrides.yaml amends it)."""

    operation_id: OperationId
    method: Literal["GET", "POST", "PUT", "DELETE"]
    path: SpecPath  # relative to the version root, parameters in braces
    unscoped_path: SpecPath | None = None  # the same call without the leading parent ids
    unscoped_operation_id: OperationId | None = None
    params: dict[PathParam, ParamSpec] = Field(default_factory=dict)  # in path order
    query: dict[WireName, ParamSpec] = Field(default_factory=dict)
    headers: dict[HeaderName, ParamSpec] = Field(default_factory=dict)  # sent as HTTP headers
    body: BodySpec | None = None
    result: ResultSpec = Field(default_factory=ResultSpec)
    deprecated: bool = False
    # A destructive call the documents refuse without at least one query filter (they say so
    # in prose: spec/overrides.yaml); the client refuses it too, before sending.
    filter_required: bool = False
    # Where it is served: the store's API, or the payments gateway (payments.bigcommerce.com,
    # its path relative to `/stores/{store_hash}/` there, called with a payment access token).
    server: Literal["api", "payments"] = "api"


class NodeSpec(Strict):
    """A resource of the typed client (`client.catalog.products`): method name -> operation."""

    operations: dict[Attribute, OperationSpec] = Field(default_factory=dict)


class SpecFile(Strict):
    """One file under spec/: the API version it targets, its resources and the models they use.

    Hand-written files describe `resources` (the old client's); imported files describe `nodes`,
    keyed by their attribute chain (`catalog.products`).
    """

    api: Literal["v2", "v3"]
    resources: dict[ClassName, ResourceSpec] = Field(default_factory=dict)
    nodes: dict[NodeName, NodeSpec] = Field(default_factory=dict)
    models: dict[ClassName, ModelSpec] = Field(default_factory=dict)
    # Imported files: the public names of the file's area (`bigcommerce.v3.catalog.Product`) ->
    # the model, or the request TypedDict (`V3ProductCreateCreate`), each stands for.
    exports: dict[ClassName, ClassName] = Field(default_factory=dict)


class ExcludedSpec(Strict):
    file: FileName
    method: HttpMethod
    path: ApiPath
    operation_id: OperationId
    reason: Note


class CompatOperationSpec(Strict):
    """The documented operation an old client's method performs (spec/imported/v2_compat.yaml):
    its query parameters and its request body's fields, as the documents give them."""

    operation_id: OperationId
    method: Literal["GET", "POST", "PUT", "DELETE"]
    path: SpecPath
    query: dict[WireName, ParamSpec] = Field(default_factory=dict)
    body: dict[WireName, FieldSpec] | None = None  # the request body's fields


class CompatResourceSpec(Strict):
    """An old client's class: the documented operation of each verb, and the calls it makes that
    the documents do not describe (`METHOD path`, kept for compatibility)."""

    operations: dict[Verb, CompatOperationSpec] = Field(default_factory=dict)
    undocumented: tuple[Note, ...] = ()


class CompatFile(Strict):
    """spec/imported/v2_compat.yaml: what the v2 documents say about the old client's classes."""

    api: Literal["v2"] = "v2"
    resources: dict[ClassName, CompatResourceSpec] = Field(default_factory=dict)


class IndexFile(Strict):
    """spec/imported/index.yaml: every documented operation as (version, method, path, id), the
    payments gateway's version being "payments"; with `compat`, read from
    spec/imported/v2_compat.yaml beside it."""

    documented: tuple[
        tuple[Literal["v2", "v3", "payments"], HttpMethod, SpecPath, OperationId], ...
    ] = ()
    excluded: tuple[ExcludedSpec, ...] = ()
    compat: CompatFile = Field(default_factory=CompatFile)


# -- spec/overrides.yaml: corrections the importer applies to the documents --------------------

#: `GET /v3/catalog/products/{product_id}/bulk-pricing-rules`: an operation by method and path
#: from the API root (parameter names are not compared).
OverrideKey = Annotated[str, _matching(patterns.OVERRIDE_KEY)]
Reason = Annotated[str, _matching(patterns.NOTE), Field(min_length=1, max_length=200)]


class FieldOverride(Strict):
    """A model field's required-ness or writability, where the documents get it wrong."""

    required: tuple[RequestVerb, ...] | None = None
    read_only: bool | None = None


class ParamOverride(Strict):
    required: bool


class BodyOverride(Strict):
    batch_limit: int | None = Field(default=None, ge=1)  # a limit the documents state in prose
    fields: dict[WireName, FieldOverride] = Field(default_factory=dict)  # of the body's model


class ResultOverride(Strict):
    """The answer's real shape: `envelope: true` when it is `{data: <the declared type>}`,
    `false` when it is bare; `list: true` when it is a list of the declared type."""

    envelope: bool | None = None
    list: bool | None = None
    # The answer is what the declared type holds in this field (`items`): the documents wrap
    # the object the API answers bare.
    unwrap: WireName | None = None
    fields: dict[WireName, FieldOverride] = Field(default_factory=dict)  # of the result's model


class OperationOverride(Strict):
    reason: Reason  # one line: what the documents get wrong
    filter_required: bool | None = None
    query: dict[WireName, ParamOverride] = Field(default_factory=dict)
    body: BodyOverride | None = None
    result: ResultOverride | None = None


class OverridesFile(Strict):
    operations: dict[OverrideKey, OperationOverride] = Field(default_factory=dict)
