# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `ConfiguredFiltersOverride` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .configured_filter import ConfiguredFilter, ConfiguredFilterCreate, ConfiguredFilterUpdate
from .search_filter_override_context_identifier import (
    SearchFilterOverrideContextIdentifier,
    SearchFilterOverrideContextIdentifierCreate,
    SearchFilterOverrideContextIdentifierUpdate,
)


class ConfiguredFiltersOverride(ApiModel):
    """`ConfiguredFiltersOverride`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    context: SearchFilterOverrideContextIdentifier | None = None
    data: list[ConfiguredFilter] | None = None


@with_config(REQUEST_CONFIG)
class ConfiguredFiltersOverrideCreate(TypedDict, total=False):
    """The fields to create a `ConfiguredFiltersOverride` with; unknown keys are refused."""

    context: SearchFilterOverrideContextIdentifierCreate
    data: list[ConfiguredFilterCreate]


@with_config(REQUEST_CONFIG)
class ConfiguredFiltersOverrideUpdate(TypedDict, total=False):
    """The fields to update a `ConfiguredFiltersOverride` with; unknown keys are refused."""

    context: SearchFilterOverrideContextIdentifierUpdate
    data: list[ConfiguredFilterUpdate]
