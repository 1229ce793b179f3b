# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxClassBatchPostItemModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class TaxClassBatchPostItemModel(ApiModel):
    """`TaxClassBatchPostItemModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    name: str | None = None
    """Required to create and update. From 1 to 100 characters."""


@with_config(REQUEST_CONFIG)
class TaxClassBatchPostItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    name: Required[str]
    """From 1 to 100 characters."""
