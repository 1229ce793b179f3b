# Generated from spec/v2/gift_certificates.yaml by codegen (`make generate`); do not edit.
"""The `GiftCertificates` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.gift_certificate import GiftCertificate, GiftCertificateCreate, GiftCertificateUpdate


@with_config(REQUEST_CONFIG)
class GiftCertificatesFilters(TypedDict, total=False):
    """Query filters of `GiftCertificates`; unknown keys are refused."""

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

    def all(self, **filters: Unpack[GiftCertificatesFilters]) -> list[GiftCertificate]:
        """One page of GiftCertificate objects: `GET gift_certificates`."""
        return self._list(GiftCertificate, "gift_certificates", filters, GiftCertificatesFilters)

    def iterall(self, **filters: Unpack[GiftCertificatesFilters]) -> Iterator[GiftCertificate]:
        """Every GiftCertificate of `GET gift_certificates`, page after page, one page in memory
        at a time.
        """
        return self._iterate(GiftCertificate, "gift_certificates", filters, GiftCertificatesFilters)

    def get(self, id: Id, /) -> GiftCertificate:
        """One GiftCertificate by id: `GET gift_certificates/{id}`."""
        return self._get(GiftCertificate, f"gift_certificates/{segment(id)}")

    def create(self, **fields: Unpack[GiftCertificateCreate]) -> GiftCertificate:
        """Create a GiftCertificate: `POST gift_certificates`; returns it as stored."""
        return self._write(
            GiftCertificate, "POST", "gift_certificates", fields, GiftCertificateCreate
        )

    def update(self, id: Id, /, **fields: Unpack[GiftCertificateUpdate]) -> GiftCertificate:
        """Change a GiftCertificate: `PUT gift_certificates/{id}`; returns it as stored."""
        return self._write(
            GiftCertificate,
            "PUT",
            f"gift_certificates/{segment(id)}",
            fields,
            GiftCertificateUpdate,
        )

    def delete(self, id: Id, /) -> None:
        """Delete one GiftCertificate: `DELETE gift_certificates/{id}`."""
        return self._delete(f"gift_certificates/{segment(id)}")

    def delete_all(self) -> None:
        """Delete every GiftCertificate: `DELETE gift_certificates`."""
        return self._delete("gift_certificates")
