# Generated from spec/v2/countries.yaml by codegen (`make generate`); do not edit.
"""The `Country` model."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from pydantic import Field

from .._model import ApiModel
from .._query import Id
from .resource_link import ResourceLink

if TYPE_CHECKING:
    from .country_state import CountryState


class Country(ApiModel):
    """`Country`: an object of the v2 `Countries` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    country: str | None = None
    """Read-only: set by the API, never sent."""
    country_iso2: str | None = None
    """Read-only: set by the API, never sent."""
    country_iso3: str | None = None
    """Read-only: set by the API, never sent."""
    states_: ResourceLink | None = Field(default=None, alias="states")
    """Read-only: set by the API, never sent."""

    @overload
    def states(self) -> list[CountryState]: ...
    @overload
    def states(self, id: Id) -> CountryState: ...
    def states(self, id: Id | None = None) -> list[CountryState] | CountryState:
        """This object's `CountryStates`: one page of them, or the one with `id`."""
        from ..resources.country_states import CountryStates

        resource = self._sibling(CountryStates)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)
