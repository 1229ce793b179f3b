# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `EmailStatusUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class EmailStatusUpdate(ApiModel):
    """`EmailStatusUpdate`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.settings.email_statuses`: `get`, `update`.
    """

    abandoned_cart_email: bool | None = None
    account_details_changed_email: bool | None = None
    combined_order_status_email: bool | None = None
    create_account_email: bool | None = None
    create_guest_account_email: bool | None = None
    gift_certificate_email: bool | None = None
    invoice_email: bool | None = None
    order_message_notification_email: bool | None = None
    product_review_email: bool | None = None
    return_confirmation_email: bool | None = None
    return_statuschange_email: bool | None = None


@with_config(REQUEST_CONFIG)
class EmailStatusUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    abandoned_cart_email: bool
    account_details_changed_email: bool
    combined_order_status_email: bool
    create_account_email: bool
    create_guest_account_email: bool
    gift_certificate_email: bool
    invoice_email: bool
    order_message_notification_email: bool
    product_review_email: bool
    return_confirmation_email: bool
    return_statuschange_email: bool
