# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `AssignmentForGetResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class AssignmentForGetResponse(ApiModel):
    """`AssignmentForGetResponse`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    price_list_id: int | None = None
    customer_group_id: int | None = None
    channel_id: int | None = None


@with_config(REQUEST_CONFIG)
class AssignmentForGetResponseCreate(TypedDict, total=False):
    """The fields to create a `AssignmentForGetResponse` with; unknown keys are refused."""

    id: int
    price_list_id: int
    customer_group_id: int
    channel_id: int


@with_config(REQUEST_CONFIG)
class AssignmentForGetResponseUpdate(TypedDict, total=False):
    """The fields to update a `AssignmentForGetResponse` with; unknown keys are refused."""

    id: int
    price_list_id: int
    customer_group_id: int
    channel_id: int
