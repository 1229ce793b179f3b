# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `ProviderConnection` model."""

from __future__ import annotations

from ...._model import ApiModel
from .provider_connection_target import ProviderConnectionTarget


class ProviderConnection(ApiModel):
    """`ProviderConnection`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.tax.providers.connection`: `delete_all`, `get`, `update`.
    """

    username: str | None = None
    configured: bool | None = None
    profile: str | None = None
    target: ProviderConnectionTarget | None = None
