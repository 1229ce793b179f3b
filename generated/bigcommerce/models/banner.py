# Generated from spec/v2/banners.yaml by codegen (`make generate`); do not edit.
"""The `Banner` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel


class Banner(ApiModel):
    """`Banner`: an object of the v2 `Banners` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    date_created: str | None = None
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Required to create."""
    content: str | None = None
    """Required to create."""
    page: str | None = None
    """Required to create. One of: `'home_page'`, `'category_page'`, `'brand_page'`,
    `'search_page'`.
    """
    location: str | None = None
    """Required to create. One of: `'top'`, `'bottom'`."""
    date_type: str | None = None
    """Required to create. One of: `'always'`, `'custom'`."""
    date_from: str | None = None
    date_to: str | None = None
    visible: str | None = None
    item_id: str | None = None

    def update(self, **fields: Unpack[BannerUpdate]) -> Banner:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.banners import Banners

        return self._resource(Banners).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.banners import Banners

        return self._resource(Banners).delete(self._own_id())


@with_config(REQUEST_CONFIG)
class BannerCreate(TypedDict, total=False):
    """The fields to create a `Banner` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    name: Required[str]
    content: Required[str]
    page: Required[Literal["home_page", "category_page", "brand_page", "search_page"]]
    location: Required[Literal["top", "bottom"]]
    date_type: Required[Literal["always", "custom"]]
    date_from: str
    date_to: str
    visible: str
    item_id: str


@with_config(REQUEST_CONFIG)
class BannerUpdate(TypedDict, total=False):
    """The fields to update a `Banner` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    content: str
    page: Literal["home_page", "category_page", "brand_page", "search_page"]
    location: Literal["top", "bottom"]
    date_type: Literal["always", "custom"]
    date_from: str
    date_to: str
    visible: str
    item_id: str
