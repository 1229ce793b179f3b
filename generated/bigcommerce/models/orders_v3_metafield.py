# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrdersV3Metafield` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class OrdersV3Metafield(ApiModel):
    """`OrdersV3Metafield`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    permission_set: str | None = None
    namespace: str | None = None
    key: str | None = None
    value: str | None = None
    description: str | None = None
    resource_type: str | None = None
    resource_id: int | None = None
    id: int | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    owner_client_id: str | None = None


@with_config(REQUEST_CONFIG)
class OrdersV3MetafieldCreate(TypedDict, total=False):
    """The fields to create a `OrdersV3Metafield` with; unknown keys are refused. Keys marked
    `Required` must be given.
    """

    permission_set: Required[
        Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    ]
    namespace: str
    key: str
    value: str
    description: str
    resource_type: Literal["order", "brand", "product", "variant", "category"]
    id: int
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class OrdersV3MetafieldUpdate(TypedDict, total=False):
    """The fields to update a `OrdersV3Metafield` with; unknown keys are refused."""

    permission_set: Literal[
        "app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"
    ]
    namespace: str
    key: str
    value: str
    description: str
    resource_type: Literal["order", "brand", "product", "variant", "category"]
    id: int
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
