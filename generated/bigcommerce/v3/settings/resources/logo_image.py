# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsLogoImage` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.logo_image_create import LogoImageCreate


@with_config(REQUEST_CONFIG)
class V3SettingsLogoImageCreateQuery(TypedDict, total=False):
    """Query parameters of `create`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsLogoImage(NodeResource):
    """`api.settings.logo.image` (v3): create."""

    _op_create: ClassVar[Operation[None]] = Operation(
        method="POST",
        path="settings/logo/image",
        version="v3",
        result="nothing",
        query_type=V3SettingsLogoImageCreateQuery,
        body_type=LogoImageCreate,
        multipart=True,
        operation_id="createSettingsLogoImage",
    )

    def create(
        self,
        body: LogoImageCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsLogoImageCreateQuery],
    ) -> None:
        """`POST /v3/settings/logo/image` (createSettingsLogoImage).

        Returns None (the answer has no body).

        The body is sent as multipart/form-data (files as uploads).

        Args:
            body: `LogoImageCreate`, the request body.
            query: the query parameters (`V3SettingsLogoImageCreateQuery`).
        """
        return self._call(
            self._op_create,
            "settings/logo/image",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
