# Generated from spec/imported/v2/shared.yaml by codegen (`make generate`); do not edit.
"""The `CountResponse` model."""

from __future__ import annotations

from ...._model import ApiModel


class CountResponse(ApiModel):
    """`CountResponse`: an object of the v2 API. Every field is optional; unknown fields are
    kept. Answered by `api.v2.banners`: `count`; `api.v2.countries.states`: `count`.
    """

    count: int | None = None
    """At least 1."""
