# Copied from runtime/testing/router.py by codegen (`make generate`); do not edit.
"""Path -> the old client's resource operations it reaches, with the ids it names.

The router only matches: each template is the path of a `RouteOperation` (the generated verb forms
filled in with a route's paths, `route_operations`), so what a verb sends is decided by the
generator alone. Paths are relative to the API root (`products/5/custom_fields`); a trailing
`.json` is ignored. Literal segments win over ids, so `products/count` and
`products/custom_fields` (a subresource across all parents) are not read as `products/{id}`. Ids
are whole numbers in ASCII digits (`values.parse_int`); any other segment where an id belongs
matches nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .route_operations import RouteOperation
from .route_types import Route
from .values import parse_int

__all__ = ["Router", "Target"]

_PARENT_ID = "parentid"
_ITEM_ID = "id"


@dataclass(frozen=True)
class Target:
    """What a path names: a route's operations there, by method. `parent_id` is None for
    top-level routes and for the listing or count of a subresource across every parent
    (`products/custom_fields`)."""

    route: Route
    operations: Mapping[str, RouteOperation]
    parent_id: int | None = None
    item_id: int | None = None
    across_parents: bool = False

    def verb(self, method: str) -> str | None:
        """The verb `method` runs here, or None when the route has none for it."""
        found = self.operations.get(method)
        return found.verb if found is not None else None

    def allowed_methods(self) -> list[str]:
        """The methods this path answers, in the order of the route's verbs."""
        return list(self.operations)

    @property
    def collection(self) -> bool:
        """Whether the path names the route's collection (of one parent, or of all)."""
        return any(op.result == "many" for op in self.operations.values())


@dataclass
class _Template:
    segments: tuple[str | None, ...]  # literal segments, None for ids
    names: tuple[str, ...]  # the ids' names, in path order
    route: Route
    across_parents: bool
    by_method: dict[str, RouteOperation] = field(default_factory=dict)

    @property
    def literals(self) -> int:
        return sum(1 for s in self.segments if s is not None)


class Router:
    """Matches paths against every operation's path."""

    def __init__(self, operations: Iterable[RouteOperation]) -> None:
        templates: dict[tuple[str | None, ...], _Template] = {}
        for op in operations:
            parts = op.path.split("/")
            segments = tuple(None if p.startswith("{") else p for p in parts)
            template = templates.get(segments)
            if template is None:
                names = tuple(p.strip("{}") for p in parts if p.startswith("{"))
                template = _Template(segments, names, op.route, op.across_parents)
                templates[segments] = template
            taken = template.by_method.get(op.method)
            if template.route is not op.route or taken is not None:
                other = (taken or next(iter(template.by_method.values()))).route.class_name
                raise ValueError(
                    f"{op.method} {op.path}: served by both {other} and {op.route.class_name}"
                )
            template.by_method[op.method] = op
        self._by_length: dict[int, list[_Template]] = {}
        for template in templates.values():
            self._by_length.setdefault(len(template.segments), []).append(template)
        for candidates in self._by_length.values():
            candidates.sort(key=lambda t: -t.literals)

    def match(self, path: str) -> Target | None:
        parts = tuple(p for p in path.strip("/").split("/") if p)
        if parts and parts[-1].endswith(".json"):
            parts = (*parts[:-1], parts[-1][: -len(".json")])
        for template in self._by_length.get(len(parts), []):
            ids = _ids(template.segments, parts)
            if ids is None:
                continue
            named = dict(zip(template.names, ids, strict=True))
            return Target(
                template.route,
                template.by_method,
                named.get(_PARENT_ID),
                named.get(_ITEM_ID),
                template.across_parents,
            )
        return None


def _ids(segments: tuple[str | None, ...], parts: tuple[str, ...]) -> list[int] | None:
    """The ids in `parts` where `segments` has placeholders, or None when they do not match."""
    ids: list[int] = []
    for segment, part in zip(segments, parts, strict=True):
        if segment is None:
            number = parse_int(part, signed=False)
            if number is None:
                return None
            ids.append(number)
        elif segment != part:
            return None
    return ids
