# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateBrandImageResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CreateBrandImageResponseData(ApiModel):
    """`CreateBrandImageResponseData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    image_url: str | None = None


@with_config(REQUEST_CONFIG)
class CreateBrandImageResponseDataCreate(TypedDict, total=False):
    """The fields to create a `CreateBrandImageResponseData` with; unknown keys are refused."""

    image_url: str


@with_config(REQUEST_CONFIG)
class CreateBrandImageResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `CreateBrandImageResponseData` with; unknown keys are refused."""

    image_url: str
