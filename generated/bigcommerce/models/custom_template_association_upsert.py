# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `CustomTemplateAssociationUpsert` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CustomTemplateAssociationUpsert(ApiModel):
    """`CustomTemplateAssociationUpsert`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    channel_id: int | None = None
    entity_type: str | None = None
    entity_id: int | None = None
    file_name: str | None = None


@with_config(REQUEST_CONFIG)
class CustomTemplateAssociationUpsertUpdate(TypedDict, total=False):
    """The fields to update a `CustomTemplateAssociationUpsert` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    channel_id: int
    entity_type: Literal["product", "category", "brand", "page"]
    entity_id: int
    file_name: str
