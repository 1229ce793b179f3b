# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductCustomField` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel


class ProductCustomField(ApiModel):
    """`ProductCustomField`: an object of the v2 `ProductCustomFields` resource. Every field but
    `id` is optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    product_id: int | None = None
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Required to create."""
    text: str | None = None
    """Required to create."""

    def update(self, **fields: Unpack[ProductCustomFieldUpdate]) -> ProductCustomField:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.product_custom_fields import ProductCustomFields

        return self._resource(ProductCustomFields).update(
            self._parent("product_id"), self._own_id(), **fields
        )

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.product_custom_fields import ProductCustomFields

        return self._resource(ProductCustomFields).delete(
            self._parent("product_id"), self._own_id()
        )


@with_config(REQUEST_CONFIG)
class ProductCustomFieldCreate(TypedDict, total=False):
    """The fields to create a `ProductCustomField` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    name: Required[str]
    text: Required[str]


@with_config(REQUEST_CONFIG)
class ProductCustomFieldUpdate(TypedDict, total=False):
    """The fields to update a `ProductCustomField` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    text: str
