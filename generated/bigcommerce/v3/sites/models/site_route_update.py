# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `SiteRouteUpdateModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._enums import SiteRouteCreateModelType
from ...._model import REQUEST_CONFIG, ApiModel


class SiteRouteUpdateModel(ApiModel):
    """`SiteRouteUpdateModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    type: str | None = None
    """Required to create and update. One of: `'product'`, `'brand'`, `'category'`, `'page'`,
    `'blog'`, `'home'`, `'cart'`, `'checkout'`, `'search'`, `'account'`, `'login'`,
    `'returns'`, `'static'`.
    """
    matching: str | None = None
    """Required to create and update."""
    route: str | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class SiteRouteUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    type: Required[SiteRouteCreateModelType]
    matching: Required[str]
    route: Required[str]
