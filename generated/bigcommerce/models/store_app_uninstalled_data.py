# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreAppUninstalledData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreAppUninstalledData(ApiModel):
    """`StoreAppUninstalledData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None


@with_config(REQUEST_CONFIG)
class StoreAppUninstalledDataCreate(TypedDict, total=False):
    """The fields to create a `StoreAppUninstalledData` with; unknown keys are refused."""

    type: str


@with_config(REQUEST_CONFIG)
class StoreAppUninstalledDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreAppUninstalledData` with; unknown keys are refused."""

    type: str
