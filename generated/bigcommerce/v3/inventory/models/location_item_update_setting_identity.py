# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationItemUpdateSettingIdentity` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class LocationItemUpdateSettingIdentity(ApiModel):
    """`LocationItemUpdateSettingIdentity`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    sku: str | None = None
    variant_id: int | None = None
    product_id: int | None = None


@with_config(REQUEST_CONFIG)
class LocationItemUpdateSettingIdentityUpdate(TypedDict, total=False):
    """The fields to update a `LocationItemUpdateSettingIdentity` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    sku: str
    variant_id: int
    product_id: int
