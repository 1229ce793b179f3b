# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `CVVResult` model."""

from __future__ import annotations

from ...._model import ApiModel


class CVVResult(ApiModel):
    """`CVVResult`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    code: str | None = None
    message: str | None = None
