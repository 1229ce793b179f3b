# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `ResponseConnectionData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .response_connection_data_target import (
    ResponseConnectionDataTarget,
    ResponseConnectionDataTargetCreate,
    ResponseConnectionDataTargetUpdate,
)


class ResponseConnectionData(ApiModel):
    """`ResponseConnectionData`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    username: str | None = None
    configured: bool | None = None
    profile: str | None = None
    target: ResponseConnectionDataTarget | None = None


@with_config(REQUEST_CONFIG)
class ResponseConnectionDataCreate(TypedDict, total=False):
    """The fields to create a `ResponseConnectionData` with; unknown keys are refused."""

    username: str
    configured: bool
    profile: str
    target: ResponseConnectionDataTargetCreate


@with_config(REQUEST_CONFIG)
class ResponseConnectionDataUpdate(TypedDict, total=False):
    """The fields to update a `ResponseConnectionData` with; unknown keys are refused."""

    username: str
    configured: bool
    profile: str
    target: ResponseConnectionDataTargetUpdate
