# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `GetProductComplexRuleResponseDataConditionsItem` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class GetProductComplexRuleResponseDataConditionsItem(ApiModel):
    """`GetProductComplexRuleResponseDataConditionsItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    id: int | None = None
    rule_id: int | None = None
    modifier_id: int | None = None
    modifier_value_id: int | None = None
    variant_id: int | None = None
    combination_id: int | None = None


@with_config(REQUEST_CONFIG)
class GetProductComplexRuleResponseDataConditionsItemCreate(TypedDict, total=False):
    """The fields to create a `GetProductComplexRuleResponseDataConditionsItem` with; unknown
    keys are refused. Keys marked `Required` must be given.
    """

    id: int
    rule_id: int
    modifier_id: Required[int]
    modifier_value_id: Required[int]
    variant_id: Required[int]
    combination_id: int


@with_config(REQUEST_CONFIG)
class GetProductComplexRuleResponseDataConditionsItemUpdate(TypedDict, total=False):
    """The fields to update a `GetProductComplexRuleResponseDataConditionsItem` with; unknown
    keys are refused.
    """

    id: int
    rule_id: int
    modifier_id: int
    modifier_value_id: int
    variant_id: int
    combination_id: int
