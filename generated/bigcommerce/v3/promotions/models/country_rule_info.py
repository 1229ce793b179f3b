# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `CountryRuleInfo` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CountryRuleInfo(ApiModel):
    """`CountryRuleInfo`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    iso2_country_code: str | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class CountryRuleInfoCreate(TypedDict, total=False):
    """The fields to create a `CountryRuleInfo` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    iso2_country_code: Required[str]


@with_config(REQUEST_CONFIG)
class CountryRuleInfoUpdate(TypedDict, total=False):
    """The fields to update a `CountryRuleInfo` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    iso2_country_code: Required[str]
