# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutsSettings` model."""

from __future__ import annotations

from ...._model import ApiModel


class CheckoutsSettings(ApiModel):
    """`CheckoutsSettings`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.checkouts.settings`: `get`, `update`.
    """

    custom_checkout_script_url: str | None = None
    order_confirmation_use_custom_checkout_script: bool | None = None
    custom_order_confirmation_script_url: str | None = None
    custom_checkout_supports_uco_settings: bool | None = None
    custom_checkout_sri_hash: str | None = None
    custom_order_confirmation_sri_hash: str | None = None
