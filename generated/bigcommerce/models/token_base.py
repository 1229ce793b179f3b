# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `TokenBase` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class TokenBase(ApiModel):
    """`TokenBase`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    token: str | None = None


@with_config(REQUEST_CONFIG)
class TokenBaseCreate(TypedDict, total=False):
    """The fields to create a `TokenBase` with; unknown keys are refused."""

    token: str


@with_config(REQUEST_CONFIG)
class TokenBaseUpdate(TypedDict, total=False):
    """The fields to update a `TokenBase` with; unknown keys are refused."""

    token: str
