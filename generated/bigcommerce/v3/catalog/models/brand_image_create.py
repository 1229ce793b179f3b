# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `BrandImageCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from ...._types import Upload


class BrandImageCreate(ApiModel):
    """`BrandImageCreate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    image_file: str | None = None


@with_config(REQUEST_CONFIG)
class BrandImageCreateCreate(TypedDict, total=False):
    """The fields to create a `BrandImageCreate` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    image_file: Upload
