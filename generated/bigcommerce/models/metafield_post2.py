# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `MetafieldPost2` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class MetafieldPost2(ApiModel):
    """`MetafieldPost2`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    namespace: str | None = None
    """Required to create."""
    key: str | None = None
    """Required to create."""
    value: str | None = None
    """Required to create."""
    permission_set: str | None = None
    """Required to create and update. One of: `'app_only'`, `'read'`, `'write'`,
    `'read_and_sf_access'`, `'write_and_sf_access'`.
    """
    description: str | None = None


@with_config(REQUEST_CONFIG)
class MetafieldPost2Create(TypedDict, total=False):
    """The fields to create a `MetafieldPost2` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    namespace: Required[str]
    key: Required[str]
    value: Required[str]
    permission_set: Required[
        Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    ]
    description: str
