"""`read_api(folder)`: every management operation of the documents, normalised (see `model.py`).

- Paths are relative to the version root (`/catalog/products/{product_id}`); path parameter names
  follow `path_params` (snake_case, one name per collection), in the template and in `Param.name`.
- Parameters declared on the path item apply to each of its operations; an operation's own
  parameter of the same name and location replaces it (and the first of two duplicates wins).
  Header and cookie parameters (`Accept`, `Content-Type`, `X-Correlation-Id`, ...) are dropped; the
  client sets them. Query parameters keep their wire names (`id:in`, `date_modified:min`).
- An array query parameter is `comma_joined` when its style is `form` (the default) and `explode`
  is false; OpenAPI's default for `form` is `explode: true` (the parameter repeated).
- Request bodies and responses: only content keys with a `/` are media types (some documents list
  examples as if they were media types); `application/json` is preferred, then
  `multipart/form-data`, then the first other media type in sorted order. A body is `required` only
  when the document says so (OpenAPI's default is false).
- Responses: the 2xx ones, by status. An object body whose fields are `data` plus any of `meta`
  and `errors` is an envelope: `data_type` is the type of `data`. A GET whose envelope holds a list
  is paginated by what its `meta` holds: `pagination` (offset), `cursor_pagination` (cursor), or
  both. A v2 GET answering a list and taking a `page` query parameter is paginated by `page`.
- The payments gateway's operations are read as v3 ones, with `server` "payments" (see
  documents.py); operations of storefront, provider and other documents are listed in `excluded`,
  with a reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from .. import patterns
from ..spec_loader import SpecError
from .documents import Document, exclusion_reason, load_documents
from .model import (
    ApiDescription,
    Body,
    Excluded,
    Location,
    Operation,
    Pagination,
    Param,
    Response,
    Server,
    Version,
)
from .path_params import PathNames, template_names
from .resolve import Pointer, RefError, Resolver, format_pointer
from .schema_ir import ListOf, TypeInfo, TypeIR
from .schemas import DocumentSchemas, SchemaGraph, SchemaTable, is_map

Method = Literal["GET", "POST", "PUT", "DELETE", "PATCH"]
_METHODS: dict[str, Method] = {
    "get": "GET",
    "post": "POST",
    "put": "PUT",
    "delete": "DELETE",
    "patch": "PATCH",
}
_OTHER_METHODS = ("head", "options", "trace")
_PREFERRED_MEDIA = ("application/json", "multipart/form-data")
_ENVELOPE_EXTRAS = frozenset({"meta", "errors"})
#: Parameters whose names reach generated code (cookie parameters are dropped).
_NAME_PATTERNS = {
    "path": patterns.PATH_PARAM,
    "query": patterns.WIRE_NAME,
    "header": patterns.HEADER_NAME,
}
#: Header parameters the client sets itself (content negotiation, credentials, its own name):
#: never arguments of a generated method.
_CLIENT_HEADERS = frozenset(
    {"accept", "content-type", "x-auth-token", "x-auth-client", "authorization", "user-agent"}
)


@dataclass(frozen=True)
class _ParamDraft:
    name: str
    location: Location
    info: TypeInfo
    required: bool
    comma_joined: bool


@dataclass(frozen=True)
class _BodyDraft:
    content_type: str
    type: TypeIR
    required: bool
    max_items: int | None


@dataclass(frozen=True)
class _ResponseDraft:
    status: int
    content_type: str | None
    type: TypeIR | None


@dataclass(frozen=True)
class _Draft:
    """An operation whose types still refer to schemas by where they are defined."""

    file: str
    version: Version
    method: Method
    path: str
    operation_id: str
    params: tuple[_ParamDraft, ...]
    body: _BodyDraft | None
    responses: tuple[_ResponseDraft, ...]
    deprecated: bool
    server: Server

    def types(self) -> list[TypeIR]:
        found = [param.info.type for param in self.params]
        if self.body is not None:
            found.append(self.body.type)
        found.extend(r.type for r in self.responses if r.type is not None)
        return found


def _mapping(value: object) -> Mapping[str, Any]:
    return value if is_map(value) else {}


def _items(value: object) -> list[tuple[str, Any]]:
    return [(str(key), item) for key, item in _mapping(value).items()]


def read_api(folder: str | Path) -> ApiDescription:
    """Read every OpenAPI document below `folder` into one normalised description."""
    documents = load_documents(folder)
    try:
        return describe(documents)
    except RecursionError:  # e.g. a chain of thousands of `allOf` references
        raise SpecError(str(folder), "", "schemas refer to each other too deeply") from None


def describe(documents: Sequence[Document]) -> ApiDescription:
    """The normalised description of loaded documents (see `documents.load_documents`)."""
    management = [doc for doc in documents if doc.management]
    names = PathNames(
        (doc.kind, doc.root_suffix + path) for doc in management for path, _ in _paths(doc)
    )
    graph = SchemaGraph()
    drafts: list[_Draft] = []
    roots: list[TypeIR] = []
    excluded: list[Excluded] = []
    for doc in documents:
        resolver = Resolver(doc.data, doc.file)
        if not doc.imported:
            excluded.extend(_excluded(doc, exclusion_reason(doc)))
            continue
        schemas = graph.document(doc.file, resolver)
        roots.extend(schemas.component_types())
        reader = _OperationReader(doc, schemas, resolver, names)
        for path, item in _paths(doc):
            for method, operation in _items(item):
                if method in _METHODS and is_map(operation):
                    drafts.append(reader.read(path, item, method, operation))
                elif method in _OTHER_METHODS and is_map(operation):
                    excluded.append(_exclude(doc, path, method, operation, "unsupported method"))
    roots.extend(t for draft in drafts for t in draft.types())
    table = graph.table(roots)
    operations = sorted(
        (_render(draft, graph, table) for draft in drafts),
        key=lambda op: (op.version, op.path, op.method, op.file),
    )
    return ApiDescription(
        tuple(operations),
        table.schemas,
        tuple(sorted(excluded, key=lambda e: (e.file, e.path, e.method))),
    )


def _paths(doc: Document) -> list[tuple[str, Any]]:
    return [(path, item) for path, item in _items(doc.data.get("paths")) if is_map(item)]


def _exclude(doc: Document, path: str, method: str, operation: Any, reason: str) -> Excluded:
    check(doc.file, ("paths", path), patterns.API_PATH, path)
    operation_id = _operation_id(doc, path, method, _mapping(operation))
    return Excluded(doc.file, method.upper(), path, operation_id, reason)


def check(file: str, pointer: Pointer, pattern: re.Pattern[str], value: object) -> None:
    """A `SpecError` naming the document and the key when `value` does not fit `pattern`."""
    problem = patterns.problem(pattern, value)
    if problem is not None:
        raise SpecError(file, format_pointer(pointer), problem)


def _operation_id(doc: Document, path: str, method: str, operation: Mapping[str, Any]) -> str:
    value = operation.get("operationId")
    if value is None:
        return ""
    check(doc.file, ("paths", path, method, "operationId"), patterns.OPERATION_ID, value)
    return str(value)


def _excluded(doc: Document, reason: str) -> list[Excluded]:
    return [
        _exclude(doc, path, method, operation, reason)
        for path, item in _paths(doc)
        for method, operation in _items(item)
        if (method in _METHODS or method in _OTHER_METHODS) and is_map(operation)
    ]


def _media_type(content: Mapping[str, Any]) -> str | None:
    """The media type to use among a content map's keys (keys without `/` are not media types)."""
    media = sorted(str(key) for key in content if "/" in str(key))
    for preferred in _PREFERRED_MEDIA:
        for key in media:
            if key.split(";")[0].strip().lower() == preferred:
                return key
    return media[0] if media else None


class _OperationReader:
    """Reads one operation of a management document into a draft."""

    def __init__(
        self, doc: Document, schemas: DocumentSchemas, resolver: Resolver, names: PathNames
    ) -> None:
        self.doc = doc
        self.schemas = schemas
        self.resolver = resolver
        self.names = names

    def _follow(self, node: Any, pointer: Pointer) -> tuple[Mapping[str, Any], Pointer]:
        try:
            target, where = self.resolver.follow(node, pointer)
        except RefError:
            return {}, pointer
        return _mapping(target), where

    def read(self, path: str, item: Any, method: str, operation: Mapping[str, Any]) -> _Draft:
        version: Version = "v2" if self.doc.kind == "v2" else "v3"
        template = self.doc.root_suffix + path
        check(self.doc.file, ("paths", path), patterns.API_PATH, template)
        renamed = self.names.rename(version, template)
        pointer: Pointer = ("paths", path, method)
        params = self._params(template, renamed, _mapping(item), operation, path, method)
        return _Draft(
            file=self.doc.file,
            version=version,
            method=_METHODS[method],
            path=self.names.template(version, template),
            operation_id=_operation_id(self.doc, path, method, operation),
            params=params,
            body=self._body(operation.get("requestBody"), (*pointer, "requestBody")),
            responses=self._responses(operation.get("responses"), (*pointer, "responses")),
            deprecated=operation.get("deprecated") is True,
            server="payments" if self.doc.kind == "payments" else "api",
        )

    def _declared(self, node: Any, pointer: Pointer) -> dict[tuple[str, str], tuple[Any, Pointer]]:
        declared: dict[tuple[str, str], tuple[Any, Pointer]] = {}
        for index, entry in enumerate(node if isinstance(node, list) else []):
            param, where = self._follow(entry, (*pointer, str(index)))
            name, location = param.get("name"), param.get("in")
            if location in _NAME_PATTERNS:
                check(self.doc.file, (*where, "name"), _NAME_PATTERNS[location], name)
            if isinstance(name, str) and isinstance(location, str):
                declared.setdefault((name, location), (param, where))
        return declared

    def _params(
        self,
        template: str,
        renamed: Mapping[str, str],
        item: Mapping[str, Any],
        operation: Mapping[str, Any],
        path: str,
        method: str,
    ) -> tuple[_ParamDraft, ...]:
        declared = self._declared(item.get("parameters"), ("paths", path, "parameters"))
        declared.update(
            self._declared(operation.get("parameters"), ("paths", path, method, "parameters"))
        )
        params: list[_ParamDraft] = []
        for name in dict.fromkeys(template_names(template)):
            found = declared.get((name, "path"))
            info = self._param_type(*found) if found else TypeInfo("str")
            params.append(_ParamDraft(renamed.get(name, name), "path", info, True, True))
        for (name, location), (param, where) in declared.items():
            if location == "header" and name.lower() not in _CLIENT_HEADERS:
                info = self._param_type(param, where)
                required = param.get("required") is True
                params.append(_ParamDraft(name, "header", info, required, False))
            if location != "query":
                continue
            info = self._param_type(param, where)
            if param.get("deprecated") is True:
                info = replace(info, limits=replace(info.limits, deprecated=True))
            style = param.get("style", "form")
            explode = param.get("explode", style == "form")
            comma = not isinstance(info.type, ListOf) or (style == "form" and explode is False)
            required = param.get("required") is True
            params.append(_ParamDraft(name, "query", info, required, comma))
        return tuple(params)

    def _param_type(self, param: Mapping[str, Any], pointer: Pointer) -> TypeInfo:
        schema = param.get("schema")
        if not is_map(schema):
            return TypeInfo("str")
        return self.schemas.type_of(schema, (*pointer, "schema"))

    def _body(self, node: Any, pointer: Pointer) -> _BodyDraft | None:
        if node is None:
            return None
        body, where = self._follow(node, pointer)
        content = _mapping(body.get("content"))
        media = _media_type(content)
        if media is None:
            return None
        entry = _mapping(content[media])
        schema = entry.get("schema")
        schema_at: Pointer = (*where, "content", media, "schema")
        type_: TypeIR = "any"
        max_items = None
        if is_map(schema):
            type_ = self.schemas.type_of(schema, schema_at).type
            resolved, _ = self._follow(schema, schema_at)
            limit = resolved.get("maxItems")
            max_items = limit if isinstance(limit, int) and not isinstance(limit, bool) else None
        return _BodyDraft(media, type_, body.get("required") is True, max_items)

    def _responses(self, node: Any, pointer: Pointer) -> tuple[_ResponseDraft, ...]:
        drafts = []
        for status, entry in _items(node):
            if len(status) != 3 or not status.isdigit() or not status.startswith("2"):
                continue
            response, where = self._follow(entry, (*pointer, status))
            content = _mapping(response.get("content"))
            media = _media_type(content)
            if media is None:
                drafts.append(_ResponseDraft(int(status), None, None))
                continue
            schema = _mapping(content[media]).get("schema")
            if is_map(schema):
                schema_at: Pointer = (*where, "content", media, "schema")
                type_: TypeIR = self.schemas.type_of(schema, schema_at).type
            else:
                type_ = "any" if "json" in media else "bytes"
            drafts.append(_ResponseDraft(int(status), media, type_))
        return tuple(sorted(drafts, key=lambda r: r.status))


def _render(draft: _Draft, graph: SchemaGraph, table: SchemaTable) -> Operation:
    params = tuple(
        Param(
            p.name,
            p.location,
            table.render(p.info.type),
            p.required,
            p.info.enum,
            p.comma_joined,
            p.info.limits,
        )
        for p in draft.params
    )
    body = None
    if draft.body is not None:
        b = draft.body
        body = Body(b.content_type, table.render(b.type), b.required, b.max_items)
    query = {p.name for p in draft.params if p.location == "query"}
    responses = tuple(_response(r, draft, query, graph, table) for r in draft.responses)
    return Operation(
        draft.file,
        draft.version,
        draft.method,
        draft.path,
        draft.operation_id,
        params,
        body,
        responses,
        draft.deprecated,
        server=draft.server,
    )


def _response(
    draft: _ResponseDraft,
    operation: _Draft,
    query: set[str],
    graph: SchemaGraph,
    table: SchemaTable,
) -> Response:
    if draft.type is None:
        return Response(draft.status, draft.content_type, None)
    fields = {f.name: f for f in graph.fields_of(draft.type) or ()}
    whole = table.render(draft.type)
    if "data" in fields and set(fields) - {"data"} <= _ENVELOPE_EXTRAS:
        data = fields["data"]
        pagination: Pagination = "none"
        if operation.method == "GET" and isinstance(data.type, ListOf) and "meta" in fields:
            pagination = _meta_pagination(graph.fields_of(fields["meta"].type) or ())
        return Response(
            draft.status, draft.content_type, whole, table.render(data.type), pagination
        )
    listed = isinstance(graph.clean(draft.type), ListOf)
    if operation.version == "v2" and operation.method == "GET" and listed and "page" in query:
        return Response(draft.status, draft.content_type, whole, None, "page")
    return Response(draft.status, draft.content_type, whole)


def _meta_pagination(meta: Sequence[Any]) -> Pagination:
    names = {f.name for f in meta}
    offset, cursor = "pagination" in names, "cursor_pagination" in names
    if offset and cursor:
        return "offset+cursor"
    if offset:
        return "offset"
    return "cursor" if cursor else "none"
