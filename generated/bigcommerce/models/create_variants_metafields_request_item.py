# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateVariantsMetafieldsRequestItem` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CreateVariantsMetafieldsRequestItem(ApiModel):
    """`CreateVariantsMetafieldsRequestItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    key: str | None = None
    """Required to create and update."""
    value: str | None = None
    """Required to create and update."""
    namespace: str | None = None
    """Required to create and update."""
    permission_set: str | None = None
    """Required to create and update. One of: `'app_only'`, `'read'`, `'write'`,
    `'read_and_sf_access'`, `'write_and_sf_access'`.
    """
    description: str | None = None
    resource_id: int | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class CreateVariantsMetafieldsRequestItemCreate(TypedDict, total=False):
    """The fields to create a `CreateVariantsMetafieldsRequestItem` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the
    documents require.
    """

    key: Required[str]
    value: Required[str]
    namespace: Required[str]
    permission_set: Required[
        Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    ]
    description: str
    resource_id: Required[int]
