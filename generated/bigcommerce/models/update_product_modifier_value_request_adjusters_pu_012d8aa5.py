# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductModifierValueRequestAdjustersPurchasingDisabled` model and the bodies of its
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class UpdateProductModifierValueRequestAdjustersPurchasingDisabled(ApiModel):
    """`UpdateProductModifierValueRequestAdjustersPurchasingDisabled`: an object of the v3 API.
    Every field is optional; unknown fields are kept.
    """

    status: bool | None = None
    message: str | None = None


@with_config(REQUEST_CONFIG)
class UpdateProductModifierValueRequestAdjustersPurchasingDisabledUpdate(TypedDict, total=False):
    """The fields to update a `UpdateProductModifierValueRequestAdjustersPurchasingDisabled`
    with; unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    status: bool
    message: str
