# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `PromotionsV3Channel` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class PromotionsV3Channel(ApiModel):
    """`PromotionsV3Channel`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class PromotionsV3ChannelCreate(TypedDict, total=False):
    """The fields to create a `PromotionsV3Channel` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    id: Required[int]


@with_config(REQUEST_CONFIG)
class PromotionsV3ChannelUpdate(TypedDict, total=False):
    """The fields to update a `PromotionsV3Channel` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    id: Required[int]
