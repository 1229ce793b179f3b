# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ResourceLink` model."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import DICT_MODEL_CONFIG


@with_config(DICT_MODEL_CONFIG)
class ResourceLink(TypedDict, total=False):
    """`ResourceLink`: a dict in answers of the v2 API; unknown keys are kept."""

    url: str | None
    """Read-only: set by the API, never sent."""
    resource: str | None
    """Read-only: set by the API, never sent."""
