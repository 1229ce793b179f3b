# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `GetCatalogSummaryResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class GetCatalogSummaryResponseData(ApiModel):
    """`GetCatalogSummaryResponseData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    inventory_count: int | None = None
    inventory_value: float | None = None
    primary_category_id: int | None = None
    primary_category_name: str | None = None
    variant_count: int | None = None
    highest_variant_price: float | None = None
    average_variant_price: float | None = None
    lowest_variant_price: str | None = None
    oldest_variant_date: str | None = None
    newest_variant_date: str | None = None


@with_config(REQUEST_CONFIG)
class GetCatalogSummaryResponseDataCreate(TypedDict, total=False):
    """The fields to create a `GetCatalogSummaryResponseData` with; unknown keys are refused."""

    inventory_count: int
    inventory_value: float
    primary_category_id: int
    primary_category_name: str
    variant_count: int
    highest_variant_price: float
    average_variant_price: float
    lowest_variant_price: str
    oldest_variant_date: str
    newest_variant_date: str


@with_config(REQUEST_CONFIG)
class GetCatalogSummaryResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `GetCatalogSummaryResponseData` with; unknown keys are refused."""

    inventory_count: int
    inventory_value: float
    primary_category_id: int
    primary_category_name: str
    variant_count: int
    highest_variant_price: float
    average_variant_price: float
    lowest_variant_price: str
    oldest_variant_date: str
    newest_variant_date: str
