# Copied from runtime/testing/seeding.py by codegen (`make generate`); do not edit.
"""Filling a store: fixtures from a YAML or JSON file, and the `--seed-demo` catalog.

A fixtures file maps resource class names to lists of objects (a singleton to one object):

    Products:
      - {id: 1, name: Chair, type: physical, price: "49.00", weight: "4", categories: [1]}
    ProductCustomFields:
      - {product_id: 1, name: colour, text: oak}
    Store: {name: My test shop}

Objects are stored as given, after their fields are checked against the model; missing fields get
defaults and missing ids the next free id (a singleton keeps the values it had for fields the file
does not give). A subresource's objects name their parent by the
route's parent key.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .route_types import Route
from .sample_values import SampleValues, collection_key
from .state import StoreState

__all__ = ["DEMO_SIZES", "load_fixtures", "read_fixtures", "seed_demo"]

#: Objects per top-level resource in the demo catalog; other paged resources get 12, unpaged 5.
DEMO_SIZES: dict[str, int] = {
    "Products": 620,
    "Customers": 150,
    "Orders": 200,
    "Categories": 24,
    "Brands": 18,
}
_PAGED_DEFAULT = 12
_UNPAGED_DEFAULT = 5
_CHILDREN = (0, 3)  # children per parent, at random; the first parent gets at least 2
_PARENTS_WITH_CHILDREN = 40  # the first 40 objects of a resource get subresource objects


def read_fixtures(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The contents of a `.json`, `.yaml` or `.yml` fixtures file (YAML needs PyYAML)."""
    file = Path(path)
    text = file.read_text(encoding="utf-8")
    if file.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError:
            raise RuntimeError("YAML fixtures need PyYAML: pip install pyyaml") from None
        data = yaml.safe_load(text)
    else:
        data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"{file}: fixtures must map resource class names to objects")
    return data


def load_fixtures(state: StoreState, fixtures: Mapping[str, Any] | str | os.PathLike[str]) -> int:
    """Store every object of `fixtures` (a mapping, or a file path); returns how many."""
    data = fixtures if isinstance(fixtures, Mapping) else read_fixtures(fixtures)
    schema = state.schema
    unknown = sorted(set(data) - set(schema.routes))
    if unknown:
        raise ValueError(f"fixtures name unknown resources: {', '.join(unknown)}")
    stored = 0
    for route in _parents_first(state):
        entry = data.get(route.class_name)
        if entry is None:
            continue
        if route.pagination == "singleton":
            state.set_singleton(route, {**state.singleton(route), **_checked(state, route, entry)})
            stored += 1
            continue
        if not isinstance(entry, list):
            raise ValueError(f"fixtures: {route.class_name} must be a list of objects")
        for obj in entry:
            values = _checked(state, route, obj)
            parent_id = None
            if route.parent_key is not None:
                parent_id = values.pop(route.parent_key, None)
                if not isinstance(parent_id, int) or not state.exists(
                    route.parent or "", parent_id
                ):
                    raise ValueError(
                        f"fixtures: a {route.class_name} object needs {route.parent_key} "
                        f"naming an existing {route.parent}, not {parent_id!r}"
                    )
            state.insert(route, values, parent_id)
            stored += 1
    return stored


def _checked(state: StoreState, route: Route, obj: Any) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise ValueError(f"fixtures: {route.class_name} objects must be mappings, not {obj!r}")
    known = set(state.schema.field_map(route.model)) | {"id"}
    if route.parent_key is not None:
        known.add(route.parent_key)
    extra = sorted(set(obj) - known)
    if extra:
        raise ValueError(f"fixtures: {route.class_name} has no fields {', '.join(extra)}")
    return dict(obj)


def seed_demo(state: StoreState, seed: int = 0, sizes: Mapping[str, int] | None = None) -> int:
    """Fill every resource with sample objects (`DEMO_SIZES`, then defaults); returns how many.

    Fields are filled by name and type (`SampleValues`); fields naming another collection
    (`brand_id`, `categories`) get ids of its objects. The first 40 objects of a resource get 0-3
    objects of each subresource (the first at least 2, so it has custom fields, images and so on
    to show).
    """
    sizes = {**DEMO_SIZES, **(sizes or {})}
    rng = random.Random(seed)
    schema = state.schema
    counts: dict[str, int] = {}
    references: dict[str, list[int]] = {}
    for route in schema.top_level():
        if route.pagination == "singleton":
            continue
        default = _PAGED_DEFAULT if route.pagination == "page" else _UNPAGED_DEFAULT
        counts[route.class_name] = sizes.get(route.class_name, default)
        first = state.next_id(route.class_name)
        new_ids = list(range(first, first + counts[route.class_name]))
        references[collection_key(route.path)] = state.ids(route.class_name) + new_ids
    values = SampleValues(schema.models, rng, references)
    stored = 0
    for route in _parents_first(state):
        if route.pagination == "singleton":
            state.set_singleton(route, values.object(route.model, 1), stored_form=True)
            stored += 1
        elif route.parent is None:
            for _ in range(counts[route.class_name]):
                n = state.next_id(route.class_name)
                state.insert(route, values.object(route.model, n), stored_form=True)
                stored += 1
        else:
            skip = frozenset({route.parent_key or ""})
            parents = state.ids(route.parent or "")[:_PARENTS_WITH_CHILDREN]
            for index, parent_id in enumerate(parents):
                low = 2 if index == 0 else _CHILDREN[0]
                for _ in range(rng.randint(low, max(low, _CHILDREN[1]))):
                    n = state.next_id(route.class_name)
                    obj = values.object(route.model, n, skip=skip)
                    state.insert(route, obj, parent_id, stored_form=True)
                    stored += 1
    return stored


def _parents_first(state: StoreState) -> list[Route]:
    ordered: list[Route] = []
    for route in sorted(state.schema.top_level(), key=lambda r: r.class_name):
        ordered.append(route)
        ordered.extend(state.schema.descendants(route.class_name))
    return ordered
