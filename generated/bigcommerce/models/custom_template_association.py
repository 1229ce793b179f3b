# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `CustomTemplateAssociation` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CustomTemplateAssociation(ApiModel):
    """`CustomTemplateAssociation`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    channel_id: int | None = None
    entity_type: str | None = None
    entity_id: int | None = None
    file_name: str | None = None
    is_valid: bool | None = None
    date_created: str | None = None
    date_modified: str | None = None


@with_config(REQUEST_CONFIG)
class CustomTemplateAssociationCreate(TypedDict, total=False):
    """The fields to create a `CustomTemplateAssociation` with; unknown keys are refused."""

    id: int
    channel_id: int
    entity_type: Literal["product", "category", "brand", "page"]
    entity_id: int
    file_name: str
    is_valid: bool
    date_created: str
    date_modified: str


@with_config(REQUEST_CONFIG)
class CustomTemplateAssociationUpdate(TypedDict, total=False):
    """The fields to update a `CustomTemplateAssociation` with; unknown keys are refused."""

    id: int
    channel_id: int
    entity_type: Literal["product", "category", "brand", "page"]
    entity_id: int
    file_name: str
    is_valid: bool
    date_created: str
    date_modified: str
