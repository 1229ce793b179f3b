# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `V3HookAdminUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3HookAdminUpdate(ApiModel):
    """`V3HookAdminUpdate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    emails: list[str] | None = None


@with_config(REQUEST_CONFIG)
class HookAdminUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    emails: list[str]
