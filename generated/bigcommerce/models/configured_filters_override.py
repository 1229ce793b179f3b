# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `ConfiguredFiltersOverride` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .configured_filter import ConfiguredFilter, ConfiguredFilterUpdate
from .search_filter_override_context_identifier import (
    SearchFilterOverrideContextIdentifier,
    SearchFilterOverrideContextIdentifierUpdate,
)


class ConfiguredFiltersOverride(ApiModel):
    """`ConfiguredFiltersOverride`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    context: SearchFilterOverrideContextIdentifier | None = None
    data: list[ConfiguredFilter] | None = None


@with_config(REQUEST_CONFIG)
class ConfiguredFiltersOverrideUpdate(TypedDict, total=False):
    """The fields to update a `ConfiguredFiltersOverride` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    context: SearchFilterOverrideContextIdentifierUpdate
    data: list[ConfiguredFilterUpdate]
