# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `AddressMatcher` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .country_address_matcher import (
    CountryAddressMatcher,
    CountryAddressMatcherCreate,
    CountryAddressMatcherUpdate,
)
from .country_rule_info import CountryRuleInfo, CountryRuleInfoCreate, CountryRuleInfoUpdate


class AddressMatcher(ApiModel):
    """`AddressMatcher`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    countries: list[CountryRuleInfo] | None = None
    not_: CountryAddressMatcher | None = Field(default=None, alias="not")


AddressMatcherCreate = TypedDict(
    "AddressMatcherCreate",
    {
        "countries": list[CountryRuleInfoCreate],
        "not": CountryAddressMatcherCreate,
    },
    total=False,
)
"""The fields to create a `AddressMatcher` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(AddressMatcherCreate)


AddressMatcherUpdate = TypedDict(
    "AddressMatcherUpdate",
    {
        "countries": list[CountryRuleInfoUpdate],
        "not": CountryAddressMatcherUpdate,
    },
    total=False,
)
"""The fields to update a `AddressMatcher` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(AddressMatcherUpdate)
