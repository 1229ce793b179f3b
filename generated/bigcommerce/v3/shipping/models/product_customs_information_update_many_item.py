# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ProductCustomsInformationUpdateManyItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductCustomsInformationUpdateManyItemModel(ApiModel):
    """`ProductCustomsInformationUpdateManyItemModel`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    product_id: int | None = None
    """Required to create and update."""
    country_of_origin: str | None = None
    """Required to create and update."""
    commodity_description: str | None = None
    """Required to create and update. At most 100 characters."""
    international_shipping: bool | None = None
    """Required to create and update. One of: `True`, `False`."""
    hs_codes: dict[str, Any] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ProductCustomsInformationUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    product_id: Required[int]
    country_of_origin: Required[str]
    commodity_description: Required[str]
    """At most 100 characters."""
    international_shipping: Required[Literal[True, False]]
    hs_codes: Required[dict[str, Any]]
