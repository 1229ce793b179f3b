# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `content` models, loaded on first use: `from bigcommerce.v3.content import
PageWidget`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._enums import WidgetSchemaArraySchemaSettingType
    from ..shared.models.not_found import NotFound
    from .models.dropzone import Dropzone
    from .models.name import Name
    from .models.page import Page
    from .models.page_update_page import PageUpdatePage
    from .models.page_widget import PageWidget
    from .models.page_widget_create import PageWidgetCreate
    from .models.placement import Placement
    from .models.placement_create import PlacementCreate
    from .models.placement_update import PlacementUpdate
    from .models.region import Region
    from .models.region_children import RegionChildren
    from .models.script import Script
    from .models.script_create import ScriptCreate
    from .models.script_update import ScriptUpdate
    from .models.widget import Widget
    from .models.widget_alt import WidgetAlt
    from .models.widget_array_schema_setting_conditional import WidgetArraySchemaSettingConditional
    from .models.widget_create import WidgetCreate
    from .models.widget_schema_array_schema import WidgetSchemaArraySchema
    from .models.widget_schema_array_schema_section import WidgetSchemaArraySchemaSection
    from .models.widget_schema_array_schema_setting import WidgetSchemaArraySchemaSetting
    from .models.widget_schema_array_schema_setting_type_meta import (
        WidgetSchemaArraySchemaSettingTypeMeta,
    )
    from .models.widget_schema_array_thumbnail import WidgetSchemaArrayThumbnail
    from .models.widget_schema_setting_type_meta_select_option import (
        WidgetSchemaSettingTypeMetaSelectOption,
    )
    from .models.widget_template import WidgetTemplate
    from .models.widget_template_create import WidgetTemplateCreate
    from .models.widget_template_preview import WidgetTemplatePreview
    from .models.widget_template_preview_response_data import WidgetTemplatePreviewResponseData
    from .models.widget_template_schema import WidgetTemplateSchema
    from .models.widget_template_update import WidgetTemplateUpdate
    from .models.widget_update import WidgetUpdate

#: public name -> (model module, its name there)
_EXPORTS = {
    "Dropzone": (".models.dropzone", "Dropzone"),
    "Name": (".models.name", "Name"),
    "NotFound": ("..shared.models.not_found", "NotFound"),
    "Page": (".models.page", "Page"),
    "PageUpdatePage": (".models.page_update_page", "PageUpdatePage"),
    "PageWidget": (".models.page_widget", "PageWidget"),
    "PageWidgetCreate": (".models.page_widget_create", "PageWidgetCreate"),
    "Placement": (".models.placement", "Placement"),
    "PlacementCreate": (".models.placement_create", "PlacementCreate"),
    "PlacementUpdate": (".models.placement_update", "PlacementUpdate"),
    "Region": (".models.region", "Region"),
    "RegionChildren": (".models.region_children", "RegionChildren"),
    "Script": (".models.script", "Script"),
    "ScriptCreate": (".models.script_create", "ScriptCreate"),
    "ScriptUpdate": (".models.script_update", "ScriptUpdate"),
    "Widget": (".models.widget", "Widget"),
    "WidgetAlt": (".models.widget_alt", "WidgetAlt"),
    "WidgetArraySchemaSettingConditional": (
        ".models.widget_array_schema_setting_conditional",
        "WidgetArraySchemaSettingConditional",
    ),
    "WidgetCreate": (".models.widget_create", "WidgetCreate"),
    "WidgetSchemaArraySchema": (".models.widget_schema_array_schema", "WidgetSchemaArraySchema"),
    "WidgetSchemaArraySchemaSection": (
        ".models.widget_schema_array_schema_section",
        "WidgetSchemaArraySchemaSection",
    ),
    "WidgetSchemaArraySchemaSetting": (
        ".models.widget_schema_array_schema_setting",
        "WidgetSchemaArraySchemaSetting",
    ),
    "WidgetSchemaArraySchemaSettingType": ("..._enums", "WidgetSchemaArraySchemaSettingType"),
    "WidgetSchemaArraySchemaSettingTypeMeta": (
        ".models.widget_schema_array_schema_setting_type_meta",
        "WidgetSchemaArraySchemaSettingTypeMeta",
    ),
    "WidgetSchemaArrayThumbnail": (
        ".models.widget_schema_array_thumbnail",
        "WidgetSchemaArrayThumbnail",
    ),
    "WidgetSchemaSettingTypeMetaSelectOption": (
        ".models.widget_schema_setting_type_meta_select_option",
        "WidgetSchemaSettingTypeMetaSelectOption",
    ),
    "WidgetTemplate": (".models.widget_template", "WidgetTemplate"),
    "WidgetTemplateCreate": (".models.widget_template_create", "WidgetTemplateCreate"),
    "WidgetTemplatePreview": (".models.widget_template_preview", "WidgetTemplatePreview"),
    "WidgetTemplatePreviewResponseData": (
        ".models.widget_template_preview_response_data",
        "WidgetTemplatePreviewResponseData",
    ),
    "WidgetTemplateSchema": (".models.widget_template_schema", "WidgetTemplateSchema"),
    "WidgetTemplateUpdate": (".models.widget_template_update", "WidgetTemplateUpdate"),
    "WidgetUpdate": (".models.widget_update", "WidgetUpdate"),
}

__all__ = [
    "Dropzone",
    "Name",
    "NotFound",
    "Page",
    "PageUpdatePage",
    "PageWidget",
    "PageWidgetCreate",
    "Placement",
    "PlacementCreate",
    "PlacementUpdate",
    "Region",
    "RegionChildren",
    "Script",
    "ScriptCreate",
    "ScriptUpdate",
    "Widget",
    "WidgetAlt",
    "WidgetArraySchemaSettingConditional",
    "WidgetCreate",
    "WidgetSchemaArraySchema",
    "WidgetSchemaArraySchemaSection",
    "WidgetSchemaArraySchemaSetting",
    "WidgetSchemaArraySchemaSettingType",
    "WidgetSchemaArraySchemaSettingTypeMeta",
    "WidgetSchemaArrayThumbnail",
    "WidgetSchemaSettingTypeMetaSelectOption",
    "WidgetTemplate",
    "WidgetTemplateCreate",
    "WidgetTemplatePreview",
    "WidgetTemplatePreviewResponseData",
    "WidgetTemplateSchema",
    "WidgetTemplateUpdate",
    "WidgetUpdate",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
