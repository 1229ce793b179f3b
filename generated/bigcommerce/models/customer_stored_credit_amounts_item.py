# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerStoredCreditAmountsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CustomerStoredCreditAmountsItem(ApiModel):
    """`CustomerStoredCreditAmountsItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    amount: int | float | None = None


@with_config(REQUEST_CONFIG)
class CustomerStoredCreditAmountsItemCreate(TypedDict, total=False):
    """The fields to create a `CustomerStoredCreditAmountsItem` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    amount: int | float


@with_config(REQUEST_CONFIG)
class CustomerStoredCreditAmountsItemUpdate(TypedDict, total=False):
    """The fields to update a `CustomerStoredCreditAmountsItem` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    amount: int | float
