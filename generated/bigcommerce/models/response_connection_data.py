# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `ResponseConnectionData` model."""

from __future__ import annotations

from .._model import ApiModel
from .response_connection_data_target import ResponseConnectionDataTarget


class ResponseConnectionData(ApiModel):
    """`ResponseConnectionData`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    username: str | None = None
    configured: bool | None = None
    profile: str | None = None
    target: ResponseConnectionDataTarget | None = None
