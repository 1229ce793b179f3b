# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductChannelAssignmentUpdateManyItem` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductChannelAssignmentUpdateManyItem(ApiModel):
    """`ProductChannelAssignmentUpdateManyItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept. Answered by `api.catalog.products.channel_assignments`:
    `all`.
    """

    product_id: int | None = None
    channel_id: int | None = None


@with_config(REQUEST_CONFIG)
class ProductChannelAssignmentUpdateManyBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    product_id: int
    channel_id: int
