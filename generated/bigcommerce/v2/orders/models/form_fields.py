# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `FormFields` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class FormFields(ApiModel):
    """`FormFields`: an object of the v2 API. Every field is optional; unknown fields are kept."""

    name: str | None = None
    value: Any | None = None


@with_config(REQUEST_CONFIG)
class FormFieldsUpdate(TypedDict, total=False):
    """The fields to update a `FormFields` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    value: Any
