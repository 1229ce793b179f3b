# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ParentRelation` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ParentRelation(ApiModel):
    """`ParentRelation`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    type: str | None = None
    product_id: int | None = None
    attribute_id: int | None = None


@with_config(REQUEST_CONFIG)
class ParentRelationCreate(TypedDict, total=False):
    """The fields to create a `ParentRelation` with; unknown keys are refused."""

    type: Literal["variant_option", "modifier"]
    product_id: int
    attribute_id: int


@with_config(REQUEST_CONFIG)
class ParentRelationUpdate(TypedDict, total=False):
    """The fields to update a `ParentRelation` with; unknown keys are refused."""

    type: Literal["variant_option", "modifier"]
    product_id: int
    attribute_id: int
