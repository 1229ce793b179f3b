# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `SiteRouteCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._enums import SiteRouteCreateModelType
from ...._model import REQUEST_CONFIG, ApiModel


class SiteRouteCreateModel(ApiModel):
    """`SiteRouteCreateModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    type: str | None = None
    """One of: `'product'`, `'brand'`, `'category'`, `'page'`, `'blog'`, `'home'`, `'cart'`,
    `'checkout'`, `'search'`, `'account'`, `'login'`, `'returns'`, `'static'`.
    """
    matching: str | None = None
    route: str | None = None


@with_config(REQUEST_CONFIG)
class SiteRouteCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    type: SiteRouteCreateModelType
    matching: str
    route: str
