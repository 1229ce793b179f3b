# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `GetThemeCustomTemplatesResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class GetThemeCustomTemplatesResponseData(ApiModel):
    """`GetThemeCustomTemplatesResponseData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    product: list[str] | None = None
    category: list[str] | None = None
    brand: list[str] | None = None
    page: list[str] | None = None


@with_config(REQUEST_CONFIG)
class GetThemeCustomTemplatesResponseDataCreate(TypedDict, total=False):
    """The fields to create a `GetThemeCustomTemplatesResponseData` with; unknown keys are
    refused.
    """

    product: list[str]
    category: list[str]
    brand: list[str]
    page: list[str]


@with_config(REQUEST_CONFIG)
class GetThemeCustomTemplatesResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `GetThemeCustomTemplatesResponseData` with; unknown keys are
    refused.
    """

    product: list[str]
    category: list[str]
    brand: list[str]
    page: list[str]
