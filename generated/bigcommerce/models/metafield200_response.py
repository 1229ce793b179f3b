# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `Metafield200Response` model."""

from __future__ import annotations

import datetime as _dt

from .._model import ApiModel


class Metafield200Response(ApiModel):
    """`Metafield200Response`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    permission_set: str | None = None
    namespace: str | None = None
    key: str | None = None
    value: str | None = None
    description: str | None = None
    resource_type: str | None = None
    resource_id: int | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
