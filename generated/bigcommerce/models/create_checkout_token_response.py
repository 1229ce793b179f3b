# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CreateCheckoutTokenResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CreateCheckoutTokenResponse(ApiModel):
    """`CreateCheckoutTokenResponse`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    checkoutToken: str | None = None
    meta: dict[str, Any] | None = None


@with_config(REQUEST_CONFIG)
class CreateCheckoutTokenResponseCreate(TypedDict, total=False):
    """The fields to create a `CreateCheckoutTokenResponse` with; unknown keys are refused."""

    checkoutToken: str
    meta: dict[str, Any]


@with_config(REQUEST_CONFIG)
class CreateCheckoutTokenResponseUpdate(TypedDict, total=False):
    """The fields to update a `CreateCheckoutTokenResponse` with; unknown keys are refused."""

    checkoutToken: str
    meta: dict[str, Any]
