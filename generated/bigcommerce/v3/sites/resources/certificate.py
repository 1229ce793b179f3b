# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `V3SitesCertificate` resource (v3)."""

from __future__ import annotations

from typing import Any, ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.site_certificate import SiteCertificate
from ..models.site_certificate_upsert import SiteCertificateUpsert


class V3SitesCertificate(NodeResource):
    """`api.sites.certificate` (v3): get, upsert."""

    _op_get: ClassVar[Operation[SiteCertificate]] = Operation(
        method="GET",
        path="sites/{site_id}/certificate",
        version="v3",
        result="one",
        model=SiteCertificate,
        envelope=True,
        operation_id="getSiteCertificate",
    )

    def get(
        self,
        site_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SiteCertificate:
        """`GET /v3/sites/{site_id}/certificate` (getSiteCertificate).

        Returns one `SiteCertificate`.

        Args:
            site_id: `int`, the path's `{site_id}`.
        """
        return self._call(
            self._op_get,
            f"sites/{segment(site_id)}/certificate",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_upsert: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="PUT",
        path="sites/{site_id}/certificate",
        version="v3",
        result="value",
        model=dict[str, Any],
        body_type=SiteCertificateUpsert,
        envelope=True,
        operation_id="upsertSiteCertificate",
    )

    def upsert(
        self,
        site_id: int,
        body: SiteCertificateUpsert,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """`PUT /v3/sites/{site_id}/certificate` (upsertSiteCertificate).

        Returns `dict[str, Any]`.

        Args:
            site_id: `int`, the path's `{site_id}`.
            body: `SiteCertificateUpsert`, the request body.
        """
        return self._call(
            self._op_upsert,
            f"sites/{segment(site_id)}/certificate",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
