# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `PutSite` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class PutSite(ApiModel):
    """`PutSite`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    url: str | None = None


@with_config(REQUEST_CONFIG)
class PutSiteUpdate(TypedDict, total=False):
    """The fields to update a `PutSite` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    url: str
