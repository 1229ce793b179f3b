# Generated from spec/v2/redirects.yaml by codegen (`make generate`); do not edit.
"""The `RedirectForward` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class RedirectForward(ApiModel):
    """`RedirectForward`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    type: str | None = None
    ref: Any | None = None


@with_config(REQUEST_CONFIG)
class RedirectForwardCreate(TypedDict, total=False):
    """The fields to create a `RedirectForward` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    type: str
    ref: Any


@with_config(REQUEST_CONFIG)
class RedirectForwardUpdate(TypedDict, total=False):
    """The fields to update a `RedirectForward` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    type: str
    ref: Any
