# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `FilterContextUpsertItem` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .search_filter_override_context_identifier import (
    SearchFilterOverrideContextIdentifier,
    SearchFilterOverrideContextIdentifierUpdate,
)
from .search_filter_update_many_item import (
    SearchFilterUpdateManyItem,
    SearchFilterUpdateManyItemBody,
)


class FilterContextUpsertItem(ApiModel):
    """`FilterContextUpsertItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.settings.search.filters.contexts`: `all`, `upsert`.
    """

    context: SearchFilterOverrideContextIdentifier | None = None
    data: list[SearchFilterUpdateManyItem] | None = None


@with_config(REQUEST_CONFIG)
class FilterContextUpsertItemBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    context: SearchFilterOverrideContextIdentifierUpdate
    data: list[SearchFilterUpdateManyItemBody]
