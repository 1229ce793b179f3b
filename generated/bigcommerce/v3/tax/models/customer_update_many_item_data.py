# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `CustomerUpdateManyItemData` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CustomerUpdateManyItemData(ApiModel):
    """`CustomerUpdateManyItemData`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.tax.customers`: `all`, `update_many`.
    """

    customer_id: int | None = None
    """Required to create and update."""
    tax_properties: dict[str, Any] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class CustomerUpdateManyItemDataBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    customer_id: Required[int]
    tax_properties: Required[dict[str, Any]]
