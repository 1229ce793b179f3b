# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductComplexRuleUpdateCondition` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductComplexRuleUpdateCondition(ApiModel):
    """`ProductComplexRuleUpdateCondition`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    modifier_id: int | None = None
    """Required to create and update. May be null."""
    modifier_value_id: int | None = None
    """Required to create and update. May be null."""
    variant_id: int | None = None
    """Required to create and update. May be null."""


@with_config(REQUEST_CONFIG)
class ProductComplexRuleUpdateConditionUpdate(TypedDict, total=False):
    """The fields to update a `ProductComplexRuleUpdateCondition` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    modifier_id: Required[int | None]
    modifier_value_id: Required[int | None]
    variant_id: Required[int | None]
