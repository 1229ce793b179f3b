# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutPromotionsItemBannersItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutPromotionsItemBannersItem(ApiModel):
    """`CheckoutPromotionsItemBannersItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    id: str | None = None
    type: str | None = None
    page: list[str] | None = None
    text: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutPromotionsItemBannersItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutPromotionsItemBannersItem` with; unknown keys are refused."""

    id: str
    type: str
    page: list[str]
    text: str


@with_config(REQUEST_CONFIG)
class CheckoutPromotionsItemBannersItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutPromotionsItemBannersItem` with; unknown keys are refused."""

    id: str
    type: str
    page: list[str]
    text: str
