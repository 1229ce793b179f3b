# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `RedirectTo` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class RedirectTo(ApiModel):
    """`RedirectTo`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    type: str | None = None
    """One of: `'product'`, `'brand'`, `'category'`, `'page'`, `'post'`, `'url'`."""
    entity_id: int | None = None
    url: str | None = None
    """At most 2048 characters."""


@with_config(REQUEST_CONFIG)
class RedirectToUpdate(TypedDict, total=False):
    """The fields to update a `RedirectTo` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    type: Literal["product", "brand", "category", "page", "post", "url"]
    entity_id: int
    url: str
    """At most 2048 characters."""
