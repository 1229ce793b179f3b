"""One description of every callable operation, built once from the collected spec.

An `Operation` is one generated method as data: the HTTP call it makes, what it takes and what it
answers. The resource builders (`build_ir` for the old client's classes, `build_nodes` for the
imported nodes), the operation index (`build_index`) and so the docs all read these; what a verb
means (`get` is `GET path/{id}`, `iterall` walks the pages of `all`) is decided here only.

Calling convention (`arguments`): for imported nodes, path parameters first in path order (a
parent's ids, where the API also serves the call without them, become keyword-only when something
required follows), then the body, the payments gateway's credential (`payment_access_token`,
keyword-only), header parameters, keyword options (`prefetch`), then the query as `**query`. The
old client's classes keep their own signatures (`compat`): ids positional-only ("positional") or
not ("open"), the body as `**fields` and the filters as `**filters`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, Literal

from .collect import CollectedNode, CollectedResource
from .compat_merge import FILTER_VERBS, filter_entries
from .literals import fstring
from .naming import (
    EXTRA_OPTIONS,
    body_typeddict_name,
    filters_typeddict_name,
    header_argument,
    identifier,
    node_class_name,
    query_typeddict_name,
)
from .spec_schema import NO_LIMITS, Limits, OperationSpec
from .typeref import SEGMENT, UNPACK, Generic, Named, TypeRef

_PARAM = re.compile(r"\{([^}]+)\}")
#: A result type made of a model: `Product` or `list[Product]`.
_MODEL_RESULT = re.compile(r"(list\[)?([A-Z][A-Za-z0-9_]*)\]?")

#: Paginations with page numbers: `meta.pagination.total_pages` tells how many, so `iterall` can
#: fetch pages ahead (`prefetch`).
NUMBERED_PAGES = ("offset", "offset+cursor")

#: The old client's verbs, in the order its classes define them.
COMPAT_ORDER = ("all", "iterall", "get", "create", "update", "delete", "delete_all", "count")

#: What a call answers: one object, a list, an iterator over every page, a plain value (a scalar
#: or a dict), nothing, raw bytes or text lines.
ResultKind = Literal["one", "many", "pages", "value", "nothing", "bytes", "lines"]

#: The argument that carries a payments gateway operation's credential.
PAYMENT_TOKEN = "payment_access_token"


@dataclass(frozen=True)
class PathParam:
    wire: str  # the name in the path template
    name: str  # the Python parameter
    type: str  # spec type text
    enum: tuple[str | int | float | bool, ...] = ()
    optional: bool = False  # a parent's id the call also works without (`unscoped_path`)


@dataclass(frozen=True)
class QueryParam:
    wire: str  # the API's name (`id:in`)
    type: str  # spec type text
    enum: tuple[str | int | float | bool, ...] = ()
    required: bool = False
    limits: Limits = NO_LIMITS  # bounds, default, deprecation: stated in the docs only


@dataclass(frozen=True)
class HeaderParam:
    wire: str  # the header's name (`Sf-Api-Token`)
    name: str  # the Python keyword argument
    type: str  # spec type text
    required: bool = False


@dataclass(frozen=True)
class Operation:
    """One callable operation: `api.{owner}.{name}(...)` sends `{method} /{version}/{path}`."""

    version: str
    owner: str  # the attribute chain after `api.`: "catalog.products", or the class "Products"
    owner_class: str  # the generated class: "V3CatalogProducts", "Products"
    name: str  # the Python method
    operation_id: str  # "" for the old client's methods
    method: str
    path: str  # relative to the version root, parameters in braces
    params: tuple[PathParam, ...]  # in path order
    unscoped_path: str | None = None  # the same call without the optional (parent) ids
    unscoped_operation_id: str | None = None
    query: str | None = None  # the query parameters' TypedDict
    query_params: tuple[QueryParam, ...] = ()  # imported operations' (the old client's: filters)
    headers: tuple[HeaderParam, ...] = ()  # header parameters, sent as HTTP headers
    body: str | None = None  # spec type text (the old client's: the fields' TypedDict)
    body_required: bool = True
    content_type: Literal["json", "multipart"] = "json"
    envelope: bool = False
    pagination: str = "none"
    batch_limit: int | None = None
    prefetch: bool = False  # `iterall` can fetch pages ahead
    result: ResultKind = "one"
    result_type: str | None = None  # spec type text; None when nothing is answered
    compat: Literal["positional", "open"] | None = None  # the old client's signature style
    filter_required: bool = False  # refused without at least one query filter (a DELETE)
    server: Literal["api", "payments"] = "api"  # the payments gateway: path under its store root

    @property
    def index_version(self) -> str:
        """The version the operation index lists it under: "payments" for the gateway's."""
        return self.version if self.server == "api" else self.server

    deprecated: bool = False  # its documents mark it deprecated

    @property
    def required_query(self) -> tuple[str, ...]:
        """The query parameters (wire names) a destructive call is refused without: those its
        documents mark required. Other calls' required parameters are the server's to judge."""
        if self.method != "DELETE":
            return ()
        return tuple(q.wire for q in self.query_params if q.required)

    @property
    def model(self) -> str | None:
        """The model class the result is made of (`list[Product]` -> `Product`), if any."""
        match = _MODEL_RESULT.fullmatch(self.result_type or "")
        return match.group(2) if match else None


@dataclass(frozen=True)
class Argument:
    """One parameter of a generated method, as the signature and a call spell it."""

    name: str
    role: Literal["id", "body", "credential", "header", "option", "extra", "query"]
    kind: Literal["positional", "open", "keyword", "spread"]  # `/`-only, either, after `*`, `**`
    optional: bool = False  # `| None = None`
    default: str | None = None  # other defaults (`prefetch: int = 0`)


# Building.


def node_operations(node: CollectedNode) -> tuple[Operation, ...]:
    """An imported node's operations by verb name, each paged `all` followed by its `iterall`."""
    out: list[Operation] = []
    owner_class = node_class_name(node.version, node.chain)
    for verb, spec in sorted(node.spec.operations.items()):
        op = _node_operation(node, owner_class, verb, spec)
        out.append(op)
        if op.result == "many" and op.pagination != "none" and verb == "all" and op.model:
            prefetch = op.pagination in NUMBERED_PAGES
            out.append(replace(op, name="iterall", result="pages", prefetch=prefetch))
    return tuple(out)


def _node_operation(
    node: CollectedNode, owner_class: str, verb: str, spec: OperationSpec
) -> Operation:
    unscoped = _PARAM.findall(spec.unscoped_path) if spec.unscoped_path else None
    params = tuple(
        PathParam(
            wire,
            identifier(wire),
            spec.params[wire].type if wire in spec.params else "str",
            spec.params[wire].enum if wire in spec.params else (),
            unscoped is not None and wire not in unscoped,
        )
        for wire in _PARAM.findall(spec.path)
    )
    result = spec.result
    kind: ResultKind
    if result.format != "json":
        kind = result.format
    elif result.type is None:
        kind = "nothing"
    else:
        match = _MODEL_RESULT.fullmatch(result.type)
        kind = "value" if match is None else "many" if match.group(1) else "one"
    body = spec.body
    return Operation(
        version=node.version,
        owner=".".join(node.chain),
        owner_class=owner_class,
        name=verb,
        operation_id=spec.operation_id,
        method=spec.method,
        path=spec.path,
        params=params,
        unscoped_path=spec.unscoped_path,
        unscoped_operation_id=spec.unscoped_operation_id,
        query=query_typeddict_name(owner_class, verb) if spec.query else None,
        query_params=tuple(
            QueryParam(wire, q.type, q.enum, q.required, q) for wire, q in spec.query.items()
        ),
        headers=tuple(
            HeaderParam(wire, header_argument(wire), h.type, h.required)
            for wire, h in spec.headers.items()
        ),
        body=body.type if body else None,
        body_required=body.required if body else False,
        content_type=body.content_type if body else "json",
        envelope=result.envelope,
        pagination=result.pagination,
        batch_limit=body.batch_limit if body else None,
        result=kind,
        result_type=result.type,
        filter_required=spec.filter_required and spec.method == "DELETE",
        server=spec.server,
        deprecated=spec.deprecated,
    )


def resource_operations(res: CollectedResource) -> tuple[Operation, ...]:
    """An old client's class's operations, in its verbs' order (`COMPAT_ORDER`)."""
    sub = res.parent_path is not None
    collection = f"{res.parent_path}/{{parentid}}/{res.path}" if sub else res.path
    item = f"{collection}/{{id}}"
    parent = (PathParam("parentid", "parentid", "Id"),) if sub else ()
    optional_parent = (PathParam("parentid", "parentid", "Id", optional=True),) if sub else ()
    ids = (*parent, PathParam("id", "id", "Id"))
    m = res.model
    create, update = body_typeddict_name(m, "create"), body_typeddict_name(m, "update")
    base = Operation(
        res.api, res.name, res.name, "", "", "GET", collection, (), pagination=res.pagination,
        result_type=m, compat="positional",
    )  # fmt: skip
    listing = replace(
        base,
        params=optional_parent,
        unscoped_path=f"{res.parent_path}/{res.path}" if sub else None,
        result_type=f"list[{m}]",
        compat="open",
    )
    count_unscoped = f"{res.count_path}/count" if sub and res.count_path else None
    table = {
        "all": replace(base, name="all", compat="open")
        if res.pagination == "singleton"
        else replace(listing, name="all", result="many"),
        "iterall": replace(
            listing,
            name="iterall",
            result="pages",
            prefetch="count" in res.verbs and res.pagination == "page",
        ),
        "get": replace(base, name="get", path=item, params=ids),
        "create": replace(base, name="create", method="POST", params=parent, body=create),
        "update": replace(base, name="update", method="PUT", path=item, params=ids, body=update),
        "delete": replace(base, name="delete", method="DELETE", path=item, params=ids, **_ANSWER),
        "delete_all": replace(base, name="delete_all", method="DELETE", params=parent, **_ANSWER),
        "count": replace(
            base,
            name="count",
            path=f"{collection}/count",
            params=optional_parent if count_unscoped else parent,
            unscoped_path=count_unscoped,
            result="value",
            result_type="int",
            compat="open",
        ),
    }
    ops = (table[verb] for verb in COMPAT_ORDER if verb in res.verbs)
    return tuple(_with_query(res, op) for op in ops)


def _with_query(res: CollectedResource, op: Operation) -> Operation:
    """An old class's operation with its query (`compat_merge.filter_entries`): the class's
    `Filters` TypedDict where it is the same as `all`'s, else one of the method's own."""
    if res.pagination == "singleton":
        return op
    entries = filter_entries(res, op.name)
    if not entries and op.name not in FILTER_VERBS:
        return op
    shared = op.name in FILTER_VERBS and (
        op.name in ("all", "iterall") or entries == filter_entries(res, "all")
    )
    own = f"{res.name}{op.name.title().replace('_', '')}Filters"
    params = tuple(
        QueryParam(wire_name(key), spec.type, spec.enum) for key, spec in entries.items()
    )
    return replace(
        op, query=filters_typeddict_name(res.name) if shared else own, query_params=params
    )


def wire_name(key: str) -> str:
    """A query key as the API spells it: `id__in` -> `id:in`."""
    return key.replace("__", ":")


#: What the old client's `delete` and `delete_all` answer, as its 0.23.4 release returned: a dict
#: (`{}` for the API's 204).
DELETE_RESULT = "dict[str, Any]"
_ANSWER: dict[str, Any] = {"result": "value", "result_type": DELETE_RESULT}


# Reading.


def arguments(op: Operation) -> tuple[Argument, ...]:
    """The method's parameters after `self`, in order (see the module's calling convention)."""
    ids = [Argument(p.name, "id", "positional", p.optional) for p in op.params]
    headers = [Argument(h.name, "header", "keyword", not h.required) for h in op.headers]
    extras = [Argument(name, "extra", "keyword", True) for name in EXTRA_OPTIONS]
    prefetch = [Argument("prefetch", "option", "keyword", default="0")] if op.prefetch else []
    out: list[Argument]
    if op.compat is not None:
        out = [Argument(a.name, "id", op.compat, a.optional) for a in ids]
        out += prefetch + extras
        if op.body is not None:
            out.append(Argument("fields", "body", "spread"))
        if op.query is not None:
            out.append(Argument("filters", "query", "spread"))
        return tuple(out)
    body = [Argument("body", "body", "positional", not op.body_required)] if op.body else []
    required = [a for a in ids + body if not a.optional]
    optional = [a for a in ids + body if a.optional]
    if required and optional:
        out = required + [Argument(a.name, a.role, "keyword", True) for a in optional]
    else:
        out = optional + required
    if op.server == "payments":
        out.append(Argument(PAYMENT_TOKEN, "credential", "keyword"))
    # Required header parameters first: a keyword-only parameter without a default may follow
    # one with a default, but reads better before it.
    out += sorted(headers, key=lambda a: a.optional) + prefetch + extras
    if op.query is not None:
        out.append(Argument("query", "query", "spread"))
    return tuple(out)


def signature(op: Operation, annotation: Callable[[Argument], TypeRef]) -> str:
    """The method's parameters after `self, ` as source; `annotation` types each one (for a
    `**` parameter: the TypedDict it unpacks)."""
    parts: list[str] = []
    args = arguments(op)
    for i, arg in enumerate(args):
        if arg.kind == "keyword" and (i == 0 or args[i - 1].kind != "keyword"):
            parts.append("*")
        if arg.kind == "spread":
            parts.append(f"**{arg.name}: {annotated(arg, annotation)}")
            continue
        default = " | None = None" if arg.optional else f" = {arg.default}" if arg.default else ""
        parts.append(f"{arg.name}: {annotation(arg)}{default}")
        if arg.kind == "positional" and (i + 1 == len(args) or args[i + 1].kind != "positional"):
            parts.append("/")
    return ", ".join(parts)


def annotated(arg: Argument, annotation: Callable[[Argument], TypeRef]) -> TypeRef:
    """What `signature` annotates `arg` with: `annotation(arg)`, unpacked for a `**` one."""
    ref = annotation(arg)
    return Generic(UNPACK, (ref,)) if arg.kind == "spread" else ref


def method_uses(op: Operation, annotation: Callable[[Argument], TypeRef]) -> tuple[TypeRef, ...]:
    """The types and names a method's signature and path spell, for its module's imports."""
    return (*(annotated(arg, annotation) for arg in arguments(op)), *path_uses(op))


def call(op: Operation, *, scoped: bool = True) -> str:
    """The call as a user writes it (`api.catalog.products.get(product_id)`); unscoped, without
    the ids the call also works without. Query parameters and options are left out."""
    args: list[str] = []
    for arg in arguments(op):
        if arg.role in ("query", "option", "extra"):
            continue
        if arg.optional and (arg.role == "header" or (arg.role == "id" and not scoped)):
            continue
        if arg.kind == "spread":
            args.append(f"**{arg.name}")
        else:
            args.append(f"{arg.name}={arg.name}" if arg.kind == "keyword" else arg.name)
    return f"api.{op.owner}.{op.name}({', '.join(args)})"


def path_expression(op: Operation) -> str:
    """The path as Python source: an f-string quoting each id with `segment()`, falling back to
    the unscoped path when the first id is None."""
    path = _fpath(op.path)
    if op.unscoped_path is None:
        return path
    return f"{path} if {op.params[0].name} is not None else {_fpath(op.unscoped_path)}"


def path_uses(op: Operation) -> tuple[Named, ...]:
    """The names `path_expression(op)` spells: `segment`, where the path has parameters."""
    return (SEGMENT,) if _PARAM.search(op.path) else ()


def _fpath(template: str) -> str:
    return fstring(template, lambda name: f"{SEGMENT.text}({identifier(name)})")


def index_keys(op: Operation) -> Iterable[tuple[tuple[str, ...], str]]:
    """How the operation index finds this operation, with the call each key stands for: by
    operationId for imported ones, by method and path shape for the old client's."""
    if op.result == "pages":
        return  # the iterating form of `all`: the index names `all`
    if op.operation_id:
        yield (op.index_version, op.operation_id), call(op)
        if op.unscoped_operation_id and op.unscoped_path is not None:
            yield (op.index_version, op.unscoped_operation_id), call(op, scoped=False)
        return
    yield (op.version, op.method, path_shape(op.path)), call(op)
    if op.unscoped_path is not None:
        yield (op.version, op.method, path_shape(op.unscoped_path)), call(op, scoped=False)


def path_shape(path: str) -> str:
    """A path with its parameters blanked (`products/{}/images`), to match paths by."""
    return _PARAM.sub("{}", path.strip("/"))
