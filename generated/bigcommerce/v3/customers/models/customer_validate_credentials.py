# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerValidateCredentialsModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CustomerValidateCredentialsModel(ApiModel):
    """`CustomerValidateCredentialsModel`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    email: str | None = None
    """Required to create and update."""
    password: str | None = None
    """Required to create and update."""
    channel_id: int | None = None


@with_config(REQUEST_CONFIG)
class CustomerValidateCredentials(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    email: Required[str]
    password: Required[str]
    channel_id: int
