# Copied from runtime/testing/route_operations.py by codegen (`make generate`); do not edit.
"""The old client's resources' operations: a route's verbs, as the `VerbForm`s of its shape of
resource (generated into `routes.json` from the generator's one description of each verb) filled
in with the route's own paths. Nothing here decides what a verb sends; it only fills in paths.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .route_types import Route, VerbForm

__all__ = ["RouteOperation", "route_operations", "shape"]

_PLACEHOLDER = re.compile(r"\{(path|parent_path|count_path)\}")


@dataclass(frozen=True)
class RouteOperation:
    """One request a resource's verb answers: `method path`, the path relative to the API root
    with the ids as `{parentid}` and `{id}`; `across_parents` for the form without the parent's
    id. `result` is what it answers (`many`: the route's collection)."""

    route: Route
    verb: str
    method: str
    path: str
    result: str
    across_parents: bool = False


def shape(route: Route) -> str:
    """The shape of resource whose forms a route's verbs take: `singleton`, `top` or `sub`."""
    if route.pagination == "singleton":
        return "singleton"
    return "top" if route.parent_path is None else "sub"


def route_operations(
    route: Route, forms: Mapping[str, tuple[VerbForm, ...]]
) -> tuple[RouteOperation, ...]:
    """The requests `route` answers, verb by verb in its shape's order (a verb without a form,
    such as `iterall`, sends another's request and adds none)."""
    found = forms.get(shape(route))
    if found is None:
        raise ValueError(f"route {route.class_name}: no verb forms for a {shape(route)} resource")
    out: list[RouteOperation] = []
    for form in found:
        if form.verb not in route.verbs:
            continue
        for template, across in ((form.path, False), (form.unscoped_path, True)):
            path = _fill(template, route) if template is not None else None
            if path is not None:
                out.append(RouteOperation(route, form.verb, form.method, path, form.result, across))
    return tuple(out)


def _fill(template: str, route: Route) -> str | None:
    """The template with the route's paths in; None when it names a path the route lacks."""
    paths = {"path": route.path, "parent_path": route.parent_path, "count_path": route.count_path}
    if any(paths[name] is None for name in _PLACEHOLDER.findall(template)):
        return None
    return _PLACEHOLDER.sub(lambda m: paths[m.group(1)] or "", template)
