# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCreateManyItemAddressCustomField` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CheckoutCreateManyItemAddressCustomField(ApiModel):
    """`CheckoutCreateManyItemAddressCustomField`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    field_id: str | None = None
    """Required to create and update."""
    field_value: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCreateManyItemAddressCustomFieldCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCreateManyItemAddressCustomField` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the
    documents require.
    """

    field_id: Required[str]
    field_value: str
