# Generated from spec/imported/v2/banners.yaml by codegen (`make generate`); do not edit.
"""The `GetBannersCountResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class GetBannersCountResponse(ApiModel):
    """`GetBannersCountResponse`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    count: int | None = None


@with_config(REQUEST_CONFIG)
class GetBannersCountResponseCreate(TypedDict, total=False):
    """The fields to create a `GetBannersCountResponse` with; unknown keys are refused."""

    count: int


@with_config(REQUEST_CONFIG)
class GetBannersCountResponseUpdate(TypedDict, total=False):
    """The fields to update a `GetBannersCountResponse` with; unknown keys are refused."""

    count: int
