# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsFaviconImage` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.favicon_image_create import FaviconImageCreate


@with_config(REQUEST_CONFIG)
class V3SettingsFaviconImageCreateQuery(TypedDict, total=False):
    """Query parameters of `create`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsFaviconImage(NodeResource):
    """`api.settings.favicon.image` (v3): create."""

    _op_create: ClassVar[Operation[None]] = Operation(
        method="POST",
        path="settings/favicon/image",
        version="v3",
        result="nothing",
        query_type=V3SettingsFaviconImageCreateQuery,
        body_type=FaviconImageCreate,
        multipart=True,
        operation_id="createSettingsFaviconImage",
    )

    def create(
        self,
        body: FaviconImageCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsFaviconImageCreateQuery],
    ) -> None:
        """`POST /v3/settings/favicon/image` (createSettingsFaviconImage).

        Returns None (the answer has no body).

        The body is sent as multipart/form-data (files as uploads).

        Args:
            body: `FaviconImageCreate`, the request body.
            query: the query parameters (`V3SettingsFaviconImageCreateQuery`).
        """
        return self._call(
            self._op_create,
            "settings/favicon/image",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
