# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `Consent` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class Consent(ApiModel):
    """`Consent`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.customers.consent`: `get`, `update`.
    """

    allow: list[str] | None = None
    """One of: `'essential'`, `'functional'`, `'analytics'`, `'targeting'`."""
    deny: list[str] | None = None
    """One of: `'essential'`, `'functional'`, `'analytics'`, `'targeting'`."""
    updated_at: _dt.datetime | None = None
