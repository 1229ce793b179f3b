# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `content` models, loaded on first use: `from bigcommerce.v3.content import
Dropzone`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models._enums import WidgetSchemaArraySchemaSettingType
    from ..models.dropzone import Dropzone
    from ..models.name import Name
    from ..models.page_update_page import PageUpdatePageUpdate as PageUpdatePage
    from ..models.page_widget import PageWidget
    from ..models.placement import Placement
    from ..models.region import Region
    from ..models.region_children import RegionChildren
    from ..models.script import Script
    from ..models.v3_not_found import NotFound
    from ..models.v3_page import Page
    from ..models.v3_page_widget_create import V3PageWidgetCreateCreate as PageWidgetCreate
    from ..models.v3_placement_create import V3PlacementCreateCreate as PlacementCreate
    from ..models.v3_placement_update import V3PlacementUpdateUpdate as PlacementUpdate
    from ..models.v3_script_create import V3ScriptCreateCreate as ScriptCreate
    from ..models.v3_script_update import V3ScriptUpdateUpdate as ScriptUpdate
    from ..models.v3_widget_create import V3WidgetCreateCreate as WidgetCreate
    from ..models.v3_widget_template_create import (
        V3WidgetTemplateCreateCreate as WidgetTemplateCreate,
    )
    from ..models.v3_widget_template_update import (
        V3WidgetTemplateUpdateUpdate as WidgetTemplateUpdate,
    )
    from ..models.v3_widget_update import V3WidgetUpdateUpdate as WidgetUpdate
    from ..models.widget import Widget
    from ..models.widget_alt import WidgetAlt
    from ..models.widget_array_schema_setting_conditional import WidgetArraySchemaSettingConditional
    from ..models.widget_schema_array_schema import WidgetSchemaArraySchema
    from ..models.widget_schema_array_schema_section import WidgetSchemaArraySchemaSection
    from ..models.widget_schema_array_schema_setting import WidgetSchemaArraySchemaSetting
    from ..models.widget_schema_array_schema_setting_type_meta import (
        WidgetSchemaArraySchemaSettingTypeMeta,
    )
    from ..models.widget_schema_array_thumbnail import WidgetSchemaArrayThumbnail
    from ..models.widget_schema_setting_type_meta_select_option import (
        WidgetSchemaSettingTypeMetaSelectOption,
    )
    from ..models.widget_template import WidgetTemplate
    from ..models.widget_template_preview import (
        WidgetTemplatePreviewCreate as WidgetTemplatePreview,
    )
    from ..models.widget_template_preview_response_data import WidgetTemplatePreviewResponseData
    from ..models.widget_template_schema import WidgetTemplateSchema

#: public name -> (model module, its name there)
_EXPORTS = {
    "Dropzone": ("dropzone", "Dropzone"),
    "Name": ("name", "Name"),
    "NotFound": ("v3_not_found", "NotFound"),
    "Page": ("v3_page", "Page"),
    "PageUpdatePage": ("page_update_page", "PageUpdatePageUpdate"),
    "PageWidget": ("page_widget", "PageWidget"),
    "PageWidgetCreate": ("v3_page_widget_create", "V3PageWidgetCreateCreate"),
    "Placement": ("placement", "Placement"),
    "PlacementCreate": ("v3_placement_create", "V3PlacementCreateCreate"),
    "PlacementUpdate": ("v3_placement_update", "V3PlacementUpdateUpdate"),
    "Region": ("region", "Region"),
    "RegionChildren": ("region_children", "RegionChildren"),
    "Script": ("script", "Script"),
    "ScriptCreate": ("v3_script_create", "V3ScriptCreateCreate"),
    "ScriptUpdate": ("v3_script_update", "V3ScriptUpdateUpdate"),
    "Widget": ("widget", "Widget"),
    "WidgetAlt": ("widget_alt", "WidgetAlt"),
    "WidgetArraySchemaSettingConditional": (
        "widget_array_schema_setting_conditional",
        "WidgetArraySchemaSettingConditional",
    ),
    "WidgetCreate": ("v3_widget_create", "V3WidgetCreateCreate"),
    "WidgetSchemaArraySchema": ("widget_schema_array_schema", "WidgetSchemaArraySchema"),
    "WidgetSchemaArraySchemaSection": (
        "widget_schema_array_schema_section",
        "WidgetSchemaArraySchemaSection",
    ),
    "WidgetSchemaArraySchemaSetting": (
        "widget_schema_array_schema_setting",
        "WidgetSchemaArraySchemaSetting",
    ),
    "WidgetSchemaArraySchemaSettingType": ("_enums", "WidgetSchemaArraySchemaSettingType"),
    "WidgetSchemaArraySchemaSettingTypeMeta": (
        "widget_schema_array_schema_setting_type_meta",
        "WidgetSchemaArraySchemaSettingTypeMeta",
    ),
    "WidgetSchemaArrayThumbnail": ("widget_schema_array_thumbnail", "WidgetSchemaArrayThumbnail"),
    "WidgetSchemaSettingTypeMetaSelectOption": (
        "widget_schema_setting_type_meta_select_option",
        "WidgetSchemaSettingTypeMetaSelectOption",
    ),
    "WidgetTemplate": ("widget_template", "WidgetTemplate"),
    "WidgetTemplateCreate": ("v3_widget_template_create", "V3WidgetTemplateCreateCreate"),
    "WidgetTemplatePreview": ("widget_template_preview", "WidgetTemplatePreviewCreate"),
    "WidgetTemplatePreviewResponseData": (
        "widget_template_preview_response_data",
        "WidgetTemplatePreviewResponseData",
    ),
    "WidgetTemplateSchema": ("widget_template_schema", "WidgetTemplateSchema"),
    "WidgetTemplateUpdate": ("v3_widget_template_update", "V3WidgetTemplateUpdateUpdate"),
    "WidgetUpdate": ("v3_widget_update", "V3WidgetUpdateUpdate"),
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
    value = getattr(importlib.import_module(f"..models.{where[0]}", __package__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
