# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAuthenticationPostPut` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CustomerAuthenticationPostPut(ApiModel):
    """`CustomerAuthenticationPostPut`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    force_password_reset: bool | None = None
    new_password: str | None = None


@with_config(REQUEST_CONFIG)
class CustomerAuthenticationPostPutCreate(TypedDict, total=False):
    """The fields to create a `CustomerAuthenticationPostPut` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    force_password_reset: bool
    new_password: str


@with_config(REQUEST_CONFIG)
class CustomerAuthenticationPostPutUpdate(TypedDict, total=False):
    """The fields to update a `CustomerAuthenticationPostPut` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    force_password_reset: bool
    new_password: str
