# Generated from spec/imported/v2/banners.yaml by codegen (`make generate`); do not edit.
"""The `GetBannersCountResponse` model."""

from __future__ import annotations

from .._model import ApiModel


class GetBannersCountResponse(ApiModel):
    """`GetBannersCountResponse`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    count: int | None = None
