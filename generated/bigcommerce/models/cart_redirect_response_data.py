# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartRedirectResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CartRedirectResponseData(ApiModel):
    """`CartRedirectResponseData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    cart_url: str | None = None
    checkout_url: str | None = None
    embedded_checkout_url: str | None = None


@with_config(REQUEST_CONFIG)
class CartRedirectResponseDataCreate(TypedDict, total=False):
    """The fields to create a `CartRedirectResponseData` with; unknown keys are refused."""

    cart_url: str
    checkout_url: str
    embedded_checkout_url: str


@with_config(REQUEST_CONFIG)
class CartRedirectResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `CartRedirectResponseData` with; unknown keys are refused."""

    cart_url: str
    checkout_url: str
    embedded_checkout_url: str
