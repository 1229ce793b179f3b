# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `TransactionOffline` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class TransactionOffline(ApiModel):
    """`TransactionOffline`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    display_name: str | None = None


@with_config(REQUEST_CONFIG)
class TransactionOfflineCreate(TypedDict, total=False):
    """The fields to create a `TransactionOffline` with; unknown keys are refused."""

    display_name: str


@with_config(REQUEST_CONFIG)
class TransactionOfflineUpdate(TypedDict, total=False):
    """The fields to update a `TransactionOffline` with; unknown keys are refused."""

    display_name: str
