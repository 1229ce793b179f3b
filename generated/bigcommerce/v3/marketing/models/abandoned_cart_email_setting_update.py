# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `AbandonedCartEmailSettingUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class AbandonedCartEmailSettingUpdate(ApiModel):
    """`AbandonedCartEmailSettingUpdate`: an object of the v3 API. Every field is optional;
    unknown fields are kept. Answered by `api.marketing.abandoned_cart_emails.settings`:
    `get`, `update`.
    """

    use_global: bool | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class AbandonedCartEmailSettingUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    use_global: Required[bool]
