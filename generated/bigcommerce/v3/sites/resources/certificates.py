# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `V3SitesCertificates` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.installed_certificate_detail import InstalledCertificateDetail


@with_config(REQUEST_CONFIG)
class V3SitesCertificatesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    urls__in: list[str]
    """Sent as `urls:in`."""


class V3SitesCertificates(NodeResource):
    """`api.sites.certificates` (v3): all."""

    _op_all: ClassVar[Operation[list[InstalledCertificateDetail]]] = Operation(
        method="GET",
        path="sites/certificates",
        version="v3",
        result="many",
        model=InstalledCertificateDetail,
        query_type=V3SitesCertificatesAllQuery,
        envelope=True,
        operation_id="getSitesCertificates",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SitesCertificatesAllQuery],
    ) -> list[InstalledCertificateDetail]:
        """`GET /v3/sites/certificates` (getSitesCertificates).

        Returns a list of `InstalledCertificateDetail` objects.

        Args:
            query: the query parameters (`V3SitesCertificatesAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "sites/certificates",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
