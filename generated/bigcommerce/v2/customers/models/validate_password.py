# Generated from spec/imported/v2/customers.yaml by codegen (`make generate`); do not edit.
"""The `ValidatePassword` model."""

from __future__ import annotations

from ...._model import ApiModel


class ValidatePassword(ApiModel):
    """`ValidatePassword`: an object of the v2 API. Every field is optional; unknown fields are
    kept. Answered by `api.v2.customers`: `validate`.
    """

    success: bool | None = None
