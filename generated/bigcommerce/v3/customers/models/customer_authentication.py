# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAuthentication` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CustomerAuthentication(ApiModel):
    """`CustomerAuthentication`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    force_password_reset: bool | None = None
    new_password: str | None = None


@with_config(REQUEST_CONFIG)
class V3CustomerAuthenticationCreate(TypedDict, total=False):
    """The fields to create a `CustomerAuthentication` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    force_password_reset: bool
    new_password: str


@with_config(REQUEST_CONFIG)
class V3CustomerAuthenticationUpdate(TypedDict, total=False):
    """The fields to update a `CustomerAuthentication` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    force_password_reset: bool
    new_password: str
