# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCategoryUpdated` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_category_updated_data import (
    StoreCategoryUpdatedData,
    StoreCategoryUpdatedDataCreate,
    StoreCategoryUpdatedDataUpdate,
)


class StoreCategoryUpdated(ApiModel):
    """`StoreCategoryUpdated`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    created_at: int | None = None
    store_id: str | None = None
    producer: str | None = None
    scope: str | None = None
    hash: str | None = None
    data: StoreCategoryUpdatedData | None = None


@with_config(REQUEST_CONFIG)
class StoreCategoryUpdatedCreate(TypedDict, total=False):
    """The fields to create a `StoreCategoryUpdated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreCategoryUpdatedDataCreate


@with_config(REQUEST_CONFIG)
class StoreCategoryUpdatedUpdate(TypedDict, total=False):
    """The fields to update a `StoreCategoryUpdated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreCategoryUpdatedDataUpdate
