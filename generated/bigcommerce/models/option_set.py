# Generated from spec/v2/option_sets.yaml by codegen (`make generate`); do not edit.
"""The `OptionSet` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from pydantic import Field, with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .._query import Id
from .resource_link import ResourceLink

if TYPE_CHECKING:
    from .option_set_option import OptionSetOption


class OptionSet(ApiModel):
    """`OptionSet`: an object of the v2 `OptionSets` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Required to create."""
    options_: ResourceLink | None = Field(default=None, alias="options")
    """Read-only: set by the API, never sent."""

    def update(self, **fields: Unpack[OptionSetUpdate]) -> OptionSet:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.option_sets import OptionSets

        return self._resource(OptionSets).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.option_sets import OptionSets

        return self._resource(OptionSets).delete(self._own_id())

    @overload
    def options(self) -> list[OptionSetOption]: ...
    @overload
    def options(self, id: Id) -> OptionSetOption: ...
    def options(self, id: Id | None = None) -> list[OptionSetOption] | OptionSetOption:
        """This object's `OptionSetOptions`: one page of them, or the one with `id`."""
        from ..resources.option_set_options import OptionSetOptions

        resource = self._sibling(OptionSetOptions)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)


@with_config(REQUEST_CONFIG)
class OptionSetCreate(TypedDict, total=False):
    """The fields to create a `OptionSet` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    name: Required[str]


@with_config(REQUEST_CONFIG)
class OptionSetUpdate(TypedDict, total=False):
    """The fields to update a `OptionSet` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
