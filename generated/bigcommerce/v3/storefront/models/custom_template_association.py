# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `CustomTemplateAssociation` model."""

from __future__ import annotations

from ...._model import ApiModel


class CustomTemplateAssociation(ApiModel):
    """`CustomTemplateAssociation`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept. Answered by `api.storefront.custom_template_associations`: `all`.
    """

    id: int
    channel_id: int | None = None
    entity_type: str | None = None
    """One of: `'product'`, `'category'`, `'brand'`, `'page'`."""
    entity_id: int | None = None
    file_name: str | None = None
    is_valid: bool | None = None
    date_created: str | None = None
    date_modified: str | None = None
