# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `UpdateHooksAdminRequest` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class UpdateHooksAdminRequest(ApiModel):
    """`UpdateHooksAdminRequest`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    emails: list[str] | None = None


@with_config(REQUEST_CONFIG)
class UpdateHooksAdminRequestUpdate(TypedDict, total=False):
    """The fields to update a `UpdateHooksAdminRequest` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    emails: list[str]
