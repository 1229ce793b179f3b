# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductVideo` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ProductVideo(ApiModel):
    """`ProductVideo`: an object of the v2 `ProductVideos` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: str
    """Read-only: set by the API, never sent."""
    product_id: int | None = None
    """Read-only: set by the API, never sent."""
    url: str | None = None
    """Required to create."""
    sort_order: int | None = None
    name: str | None = None

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.product_videos import ProductVideos

        return self._resource(ProductVideos).delete(self._parent("product_id"), self._own_id())


@with_config(REQUEST_CONFIG)
class ProductVideoCreate(TypedDict, total=False):
    """The fields to create a `ProductVideo` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    url: Required[str]
    sort_order: int
    name: str
