# Copied from runtime/_old_client.py by codegen (`make generate`); do not edit.
"""Names of the old client (0.23.4) that this design replaces, kept so its users' imports work.

The old client made each resource one class that was at once a dict of an object's fields and,
through class methods taking `connection=`, the way to call the API. Here the two are apart: a
resource (`api.Products`, a `Resource`) makes the calls and answers models (`Product`). What the
old names still mean:

- `ApiResource`, `ApiSubResource` and the verb mixins (`ListableApiResource`,
  `CreateableApiSubResource`...) are abstract classes that the old client's resource classes
  belong to by what they can do: `issubclass(Products, CreateableApiResource)` holds because
  `Products` creates and has no parent, `issubclass(OrderShipments, CountableApiSubResource)`
  because it counts under its order. Nothing inherits from them; subclassing one gives no calls.
- `Mapping` is what it was: a dict whose keys can also be read and set as attributes. The API's
  answers are models, not `Mapping`s (`model_dump()` gives their dict).
- `ApiResourceWrapper(resource_class, api)` gives a resource class's calls on `api`'s connection,
  as `api.Products` does.

This module loads nothing else of the package until one of its classes is used.
"""

from __future__ import annotations

from abc import ABC
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from .api import BigcommerceApi
    from .connection import Connection

__all__ = [
    "ApiResource",
    "ApiSubResource",
    "CollectionDeleteableApiResource",
    "CollectionDeleteableApiSubResource",
    "CountableApiResource",
    "CountableApiSubResource",
    "CreateableApiResource",
    "CreateableApiSubResource",
    "DeleteableApiResource",
    "DeleteableApiSubResource",
    "ListableApiResource",
    "ListableApiSubResource",
    "Mapping",
    "UpdateableApiResource",
    "UpdateableApiSubResource",
]


class Mapping(dict[str, Any]):
    """A dict whose keys are also attributes: `m.id` is `m['id']`, `m.id = 2` sets it. A key named
    like a dict method (`items`, `values`) stays a key: read it as `m['items']`. `str()` leaves out
    keys starting with `_`."""

    def __init__(self, mapping: Any = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(mapping or {}, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} object has no key {name!r}") from None

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value

    def __delattr__(self, name: str) -> None:
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __str__(self) -> str:
        return str({k: v for k, v in self.items() if not str(k).startswith("_")})

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self}>"


def _is_old_resource(cls: type) -> bool:
    """Whether `cls` is one of the old client's resource classes (`Products`...): a `Resource`
    that is not one of the current API's nodes."""
    from ._operation import NodeResource
    from ._resource import Resource

    return issubclass(cls, Resource) and not issubclass(cls, NodeResource)


def _has_parent(cls: type) -> bool:
    """Whether the resource's calls go under a parent object (`orders/{parentid}/shipments`)."""
    from ._request import Operation

    operations = (getattr(cls, name, None) for name in dir(cls) if name.startswith("_op_"))
    return any(isinstance(op, Operation) and "{parentid}" in op.path for op in operations)


#: What a `__subclasshook__` returns to let `issubclass` go on with its usual checks.
_UNDECIDED: bool = NotImplemented


class ApiResource(ABC):  # noqa: B024 (abstract by what its subclasses can do, not by methods)
    """Every resource class of the old client (`Products`, `OrderShipments`...)."""

    #: The method a resource class needs to belong here, and whether it has a parent (None: any).
    _verb: ClassVar[str | None] = None
    _sub: ClassVar[bool | None] = None

    @classmethod
    def __subclasshook__(cls, other: type) -> bool:
        if not isinstance(other, type) or not _is_old_resource(other):
            return _UNDECIDED
        if cls._verb is not None and not callable(getattr(other, cls._verb, None)):
            return _UNDECIDED
        if cls._sub is not None and _has_parent(other) != cls._sub:
            return _UNDECIDED
        return True


class ApiSubResource(ApiResource):
    """A resource class whose objects live under a parent (`OrderShipments` under an order)."""

    _sub = True


class ListableApiResource(ApiResource):
    """A top-level resource class with `all()` (and `iterall()`)."""

    _verb, _sub = "all", False


class ListableApiSubResource(ApiSubResource):
    """A subresource class with `all(parentid)` (and `iterall(parentid)`)."""

    _verb = "all"


class CreateableApiResource(ApiResource):
    """A top-level resource class with `create(**fields)`."""

    _verb, _sub = "create", False


class CreateableApiSubResource(ApiSubResource):
    """A subresource class with `create(parentid, **fields)`."""

    _verb = "create"


class UpdateableApiResource(ApiResource):
    """A top-level resource class whose objects have `update(**fields)`."""

    _verb, _sub = "update", False


class UpdateableApiSubResource(ApiSubResource):
    """A subresource class whose objects have `update(**fields)`."""

    _verb = "update"


class DeleteableApiResource(ApiResource):
    """A top-level resource class whose objects have `delete()`."""

    _verb, _sub = "delete", False


class DeleteableApiSubResource(ApiSubResource):
    """A subresource class whose objects have `delete()`."""

    _verb = "delete"


class CollectionDeleteableApiResource(ApiResource):
    """A top-level resource class with `delete_all()`."""

    _verb, _sub = "delete_all", False


class CollectionDeleteableApiSubResource(ApiSubResource):
    """A subresource class with `delete_all(parentid)`."""

    _verb = "delete_all"


class CountableApiResource(ApiResource):
    """A top-level resource class with `count(**filters)`."""

    _verb, _sub = "count", False


class CountableApiSubResource(ApiSubResource):
    """A subresource class with `count(parentid, **filters)`."""

    _verb = "count"


class ApiResourceWrapper:
    """A resource class's calls on `api`'s connection: `ApiResourceWrapper('Products', api).all()`
    is `api.Products.all()`. `resource_class` is a class of `bigcommerce.resources` or its name."""

    def __init__(self, resource_class: str | type, api: BigcommerceApi) -> None:
        if isinstance(resource_class, str):
            resource_class = self.str_to_class(resource_class)
        self.resource_class: type = resource_class
        self.connection: Connection = api.connection

    @classmethod
    def str_to_class(cls, name: str) -> type:
        """The class of `bigcommerce.resources` named `name`; AttributeError when there is none."""
        from . import resources

        found = getattr(resources, name)
        if not isinstance(found, type):
            raise AttributeError(f"bigcommerce.resources.{name} is not a class")
        return found

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.resource_class(self.connection), name)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.resource_class.__name__} on {self.connection!r}>"
