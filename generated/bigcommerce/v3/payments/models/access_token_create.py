# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `AccessTokenCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .access_token_order import AccessTokenOrder, AccessTokenOrderCreate


class AccessTokenCreateModel(ApiModel):
    """`AccessTokenCreateModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    order: AccessTokenOrder | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class AccessTokenCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    order: Required[AccessTokenOrderCreate]
