# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAttributes` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CustomerAttributes(ApiModel):
    """`CustomerAttributes`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    attribute_id: int | None = None
    attribute_value: str | None = None
    """At most 255 characters."""


@with_config(REQUEST_CONFIG)
class CustomerAttributesCreate(TypedDict, total=False):
    """The fields to create a `CustomerAttributes` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    attribute_id: int
    attribute_value: str
    """At most 255 characters."""
