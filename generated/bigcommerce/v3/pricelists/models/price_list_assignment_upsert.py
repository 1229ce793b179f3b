# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `PriceListAssignmentUpsertModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class PriceListAssignmentUpsertModel(ApiModel):
    """`PriceListAssignmentUpsertModel`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    customer_group_id: int | None = None
    """Required to create and update."""
    channel_id: int | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class PriceListAssignmentUpsert(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    customer_group_id: Required[int]
    channel_id: Required[int]
