# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3ProductCustomFieldUpdateBody` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3ProductCustomFieldUpdateBody(ApiModel):
    """`V3ProductCustomFieldUpdateBody`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    name: str | None = None
    """From 1 to 250 characters."""
    value: str | None = None
    """From 1 to 250 characters."""


@with_config(REQUEST_CONFIG)
class ProductCustomFieldUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    name: str
    """From 1 to 250 characters."""
    value: str
    """From 1 to 250 characters."""
