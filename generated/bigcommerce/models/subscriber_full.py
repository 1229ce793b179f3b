# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `SubscriberFull` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class SubscriberFull(ApiModel):
    """`SubscriberFull`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    source: str | None = None
    order_id: int | None = None
    channel_id: int | None = None
    consents: list[str] | None = None
    id: int | None = None
    date_modified: _dt.datetime | None = None
    date_created: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class SubscriberFullCreate(TypedDict, total=False):
    """The fields to create a `SubscriberFull` with; unknown keys are refused. Keys marked
    `Required` must be given.
    """

    email: Required[str]
    first_name: str
    last_name: str
    source: str
    order_id: int | None
    channel_id: int
    consents: list[Literal["marketing_newsletter", "abandoned_cart"]]
    id: int
    date_modified: _dt.datetime | str
    date_created: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class SubscriberFullUpdate(TypedDict, total=False):
    """The fields to update a `SubscriberFull` with; unknown keys are refused."""

    email: str
    first_name: str
    last_name: str
    source: str
    order_id: int | None
    channel_id: int
    consents: list[Literal["marketing_newsletter", "abandoned_cart"]]
    id: int
    date_modified: _dt.datetime | str
    date_created: _dt.datetime | str
