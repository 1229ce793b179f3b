# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderProductOptions` model."""

from __future__ import annotations

from ...._model import ApiModel


class OrderProductOptions(ApiModel):
    """`OrderProductOptions`: an object of the v2 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    option_id: int | None = None
    order_product_id: int | None = None
    product_option_id: int | None = None
    display_name: str | None = None
    display_value: str | None = None
    value: str | None = None
    type: str | None = None
    """One of: `'Checkbox'`, `'Date field'`, `'File Upload'`, `'Multi-line text field'`,
    `'Multiple choice'`, `'Product Pick List'`, `'Swatch'`, `'Text field'`.
    """
    name: str | None = None
    display_style: str | None = None
    display_name_customer: str | None = None
    display_name_merchant: str | None = None
    display_value_customer: str | None = None
    display_value_merchant: str | None = None
