"""The store's data: every resource's objects in memory, safe to use from many threads (the
imported operations' data is in `nodes`, a `NodeState` sharing the same lock).

Objects are JSON-ready dicts. Ids are assigned per resource (one counter for `ProductCustomFields`
across all products); an object of a subresource belongs to one parent and carries its id under
the route's `parent_key`. Deleting an object deletes everything below it.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

from .node_state import NodeState
from .route_types import Route
from .sample_values import SampleValues
from .schema import Schema
from .values import coerce, default_value, now_rfc2822

__all__ = ["StoreState"]

Obj = dict[str, Any]
T = TypeVar("T")


class StoreState:
    """All objects of one fake store, by resource."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.lock: threading.RLock = threading.RLock()
        self._objects: dict[str, dict[int, Obj]] = {name: {} for name in schema.routes}
        self._parents: dict[str, dict[int, int]] = {name: {} for name in schema.routes}
        self._next_id: dict[str, int] = {name: 1 for name in schema.routes}
        self._singletons: dict[str, Obj] = {}
        self._fill_singletons()
        self.nodes: NodeState = NodeState(schema.nodes, self.lock)

    # Reading.

    def exists(self, class_name: str, object_id: int) -> bool:
        with self.lock:
            return object_id in self._objects[class_name]

    def find(
        self,
        route: Route,
        parent_id: int | None = None,
        where: Callable[[Obj], bool] | None = None,
        start: int = 0,
        stop: int | None = None,
        order: tuple[Callable[[Obj], Any], bool] | None = None,
        *,
        live: bool = False,
    ) -> list[Obj]:
        """Copies of the objects (of one parent, when given) that pass `where`, in id order or
        by `order` (a sort key and whether to reverse); `start`/`stop` slice the result before
        anything is copied. `live=True` returns the stored objects themselves, for a caller that
        holds `lock` while it reads them and changes nothing."""
        with self.lock:
            objects = self._objects[route.class_name]
            parents = self._parents[route.class_name]
            matching = [
                obj
                for object_id, obj in sorted(objects.items())
                if (parent_id is None or parents.get(object_id) == parent_id)
                and (where is None or where(obj))
            ]
            if order is not None:
                matching.sort(key=order[0], reverse=order[1])
            page = matching[start:stop]
            return page if live else _clone(page)

    def count(
        self, route: Route, parent_id: int | None = None, where: Callable[[Obj], bool] | None = None
    ) -> int:
        with self.lock:
            parents = self._parents[route.class_name]
            return sum(
                1
                for object_id, obj in self._objects[route.class_name].items()
                if (parent_id is None or parents.get(object_id) == parent_id)
                and (where is None or where(obj))
            )

    def get(
        self, route: Route, object_id: int, parent_id: int | None = None, *, live: bool = False
    ) -> Obj | None:
        """A copy of one object, or None when it does not exist (under that parent); `live` as
        in `find`."""
        with self.lock:
            obj = self._objects[route.class_name].get(object_id)
            if obj is None or (
                parent_id is not None
                and self._parents[route.class_name].get(object_id) != parent_id
            ):
                return None
            return obj if live else _clone(obj)

    def singleton(self, route: Route) -> Obj:
        with self.lock:
            return _clone(self._singletons[route.class_name])

    def ids(self, class_name: str) -> list[int]:
        with self.lock:
            return sorted(self._objects[class_name])

    def next_id(self, class_name: str) -> int:
        """The id the next new object of `class_name` gets."""
        with self.lock:
            return self._next_id[class_name]

    # Writing.

    def new_object(
        self, route: Route, values: Mapping[str, Any], *, stored_form: bool = False
    ) -> Obj:
        """A complete object of `route`'s model: `values` turned into the form the store keeps
        (unless they are in it already: `stored_form`), every other field set to its default."""
        models = self.schema.models
        fields = self.schema.fields(route)
        obj: Obj = {}
        for field in fields:
            if field.wire not in values:
                obj[field.wire] = default_value(field, models)
            elif stored_form:
                obj[field.wire] = values[field.wire]
            else:
                obj[field.wire] = coerce(field.body_type, values[field.wire], models)
        for key, value in values.items():
            obj.setdefault(key, value)
        return obj

    def insert(
        self,
        route: Route,
        values: Mapping[str, Any],
        parent_id: int | None = None,
        *,
        stored_form: bool = False,
    ) -> int:
        """Store a new object and return its id. An `id` in `values` is kept (fixtures);
        otherwise the next id of the resource is assigned."""
        if (route.parent is None) != (parent_id is None):
            raise ValueError(f"{route.class_name}: a parent id is needed exactly for subresources")
        values, nested = self._split_nested(route, values)
        with self.lock:
            obj = self.new_object(route, values, stored_form=stored_form)
            object_id = values.get("id")
            if not isinstance(object_id, int) or isinstance(object_id, bool):
                object_id = self._next_id[route.class_name]
            if object_id in self._objects[route.class_name]:
                raise ValueError(f"{route.class_name}: id {object_id} is taken")
            self._next_id[route.class_name] = max(self._next_id[route.class_name], object_id + 1)
            id_field = self.schema.field_map(route.model).get("id")
            obj["id"] = str(object_id) if id_field and id_field.type == "str" else object_id
            if route.parent_key is not None and parent_id is not None:
                obj[route.parent_key] = parent_id
                self._parents[route.class_name][object_id] = parent_id
            self._objects[route.class_name][object_id] = obj
            for child, items in nested:
                for item in items:
                    self.insert(child, item, object_id, stored_form=stored_form)
            return object_id

    def _split_nested(
        self, route: Route, values: Mapping[str, Any]
    ) -> tuple[dict[str, Any], list[tuple[Route, list[dict[str, Any]]]]]:
        """Lists of objects written to a link field (an order's `products`) are objects of that
        subresource, as BigCommerce creates them: split them from the object's own values."""
        own = dict(values)
        nested: list[tuple[Route, list[dict[str, Any]]]] = []
        for wire, link in self.schema.links[route.class_name].items():
            items = own.get(wire)
            if link.child is not None and isinstance(items, list):
                del own[wire]
                child = self.schema.routes[link.child]
                nested.append((child, [i for i in items if isinstance(i, dict)]))
        return own, nested

    def update(
        self,
        route: Route,
        object_id: int,
        changes: Mapping[str, Any],
        parent_id: int | None = None,
    ) -> Obj | None:
        """Apply `changes` to one object and return a copy, or None when it does not exist."""
        fields = self.schema.field_map(route.model)
        models = self.schema.models
        with self.lock:
            if self.get(route, object_id, parent_id) is None:
                return None
            obj = self._objects[route.class_name][object_id]
            links = self.schema.links[route.class_name]
            for key, value in changes.items():
                field = fields.get(key)
                if key in links and isinstance(value, list):
                    continue  # subresource objects are changed through the subresource
                obj[key] = coerce(field.body_type, value, models) if field is not None else value
            for field in fields.values():
                if field.read_only and field.type == "datetime" and "modified" in field.wire:
                    obj[field.wire] = now_rfc2822()
            return _clone(obj)

    def set_singleton(
        self, route: Route, values: Mapping[str, Any], *, stored_form: bool = False
    ) -> None:
        with self.lock:
            self._singletons[route.class_name] = self.new_object(
                route, values, stored_form=stored_form
            )

    def delete(self, route: Route, object_id: int, parent_id: int | None = None) -> bool:
        """Delete one object and everything below it; False when it does not exist."""
        with self.lock:
            if self.get(route, object_id, parent_id) is None:
                return False
            self._remove(route.class_name, {object_id})
            return True

    def delete_all(
        self,
        route: Route,
        parent_id: int | None = None,
        where: Callable[[Obj], bool] | None = None,
    ) -> int:
        """Delete every object (of one parent, when given) that passes `where`, and everything
        below them."""
        with self.lock:
            parents = self._parents[route.class_name]
            doomed = {
                object_id
                for object_id, obj in self._objects[route.class_name].items()
                if (parent_id is None or parents.get(object_id) == parent_id)
                and (where is None or where(obj))
            }
            self._remove(route.class_name, doomed)
            return len(doomed)

    def clear(self) -> None:
        """Forget every object and restart every id counter (singletons return to defaults), the
        imported operations' objects included."""
        with self.lock:
            for name in self._objects:
                self._objects[name].clear()
                self._parents[name].clear()
                self._next_id[name] = 1
            self._fill_singletons()
            self.nodes.clear()

    def _fill_singletons(self) -> None:
        """Every singleton (`store`, `time`) starts with sample values: a store always has them."""
        values = SampleValues(self.schema.models, random.Random(0))
        for route in self.schema.routes.values():
            if route.pagination == "singleton":
                obj = values.object(route.model, 1)
                self._singletons[route.class_name] = self.new_object(route, obj, stored_form=True)

    def _remove(self, class_name: str, object_ids: set[int]) -> None:
        if not object_ids:
            return
        for object_id in object_ids:
            self._objects[class_name].pop(object_id, None)
            self._parents[class_name].pop(object_id, None)
        for child in self.schema.children[class_name]:
            parents = self._parents[child.class_name]
            orphans = {cid for cid, pid in parents.items() if pid in object_ids}
            self._remove(child.class_name, orphans)


def _clone(value: T) -> T:
    """A copy of a JSON-shaped value (dicts, lists, scalars): much faster than `copy.deepcopy`."""
    raw: Any = value
    if type(raw) is dict:
        raw = {key: _clone(item) for key, item in raw.items()}
    elif type(raw) is list:
        raw = [_clone(item) for item in raw]
    return cast(T, raw)
