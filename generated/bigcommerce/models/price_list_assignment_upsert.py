# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `PriceListAssignmentUpsert` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class PriceListAssignmentUpsert(ApiModel):
    """`PriceListAssignmentUpsert`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    customer_group_id: int | None = None
    """Required to create and update."""
    channel_id: int | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class PriceListAssignmentUpsertUpdate(TypedDict, total=False):
    """The fields to update a `PriceListAssignmentUpsert` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    customer_group_id: Required[int]
    channel_id: Required[int]
