# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `ResponseConnectionDataTarget` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ResponseConnectionDataTarget(ApiModel):
    """`ResponseConnectionDataTarget`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    country_codes: list[str] | None = None
    subdivision_codes: list[str] | None = None


@with_config(REQUEST_CONFIG)
class ResponseConnectionDataTargetCreate(TypedDict, total=False):
    """The fields to create a `ResponseConnectionDataTarget` with; unknown keys are refused."""

    country_codes: list[str]
    subdivision_codes: list[str]


@with_config(REQUEST_CONFIG)
class ResponseConnectionDataTargetUpdate(TypedDict, total=False):
    """The fields to update a `ResponseConnectionDataTarget` with; unknown keys are refused."""

    country_codes: list[str]
    subdivision_codes: list[str]
