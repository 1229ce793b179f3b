# Generated from spec/v2/redirects.yaml by codegen (`make generate`); do not edit.
"""The `Redirect` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .redirect_forward import RedirectForward, RedirectForwardCreate, RedirectForwardUpdate


class Redirect(ApiModel):
    """`Redirect`: an object of the v2 `Redirects` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    path: str | None = None
    """Required to create."""
    forward: RedirectForward | None = None
    """Required to create."""
    url: str | None = None
    """Read-only: set by the API, never sent."""

    def update(self, **fields: Unpack[RedirectUpdate]) -> Redirect:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.redirects import Redirects

        return self._resource(Redirects).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.redirects import Redirects

        return self._resource(Redirects).delete(self._own_id())


@with_config(REQUEST_CONFIG)
class RedirectCreate(TypedDict, total=False):
    """The fields to create a `Redirect` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    path: Required[str]
    forward: Required[RedirectForwardCreate]


@with_config(REQUEST_CONFIG)
class RedirectUpdate(TypedDict, total=False):
    """The fields to update a `Redirect` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    path: str
    forward: RedirectForwardUpdate
