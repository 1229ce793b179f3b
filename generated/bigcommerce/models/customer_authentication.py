# Generated from spec/v2/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAuthentication` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CustomerAuthentication(ApiModel):
    """`CustomerAuthentication`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    force_reset: bool | None = None
    password: str | None = None
    password_confirmation: str | None = None


@with_config(REQUEST_CONFIG)
class CustomerAuthenticationCreate(TypedDict, total=False):
    """The fields to create a `CustomerAuthentication` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    force_reset: bool
    password: str
    password_confirmation: str


@with_config(REQUEST_CONFIG)
class CustomerAuthenticationUpdate(TypedDict, total=False):
    """The fields to update a `CustomerAuthentication` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    force_reset: bool
    password: str
    password_confirmation: str
