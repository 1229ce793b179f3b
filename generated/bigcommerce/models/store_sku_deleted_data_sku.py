# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreSkuDeletedDataSku` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreSkuDeletedDataSku(ApiModel):
    """`StoreSkuDeletedDataSku`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    product_id: int | None = None
    variant_id: int | None = None


@with_config(REQUEST_CONFIG)
class StoreSkuDeletedDataSkuCreate(TypedDict, total=False):
    """The fields to create a `StoreSkuDeletedDataSku` with; unknown keys are refused."""

    product_id: int
    variant_id: int


@with_config(REQUEST_CONFIG)
class StoreSkuDeletedDataSkuUpdate(TypedDict, total=False):
    """The fields to update a `StoreSkuDeletedDataSku` with; unknown keys are refused."""

    product_id: int
    variant_id: int
