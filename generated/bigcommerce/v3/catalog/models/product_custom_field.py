# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductCustomField` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductCustomField(ApiModel):
    """`ProductCustomField`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    """At least 1."""
    name: str | None = None
    """Required to create. From 1 to 250 characters."""
    value: str | None = None
    """Required to create. From 1 to 250 characters."""


@with_config(REQUEST_CONFIG)
class V3ProductCustomFieldCreate(TypedDict, total=False):
    """The fields to create a `ProductCustomField` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    id: int
    """At least 1."""
    name: Required[str]
    """From 1 to 250 characters."""
    value: Required[str]
    """From 1 to 250 characters."""


@with_config(REQUEST_CONFIG)
class V3ProductCustomFieldUpdate(TypedDict, total=False):
    """The fields to update a `ProductCustomField` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    """At least 1."""
    name: str
    """From 1 to 250 characters."""
    value: str
    """From 1 to 250 characters."""
