# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3Content` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .page_widgets import V3ContentPageWidgets
    from .pages import V3ContentPages
    from .placements import V3ContentPlacements
    from .regions import V3ContentRegions
    from .scripts import V3ContentScripts
    from .widget_templates import V3ContentWidgetTemplates
    from .widgets import V3ContentWidgets


class V3Content(NodeResource):
    """`api.content` (v3): a namespace."""

    @cached_property
    def page_widgets(self) -> V3ContentPageWidgets:
        from .page_widgets import V3ContentPageWidgets

        return V3ContentPageWidgets(self._connection)

    @cached_property
    def pages(self) -> V3ContentPages:
        from .pages import V3ContentPages

        return V3ContentPages(self._connection)

    @cached_property
    def placements(self) -> V3ContentPlacements:
        from .placements import V3ContentPlacements

        return V3ContentPlacements(self._connection)

    @cached_property
    def regions(self) -> V3ContentRegions:
        from .regions import V3ContentRegions

        return V3ContentRegions(self._connection)

    @cached_property
    def scripts(self) -> V3ContentScripts:
        from .scripts import V3ContentScripts

        return V3ContentScripts(self._connection)

    @cached_property
    def widget_templates(self) -> V3ContentWidgetTemplates:
        from .widget_templates import V3ContentWidgetTemplates

        return V3ContentWidgetTemplates(self._connection)

    @cached_property
    def widgets(self) -> V3ContentWidgets:
        from .widgets import V3ContentWidgets

        return V3ContentWidgets(self._connection)
