# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `CartPromotionsBanners` model."""

from __future__ import annotations

from ...._model import ApiModel


class CartPromotionsBanners(ApiModel):
    """`CartPromotionsBanners`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    id: str | None = None
    type: str | None = None
    page: list[str] | None = None
    text: str | None = None
