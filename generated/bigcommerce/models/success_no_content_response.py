# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `SuccessNoContentResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .meta_data import MetaData, MetaDataCreate, MetaDataUpdate


class SuccessNoContentResponse(ApiModel):
    """`SuccessNoContentResponse`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    meta: MetaData | None = None


@with_config(REQUEST_CONFIG)
class SuccessNoContentResponseCreate(TypedDict, total=False):
    """The fields to create a `SuccessNoContentResponse` with; unknown keys are refused."""

    meta: MetaDataCreate


@with_config(REQUEST_CONFIG)
class SuccessNoContentResponseUpdate(TypedDict, total=False):
    """The fields to update a `SuccessNoContentResponse` with; unknown keys are refused."""

    meta: MetaDataUpdate
