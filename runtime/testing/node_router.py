"""Request path -> the imported operation it reaches, with its path parameters' values.

Paths are compared segment by segment; where several templates match, the one with literal
segments earliest wins (`catalog/products/metafields` over `catalog/products/{product_id}`).
An `int` parameter matches only digits. A path whose best template has no operation for the
method gets 405 with the methods it does have.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .node_schema import Binding
from .values import parse_int

__all__ = ["NodeMatch", "NodeRouter"]


@dataclass(frozen=True)
class NodeMatch:
    """What a path reached: a binding and the values of its parameters (None, with `allowed`,
    when the path is served but not for this method)."""

    binding: Binding | None
    values: tuple[str, ...] = ()
    allowed: tuple[str, ...] = ()


@dataclass
class _Template:
    segments: tuple[str | None, ...]  # literal segments, None for parameters
    types: tuple[str, ...]  # the parameters' types
    by_method: dict[str, Binding] = field(default_factory=dict)

    @property
    def rank(self) -> tuple[int, ...]:
        return tuple(0 if s is not None else 1 for s in self.segments)


class NodeRouter:
    """Matches `(version, path, method)` against every binding."""

    def __init__(self, bindings: Iterable[Binding]) -> None:
        templates: dict[tuple[str, str], _Template] = {}
        for binding in bindings:
            key = (binding.route.version, binding.template)
            template = templates.get(key)
            if template is None:
                segments = tuple(None if s == "{}" else s for s in binding.template.split("/") if s)
                template = templates[key] = _Template(segments, binding.param_types)
            else:  # a parameter matches digits only if every operation here says `int`
                template.types = tuple(
                    "int" if a == b == "int" else "str"
                    for a, b in zip(template.types, binding.param_types, strict=True)
                )
            taken = template.by_method.get(binding.route.method)
            own = binding.path == binding.route.path
            if taken is None or (own and taken.path != taken.route.path):
                # An operation's own path wins over another's path without parent ids.
                template.by_method[binding.route.method] = binding
        self._by_shape: dict[tuple[str, int], list[_Template]] = {}
        for (version, _template), found in templates.items():
            self._by_shape.setdefault((version, len(found.segments)), []).append(found)
        for candidates in self._by_shape.values():
            candidates.sort(key=lambda t: t.rank)

    def match(self, version: str, path: str, method: str) -> NodeMatch | None:
        parts = tuple(p for p in path.strip("/").split("/") if p)
        for template in self._by_shape.get((version, len(parts)), []):
            values = _values(template, parts)
            if values is None:
                continue
            binding = template.by_method.get(method)
            if binding is None:
                return NodeMatch(None, values, tuple(sorted(template.by_method)))
            return NodeMatch(binding, values)
        return None


def _values(template: _Template, parts: tuple[str, ...]) -> tuple[str, ...] | None:
    """The parameters' values when `parts` fit the template, else None."""
    values: list[str] = []
    for segment, part in zip(template.segments, parts, strict=True):
        if segment is None:
            if template.types[len(values)] == "int" and parse_int(part, signed=False) is None:
                return None
            values.append(part)
        elif segment != part:
            return None
    return tuple(values)
