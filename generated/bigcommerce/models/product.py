# Generated from spec/v2/products.yaml by `python -m codegen generate`; do not edit.
"""The `Product` model and the bodies of its create and update calls."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Literal, overload

from pydantic import Field, with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .._query import Id
from .resource_link import ResourceLink

if TYPE_CHECKING:
    from .google_product_search_mapping import GoogleProductSearchMapping
    from .product_custom_field import ProductCustomField
    from .product_option import ProductOption


class Product(ApiModel):
    """`Product`: an object of the v2 `Products` resource. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    name: str | None = None
    type: str | None = None
    price: str | None = None
    categories: list[int] | None = None
    availability: str | None = None
    weight: str | None = None
    date_created: str | None = None
    options_: ResourceLink | None = Field(default=None, alias="options")
    custom_fields_: ResourceLink | None = Field(default=None, alias="custom_fields")

    def update(self, **fields: Unpack[ProductUpdate]) -> Product:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.products import Products

        return self._resource(Products).update(self._own_id(), **fields)

    def delete(self) -> None:
        """Delete this object on the server."""
        from ..resources.products import Products

        return self._resource(Products).delete(self._own_id())

    def google_mappings(self) -> list[GoogleProductSearchMapping]:
        """This object's `GoogleProductSearchMappings`."""
        from ..resources.google_product_search_mappings import GoogleProductSearchMappings

        return self._sibling(GoogleProductSearchMappings).all(self._own_id())

    @overload
    def custom_fields(self) -> list[ProductCustomField]: ...
    @overload
    def custom_fields(self, id: Id) -> ProductCustomField: ...
    def custom_fields(self, id: Id | None = None) -> list[ProductCustomField] | ProductCustomField:
        """This object's `ProductCustomFields`: one page of them, or the one with `id`."""
        from ..resources.product_custom_fields import ProductCustomFields

        resource = self._sibling(ProductCustomFields)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)

    @overload
    def options(self) -> list[ProductOption]: ...
    @overload
    def options(self, id: Id) -> ProductOption: ...
    def options(self, id: Id | None = None) -> list[ProductOption] | ProductOption:
        """This object's `ProductOptions`: one page of them, or the one with `id`."""
        from ..resources.product_options import ProductOptions

        resource = self._sibling(ProductOptions)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)


@with_config(REQUEST_CONFIG)
class ProductCreate(TypedDict, total=False):
    """The fields to create a `Product` with; unknown keys are refused. Keys marked `Required`
    must be given.
    """

    name: Required[str]
    type: Required[Literal["physical", "digital"]]
    price: Required[Decimal | float | int | str]
    categories: Required[list[int]]
    availability: Literal["available", "disabled", "preorder"]
    weight: Required[Decimal | float | int | str]


@with_config(REQUEST_CONFIG)
class ProductUpdate(TypedDict, total=False):
    """The fields to update a `Product` with; unknown keys are refused."""

    name: str
    type: Literal["physical", "digital"]
    price: Decimal | float | int | str
    categories: list[int]
    availability: Literal["available", "disabled", "preorder"]
    weight: Decimal | float | int | str
