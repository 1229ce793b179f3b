"""The shape of a resource spec file, validated with pydantic (unknown keys are errors).

Raw YAML lives only in `spec_loader.py`; everything after it sees these models or the IR.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

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


class FieldSpec(TypeShorthand):
    """One field of a model. `type` uses the small grammar in spec/README.md."""

    type: str
    write_type: str | None = None  # the type in request bodies, where it differs from `type`
    read_only: bool = False
    create_only: bool = False  # sent on create, refused by the API on update
    required: tuple[RequestVerb, ...] = ()
    nullable: bool = False
    enum: tuple[str | int | float | bool, ...] = ()


class ModelSpec(Strict):
    fields: dict[str, FieldSpec]
    # Read as a plain dict (a TypedDict) instead of an object: for small read-only objects that
    # every item of a page repeats, like the v2 API's links to subresources.
    as_dict: bool = False


class FilterSpec(TypeShorthand):
    """A query filter. `range: true` adds the v2 `min_`/`max_` variants."""

    type: str
    range: bool = False
    enum: tuple[str | int | float | bool, ...] = ()


class HelperSpec(Strict):
    """The method on a parent's objects that reaches this subresource (`product.options()`)."""

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        return {"name": value} if isinstance(value, str) else value

    name: str
    by_id: bool = True


class SubresourceSpec(Strict):
    path: str
    parent_key: str
    model: str
    verbs: tuple[Verb, ...]
    pagination: Pagination = "page"
    count_path: str | None = None
    filters: dict[str, FilterSpec] = Field(default_factory=dict)
    helper: HelperSpec | None = None


class ResourceSpec(Strict):
    path: str
    model: str
    verbs: tuple[Verb, ...]
    pagination: Pagination = "page"
    filters: dict[str, FilterSpec] = Field(default_factory=dict)
    subresources: dict[str, SubresourceSpec] = Field(default_factory=dict)


class ParamSpec(TypeShorthand):
    """A path or query parameter of an imported operation, by its wire name (`id:in`)."""

    type: str
    required: bool = False
    enum: tuple[str | int | float | bool, ...] = ()


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

    operation_id: str
    method: Literal["GET", "POST", "PUT", "DELETE"]
    path: str  # relative to the version root, parameters in braces
    unscoped_path: str | None = None  # the same call without the leading parent ids
    unscoped_operation_id: str | None = None
    params: dict[str, ParamSpec] = Field(default_factory=dict)  # path parameters, in path order
    query: dict[str, ParamSpec] = Field(default_factory=dict)
    body: BodySpec | None = None
    result: ResultSpec = Field(default_factory=ResultSpec)
    deprecated: bool = False


class NodeSpec(Strict):
    """A resource of the typed client (`client.catalog.products`): method name -> operation."""

    operations: dict[str, OperationSpec] = Field(default_factory=dict)


class SpecFile(Strict):
    """One file under spec/: the API version it targets, its resources and the models they use.

    Hand-written files describe `resources` (the old client's); imported files describe `nodes`,
    keyed by their attribute chain (`catalog.products`).
    """

    api: Literal["v2", "v3"]
    resources: dict[str, ResourceSpec] = Field(default_factory=dict)
    nodes: dict[str, NodeSpec] = Field(default_factory=dict)
    models: dict[str, ModelSpec] = Field(default_factory=dict)


class ExcludedSpec(Strict):
    file: str
    method: str
    path: str
    operation_id: str
    reason: str


class IndexFile(Strict):
    """spec/imported/index.yaml: every documented operation as (version, method, path, id)."""

    documented: tuple[tuple[Literal["v2", "v3"], str, str, str], ...] = ()
    excluded: tuple[ExcludedSpec, ...] = ()
