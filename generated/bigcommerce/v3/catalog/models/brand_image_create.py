# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `BrandImageCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from ...._types import Upload


class BrandImageCreateModel(ApiModel):
    """`BrandImageCreateModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    image_file: str | None = None


@with_config(REQUEST_CONFIG)
class BrandImageCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    image_file: Upload
