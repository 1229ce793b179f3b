# Generated from spec/v2/pages.yaml by codegen (`make generate`); do not edit.
"""The `Page` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel


class Page(ApiModel):
    """`Page`: an object of the v2 `Pages` resource. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    channel_id: int | None = None
    name: str | None = None
    """Required to create."""
    type: str | None = None
    """Required to create. One of: `'page'`, `'contact_form'`, `'raw'`, `'link'`."""
    body: str | None = None
    """Required to create."""
    content_type: str | None = None
    """One of: `'application/json'`, `'text/javascript'`, `'text/html'`."""
    is_visible: bool | None = None
    parent_id: int | None = None
    sort_order: int | None = None
    is_homepage: bool | None = None
    is_customers_only: bool | None = None
    url: str | None = None
    link: str | None = None
    email: str | None = None
    contact_fields: str | None = None
    meta_title: str | None = None
    meta_keywords: str | None = None
    meta_description: str | None = None
    search_keywords: str | None = None
    layout_file: str | None = None
    has_mobile_version: bool | None = None
    mobile_body: str | None = None

    def update(self, **fields: Unpack[PageUpdate]) -> Page:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.pages import Pages

        return self._resource(Pages).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.pages import Pages

        return self._resource(Pages).delete(self._own_id())


@with_config(REQUEST_CONFIG)
class PageCreate(TypedDict, total=False):
    """The fields to create a `Page` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    channel_id: int
    name: Required[str]
    type: Required[Literal["page", "contact_form", "raw", "link"]]
    body: Required[str]
    content_type: Literal["application/json", "text/javascript", "text/html"]
    is_visible: bool
    parent_id: int
    sort_order: int
    is_homepage: bool
    is_customers_only: bool
    url: str
    link: str
    email: str
    contact_fields: str
    meta_title: str
    meta_keywords: str
    meta_description: str
    search_keywords: str
    layout_file: str
    has_mobile_version: bool
    mobile_body: str


@with_config(REQUEST_CONFIG)
class PageUpdate(TypedDict, total=False):
    """The fields to update a `Page` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    channel_id: int
    name: str
    type: Literal["page", "contact_form", "raw", "link"]
    body: str
    content_type: Literal["application/json", "text/javascript", "text/html"]
    is_visible: bool
    parent_id: int
    sort_order: int
    is_homepage: bool
    is_customers_only: bool
    url: str
    link: str
    email: str
    contact_fields: str
    meta_title: str
    meta_keywords: str
    meta_description: str
    search_keywords: str
    layout_file: str
    has_mobile_version: bool
    mobile_body: str
