# Generated from spec/v2/gift_certificates.yaml by codegen (`make generate`); do not edit.
"""The `GiftCertificates` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.gift_certificate import GiftCertificate, GiftCertificateCreate, GiftCertificateUpdate


@with_config(REQUEST_CONFIG)
class GiftCertificatesFilters(TypedDict, total=False):
    """Query filters of `GiftCertificates`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    min_id: int
    max_id: int
    code: str
    order_id: int
    to_name: str
    to_email: str
    from_name: str
    from_email: str
    sort: Literal["id"]
    direction: Literal["asc", "desc"]
    page: int
    limit: int


class GiftCertificates(Resource):
    """`gift_certificates` (v2): all, iterall, get, create, update, delete, delete_all."""

    _op_all: ClassVar[Operation[list[GiftCertificate]]] = Operation(
        method="GET",
        path="gift_certificates",
        version="v2",
        result="many",
        model=GiftCertificate,
        query_type=GiftCertificatesFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[GiftCertificatesFilters],
    ) -> list[GiftCertificate]:
        """One page of GiftCertificate objects: `GET /v2/gift_certificates`.

        Returns one page of `GiftCertificate` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`GiftCertificatesFilters`).
        """
        return self._call(
            self._op_all,
            "gift_certificates",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[GiftCertificate]]] = Operation(
        method="GET",
        path="gift_certificates",
        version="v2",
        result="pages",
        model=GiftCertificate,
        query_type=GiftCertificatesFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[GiftCertificatesFilters],
    ) -> Iterator[GiftCertificate]:
        """Every GiftCertificate of `GET /v2/gift_certificates`, page after page.

        Yields every `GiftCertificate` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`.

        Args:
            filters: the query parameters (`GiftCertificatesFilters`).
        """
        return self._call(
            self._op_iterall,
            "gift_certificates",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[GiftCertificate]] = Operation(
        method="GET",
        path="gift_certificates/{id}",
        version="v2",
        result="one",
        model=GiftCertificate,
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> GiftCertificate:
        """One GiftCertificate by id: `GET /v2/gift_certificates/{id}`.

        Returns one `GiftCertificate`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"gift_certificates/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[GiftCertificate]] = Operation(
        method="POST",
        path="gift_certificates",
        version="v2",
        result="one",
        model=GiftCertificate,
        body_type=GiftCertificateCreate,
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[GiftCertificateCreate],
    ) -> GiftCertificate:
        """Create a GiftCertificate: `POST /v2/gift_certificates`; returns it as stored.

        Returns one `GiftCertificate`.

        Args:
            fields: the fields (`GiftCertificateCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            "gift_certificates",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[GiftCertificate]] = Operation(
        method="PUT",
        path="gift_certificates/{id}",
        version="v2",
        result="one",
        model=GiftCertificate,
        body_type=GiftCertificateUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[GiftCertificateUpdate],
    ) -> GiftCertificate:
        """Change a GiftCertificate: `PUT /v2/gift_certificates/{id}`; returns it as stored.

        Returns one `GiftCertificate`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`GiftCertificateUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"gift_certificates/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="gift_certificates/{id}", version="v2", result="answer"
    )

    def delete(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """Delete one GiftCertificate: `DELETE /v2/gift_certificates/{id}`; returns the answer, `{}`
        when it is empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"gift_certificates/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="gift_certificates",
        version="v2",
        result="answer",
        query_type=GiftCertificatesFilters,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[GiftCertificatesFilters],
    ) -> dict[str, Any]:
        """Delete every GiftCertificate: `DELETE /v2/gift_certificates`; returns the answer, `{}`
        when it is empty.

        Returns `dict[str, Any]`.

        Args:
            filters: the query parameters (`GiftCertificatesFilters`).
        """
        return self._call(
            self._op_delete_all,
            "gift_certificates",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
