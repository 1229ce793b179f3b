# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreAppUninstalled` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_app_uninstalled_data import (
    StoreAppUninstalledData,
    StoreAppUninstalledDataCreate,
    StoreAppUninstalledDataUpdate,
)


class StoreAppUninstalled(ApiModel):
    """`StoreAppUninstalled`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    created_at: int | None = None
    store_id: str | None = None
    producer: str | None = None
    scope: str | None = None
    hash: str | None = None
    data: StoreAppUninstalledData | None = None


@with_config(REQUEST_CONFIG)
class StoreAppUninstalledCreate(TypedDict, total=False):
    """The fields to create a `StoreAppUninstalled` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreAppUninstalledDataCreate


@with_config(REQUEST_CONFIG)
class StoreAppUninstalledUpdate(TypedDict, total=False):
    """The fields to update a `StoreAppUninstalled` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreAppUninstalledDataUpdate
