# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `ImexImportCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from ...._types import Upload


class ImexImportCreateModel(ApiModel):
    """`ImexImportCreateModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    import_file: str | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ImexImportCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    import_file: Required[Upload]
