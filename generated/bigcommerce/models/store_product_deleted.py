# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreProductDeleted` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_product_deleted_data import (
    StoreProductDeletedData,
    StoreProductDeletedDataCreate,
    StoreProductDeletedDataUpdate,
)


class StoreProductDeleted(ApiModel):
    """`StoreProductDeleted`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    created_at: int | None = None
    store_id: str | None = None
    producer: str | None = None
    scope: str | None = None
    hash: str | None = None
    data: StoreProductDeletedData | None = None


@with_config(REQUEST_CONFIG)
class StoreProductDeletedCreate(TypedDict, total=False):
    """The fields to create a `StoreProductDeleted` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreProductDeletedDataCreate


@with_config(REQUEST_CONFIG)
class StoreProductDeletedUpdate(TypedDict, total=False):
    """The fields to update a `StoreProductDeleted` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreProductDeletedDataUpdate
