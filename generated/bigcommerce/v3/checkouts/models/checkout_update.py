# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3CheckoutUpdate(ApiModel):
    """`V3CheckoutUpdate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    customer_message: str | None = None
    """Required to create and update."""
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CheckoutUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    customer_message: Required[str]
    version: int
