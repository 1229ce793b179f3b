# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ComplexRuleBase` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .adjuster_full import AdjusterFull, AdjusterFullCreate, AdjusterFullUpdate
from .complex_rule_condition_base import (
    ComplexRuleConditionBase,
    ComplexRuleConditionBaseCreate,
    ComplexRuleConditionBaseUpdate,
)


class ComplexRuleBase(ApiModel):
    """`ComplexRuleBase`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: int | None = None
    product_id: int | None = None
    sort_order: int | None = None
    enabled: bool | None = None
    stop: bool | None = None
    purchasing_disabled: bool | None = None
    purchasing_disabled_message: str | None = None
    purchasing_hidden: bool | None = None
    image_url: str | None = None
    price_adjuster: AdjusterFull | None = None
    weight_adjuster: AdjusterFull | None = None
    conditions: list[ComplexRuleConditionBase] | None = None


@with_config(REQUEST_CONFIG)
class ComplexRuleBaseCreate(TypedDict, total=False):
    """The fields to create a `ComplexRuleBase` with; unknown keys are refused. Keys marked
    `Required` must be given.
    """

    id: int
    product_id: Required[int | None]
    sort_order: int
    enabled: bool
    stop: bool
    purchasing_disabled: bool
    purchasing_disabled_message: str
    purchasing_hidden: bool
    image_url: str
    price_adjuster: AdjusterFullCreate
    weight_adjuster: AdjusterFullCreate
    conditions: list[ComplexRuleConditionBaseCreate]


@with_config(REQUEST_CONFIG)
class ComplexRuleBaseUpdate(TypedDict, total=False):
    """The fields to update a `ComplexRuleBase` with; unknown keys are refused. Keys marked
    `Required` must be given.
    """

    id: int
    product_id: Required[int | None]
    sort_order: int
    enabled: bool
    stop: bool
    purchasing_disabled: bool
    purchasing_disabled_message: str
    purchasing_hidden: bool
    image_url: str
    price_adjuster: AdjusterFullUpdate
    weight_adjuster: AdjusterFullUpdate
    conditions: list[ComplexRuleConditionBaseUpdate]
