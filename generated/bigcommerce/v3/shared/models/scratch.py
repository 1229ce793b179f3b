# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `Scratch` model."""

from __future__ import annotations

from ...._model import ApiModel


class Scratch(ApiModel):
    """`Scratch`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.payments.access_tokens`: `create`;
    `api.storefront.redirects.imex.export`: `create`; `api.storefront.redirects.imex.import_`:
    `create`.
    """

    id: str | None = None
    """At least 1 character."""
