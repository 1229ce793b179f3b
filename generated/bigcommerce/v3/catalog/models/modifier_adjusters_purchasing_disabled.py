# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ModifierAdjustersPurchasingDisabled` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ModifierAdjustersPurchasingDisabled(ApiModel):
    """`ModifierAdjustersPurchasingDisabled`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    status: bool | None = None
    message: str | None = None


@with_config(REQUEST_CONFIG)
class ModifierAdjustersPurchasingDisabledCreate(TypedDict, total=False):
    """The fields to create a `ModifierAdjustersPurchasingDisabled` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    status: bool
    message: str


@with_config(REQUEST_CONFIG)
class ModifierAdjustersPurchasingDisabledUpdate(TypedDict, total=False):
    """The fields to update a `ModifierAdjustersPurchasingDisabled` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    status: bool
    message: str
