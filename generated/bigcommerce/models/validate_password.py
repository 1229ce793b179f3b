# Generated from spec/imported/v2/customers.yaml by codegen (`make generate`); do not edit.
"""The `ValidatePassword` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ValidatePassword(ApiModel):
    """`ValidatePassword`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    success: bool | None = None


@with_config(REQUEST_CONFIG)
class ValidatePasswordCreate(TypedDict, total=False):
    """The fields to create a `ValidatePassword` with; unknown keys are refused."""

    success: bool


@with_config(REQUEST_CONFIG)
class ValidatePasswordUpdate(TypedDict, total=False):
    """The fields to update a `ValidatePassword` with; unknown keys are refused."""

    success: bool
