# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3ProviderConnectionUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3ProviderConnectionUpdate(ApiModel):
    """`V3ProviderConnectionUpdate`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    username: str | None = None
    password: str | None = None
    profile: str | None = None


@with_config(REQUEST_CONFIG)
class ProviderConnectionUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    username: str
    password: str
    profile: str
