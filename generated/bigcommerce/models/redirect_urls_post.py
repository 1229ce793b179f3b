# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `RedirectUrlsPost` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .redirect_urls_post_query_params import (
    RedirectUrlsPostQueryParams,
    RedirectUrlsPostQueryParamsCreate,
)


class RedirectUrlsPost(ApiModel):
    """`RedirectUrlsPost`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    query_params: RedirectUrlsPostQueryParams | None = None


@with_config(REQUEST_CONFIG)
class RedirectUrlsPostCreate(TypedDict, total=False):
    """The fields to create a `RedirectUrlsPost` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    query_params: RedirectUrlsPostQueryParamsCreate
