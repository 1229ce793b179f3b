# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `PriceListAssignmentCreateManyItemModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class PriceListAssignmentCreateManyItemModel(ApiModel):
    """`PriceListAssignmentCreateManyItemModel`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    price_list_id: int | None = None
    """Required to create and update."""
    customer_group_id: int | None = None
    channel_id: int | None = None


@with_config(REQUEST_CONFIG)
class PriceListAssignmentCreateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    price_list_id: Required[int]
    customer_group_id: int
    channel_id: int
