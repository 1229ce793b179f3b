# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `PriceList` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class PriceList(ApiModel):
    """`PriceList`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.pricelists`: `all`, `create`, `get`, `update`.
    """

    id: int
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    name: str | None = None
    """Required to create."""
    active: bool | None = None
