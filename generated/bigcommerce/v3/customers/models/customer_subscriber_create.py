# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerSubscriberCreateModel` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CustomerSubscriberCreateModel(ApiModel):
    """`CustomerSubscriberCreateModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    email: str | None = None
    """Required to create."""
    first_name: str | None = None
    """At most 255 characters."""
    last_name: str | None = None
    """At most 255 characters."""
    source: str | None = None
    """At most 255 characters."""
    order_id: int | None = None
    """May be null. From 1 to 2147483647."""
    channel_id: int | None = None
    """From 1 to 2147483647."""
    consents: list[str] | None = None
    """One of: `'marketing_newsletter'`, `'abandoned_cart'`."""


@with_config(REQUEST_CONFIG)
class CustomerSubscriberCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    email: Required[str]
    first_name: str
    """At most 255 characters."""
    last_name: str
    """At most 255 characters."""
    source: str
    """At most 255 characters."""
    order_id: int | None
    """From 1 to 2147483647."""
    channel_id: int
    """From 1 to 2147483647."""
    consents: list[Literal["marketing_newsletter", "abandoned_cart"]]


@with_config(REQUEST_CONFIG)
class CustomerSubscriberUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    email: str
    first_name: str
    """At most 255 characters."""
    last_name: str
    """At most 255 characters."""
    source: str
    """At most 255 characters."""
    order_id: int | None
    """From 1 to 2147483647."""
    channel_id: int
    """From 1 to 2147483647."""
    consents: list[Literal["marketing_newsletter", "abandoned_cart"]]
