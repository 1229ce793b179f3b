# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `Rule` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .action import Action, ActionCreate, ActionUpdate
from .condition import Condition, ConditionCreate, ConditionUpdate


class Rule(ApiModel):
    """`Rule`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    action: Action | None = None
    """Required to create and update."""
    apply_once: bool | None = None
    """Default `true`."""
    stop: bool | None = None
    condition: Condition | None = None


@with_config(REQUEST_CONFIG)
class RuleCreate(TypedDict, total=False):
    """The fields to create a `Rule` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    action: Required[ActionCreate]
    apply_once: bool
    """Default `true`."""
    stop: bool
    condition: ConditionCreate


@with_config(REQUEST_CONFIG)
class RuleUpdate(TypedDict, total=False):
    """The fields to update a `Rule` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    action: Required[ActionUpdate]
    apply_once: bool
    """Default `true`."""
    stop: bool
    condition: ConditionUpdate
