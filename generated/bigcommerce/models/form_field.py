# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `FormField` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class FormField(ApiModel):
    """`FormField`: an object of the v2 API. Every field is optional; unknown fields are kept."""

    name: str | None = None
    value: Any | None = None


@with_config(REQUEST_CONFIG)
class FormFieldCreate(TypedDict, total=False):
    """The fields to create a `FormField` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    value: Any


@with_config(REQUEST_CONFIG)
class FormFieldUpdate(TypedDict, total=False):
    """The fields to update a `FormField` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    value: Any
