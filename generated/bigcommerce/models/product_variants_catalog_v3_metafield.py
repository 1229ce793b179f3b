# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductVariantsCatalogV3Metafield` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ProductVariantsCatalogV3Metafield(ApiModel):
    """`ProductVariantsCatalogV3Metafield`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    id: int | None = None
    key: str | None = None
    value: str | None = None
    namespace: str | None = None
    permission_set: str | None = None
    resource_type: str | None = None
    resource_id: int | None = None
    description: str | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    owner_client_id: str | None = None


@with_config(REQUEST_CONFIG)
class ProductVariantsCatalogV3MetafieldCreate(TypedDict, total=False):
    """The fields to create a `ProductVariantsCatalogV3Metafield` with; unknown keys are refused."""

    id: int
    key: str
    value: str
    namespace: str
    permission_set: Literal[
        "app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"
    ]
    resource_type: Literal[
        "brand",
        "product",
        "variant",
        "category",
        "cart",
        "channel",
        "location",
        "order",
        "customer",
    ]
    resource_id: int
    description: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    owner_client_id: str


@with_config(REQUEST_CONFIG)
class ProductVariantsCatalogV3MetafieldUpdate(TypedDict, total=False):
    """The fields to update a `ProductVariantsCatalogV3Metafield` with; unknown keys are refused."""

    id: int
    key: str
    value: str
    namespace: str
    permission_set: Literal[
        "app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"
    ]
    resource_type: Literal[
        "brand",
        "product",
        "variant",
        "category",
        "cart",
        "channel",
        "location",
        "order",
        "customer",
    ]
    resource_id: int
    description: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    owner_client_id: str
