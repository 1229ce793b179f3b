# Generated from spec/imported/v3/abandoned_carts.yaml by codegen (`make generate`); do not edit.
"""The `AbandonedCartInfoFull` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class AbandonedCartInfoFull(ApiModel):
    """`AbandonedCartInfoFull`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    cart_id: str | None = None


@with_config(REQUEST_CONFIG)
class AbandonedCartInfoFullCreate(TypedDict, total=False):
    """The fields to create a `AbandonedCartInfoFull` with; unknown keys are refused."""

    cart_id: str


@with_config(REQUEST_CONFIG)
class AbandonedCartInfoFullUpdate(TypedDict, total=False):
    """The fields to update a `AbandonedCartInfoFull` with; unknown keys are refused."""

    cart_id: str
