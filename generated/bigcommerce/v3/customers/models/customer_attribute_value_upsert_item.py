# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAttributeValueUpsertItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CustomerAttributeValueUpsertItemModel(ApiModel):
    """`CustomerAttributeValueUpsertItemModel`: an object of the v3 API. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    attribute_id: int | None = None
    """Required to create and update."""
    value: str | None = None
    """Required to create and update. At most 255 characters."""
    customer_id: int | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class CustomerAttributeValueUpsertItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    id: int
    attribute_id: Required[int]
    value: Required[str]
    """At most 255 characters."""
    customer_id: Required[int]
