# Generated from spec/imported/v3/store.yaml by codegen (`make generate`); do not edit.
"""The `StoreInformationV3Metafield` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreInformationV3Metafield(ApiModel):
    """`StoreInformationV3Metafield`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    permission_set: str | None = None
    namespace: str | None = None
    key: str | None = None
    value: str | None = None
    description: str | None = None
    resource_type: str | None = None
    resource_id: str | None = None
    id: str | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    owner_client_id: str | None = None


@with_config(REQUEST_CONFIG)
class StoreInformationV3MetafieldCreate(TypedDict, total=False):
    """The fields to create a `StoreInformationV3Metafield` with; unknown keys are refused. Keys
    marked `Required` must be given.
    """

    permission_set: Required[
        Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    ]
    namespace: str
    key: str
    value: str
    description: str
    resource_type: Literal["brand", "product", "variant", "category", "cart", "store"]
    id: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class StoreInformationV3MetafieldUpdate(TypedDict, total=False):
    """The fields to update a `StoreInformationV3Metafield` with; unknown keys are refused."""

    permission_set: Literal[
        "app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"
    ]
    namespace: str
    key: str
    value: str
    description: str
    resource_type: Literal["brand", "product", "variant", "category", "cart", "store"]
    id: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
