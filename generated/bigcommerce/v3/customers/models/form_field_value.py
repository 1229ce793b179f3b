# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `FormFieldValue` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class FormFieldValue(ApiModel):
    """`FormFieldValue`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    """Required to create and update."""
    value: Any | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class FormFieldValueCreate(TypedDict, total=False):
    """The fields to create a `FormFieldValue` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    name: Required[str]
    value: Required[Any]


@with_config(REQUEST_CONFIG)
class FormFieldValueUpdate(TypedDict, total=False):
    """The fields to update a `FormFieldValue` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    name: Required[str]
    value: Required[Any]
