# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `BrandsCatalogV3MetafieldFull` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class BrandsCatalogV3MetafieldFull(ApiModel):
    """`BrandsCatalogV3MetafieldFull`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    key: str | None = None
    value: str | None = None
    namespace: str | None = None
    permission_set: str | None = None
    description: str | None = None
    resource_type: str | None = None
    resource_id: int | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    owner_client_id: str | None = None


@with_config(REQUEST_CONFIG)
class BrandsCatalogV3MetafieldFullCreate(TypedDict, total=False):
    """The fields to create a `BrandsCatalogV3MetafieldFull` with; unknown keys are refused. Keys
    marked `Required` must be given.
    """

    key: Required[str]
    value: Required[str]
    namespace: Required[str]
    permission_set: Required[
        Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    ]
    description: str
    resource_type: Literal["category", "brand", "product", "variant"]
    resource_id: int


@with_config(REQUEST_CONFIG)
class BrandsCatalogV3MetafieldFullUpdate(TypedDict, total=False):
    """The fields to update a `BrandsCatalogV3MetafieldFull` with; unknown keys are refused."""

    key: str
    value: str
    namespace: str
    permission_set: Literal[
        "app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"
    ]
    description: str
    resource_type: Literal["category", "brand", "product", "variant"]
    resource_id: int
