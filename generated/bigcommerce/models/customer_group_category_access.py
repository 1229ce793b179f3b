# Generated from spec/v2/customer_groups.yaml by codegen (`make generate`); do not edit.
"""The `CustomerGroupCategoryAccess` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CustomerGroupCategoryAccess(ApiModel):
    """`CustomerGroupCategoryAccess`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    """Required to create. One of: `'all'`, `'specific'`, `'none'`."""
    categories: list[int] | None = None


@with_config(REQUEST_CONFIG)
class CustomerGroupCategoryAccessCreate(TypedDict, total=False):
    """The fields to create a `CustomerGroupCategoryAccess` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    type: Required[Literal["all", "specific", "none"]]
    categories: list[int]


@with_config(REQUEST_CONFIG)
class CustomerGroupCategoryAccessUpdate(TypedDict, total=False):
    """The fields to update a `CustomerGroupCategoryAccess` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    type: Literal["all", "specific", "none"]
    categories: list[int]
