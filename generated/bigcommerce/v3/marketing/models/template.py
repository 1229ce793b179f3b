# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `Template` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .translation_definition import (
    TranslationDefinition,
    TranslationDefinitionCreate,
    TranslationDefinitionUpdate,
)


class Template(ApiModel):
    """`Template`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    subject: str | None = None
    """Required to create and update. At most 255 characters."""
    body: str | None = None
    """Required to create and update."""
    translations: list[TranslationDefinition] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class TemplateCreate(TypedDict, total=False):
    """The fields to create a `Template` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    subject: Required[str]
    """At most 255 characters."""
    body: Required[str]
    translations: Required[list[TranslationDefinitionCreate]]


@with_config(REQUEST_CONFIG)
class TemplateUpdate(TypedDict, total=False):
    """The fields to update a `Template` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    subject: Required[str]
    """At most 255 characters."""
    body: Required[str]
    translations: Required[list[TranslationDefinitionUpdate]]
