# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `V3PromotionCodeCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3PromotionCodeCreate(ApiModel):
    """`V3PromotionCodeCreate`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    code: str | None = None
    """Required to create and update. At most 50 characters."""
    max_uses: int | None = None
    max_uses_per_customer: int | None = None


@with_config(REQUEST_CONFIG)
class PromotionCodeCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    code: Required[str]
    """At most 50 characters."""
    max_uses: int
    max_uses_per_customer: int
