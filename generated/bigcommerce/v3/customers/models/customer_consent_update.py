# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerConsentUpdateModel` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CustomerConsentUpdateModel(ApiModel):
    """`CustomerConsentUpdateModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    allow: list[str] | None = None
    """One of: `'essential'`, `'functional'`, `'analytics'`, `'targeting'`."""
    deny: list[str] | None = None
    """One of: `'essential'`, `'functional'`, `'analytics'`, `'targeting'`."""


@with_config(REQUEST_CONFIG)
class CustomerConsentUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    allow: list[Literal["essential", "functional", "analytics", "targeting"]]
    deny: list[Literal["essential", "functional", "analytics", "targeting"]]
