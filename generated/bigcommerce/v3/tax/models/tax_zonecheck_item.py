# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxZonecheckItemModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class TaxZonecheckItemModel(ApiModel):
    """`TaxZonecheckItemModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    country_code: str | None = None
    """Required to create and update."""
    subdivision_codes: str | None = None
    postal_code: str | None = None
    customer_group_id: int | None = None


@with_config(REQUEST_CONFIG)
class TaxZonecheckItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    country_code: Required[str]
    subdivision_codes: str
    postal_code: str
    customer_group_id: int
