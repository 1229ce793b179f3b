"""`read_examples(folder)`: the JSON examples of every management operation's 2xx answers.

Kept apart from `read_api` on purpose: examples are test data, not part of the normalised
description (`model.py`), and reading them changes nothing `read_api` returns.

For each operation of a `v2` or `v3` document (see `documents.py`), and each of its 2xx responses
(a `$ref` to `components/responses` is followed), the JSON media types of its `content` are read:
those whose key has a `/` and mentions `json` (`application/json`, `application/problem+json`).
Keys without a `/` are not media types (some documents put examples where a media type belongs)
and are skipped, as are `text/csv`, `text/event-stream` and other non-JSON media types. From each
media type, in this order:

1. its `example`;
2. each entry of its `examples`, in document order: the entry's `value`, after following `$ref`s
   (to `#/components/examples/X`, or straight to a value such as `#/components/examples/X/value`);
   entries with only an `externalValue` are skipped;
3. the `example` of the response schema itself: the `schema` node or, when that is a `$ref`, the
   first schema along the chain of references that has one (never examples of nested properties
   or of `allOf` parts, which describe only part of the body).

A value equal to one already read for the same status is not repeated. YAML timestamps stay the
strings they were written as (`2023-01-01`), like everywhere in the reader, so that a value is what
the API would send as JSON.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final, TypeGuard

from .documents import Document, load_documents
from .model import Version
from .resolve import Pointer, RefError, Resolver

#: (API version, operationId): operationIds are unique within a version, not across versions.
OperationKey = tuple[Version, str]
#: One example: the HTTP status it answers with, and the JSON value of the whole body.
Example = tuple[int, Any]

_METHODS = ("get", "post", "put", "delete", "patch")


class _Missing:
    """No example here (`None` is a valid JSON example)."""

    __slots__ = ()


_MISSING: Final = _Missing()


def read_examples(folder: str | Path) -> dict[OperationKey, list[Example]]:
    """The 2xx JSON response examples of every management operation below `folder` that has any,
    by status, then in the order described in the module docstring."""
    return examples_of(load_documents(folder))


def examples_of(documents: Sequence[Document]) -> dict[OperationKey, list[Example]]:
    """`read_examples` on documents already loaded (see `documents.load_documents`)."""
    found: dict[OperationKey, list[Example]] = {}
    for doc in documents:
        if not doc.management:
            continue
        version: Version = "v2" if doc.kind == "v2" else "v3"
        reader = _ExampleReader(Resolver(doc.data, doc.file))
        for path, item in _entries(doc.data.get("paths")):
            for method, operation in _entries(item):
                if method not in _METHODS or not _is_map(operation):
                    continue
                pointer: Pointer = ("paths", path, method, "responses")
                examples = reader.responses(operation.get("responses"), pointer)
                operation_id = str(operation.get("operationId") or "")
                if examples and operation_id:
                    found[(version, operation_id)] = examples
    return found


def _is_map(value: object) -> TypeGuard[Mapping[str, Any]]:
    return isinstance(value, Mapping)


def _entries(value: object) -> list[tuple[str, Any]]:
    """A mapping's items with string keys (YAML reads `200:` as an int)."""
    return [(str(key), item) for key, item in value.items()] if _is_map(value) else []


def _is_json(media: str) -> bool:
    return "/" in media and "json" in media.split(";")[0].lower()


class _ExampleReader:
    """Reads the examples of one document's responses, following its local references."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver

    def _follow(self, node: Any, pointer: Pointer) -> tuple[Any, Pointer] | None:
        try:
            return self.resolver.follow(node, pointer)
        except RefError:
            return None

    def responses(self, node: Any, pointer: Pointer) -> list[Example]:
        found: list[Example] = []
        statuses = [
            (int(status), entry)
            for status, entry in _entries(node)
            if len(status) == 3 and status.isdigit() and status.startswith("2")
        ]
        for status, entry in sorted(statuses, key=lambda pair: pair[0]):
            followed = self._follow(entry, (*pointer, str(status)))
            if followed is None or not _is_map(followed[0]):
                continue
            response, where = followed
            values: list[Any] = []
            for media, content in _entries(response.get("content")):
                if _is_json(media) and _is_map(content):
                    values.extend(self._media(content, (*where, "content", media)))
            unique: list[Any] = []
            for value in values:
                if value not in unique:
                    unique.append(value)
            found.extend((status, value) for value in unique)
        return found

    def _media(self, content: Mapping[str, Any], pointer: Pointer) -> list[Any]:
        values: list[Any] = []
        if "example" in content:
            values.append(content["example"])
        for name, entry in _entries(content.get("examples")):
            value = self._example_value(entry, (*pointer, "examples", name))
            if value is not _MISSING:
                values.append(value)
        schema = content.get("schema")
        if _is_map(schema):
            value = self._schema_example(schema, (*pointer, "schema"))
            if value is not _MISSING:
                values.append(value)
        return values

    def _example_value(self, entry: Any, pointer: Pointer) -> Any:
        followed = self._follow(entry, pointer)
        if followed is None:
            return _MISSING
        node, where = followed
        if where and where[-1] == "value" and where != pointer:
            return node  # a reference straight to an example's value
        if _is_map(node) and "value" in node:
            return node["value"]
        return _MISSING  # `externalValue` only, or not an Example Object

    def _schema_example(self, schema: Mapping[str, Any], pointer: Pointer) -> Any:
        try:
            hops = self.resolver.chain(schema, pointer)
        except RefError:
            hops = [(schema, pointer)]
        for node, _where in hops:
            if _is_map(node) and "example" in node:
                return node["example"]
        return _MISSING
