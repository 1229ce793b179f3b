# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CreateConsignmentRequestItemPickupOption` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CreateConsignmentRequestItemPickupOption(ApiModel):
    """`CreateConsignmentRequestItemPickupOption`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    pickup_method_id: int | None = None


@with_config(REQUEST_CONFIG)
class CreateConsignmentRequestItemPickupOptionCreate(TypedDict, total=False):
    """The fields to create a `CreateConsignmentRequestItemPickupOption` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    pickup_method_id: int
