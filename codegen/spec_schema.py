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
    enum: tuple[str | int, ...] = ()


class ModelSpec(Strict):
    fields: dict[str, FieldSpec]


class FilterSpec(TypeShorthand):
    """A query filter. `range: true` adds the v2 `min_`/`max_` variants."""

    type: str
    range: bool = False
    enum: tuple[str | int, ...] = ()


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


class SpecFile(Strict):
    """One file under spec/: the API version it targets, its resources and the models they use."""

    api: Literal["v2", "v3"]
    resources: dict[str, ResourceSpec] = Field(default_factory=dict)
    models: dict[str, ModelSpec] = Field(default_factory=dict)
