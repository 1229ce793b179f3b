# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartFullPromotionsBanners` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CartFullPromotionsBanners(ApiModel):
    """`CartFullPromotionsBanners`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: str | None = None
    type: str | None = None
    page: list[str] | None = None
    text: str | None = None


@with_config(REQUEST_CONFIG)
class CartFullPromotionsBannersCreate(TypedDict, total=False):
    """The fields to create a `CartFullPromotionsBanners` with; unknown keys are refused."""

    id: str
    type: str
    page: list[str]
    text: str


@with_config(REQUEST_CONFIG)
class CartFullPromotionsBannersUpdate(TypedDict, total=False):
    """The fields to update a `CartFullPromotionsBanners` with; unknown keys are refused."""

    id: str
    type: str
    page: list[str]
    text: str
