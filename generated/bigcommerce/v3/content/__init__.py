# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `content` models, loaded on first use: `from bigcommerce.v3.content import
Dropzone`.
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
    from .models.page_update_page import PageUpdatePageUpdate as PageUpdatePage
    from .models.page_widget import PageWidget
    from .models.page_widget_create import V3PageWidgetCreateCreate as PageWidgetCreate
    from .models.placement import Placement
    from .models.placement_create import V3PlacementCreateCreate as PlacementCreate
    from .models.placement_update import V3PlacementUpdateUpdate as PlacementUpdate
    from .models.region import Region
    from .models.region_children import RegionChildren
    from .models.script import Script
    from .models.script_create import V3ScriptCreateCreate as ScriptCreate
    from .models.script_update import V3ScriptUpdateUpdate as ScriptUpdate
    from .models.widget import Widget
    from .models.widget_array_schema_setting_conditional import WidgetArraySchemaSettingConditional
    from .models.widget_create import V3WidgetCreateCreate as WidgetCreate
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
    from .models.widget_template_create import V3WidgetTemplateCreateCreate as WidgetTemplateCreate
    from .models.widget_template_preview import WidgetTemplatePreviewCreate as WidgetTemplatePreview
    from .models.widget_template_preview_alt_data import WidgetTemplatePreviewAltData
    from .models.widget_template_schema import WidgetTemplateSchema
    from .models.widget_template_update import V3WidgetTemplateUpdateUpdate as WidgetTemplateUpdate
    from .models.widget_update import V3WidgetUpdateUpdate as WidgetUpdate
    from .models.widget_widget import WidgetWidget

#: public name -> (model module, its name there)
_EXPORTS = {
    "Dropzone": (".models.dropzone", "Dropzone"),
    "Name": (".models.name", "Name"),
    "NotFound": ("..shared.models.not_found", "NotFound"),
    "Page": (".models.page", "Page"),
    "PageUpdatePage": (".models.page_update_page", "PageUpdatePageUpdate"),
    "PageWidget": (".models.page_widget", "PageWidget"),
    "PageWidgetCreate": (".models.page_widget_create", "V3PageWidgetCreateCreate"),
    "Placement": (".models.placement", "Placement"),
    "PlacementCreate": (".models.placement_create", "V3PlacementCreateCreate"),
    "PlacementUpdate": (".models.placement_update", "V3PlacementUpdateUpdate"),
    "Region": (".models.region", "Region"),
    "RegionChildren": (".models.region_children", "RegionChildren"),
    "Script": (".models.script", "Script"),
    "ScriptCreate": (".models.script_create", "V3ScriptCreateCreate"),
    "ScriptUpdate": (".models.script_update", "V3ScriptUpdateUpdate"),
    "Widget": (".models.widget", "Widget"),
    "WidgetArraySchemaSettingConditional": (
        ".models.widget_array_schema_setting_conditional",
        "WidgetArraySchemaSettingConditional",
    ),
    "WidgetCreate": (".models.widget_create", "V3WidgetCreateCreate"),
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
    "WidgetTemplateCreate": (".models.widget_template_create", "V3WidgetTemplateCreateCreate"),
    "WidgetTemplatePreview": (".models.widget_template_preview", "WidgetTemplatePreviewCreate"),
    "WidgetTemplatePreviewAltData": (
        ".models.widget_template_preview_alt_data",
        "WidgetTemplatePreviewAltData",
    ),
    "WidgetTemplateSchema": (".models.widget_template_schema", "WidgetTemplateSchema"),
    "WidgetTemplateUpdate": (".models.widget_template_update", "V3WidgetTemplateUpdateUpdate"),
    "WidgetUpdate": (".models.widget_update", "V3WidgetUpdateUpdate"),
    "WidgetWidget": (".models.widget_widget", "WidgetWidget"),
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
    "WidgetTemplatePreviewAltData",
    "WidgetTemplateSchema",
    "WidgetTemplateUpdate",
    "WidgetUpdate",
    "WidgetWidget",
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
