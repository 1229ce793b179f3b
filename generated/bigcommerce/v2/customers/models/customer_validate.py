# Generated from spec/imported/v2/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerValidateModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CustomerValidateModel(ApiModel):
    """`CustomerValidateModel`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    password: str | None = None


@with_config(REQUEST_CONFIG)
class CustomerValidate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    password: str
