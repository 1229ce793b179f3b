# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `ItemResponseIdentity` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ItemResponseIdentity(ApiModel):
    """`ItemResponseIdentity`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    sku: str | None = None
    variant_id: int | None = None
    product_id: int | None = None
    sku_id: int | None = None


@with_config(REQUEST_CONFIG)
class ItemResponseIdentityCreate(TypedDict, total=False):
    """The fields to create a `ItemResponseIdentity` with; unknown keys are refused."""

    sku: str
    variant_id: int
    product_id: int
    sku_id: int


@with_config(REQUEST_CONFIG)
class ItemResponseIdentityUpdate(TypedDict, total=False):
    """The fields to update a `ItemResponseIdentity` with; unknown keys are refused."""

    sku: str
    variant_id: int
    product_id: int
    sku_id: int
