# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `ReferenceRequest` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .reference_request_options_item import (
    ReferenceRequestOptionsItem,
    ReferenceRequestOptionsItemCreate,
    ReferenceRequestOptionsItemUpdate,
)


class ReferenceRequest(ApiModel):
    """`ReferenceRequest`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    product_id: int | None = None
    variant_id: int | None = None
    options: list[ReferenceRequestOptionsItem] | None = None


@with_config(REQUEST_CONFIG)
class ReferenceRequestCreate(TypedDict, total=False):
    """The fields to create a `ReferenceRequest` with; unknown keys are refused."""

    product_id: int
    variant_id: int
    options: list[ReferenceRequestOptionsItemCreate]


@with_config(REQUEST_CONFIG)
class ReferenceRequestUpdate(TypedDict, total=False):
    """The fields to update a `ReferenceRequest` with; unknown keys are refused."""

    product_id: int
    variant_id: int
    options: list[ReferenceRequestOptionsItemUpdate]
