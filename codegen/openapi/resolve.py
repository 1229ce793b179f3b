"""`$ref` resolution inside one OpenAPI document, with JSON pointers (RFC 6901).

A location in a document is a `Pointer`: the tuple of keys from the root, e.g.
`("components", "schemas", "Product")`. A reference is a URI fragment: `#/components/schemas/X`,
or any deeper pointer such as `#/components/examples/X/value` or `#/paths/~1products/get`
(`~1` is `/`, `~0` is `~`, and percent-escapes are decoded first). Only references local to the
document are supported; BigCommerce's documents use no others.

Following a chain of references that comes back to where it started (`A -> B -> A`) raises
`RefCycleError`; structures that merely contain themselves (a category node whose `children` are
category nodes) are not chains and resolve normally: the caller decides how deep to go.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

Pointer = tuple[str, ...]


class RefError(ValueError):
    """A reference that cannot be resolved: external, malformed, or pointing nowhere."""


class RefCycleError(RefError):
    """A chain of references that leads back to itself."""


def parse_ref(ref: str) -> Pointer:
    """The pointer of a local reference: `#/a/b~1c` -> `("a", "b/c")`."""
    if not ref.startswith("#"):
        raise RefError(f"{ref!r}: only references inside the same document are supported")
    fragment = unquote(ref[1:])
    if fragment == "":
        return ()
    if not fragment.startswith("/"):
        raise RefError(f"{ref!r}: a JSON pointer starts with '/'")
    return tuple(part.replace("~1", "/").replace("~0", "~") for part in fragment[1:].split("/"))


def format_pointer(pointer: Pointer) -> str:
    """The fragment of a pointer, escaped: `("paths", "/a")` -> `#/paths/~1a`."""
    return "#" + "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in pointer)


def _step(node: Any, key: str) -> Any:
    if isinstance(node, Mapping):
        if key in node:
            return node[key]
        for candidate, value in node.items():  # YAML may have read `200:` as an int
            if str(candidate) == key:
                return value
        raise KeyError(key)
    if isinstance(node, list):
        if not key.isdigit():
            raise KeyError(key)
        return node[int(key)]
    raise KeyError(key)


class Resolver:
    """Looks up pointers and follows references in one parsed document."""

    def __init__(self, document: Mapping[str, Any], name: str = "") -> None:
        self.document = document
        self.name = name
        self._cache: dict[Pointer, Any] = {}

    def at(self, pointer: Pointer) -> Any:
        """The value at `pointer`; `RefError` when there is none."""
        if pointer in self._cache:
            return self._cache[pointer]
        node: Any = self.document
        for depth, key in enumerate(pointer):
            try:
                node = _step(node, key)
            except (KeyError, IndexError):
                where = format_pointer(pointer[: depth + 1])
                raise RefError(
                    f"{self.name}{format_pointer(pointer)}: nothing at {where}"
                ) from None
        self._cache[pointer] = node
        return node

    def chain(self, node: Any, pointer: Pointer) -> list[tuple[Any, Pointer]]:
        """`node` (found at `pointer`) and every node its references lead to, in order.

        The last entry is the first node that is not a reference.
        """
        hops = [(node, pointer)]
        seen = {pointer}
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            target = parse_ref(node["$ref"])
            if target in seen:
                raise RefCycleError(f"{self.name}{format_pointer(target)}: reference cycle")
            seen.add(target)
            node = self.at(target)
            pointer = target
            hops.append((node, pointer))
        return hops

    def follow(self, node: Any, pointer: Pointer) -> tuple[Any, Pointer]:
        """The node a reference (or chain of references) leads to, and where it is."""
        return self.chain(node, pointer)[-1]
