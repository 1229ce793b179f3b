# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductComplexRuleCreateCondition` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductComplexRuleCreateCondition(ApiModel):
    """`ProductComplexRuleCreateCondition`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    modifier_id: int | None = None
    modifier_value_id: int | None = None
    variant_id: int | None = None


@with_config(REQUEST_CONFIG)
class ProductComplexRuleCreateConditionCreate(TypedDict, total=False):
    """The fields to create a `ProductComplexRuleCreateCondition` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    modifier_id: int
    modifier_value_id: int
    variant_id: int
