# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `TranslationDefinition` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class TranslationDefinition(ApiModel):
    """`TranslationDefinition`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    locale: str | None = None
    """Required to create and update."""
    keys: dict[str, Any] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class TranslationDefinitionCreate(TypedDict, total=False):
    """The fields to create a `TranslationDefinition` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    locale: Required[str]
    keys: Required[dict[str, Any]]


@with_config(REQUEST_CONFIG)
class TranslationDefinitionUpdate(TypedDict, total=False):
    """The fields to update a `TranslationDefinition` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    locale: Required[str]
    keys: Required[dict[str, Any]]
