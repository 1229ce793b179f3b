# Generated from spec/v2/options.yaml by codegen (`make generate`); do not edit.
"""The `OptionValue` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel


class OptionValue(ApiModel):
    """`OptionValue`: an object of the v2 `OptionValues` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    option_id: int | None = None
    """Read-only: set by the API, never sent."""
    label: str | None = None
    """Required to create."""
    sort_order: int | None = None
    value: str | None = None
    """Required to create."""
    is_default: bool | None = None

    def update(self, **fields: Unpack[OptionValueUpdate]) -> OptionValue:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.option_values import OptionValues

        return self._resource(OptionValues).update(
            self._parent("option_id"), self._own_id(), **fields
        )

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.option_values import OptionValues

        return self._resource(OptionValues).delete(self._parent("option_id"), self._own_id())


@with_config(REQUEST_CONFIG)
class OptionValueCreate(TypedDict, total=False):
    """The fields to create a `OptionValue` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    label: Required[str]
    sort_order: int
    value: Required[str]
    is_default: bool


@with_config(REQUEST_CONFIG)
class OptionValueUpdate(TypedDict, total=False):
    """The fields to update a `OptionValue` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    label: str
    sort_order: int
    value: str
    is_default: bool
