# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `UpdateConsignmentRequestAddressCustomFieldsItem` model and the bodies of its update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class UpdateConsignmentRequestAddressCustomFieldsItem(ApiModel):
    """`UpdateConsignmentRequestAddressCustomFieldsItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    field_id: str | None = None
    field_value: str | None = None


@with_config(REQUEST_CONFIG)
class UpdateConsignmentRequestAddressCustomFieldsItemUpdate(TypedDict, total=False):
    """The fields to update a `UpdateConsignmentRequestAddressCustomFieldsItem` with; unknown
    keys are sent as given, with an `UnknownArgumentWarning`.
    """

    field_id: str
    field_value: str
