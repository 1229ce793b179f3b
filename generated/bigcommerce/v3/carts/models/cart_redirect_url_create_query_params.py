# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartRedirectUrlCreateQueryParams` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CartRedirectUrlCreateQueryParams(ApiModel):
    """`CartRedirectUrlCreateQueryParams`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    key: str | None = None
    value: str | None = None


@with_config(REQUEST_CONFIG)
class CartRedirectUrlCreateQueryParamsCreate(TypedDict, total=False):
    """The fields to create a `CartRedirectUrlCreateQueryParams` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    key: str
    value: str
