"""The data of imported operations: objects per collection and scope, and singletons.

Objects are JSON-ready dicts kept in their API version's form (see `values`), under a string key:
the value of the collection's id field (`"5"`, a uuid), or a counted one when nothing names them.
Each object remembers its scope (its parents' ids, as text). Ids are counted per collection, across
every parent. Deleting an object deletes every object and singleton below it. Callers hold `lock`
while they read what `find` and `get` return (the stored objects themselves).
"""

from __future__ import annotations

import random
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from .conform import conform_object
from .node_schema import Collection, NodeSchema, blank
from .route_types import ModelField
from .sample_values import SampleValues
from .values import default_value, now_iso, now_rfc2822, parse_int

__all__ = ["IdTaken", "NodeState", "Obj", "Scope"]

Obj = dict[str, Any]
Scope = tuple[str, ...]


class IdTaken(ValueError):
    """A new object named by an id another object of its collection has."""


class NodeState:
    """Every imported collection's objects and every singleton of one store."""

    def __init__(self, schema: NodeSchema, lock: threading.RLock | None = None) -> None:
        self.schema = schema
        self.lock: threading.RLock = lock or threading.RLock()
        self._objects: dict[str, dict[str, Obj]] = {}
        self._scopes: dict[str, dict[str, Scope]] = {}
        self._next: dict[str, int] = {}
        self._singletons: dict[tuple[str, str, Scope], Obj] = {}

    # Reading.

    def find(self, collection: Collection, scope: Scope) -> list[tuple[str, Obj]]:
        """The objects whose scope starts with `scope` (an alias gives a shorter one), in the
        order they were added, with their keys."""
        with self.lock:
            scopes = self._scopes.get(collection.key, {})
            return [
                (key, obj)
                for key, obj in self._objects.get(collection.key, {}).items()
                if scopes[key][: len(scope)] == scope
            ]

    def get(self, collection: Collection, scope: Scope, key: str) -> Obj | None:
        """One object, when it exists within `scope`."""
        with self.lock:
            obj = self._objects.get(collection.key, {}).get(key)
            if obj is None or self._scopes[collection.key][key][: len(scope)] != scope:
                return None
            return obj

    def scope_of(self, collection: Collection, key: str) -> Scope:
        with self.lock:
            return self._scopes[collection.key][key]

    def count(self, collection: Collection | None, scope: Scope = ()) -> int:
        return len(self.find(collection, scope)) if collection is not None else 0

    def exists(self, collection: Collection, scope: Scope, key: str) -> bool:
        return self.get(collection, scope, key) is not None

    def missing_parent(self, collection: Collection, scope: Scope) -> bool:
        """Whether `scope` names an object that does not exist in a collection the API can
        create objects in (`checked`): its parent, its parent's parent, ..."""
        parent = self.schema.parent(collection)
        while parent is not None and len(scope) > len(parent.params):
            depth = len(parent.params)
            if parent.checked and not self.exists(parent, scope[:depth], scope[depth]):
                return True
            scope, parent = scope[:depth], self.schema.parent(parent)
        return False

    # Writing.

    def insert(
        self, collection: Collection, scope: Scope, values: Mapping[str, Any]
    ) -> tuple[str, Obj]:
        """Store a new object: `values` (made to fit the collection's model) over its defaults,
        its id the one `values` give (`IdTaken` when another object has it) or the next one
        counted, and its parents' ids in the fields named like them."""
        with self.lock:
            objects = self._objects.setdefault(collection.key, {})
            obj = self._defaults(collection)
            obj.update(self.conformed(collection.version, collection.model, values))
            key = self._assign_id(collection, obj, objects)
            self._name_parents(collection, scope, obj)
            objects[key] = obj
            self._scopes.setdefault(collection.key, {})[key] = scope
            return key, obj

    def update(self, collection: Collection, key: str, changes: Mapping[str, Any]) -> Obj:
        """Apply `changes` to one (existing) object; fields saying when it was modified are set
        to now."""
        with self.lock:
            obj = self._objects[collection.key][key]
            changes = self.conformed(collection.version, collection.model, changes)
            obj.update((k, v) for k, v in changes.items() if k != collection.id_field)
            for field in self.schema.fields(collection.model):
                if field.type == "datetime" and _is_modified(field.wire):
                    obj[field.wire] = self._now(collection.version)
            return obj

    def delete(self, collection: Collection, keys: Sequence[str]) -> list[str]:
        """Delete objects and everything below them; returns the keys that existed."""
        with self.lock:
            objects = self._objects.get(collection.key, {})
            scopes = self._scopes.get(collection.key, {})
            gone = [key for key in keys if key in objects]
            for key in gone:
                below = (*scopes.pop(key), key)
                del objects[key]
                self._delete_below(collection, below)
            return gone

    def _delete_below(self, collection: Collection, scope: Scope) -> None:
        for child in self.schema.children(collection):
            doomed = [key for key, _obj in self.find(child, scope)]
            self.delete(child, doomed)
        prefix = f"{collection.template}/{{}}"
        for where in list(self._singletons):
            version, template, singleton_scope = where
            if (
                version == collection.version
                and template.startswith(prefix)
                and singleton_scope[: len(scope)] == scope
            ):
                del self._singletons[where]

    # Singletons.

    def singleton(self, version: str, template: str, scope: Scope, model: str | None) -> Obj:
        """The singleton at `template` for `scope`, made from sample values on first use."""
        where = (version, blank(template), scope)
        with self.lock:
            obj = self._singletons.get(where)
            if obj is None:
                obj = self._sample(version, model, 1)
                self._singletons[where] = obj
            return obj

    def reset_singleton(self, version: str, template: str, scope: Scope) -> bool:
        """Back to its sample values on next use; False when it was never used."""
        with self.lock:
            return self._singletons.pop((version, blank(template), scope), None) is not None

    # Seeding and resetting.

    def seed(
        self,
        version: str,
        template: str,
        scope: Sequence[str | int] = (),
        values: Mapping[str, Any] | None = None,
    ) -> str:
        """Add an object to the collection a template names (`"catalog/products/{id}/images"`
        or `"catalog/products/{}/images"`, scope `[5]`): sample values of its model, updated with
        `values`. Returns the new object's key (its id, as text)."""
        collection = self.schema.collection(version, template)
        if collection is None:
            raise KeyError(f"{version} {template!r} is not a collection of the imported API")
        with self.lock:
            sample = self._sample(version, collection.model, self._next.get(collection.key, 1))
            sample.pop(collection.id_field or "", None)
            sample.update(values or {})
            key, _obj = self.insert(collection, tuple(str(s) for s in scope), sample)
            return key

    def clear(self) -> None:
        """Forget every object and singleton, and restart every id counter."""
        with self.lock:
            self._objects.clear()
            self._scopes.clear()
            self._next.clear()
            self._singletons.clear()

    # Helpers.

    def defaults(self, version: str, model: str | None) -> Obj:
        """An object of `model` with every field at its default (see `values.default_value`)."""
        models = self.schema.models
        return {f.wire: default_value(f, models, api=version) for f in self.schema.fields(model)}

    def conformed(self, version: str, model: str | None, values: Mapping[str, Any]) -> Obj:
        """`values` made to read as `model`'s fields (see `conform`)."""
        return conform_object(model, values, self.schema.models, version)

    def _defaults(self, collection: Collection) -> Obj:
        return self.defaults(collection.version, collection.model)

    def _sample(self, version: str, model: str | None, n: int) -> Obj:
        values = SampleValues(self.schema.models, random.Random(n), api=version)
        return {**self.defaults(version, model), **values.object(model or "", n)}

    def _now(self, version: str) -> str:
        return now_iso() if version == "v3" else now_rfc2822()

    def _assign_id(self, collection: Collection, obj: Obj, objects: dict[str, Obj]) -> str:
        counter = self._next.get(collection.key, 1)
        field = collection.id_field
        given = obj.get(field) if field is not None else None
        if given is not None and given != "" and given != 0:
            key = str(given)
            if key in objects:
                raise IdTaken(f"{field} {key} is taken")
            if isinstance(given, int) and not isinstance(given, bool):
                self._next[collection.key] = max(counter, given + 1)
            return key
        while str(counter) in objects:
            counter += 1
        self._next[collection.key] = counter + 1
        if field is None:
            return str(counter)
        if collection.id_type == "str":
            obj[field] = f"{counter:08x}-0000-4000-8000-{counter:012x}"
            return str(obj[field])
        obj[field] = str(counter) if collection.id_type == "digits" else counter
        return str(counter)

    def _name_parents(self, collection: Collection, scope: Scope, obj: Obj) -> None:
        fields = {f.wire: f for f in self.schema.fields(collection.model)}
        for name, value in zip(collection.params, scope, strict=False):
            if name in fields:
                obj[name] = _typed(fields[name], value)
        if scope and "resource_id" in fields and not obj.get("resource_id"):
            obj["resource_id"] = _typed(fields["resource_id"], scope[-1])


def _typed(field: ModelField, text: str) -> Any:
    """A parent id (text from a path) in the type of the field it is written to."""
    number = parse_int(text) if field.type in ("int", "float") else None
    return number if number is not None else text


def _is_modified(name: str) -> bool:
    return "modified" in name or "updated" in name
