# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `CountryAddressMatcher` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .country_rule_info import CountryRuleInfo, CountryRuleInfoCreate, CountryRuleInfoUpdate


class CountryAddressMatcher(ApiModel):
    """`CountryAddressMatcher`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    countries: list[CountryRuleInfo] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class CountryAddressMatcherCreate(TypedDict, total=False):
    """The fields to create a `CountryAddressMatcher` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    countries: Required[list[CountryRuleInfoCreate]]


@with_config(REQUEST_CONFIG)
class CountryAddressMatcherUpdate(TypedDict, total=False):
    """The fields to update a `CountryAddressMatcher` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    countries: Required[list[CountryRuleInfoUpdate]]
