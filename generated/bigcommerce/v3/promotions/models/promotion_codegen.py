# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `PromotionCodegenModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class PromotionCodegenModel(ApiModel):
    """`PromotionCodegenModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    batch_size: int | None = None
    """Required to create and update. From 1 to 250."""
    max_uses: int | None = None
    """From 0 to 100000."""
    max_uses_per_customer: int | None = None
    """From 0 to 100000."""
    prefix: str | None = None
    """At most 20 characters."""
    suffix: str | None = None
    """At most 20 characters."""
    delimiter: str | None = None
    """At most 1 character."""
    exclude_characters: list[str] | None = None
    code_length: int | None = None
    """From 6 to 16."""


@with_config(REQUEST_CONFIG)
class PromotionCodegen(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    batch_size: Required[int]
    """From 1 to 250."""
    max_uses: int
    """From 0 to 100000."""
    max_uses_per_customer: int
    """From 0 to 100000."""
    prefix: str
    """At most 20 characters."""
    suffix: str
    """At most 20 characters."""
    delimiter: str
    """At most 1 character."""
    exclude_characters: list[str]
    code_length: int
    """From 6 to 16."""
