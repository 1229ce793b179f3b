# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `EmailTemplateUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .locale import Locale, LocaleUpdate


class EmailTemplateUpdate(ApiModel):
    """`EmailTemplateUpdate`: an object of the v3 API. Every field is optional; unknown fields
    are kept. Answered by `api.marketing.email_templates`: `all`, `get`, `update`.
    """

    type_id: str | None = None
    """One of: `'abandoned_cart_email'`, `'account_details_changed_email'`,
    `'combined_order_status_email'`, `'createaccount_email'`, `'createguestaccount_email'`,
    `'giftcertificate_email'`, `'invoice_email'`, `'ordermessage_notification'`,
    `'return_confirmation_email'`, `'return_statuschange_email'`, `'product_review_email'`,
    `'account_reset_password_email'`.
    """
    body: str | None = None
    translations: list[Locale] | None = None
    subject: str | None = None


@with_config(REQUEST_CONFIG)
class EmailTemplateUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    type_id: Literal[
        "abandoned_cart_email",
        "account_details_changed_email",
        "combined_order_status_email",
        "createaccount_email",
        "createguestaccount_email",
        "giftcertificate_email",
        "invoice_email",
        "ordermessage_notification",
        "return_confirmation_email",
        "return_statuschange_email",
        "product_review_email",
        "account_reset_password_email",
    ]
    body: str
    translations: list[LocaleUpdate]
    subject: str
