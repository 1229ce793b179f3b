# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `AccessTokenOrder` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class AccessTokenOrder(ApiModel):
    """`AccessTokenOrder`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    """Required to create and update. At least 1."""
    is_recurring: bool | None = None


@with_config(REQUEST_CONFIG)
class AccessTokenOrderCreate(TypedDict, total=False):
    """The fields to create a `AccessTokenOrder` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    id: Required[int]
    """At least 1."""
    is_recurring: bool
