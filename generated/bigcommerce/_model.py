# Copied from runtime/_model.py by codegen (`make generate`); do not edit.
"""Base classes of the generated models.

Response models (`ApiModel`) are lenient: every field optional but an object's `id`, unknown
fields kept, numbers accepted where the API documents strings, because BigCommerce returns partial
and drifting objects. An answer without an `id` is kept without it, with a `ResponseShapeWarning`
(_parse.py): the field is then unset, not None, so `obj.id` is always what its type says.
Request bodies and filters are TypedDicts validated strictly (unknown keys rejected) before anything
is sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict

from ._redact import MASK, holds_card, is_secret, redacted
from .exception import InvalidArgumentError

if TYPE_CHECKING:
    from ._query import Id

log = logging.getLogger("bigcommerce")

R = TypeVar("R")

#: Configuration of the TypedDicts of request bodies and filters: unknown keys are errors.
REQUEST_CONFIG = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

#: Configuration of the models read as plain dicts (`as_dict` in the spec): as lenient as
#: `ApiModel`, unknown keys kept.
DICT_MODEL_CONFIG = ConfigDict(extra="allow", coerce_numbers_to_str=True, allow_inf_nan=False)


class ApiModel(BaseModel):
    """An object returned by the API, with attribute (`p.id`) and item (`p['id']`) access.

    Item access uses the API's own field names; attribute access uses the Python names, which
    differ only where the API's name is not a valid attribute (`from` -> `from_`) or is taken by a
    method of the object (`order.products()` lists the order's products; the field is
    `order['products']` and `order.products_`). `model_dump()` returns the API's names and keeps
    unknown fields.

    `repr()` and `str()` show a secret's value (of a field, unknown field or nested dict key named
    like a password, token or key; see _redact.py) as `***` (None stays None); item access and
    `model_dump()` hide nothing.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        coerce_numbers_to_str=True,
        allow_inf_nan=False,  # NaN and 1e400 in a number field: the answer is refused (_parse.py)
        protected_namespaces=(),
    )

    _wire_names: ClassVar[dict[str, str]] = {}

    # The resource an object came from (`_bound`) and the id of the parent it was fetched under
    # (`_parent_id`) live in `__pydantic_private__`, which `_bind` sets on the objects a call
    # returns; unbound objects (nested ones, `model_validate`) leave it None. They are not pydantic
    # private attributes on purpose: those make pydantic call back into Python for every object it
    # validates, nested ones included: more than the validation itself costs on a 250-item page.

    @property
    def _bound(self) -> Any:
        private = self.__pydantic_private__
        return None if private is None else private.get("_bound")

    @property
    def _parent_id(self) -> Any:
        private = self.__pydantic_private__
        return None if private is None else private.get("_parent_id")

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        """What repr() and str() show: the fields and unknown fields, secrets' values masked."""
        fields = type(self).model_fields
        extra = self.__pydantic_extra__ or {}
        card = holds_card({**self.__dict__, **extra})  # then its `number` is a secret too
        for name, value in self.__dict__.items():
            field = fields.get(name)
            if field is None:
                continue
            if value is not None and (is_secret(name, card) or is_secret(field.alias, card)):
                yield name, MASK
            elif field.repr or value is None:
                yield name, redacted(value, field.alias or name)
        for name, value in extra.items():
            secret = value is not None and is_secret(name, card)
            yield name, MASK if secret else redacted(value, name)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls._wire_names = {(f.alias or name): name for name, f in cls.model_fields.items()}

    def __getitem__(self, key: str) -> Any:
        name = self._wire_names.get(key)
        if name is not None and name in self.__dict__:  # a field is unset only for a lacking id
            return self.__dict__[name]
        extra = self.__pydantic_extra__
        if extra is not None and key in extra:
            return extra[key]
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        name = self._wire_names.get(key)
        if name is not None:
            return name in self.__dict__
        extra = self.__pydantic_extra__
        return extra is not None and key in extra

    def get(self, key: str, default: Any = None) -> Any:
        """The value of the API field `key`, or `default` when the object does not have it."""
        try:
            return self[key]
        except KeyError:
            return default

    def _bind(self, resource: object, parent_id: Id | None) -> None:
        object.__setattr__(
            self, "__pydantic_private__", {"_bound": resource, "_parent_id": parent_id}
        )

    def _resource(self, cls: type[R]) -> R:
        """The resource this object came from, for `update()` and `delete()`."""
        bound = self._bound
        if not isinstance(bound, cls):
            raise InvalidArgumentError(
                f"this {type(self).__name__} is not bound to a {cls.__name__} resource; "
                "fetch it through the client to call its methods"
            )
        return bound

    def _sibling(self, cls: Callable[[Any], R]) -> R:
        """Another resource on the same connection as this object (for subresource helpers)."""
        connection = getattr(self._bound, "_connection", None)
        if connection is None:
            raise InvalidArgumentError(
                f"this {type(self).__name__} is not bound to a connection; "
                "fetch it through the client"
            )
        return cls(connection)

    def _own_id(self) -> Id:
        value: Id | None = self.get("id")
        if value is None:
            raise InvalidArgumentError(f"this {type(self).__name__} has no id")
        return value

    def _parent(self, parent_key: str) -> Id:
        """The parent's id: the one this object was fetched under, else its `parent_key` field."""
        parent: Id | None = self._parent_id
        if parent is None:
            parent = self.get(parent_key)
        if parent is None:
            raise InvalidArgumentError(f"this {type(self).__name__} has no {parent_key}")
        return parent
