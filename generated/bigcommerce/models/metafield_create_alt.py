# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `MetafieldCreateAlt` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class MetafieldCreateAlt(ApiModel):
    """`MetafieldCreateAlt`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
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


@with_config(REQUEST_CONFIG)
class MetafieldCreateAltCreate(TypedDict, total=False):
    """The fields to create a `MetafieldCreateAlt` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    permission_set: Required[
        Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    ]
    namespace: Required[str]
    key: Required[str]
    value: Required[str]
    description: str


@with_config(REQUEST_CONFIG)
class MetafieldCreateAltUpdate(TypedDict, total=False):
    """The fields to update a `MetafieldCreateAlt` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    permission_set: Required[
        Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    ]
    namespace: Required[str]
    key: Required[str]
    value: Required[str]
    description: str
