# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `DeleteCarrierConnectionRequest` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class DeleteCarrierConnectionRequest(ApiModel):
    """`DeleteCarrierConnectionRequest`: an object of the v2 API. Every field is optional;
    unknown fields are kept.
    """

    carrier_id: str | None = None


@with_config(REQUEST_CONFIG)
class DeleteCarrierConnectionRequestCreate(TypedDict, total=False):
    """The fields to create a `DeleteCarrierConnectionRequest` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    carrier_id: str
