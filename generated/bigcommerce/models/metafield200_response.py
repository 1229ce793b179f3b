# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `Metafield200Response` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class Metafield200Response(ApiModel):
    """`Metafield200Response`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    id: int | None = None
    permission_set: str | None = None
    namespace: str | None = None
    key: str | None = None
    value: str | None = None
    description: str | None = None
    resource_type: str | None = None
    resource_id: int | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class Metafield200ResponseCreate(TypedDict, total=False):
    """The fields to create a `Metafield200Response` with; unknown keys are refused. Keys marked
    `Required` must be given.
    """

    id: int
    permission_set: Literal[
        "app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"
    ]
    namespace: Required[str]
    key: Required[str]
    value: Required[str]
    description: str
    resource_type: Required[Literal["category", "brand", "product", "variant"]]
    resource_id: Required[int]
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class Metafield200ResponseUpdate(TypedDict, total=False):
    """The fields to update a `Metafield200Response` with; unknown keys are refused."""

    id: int
    permission_set: Literal[
        "app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"
    ]
    namespace: str
    key: str
    value: str
    description: str
    resource_type: Literal["category", "brand", "product", "variant"]
    resource_id: int
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
