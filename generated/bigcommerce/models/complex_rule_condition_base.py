# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ComplexRuleConditionBase` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ComplexRuleConditionBase(ApiModel):
    """`ComplexRuleConditionBase`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    rule_id: int | None = None
    modifier_id: int | None = None
    modifier_value_id: int | None = None
    variant_id: int | None = None
    combination_id: int | None = None


@with_config(REQUEST_CONFIG)
class ComplexRuleConditionBaseCreate(TypedDict, total=False):
    """The fields to create a `ComplexRuleConditionBase` with; unknown keys are refused. Keys
    marked `Required` must be given.
    """

    id: int | None
    rule_id: int | None
    modifier_id: Required[int | None]
    modifier_value_id: Required[int | None]
    variant_id: Required[int | None]
    combination_id: int


@with_config(REQUEST_CONFIG)
class ComplexRuleConditionBaseUpdate(TypedDict, total=False):
    """The fields to update a `ComplexRuleConditionBase` with; unknown keys are refused."""

    id: int | None
    rule_id: int | None
    modifier_id: int | None
    modifier_value_id: int | None
    variant_id: int | None
    combination_id: int
