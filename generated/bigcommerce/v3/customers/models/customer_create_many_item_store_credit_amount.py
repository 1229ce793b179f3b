# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerCreateManyItemStoreCreditAmount` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CustomerCreateManyItemStoreCreditAmount(ApiModel):
    """`CustomerCreateManyItemStoreCreditAmount`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    amount: int | float | None = None


@with_config(REQUEST_CONFIG)
class CustomerCreateManyItemStoreCreditAmountCreate(TypedDict, total=False):
    """The fields to create a `CustomerCreateManyItemStoreCreditAmount` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    amount: int | float


@with_config(REQUEST_CONFIG)
class CustomerCreateManyItemStoreCreditAmountUpdate(TypedDict, total=False):
    """The fields to update a `CustomerCreateManyItemStoreCreditAmount` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    amount: int | float
