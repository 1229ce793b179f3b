# Copied from runtime/testing/router.py by codegen (`make generate`); do not edit.
"""Path -> what it names: a collection, one object, a count or a singleton of some route.

Paths are relative to the API root (`products/5/custom_fields`). Literal segments win over ids, so
`products/count` and `products/custom_fields` (a subresource across all parents) are not read as
`products/{id}`. Ids are whole numbers in ASCII digits (`values.parse_int`); any other segment
where an id belongs matches nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .route_types import Route
from .values import parse_int

__all__ = ["COLLECTION", "COUNT", "ITEM", "SINGLETON", "Router", "Target"]

COLLECTION = "collection"
ITEM = "item"
COUNT = "count"
SINGLETON = "singleton"

_ID = "{id}"

#: (kind of target, HTTP method) -> the verb it runs.
VERBS: dict[tuple[str, str], str] = {
    (COLLECTION, "GET"): "all",
    (COLLECTION, "POST"): "create",
    (COLLECTION, "DELETE"): "delete_all",
    (ITEM, "GET"): "get",
    (ITEM, "PUT"): "update",
    (ITEM, "DELETE"): "delete",
    (COUNT, "GET"): "count",
    (SINGLETON, "GET"): "all",
}


@dataclass(frozen=True)
class Target:
    """What a path names. `parent_id` is None for top-level routes and for the listing or count
    of a subresource across every parent (`products/custom_fields`)."""

    route: Route
    kind: str
    parent_id: int | None = None
    item_id: int | None = None
    across_parents: bool = False

    def verb(self, method: str) -> str | None:
        return VERBS.get((self.kind, method))

    def allowed_methods(self) -> list[str]:
        """The methods this path answers, given the verbs its route has."""
        methods = [m for (kind, m), verb in VERBS.items() if kind == self.kind]
        allowed = [m for m in methods if VERBS[(self.kind, m)] in self.route.verbs]
        return ["GET"] if self.across_parents and "GET" in allowed else allowed


@dataclass(frozen=True)
class _Pattern:
    segments: tuple[str, ...]
    route: Route
    kind: str
    across_parents: bool = False

    @property
    def literals(self) -> int:
        return sum(1 for s in self.segments if s != _ID)


class Router:
    """Matches paths against every route's patterns."""

    def __init__(self, routes: Iterable[Route]) -> None:
        self._by_length: dict[int, list[_Pattern]] = {}
        for route in routes:
            for pattern in _patterns(route):
                self._by_length.setdefault(len(pattern.segments), []).append(pattern)
        for patterns in self._by_length.values():
            patterns.sort(key=lambda p: -p.literals)

    def match(self, path: str) -> Target | None:
        parts = tuple(p for p in path.strip("/").split("/") if p)
        if parts and parts[-1].endswith(".json"):
            parts = (*parts[:-1], parts[-1][: -len(".json")])
        for pattern in self._by_length.get(len(parts), []):
            ids = _ids(pattern.segments, parts)
            if ids is None:
                continue
            route = pattern.route
            parent_id = ids[0] if route.parent is not None and not pattern.across_parents else None
            item_id = ids[-1] if pattern.kind == ITEM else None
            return Target(route, pattern.kind, parent_id, item_id, pattern.across_parents)
        return None


def _ids(segments: tuple[str, ...], parts: tuple[str, ...]) -> list[int] | None:
    """The ids in `parts` where `segments` has placeholders, or None when they do not match."""
    ids: list[int] = []
    for segment, part in zip(segments, parts, strict=True):
        if segment == _ID:
            number = parse_int(part, signed=False)
            if number is None:
                return None
            ids.append(number)
        elif segment != part:
            return None
    return ids


def _split(path: str) -> tuple[str, ...]:
    return tuple(path.split("/"))


def _patterns(route: Route) -> list[_Pattern]:
    if route.pagination == "singleton":
        return [_Pattern(_split(route.path), route, SINGLETON)]
    if route.parent_path is None:
        base = _split(route.path)
        across: list[_Pattern] = []
    else:
        base = (*_split(route.parent_path), _ID, *_split(route.path))
        flat = (*_split(route.parent_path), *_split(route.path))
        across = [_Pattern(flat, route, COLLECTION, True)]
        if route.count_path is not None:
            across.append(_Pattern((*_split(route.count_path), "count"), route, COUNT, True))
    return [
        _Pattern(base, route, COLLECTION),
        _Pattern((*base, "count"), route, COUNT),
        _Pattern((*base, _ID), route, ITEM),
        *across,
    ]
