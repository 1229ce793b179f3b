# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `Name` model."""

from __future__ import annotations

from ...._model import ApiModel


class Name(ApiModel):
    """`Name`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.content.regions`: `all`.
    """

    name: str | None = None
    """From 1 to 50 characters."""
