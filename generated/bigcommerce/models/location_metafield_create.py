# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationMetafieldCreate` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class LocationMetafieldCreate(ApiModel):
    """`LocationMetafieldCreate`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    key: str | None = None
    """Required to create."""
    value: str | None = None
    """Required to create."""
    namespace: str | None = None
    """Required to create."""
    permission_set: str | None = None
    """Required to create. One of: `'app_only'`, `'read'`, `'write'`, `'read_and_sf_access'`,
    `'write_and_sf_access'`.
    """
    description: str | None = None


@with_config(REQUEST_CONFIG)
class LocationMetafieldCreateCreate(TypedDict, total=False):
    """The fields to create a `LocationMetafieldCreate` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    key: Required[str]
    value: Required[str]
    namespace: Required[str]
    permission_set: Required[
        Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    ]
    description: str


@with_config(REQUEST_CONFIG)
class LocationMetafieldCreateUpdate(TypedDict, total=False):
    """The fields to update a `LocationMetafieldCreate` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    key: str
    value: str
    namespace: str
    permission_set: Literal[
        "app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"
    ]
    description: str
