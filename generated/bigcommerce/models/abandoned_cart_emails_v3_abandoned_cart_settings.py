# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `AbandonedCartEmailsV3AbandonedCartSettings` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class AbandonedCartEmailsV3AbandonedCartSettings(ApiModel):
    """`AbandonedCartEmailsV3AbandonedCartSettings`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    use_global: bool | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class AbandonedCartEmailsV3AbandonedCartSettingsUpdate(TypedDict, total=False):
    """The fields to update a `AbandonedCartEmailsV3AbandonedCartSettings` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the
    documents require.
    """

    use_global: Required[bool]
