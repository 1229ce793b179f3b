# Generated from spec/v2/options.yaml by codegen (`make generate`); do not edit.
"""The `Option` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from pydantic import Field, with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .._query import Id
from .resource_link import ResourceLink

if TYPE_CHECKING:
    from .option_value import OptionValue


class Option(ApiModel):
    """`Option`: an object of the v2 `Options` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Required to create."""
    display_name: str | None = None
    type: str | None = None
    """One of: `'C'`, `'D'`, `'F'`, `'MT'`, `'N'`, `'P'`, `'PI'`, `'RB'`, `'RT'`, `'S'`, `'CS'`,
    `'T'`.
    """
    product_id: int | None = None
    """Read-only: set by the API, never sent."""
    values_: ResourceLink | None = Field(default=None, alias="values")
    """Read-only: set by the API, never sent."""

    def update(self, **fields: Unpack[OptionUpdate]) -> Option:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.options import Options

        return self._resource(Options).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.options import Options

        return self._resource(Options).delete(self._own_id())

    @overload
    def values(self) -> list[OptionValue]: ...
    @overload
    def values(self, id: Id) -> OptionValue: ...
    def values(self, id: Id | None = None) -> list[OptionValue] | OptionValue:
        """This object's `OptionValues`: one page of them, or the one with `id`."""
        from ..resources.option_values import OptionValues

        resource = self._sibling(OptionValues)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)


@with_config(REQUEST_CONFIG)
class OptionCreate(TypedDict, total=False):
    """The fields to create a `Option` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    name: Required[str]
    display_name: str
    type: Literal["C", "D", "F", "MT", "N", "P", "PI", "RB", "RT", "S", "CS", "T"]


@with_config(REQUEST_CONFIG)
class OptionUpdate(TypedDict, total=False):
    """The fields to update a `Option` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    display_name: str
    type: Literal["C", "D", "F", "MT", "N", "P", "PI", "RB", "RT", "S", "CS", "T"]
