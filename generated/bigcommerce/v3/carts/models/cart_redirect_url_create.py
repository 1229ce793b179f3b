# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `V3CartRedirectUrlCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .cart_redirect_url_create_query_params import (
    CartRedirectUrlCreateQueryParams,
    CartRedirectUrlCreateQueryParamsCreate,
)


class V3CartRedirectUrlCreate(ApiModel):
    """`V3CartRedirectUrlCreate`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    query_params: CartRedirectUrlCreateQueryParams | None = None


@with_config(REQUEST_CONFIG)
class CartRedirectUrlCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    query_params: CartRedirectUrlCreateQueryParamsCreate
