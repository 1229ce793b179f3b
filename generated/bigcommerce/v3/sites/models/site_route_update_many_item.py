# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `SiteRouteUpdateManyItem` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._enums import SiteRouteCreateModelType
from ...._model import REQUEST_CONFIG, ApiModel


class SiteRouteUpdateManyItem(ApiModel):
    """`SiteRouteUpdateManyItem`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept. Answered by `api.sites.routes`: `all`, `create`, `get`, `update`,
    `update_many`.
    """

    id: int
    type: str | None = None
    """One of: `'product'`, `'brand'`, `'category'`, `'page'`, `'blog'`, `'home'`, `'cart'`,
    `'checkout'`, `'search'`, `'account'`, `'login'`, `'returns'`, `'static'`.
    """
    matching: str | None = None
    route: str | None = None


@with_config(REQUEST_CONFIG)
class SiteRouteUpdateManyItemBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    id: int
    type: SiteRouteCreateModelType
    matching: str
    route: str
