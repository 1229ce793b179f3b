# Generated from spec/v2/brands.yaml by codegen (`make generate`); do not edit.
"""The `Brand` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel


class Brand(ApiModel):
    """`Brand`: an object of the v2 `Brands` resource. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Required to create."""
    page_title: str | None = None
    meta_keywords: str | None = None
    meta_description: str | None = None
    image_file: str | None = None
    search_keywords: str | None = None

    def update(self, **fields: Unpack[BrandUpdate]) -> Brand:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.brands import Brands

        return self._resource(Brands).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.brands import Brands

        return self._resource(Brands).delete(self._own_id())


@with_config(REQUEST_CONFIG)
class BrandCreate(TypedDict, total=False):
    """The fields to create a `Brand` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    name: Required[str]
    page_title: str
    meta_keywords: str
    meta_description: str
    image_file: str
    search_keywords: str


@with_config(REQUEST_CONFIG)
class BrandUpdate(TypedDict, total=False):
    """The fields to update a `Brand` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    page_title: str
    meta_keywords: str
    meta_description: str
    image_file: str
    search_keywords: str
