# Generated from spec/v2/currencies.yaml by codegen (`make generate`); do not edit.
"""The `Currency` model and the bodies of its create and update calls."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel


class Currency(ApiModel):
    """`Currency`: an object of the v2 `Currencies` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    is_default: bool | None = None
    last_updated: str | None = None
    """Read-only: set by the API, never sent."""
    country_iso2: str | None = None
    default_for_country_codes: list[str] | None = None
    """Read-only: set by the API, never sent."""
    currency_code: str | None = None
    """Sent on create only: the API refuses it on update. Required to create."""
    currency_exchange_rate: str | None = None
    """Required to create."""
    auto_update: bool | None = None
    token_location: str | None = None
    """Required to create. One of: `'left'`, `'right'`."""
    token: str | None = None
    """Required to create."""
    decimal_token: str | None = None
    """Required to create."""
    thousands_token: str | None = None
    """Required to create."""
    decimal_places: int | None = None
    """Required to create."""
    name: str | None = None
    """Required to create."""
    enabled: bool | None = None
    is_transactional: bool | None = None
    use_default_name: bool | None = None
    """Read-only: set by the API, never sent."""

    def update(self, **fields: Unpack[CurrencyUpdate]) -> Currency:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.currencies import Currencies

        return self._resource(Currencies).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.currencies import Currencies

        return self._resource(Currencies).delete(self._own_id())


@with_config(REQUEST_CONFIG)
class CurrencyCreate(TypedDict, total=False):
    """The fields to create a `Currency` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    is_default: bool
    country_iso2: str
    currency_code: Required[str]
    """Sent on create only: the API refuses it on update."""
    currency_exchange_rate: Required[Decimal | float | int | str]
    auto_update: bool
    token_location: Required[Literal["left", "right"]]
    token: Required[str]
    decimal_token: Required[str]
    thousands_token: Required[str]
    decimal_places: Required[int]
    name: Required[str]
    enabled: bool
    is_transactional: bool


@with_config(REQUEST_CONFIG)
class CurrencyUpdate(TypedDict, total=False):
    """The fields to update a `Currency` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    is_default: bool
    country_iso2: str
    currency_exchange_rate: Decimal | float | int | str
    auto_update: bool
    token_location: Literal["left", "right"]
    token: str
    decimal_token: str
    thousands_token: str
    decimal_places: int
    name: str
    enabled: bool
    is_transactional: bool
