# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `Product` model and the bodies of its create and update calls."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, overload

from pydantic import Field, with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .._query import Id
from .._types import Rfc2822DateTime
from .product_primary_image import ProductPrimaryImage
from .resource_link import ResourceLink

if TYPE_CHECKING:
    from .google_product_search_mapping import GoogleProductSearchMapping
    from .product_configurable_field import ProductConfigurableField
    from .product_custom_field import ProductCustomField
    from .product_discount_rule import ProductDiscountRule
    from .product_image import ProductImage
    from .product_option import ProductOption
    from .product_review import ProductReview
    from .product_rule import ProductRule
    from .product_sku import ProductSku
    from .product_video import ProductVideo


class Product(ApiModel):
    """`Product`: an object of the v2 `Products` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    keyword_filter: str | None = None
    """May be null."""
    name: str | None = None
    """Required to create."""
    type: str | None = None
    """Required to create. One of: `'physical'`, `'digital'`."""
    sku: str | None = None
    description: str | None = None
    search_keywords: str | None = None
    availability_description: str | None = None
    price: str | None = None
    """Required to create."""
    cost_price: str | None = None
    retail_price: str | None = None
    sale_price: str | None = None
    calculated_price: str | None = None
    """Read-only: set by the API, never sent."""
    sort_order: int | None = None
    is_visible: bool | None = None
    is_featured: bool | None = None
    related_products: str | None = None
    inventory_level: int | None = None
    inventory_warning_level: int | None = None
    warranty: str | None = None
    weight: str | None = None
    """Required to create."""
    width: str | None = None
    height: str | None = None
    depth: str | None = None
    fixed_cost_shipping_price: str | None = None
    is_free_shipping: bool | None = None
    inventory_tracking: str | None = None
    """One of: `'none'`, `'simple'`, `'sku'`."""
    rating_total: int | None = None
    """Read-only: set by the API, never sent."""
    rating_count: int | None = None
    """Read-only: set by the API, never sent."""
    total_sold: int | None = None
    """Read-only: set by the API, never sent."""
    date_created: str | None = None
    """Read-only: set by the API, never sent."""
    brand_id: int | None = None
    view_count: int | None = None
    page_title: str | None = None
    meta_keywords: str | None = None
    meta_description: str | None = None
    layout_file: str | None = None
    is_price_hidden: bool | None = None
    price_hidden_label: str | None = None
    categories: list[int] | None = None
    """Required to create."""
    date_modified: str | None = None
    """Read-only: set by the API, never sent."""
    event_date_field_name: str | None = None
    event_date_type: str | None = None
    """One of: `'none'`, `'after'`, `'before'`, `'range'`."""
    event_date_start: str | None = None
    event_date_end: str | None = None
    myob_asset_account: str | None = None
    myob_income_account: str | None = None
    myob_expense_account: str | None = None
    peachtree_gl_account: str | None = None
    condition: str | None = None
    """One of: `'New'`, `'Used'`, `'Refurbished'`."""
    is_condition_shown: bool | None = None
    preorder_release_date: str | None = None
    is_preorder_only: bool | None = None
    preorder_message: str | None = None
    order_quantity_minimum: int | None = None
    order_quantity_maximum: int | None = None
    open_graph_type: str | None = None
    """One of: `'product'`, `'album'`, `'book'`, `'drink'`, `'food'`, `'game'`, `'movie'`,
    `'song'`, `'tv_show'`.
    """
    open_graph_title: str | None = None
    open_graph_description: str | None = None
    is_open_graph_thumbnail: bool | None = None
    upc: str | None = None
    avalara_product_tax_code: str | None = None
    date_last_imported: str | None = None
    """Read-only: set by the API, never sent."""
    option_set_id: int | None = None
    """May be null."""
    tax_class_id: int | None = None
    option_set_display: str | None = None
    """One of: `'right'`, `'below'`."""
    bin_picking_number: str | None = None
    custom_url: str | None = None
    primary_image: ProductPrimaryImage | None = None
    """Read-only: set by the API, never sent."""
    availability: str | None = None
    """Required to create. One of: `'available'`, `'disabled'`, `'preorder'`."""
    brand: ResourceLink | None = None
    """Read-only: set by the API, never sent."""
    downloads: ResourceLink | None = None
    """Read-only: set by the API, never sent."""
    images_: ResourceLink | None = Field(default=None, alias="images")
    """Read-only: set by the API, never sent."""
    discount_rules_: ResourceLink | None = Field(default=None, alias="discount_rules")
    """Read-only: set by the API, never sent."""
    configurable_fields_: ResourceLink | None = Field(default=None, alias="configurable_fields")
    """Read-only: set by the API, never sent."""
    custom_fields_: ResourceLink | None = Field(default=None, alias="custom_fields")
    """Read-only: set by the API, never sent."""
    videos_: ResourceLink | None = Field(default=None, alias="videos")
    """Read-only: set by the API, never sent."""
    skus_: ResourceLink | None = Field(default=None, alias="skus")
    """Read-only: set by the API, never sent."""
    rules_: ResourceLink | None = Field(default=None, alias="rules")
    """Read-only: set by the API, never sent."""
    option_set: ResourceLink | None = None
    """Read-only: set by the API, never sent."""
    options_: ResourceLink | None = Field(default=None, alias="options")
    """Read-only: set by the API, never sent."""
    tax_class: ResourceLink | None = None
    """Read-only: set by the API, never sent."""

    def update(self, **fields: Unpack[ProductUpdate]) -> Product:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.products import Products

        return self._resource(Products).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.products import Products

        return self._resource(Products).delete(self._own_id())

    def google_mappings(self) -> list[GoogleProductSearchMapping]:
        """This object's `GoogleProductSearchMappings`."""
        from ..resources.google_product_search_mappings import GoogleProductSearchMappings

        return self._sibling(GoogleProductSearchMappings).all(self._own_id())

    @overload
    def configurable_fields(self) -> list[ProductConfigurableField]: ...
    @overload
    def configurable_fields(self, id: Id) -> ProductConfigurableField: ...
    def configurable_fields(
        self, id: Id | None = None
    ) -> list[ProductConfigurableField] | ProductConfigurableField:
        """This object's `ProductConfigurableFields`: one page of them, or the one with `id`."""
        from ..resources.product_configurable_fields import ProductConfigurableFields

        resource = self._sibling(ProductConfigurableFields)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)

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
    def discount_rules(self) -> list[ProductDiscountRule]: ...
    @overload
    def discount_rules(self, id: Id) -> ProductDiscountRule: ...
    def discount_rules(
        self, id: Id | None = None
    ) -> list[ProductDiscountRule] | ProductDiscountRule:
        """This object's `ProductDiscountRules`: one page of them, or the one with `id`."""
        from ..resources.product_discount_rules import ProductDiscountRules

        resource = self._sibling(ProductDiscountRules)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)

    @overload
    def images(self) -> list[ProductImage]: ...
    @overload
    def images(self, id: Id) -> ProductImage: ...
    def images(self, id: Id | None = None) -> list[ProductImage] | ProductImage:
        """This object's `ProductImages`: one page of them, or the one with `id`."""
        from ..resources.product_images import ProductImages

        resource = self._sibling(ProductImages)
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

    @overload
    def reviews(self) -> list[ProductReview]: ...
    @overload
    def reviews(self, id: Id) -> ProductReview: ...
    def reviews(self, id: Id | None = None) -> list[ProductReview] | ProductReview:
        """This object's `ProductReviews`: one page of them, or the one with `id`."""
        from ..resources.product_reviews import ProductReviews

        resource = self._sibling(ProductReviews)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)

    @overload
    def rules(self) -> list[ProductRule]: ...
    @overload
    def rules(self, id: Id) -> ProductRule: ...
    def rules(self, id: Id | None = None) -> list[ProductRule] | ProductRule:
        """This object's `ProductRules`: one page of them, or the one with `id`."""
        from ..resources.product_rules import ProductRules

        resource = self._sibling(ProductRules)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)

    @overload
    def skus(self) -> list[ProductSku]: ...
    @overload
    def skus(self, id: Id) -> ProductSku: ...
    def skus(self, id: Id | None = None) -> list[ProductSku] | ProductSku:
        """This object's `ProductSkus`: one page of them, or the one with `id`."""
        from ..resources.product_skus import ProductSkus

        resource = self._sibling(ProductSkus)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)

    @overload
    def videos(self) -> list[ProductVideo]: ...
    @overload
    def videos(self, id: Id) -> ProductVideo: ...
    def videos(self, id: Id | None = None) -> list[ProductVideo] | ProductVideo:
        """This object's `ProductVideos`: one page of them, or the one with `id`."""
        from ..resources.product_videos import ProductVideos

        resource = self._sibling(ProductVideos)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)


@with_config(REQUEST_CONFIG)
class ProductCreate(TypedDict, total=False):
    """The fields to create a `Product` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    keyword_filter: str | None
    name: Required[str]
    type: Required[Literal["physical", "digital"]]
    sku: str
    description: str
    search_keywords: str
    availability_description: str
    price: Required[Decimal | float | int | str]
    cost_price: Decimal | float | int | str
    retail_price: Decimal | float | int | str
    sale_price: Decimal | float | int | str
    sort_order: int
    is_visible: bool
    is_featured: bool
    related_products: str
    inventory_level: int
    inventory_warning_level: int
    warranty: str
    weight: Required[Decimal | float | int | str]
    width: Decimal | float | int | str
    height: Decimal | float | int | str
    depth: Decimal | float | int | str
    fixed_cost_shipping_price: Decimal | float | int | str
    is_free_shipping: bool
    inventory_tracking: Literal["none", "simple", "sku"]
    brand_id: int
    view_count: int
    page_title: str
    meta_keywords: str
    meta_description: str
    layout_file: str
    is_price_hidden: bool
    price_hidden_label: str
    categories: Required[list[int]]
    event_date_field_name: str
    event_date_type: Literal["none", "after", "before", "range"]
    event_date_start: Rfc2822DateTime | str
    event_date_end: Rfc2822DateTime | str
    myob_asset_account: str
    myob_income_account: str
    myob_expense_account: str
    peachtree_gl_account: str
    condition: Literal["New", "Used", "Refurbished"]
    is_condition_shown: bool
    preorder_release_date: Rfc2822DateTime | str
    is_preorder_only: bool
    preorder_message: str
    order_quantity_minimum: int
    order_quantity_maximum: int
    open_graph_type: Literal[
        "product", "album", "book", "drink", "food", "game", "movie", "song", "tv_show"
    ]
    open_graph_title: str
    open_graph_description: str
    is_open_graph_thumbnail: bool
    upc: str
    avalara_product_tax_code: str
    option_set_id: int | None
    tax_class_id: int
    option_set_display: Literal["right", "below"]
    bin_picking_number: str
    custom_url: str
    availability: Required[Literal["available", "disabled", "preorder"]]


@with_config(REQUEST_CONFIG)
class ProductUpdate(TypedDict, total=False):
    """The fields to update a `Product` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    keyword_filter: str | None
    name: str
    type: Literal["physical", "digital"]
    sku: str
    description: str
    search_keywords: str
    availability_description: str
    price: Decimal | float | int | str
    cost_price: Decimal | float | int | str
    retail_price: Decimal | float | int | str
    sale_price: Decimal | float | int | str
    sort_order: int
    is_visible: bool
    is_featured: bool
    related_products: str
    inventory_level: int
    inventory_warning_level: int
    warranty: str
    weight: Decimal | float | int | str
    width: Decimal | float | int | str
    height: Decimal | float | int | str
    depth: Decimal | float | int | str
    fixed_cost_shipping_price: Decimal | float | int | str
    is_free_shipping: bool
    inventory_tracking: Literal["none", "simple", "sku"]
    brand_id: int
    view_count: int
    page_title: str
    meta_keywords: str
    meta_description: str
    layout_file: str
    is_price_hidden: bool
    price_hidden_label: str
    categories: list[int]
    event_date_field_name: str
    event_date_type: Literal["none", "after", "before", "range"]
    event_date_start: Rfc2822DateTime | str
    event_date_end: Rfc2822DateTime | str
    myob_asset_account: str
    myob_income_account: str
    myob_expense_account: str
    peachtree_gl_account: str
    condition: Literal["New", "Used", "Refurbished"]
    is_condition_shown: bool
    preorder_release_date: Rfc2822DateTime | str
    is_preorder_only: bool
    preorder_message: str
    order_quantity_minimum: int
    order_quantity_maximum: int
    open_graph_type: Literal[
        "product", "album", "book", "drink", "food", "game", "movie", "song", "tv_show"
    ]
    open_graph_title: str
    open_graph_description: str
    is_open_graph_thumbnail: bool
    upc: str
    avalara_product_tax_code: str
    option_set_id: int | None
    tax_class_id: int
    option_set_display: Literal["right", "below"]
    bin_picking_number: str
    custom_url: str
    availability: Literal["available", "disabled", "preorder"]
