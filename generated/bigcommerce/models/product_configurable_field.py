# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductConfigurableField` model."""

from __future__ import annotations

from typing import Any

from .._model import ApiModel


class ProductConfigurableField(ApiModel):
    """`ProductConfigurableField`: an object of the v2 `ProductConfigurableFields` resource.
    Every field but `id` is optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    product_id: int | None = None
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Read-only: set by the API, never sent."""
    type: str | None = None
    """Read-only: set by the API, never sent. One of: `'T'`, `'MT'`, `'S'`, `'C'`, `'F'`."""
    allowed_file_types: str | None = None
    """Read-only: set by the API, never sent."""
    max_size: int | None = None
    """Read-only: set by the API, never sent."""
    select_options: str | None = None
    """Read-only: set by the API, never sent."""
    is_required: bool | None = None
    """Read-only: set by the API, never sent."""
    sort_order: int | None = None
    """Read-only: set by the API, never sent."""

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.product_configurable_fields import ProductConfigurableFields

        return self._resource(ProductConfigurableFields).delete(
            self._parent("product_id"), self._own_id()
        )
