# Copied from runtime/testing/route_types.py by codegen (`make generate`); do not edit.
"""The shapes of the fake store's route table (`routes.json`, generated from the specs; read by
`routes.py`).

A field or filter type is the spec's type text: a scalar (`int`, `float`, `decimal`, `str`, `bool`,
`datetime`, `date`, `any`, `object`, `bytes`), `list[T]`, or a model name (a key of `MODELS`).

`Route` is a hand-written resource of the old client (v2), whose verbs send what its shape's
`VerbForm`s say; `NodeRoute` is one imported operation (`api.catalog.products.all`), served
generically by `v3_handlers`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

__all__ = [
    "SCALARS",
    "ModelField",
    "NodeRoute",
    "Route",
    "RouteFilter",
    "VerbForm",
    "list_item",
    "model_name",
]

SCALARS = frozenset(
    {"int", "float", "decimal", "str", "bool", "datetime", "date", "any", "object", "bytes"}
)


@dataclass(frozen=True)
class ModelField:
    """One field of a model: its wire name, type, and how requests may write it."""

    wire: str
    type: str
    write_type: str | None = None  # the type in request bodies, where it differs from `type`
    read_only: bool = False
    create_only: bool = False  # may be sent on create, refused on update
    required: tuple[str, ...] = ()  # the request verbs it must be given for: create, update
    nullable: bool = False
    enum: tuple[str | int, ...] = ()

    @property
    def body_type(self) -> str:
        """The type of this field in request bodies."""
        return self.write_type or self.type

    def writable(self, verb: str) -> bool:
        """Whether a `verb` (create or update) request may set this field."""
        return not self.read_only and not (self.create_only and verb == "update")


@dataclass(frozen=True)
class RouteFilter:
    """A query filter of `all`/`count`; `range` adds `min_{name}` and `max_{name}` (v2). For an
    imported operation, any query parameter (`id:in`, `page`, `include_fields`); `required` when
    the API refuses the request without it."""

    name: str
    type: str
    range: bool = False
    enum: tuple[str | int, ...] = ()
    required: bool = False


@dataclass(frozen=True)
class Route:
    """A resource as the store serves it. Subresources name their parent's class, path and key."""

    class_name: str
    api: str
    path: str
    model: str
    verbs: tuple[str, ...]
    pagination: str = "page"  # page, none or singleton
    filters: tuple[RouteFilter, ...] = ()
    parent: str | None = None
    parent_path: str | None = None
    parent_key: str | None = None
    count_path: str | None = None  # count across all parents: GET {count_path}/count


@dataclass(frozen=True)
class VerbForm:
    """What one verb of the old client's resources sends, for one shape of resource (`top`,
    `sub`, `singleton`). Paths hold the route's own paths as `{path}`, `{parent_path}` and
    `{count_path}`, and the ids as `{parentid}` and `{id}`; `unscoped_path` is the same call
    across every parent. `result` is what it answers: `many` (the collection), `one`, `value`
    or `nothing`."""

    verb: str
    method: str
    path: str
    unscoped_path: str | None = None
    result: str = "one"


@dataclass(frozen=True)
class NodeRoute:
    """One imported operation as the store serves it.

    `path` is relative to the version root with parameters in braces (`params` gives their types,
    in path order); `unscoped_path` serves the same operation without the leading parent ids.
    `result` is the answer's shape (`list`, `object`, `none`, `bytes` or `lines`), `result_type`
    its spec type; `envelope` wraps JSON answers in `{data, meta}`; `pagination` is `offset`,
    `cursor`, `offset+cursor` or `none`. `body` is the request body's shape (`object`, `list` or
    `none`) and `body_type` its spec type, sent as a multipart form when `multipart`.
    """

    version: str
    node: str  # the attribute chain on the client: "catalog.products.images"
    verb: str
    operation_id: str
    method: str
    path: str
    params: tuple[tuple[str, str], ...] = ()
    unscoped_path: str | None = None
    result: str = "none"
    result_type: str | None = None
    envelope: bool = False
    pagination: str = "none"
    body: str = "none"
    body_type: str | None = None
    multipart: bool = False
    batch_limit: int | None = None
    query: tuple[RouteFilter, ...] = ()


@cache
def list_item(type_text: str) -> str | None:
    """The item type of `list[T]`, or None when the type is not a list."""
    if type_text.startswith("list[") and type_text.endswith("]"):
        return type_text[5:-1]
    return None


@cache
def model_name(type_text: str) -> str | None:
    """The model a type names directly (not through a list), or None for scalars and lists."""
    if type_text in SCALARS or list_item(type_text) is not None:
        return None
    return type_text
