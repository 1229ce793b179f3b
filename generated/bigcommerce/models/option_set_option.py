# Generated from spec/v2/option_sets.yaml by codegen (`make generate`); do not edit.
"""The `OptionSetOption` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .option_set_option_value import OptionSetOptionValue
from .resource_link import ResourceLink


class OptionSetOption(ApiModel):
    """`OptionSetOption`: an object of the v2 `OptionSetOptions` resource. Every field but `id`
    is optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    option_id: int | None = None
    """Sent on create only: the API refuses it on update. Required to create."""
    option_set_id: int | None = None
    """Read-only: set by the API, never sent."""
    display_name: str | None = None
    sort_order: int | None = None
    is_required: bool | None = None
    option: ResourceLink | None = None
    """Read-only: set by the API, never sent."""
    values: list[OptionSetOptionValue] | None = None
    """Read-only: set by the API, never sent."""

    def update(self, **fields: Unpack[OptionSetOptionUpdate]) -> OptionSetOption:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.option_set_options import OptionSetOptions

        return self._resource(OptionSetOptions).update(
            self._parent("option_set_id"), self._own_id(), **fields
        )

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.option_set_options import OptionSetOptions

        return self._resource(OptionSetOptions).delete(
            self._parent("option_set_id"), self._own_id()
        )


@with_config(REQUEST_CONFIG)
class OptionSetOptionCreate(TypedDict, total=False):
    """The fields to create a `OptionSetOption` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    option_id: Required[int]
    """Sent on create only: the API refuses it on update."""
    display_name: str
    sort_order: int
    is_required: bool


@with_config(REQUEST_CONFIG)
class OptionSetOptionUpdate(TypedDict, total=False):
    """The fields to update a `OptionSetOption` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    display_name: str
    sort_order: int
    is_required: bool
