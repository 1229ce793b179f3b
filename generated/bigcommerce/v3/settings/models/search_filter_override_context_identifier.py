# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `SearchFilterOverrideContextIdentifier` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class SearchFilterOverrideContextIdentifier(ApiModel):
    """`SearchFilterOverrideContextIdentifier`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    category_id: int | None = None
    channel_id: int | None = None


@with_config(REQUEST_CONFIG)
class SearchFilterOverrideContextIdentifierUpdate(TypedDict, total=False):
    """The fields to update a `SearchFilterOverrideContextIdentifier` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    category_id: int
    channel_id: int
