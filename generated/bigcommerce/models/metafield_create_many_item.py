# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `MetafieldCreateManyItem` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class MetafieldCreateManyItem(ApiModel):
    """`MetafieldCreateManyItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    permission_set: str | None = None
    """Required to create and update. One of: `'app_only'`, `'read'`, `'write'`,
    `'read_and_sf_access'`, `'write_and_sf_access'`.
    """
    namespace: str | None = None
    """Required to create and update."""
    key: str | None = None
    """Required to create and update."""
    value: str | None = None
    """Required to create and update."""
    description: str | None = None
    resource_id: int | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class MetafieldCreateManyItemCreate(TypedDict, total=False):
    """The fields to create a `MetafieldCreateManyItem` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    permission_set: Required[
        Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    ]
    namespace: Required[str]
    key: Required[str]
    value: Required[str]
    description: str
    resource_id: Required[int]
