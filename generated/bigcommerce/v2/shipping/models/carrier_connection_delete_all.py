# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `CarrierConnectionDeleteAllModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CarrierConnectionDeleteAllModel(ApiModel):
    """`CarrierConnectionDeleteAllModel`: an object of the v2 API. Every field is optional;
    unknown fields are kept.
    """

    carrier_id: str | None = None


@with_config(REQUEST_CONFIG)
class CarrierConnectionDeleteAll(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    carrier_id: str
