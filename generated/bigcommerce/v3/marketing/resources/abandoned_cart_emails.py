# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `V3MarketingAbandonedCartEmails` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.abandonded_cart_email import AbandondedCartEmail
from ..models.abandoned_cart_email_create import AbandonedCartEmailCreate, AbandonedCartEmailUpdate

if TYPE_CHECKING:
    from .abandoned_cart_emails_default import V3MarketingAbandonedCartEmailsDefault
    from .abandoned_cart_emails_settings import V3MarketingAbandonedCartEmailsSettings


@with_config(REQUEST_CONFIG)
class V3MarketingAbandonedCartEmailsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3MarketingAbandonedCartEmailsCreateQuery(TypedDict, total=False):
    """Query parameters of `create`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3MarketingAbandonedCartEmails(NodeResource):
    """`api.marketing.abandoned_cart_emails` (v3): all, create, delete, get, update."""

    @cached_property
    def default(self) -> V3MarketingAbandonedCartEmailsDefault:
        from .abandoned_cart_emails_default import V3MarketingAbandonedCartEmailsDefault

        return V3MarketingAbandonedCartEmailsDefault(self._connection)

    @cached_property
    def settings(self) -> V3MarketingAbandonedCartEmailsSettings:
        from .abandoned_cart_emails_settings import V3MarketingAbandonedCartEmailsSettings

        return V3MarketingAbandonedCartEmailsSettings(self._connection)

    _op_all: ClassVar[Operation[list[AbandondedCartEmail]]] = Operation(
        method="GET",
        path="marketing/abandoned-cart-emails",
        version="v3",
        result="many",
        model=AbandondedCartEmail,
        query_type=V3MarketingAbandonedCartEmailsAllQuery,
        envelope=True,
        operation_id="getAbandonedCartEmailTemplates",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3MarketingAbandonedCartEmailsAllQuery],
    ) -> list[AbandondedCartEmail]:
        """`GET /v3/marketing/abandoned-cart-emails` (getAbandonedCartEmailTemplates).

        Returns a list of `AbandondedCartEmail` objects.

        Args:
            query: the query parameters (`V3MarketingAbandonedCartEmailsAllQuery`).
        """
        return self._call(
            self._op_all,
            "marketing/abandoned-cart-emails",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[AbandondedCartEmail]] = Operation(
        method="POST",
        path="marketing/abandoned-cart-emails",
        version="v3",
        result="one",
        model=AbandondedCartEmail,
        query_type=V3MarketingAbandonedCartEmailsCreateQuery,
        body_type=AbandonedCartEmailCreate,
        envelope=True,
        operation_id="createAbandonedCartEmailTemplate",
    )

    def create(
        self,
        body: AbandonedCartEmailCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3MarketingAbandonedCartEmailsCreateQuery],
    ) -> AbandondedCartEmail:
        """`POST /v3/marketing/abandoned-cart-emails` (createAbandonedCartEmailTemplate).

        Returns one `AbandondedCartEmail`.

        Args:
            body: `AbandonedCartEmailCreate`, the request body.
            query: the query parameters (`V3MarketingAbandonedCartEmailsCreateQuery`).
        """
        return self._call(
            self._op_create,
            "marketing/abandoned-cart-emails",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="marketing/abandoned-cart-emails/{id}",
        version="v3",
        result="nothing",
        operation_id="deleteAbandonedCartEmailTemplate",
    )

    def delete(
        self,
        id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/marketing/abandoned-cart-emails/{id}` (deleteAbandonedCartEmailTemplate).

        Returns None (the answer has no body).

        Args:
            id: `int`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"marketing/abandoned-cart-emails/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[AbandondedCartEmail]] = Operation(
        method="GET",
        path="marketing/abandoned-cart-emails/{id}",
        version="v3",
        result="one",
        model=AbandondedCartEmail,
        envelope=True,
        operation_id="getAbandonedCartEmailTemplate",
    )

    def get(
        self,
        id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> AbandondedCartEmail:
        """`GET /v3/marketing/abandoned-cart-emails/{id}` (getAbandonedCartEmailTemplate).

        Returns one `AbandondedCartEmail`.

        Args:
            id: `int`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"marketing/abandoned-cart-emails/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[AbandondedCartEmail]] = Operation(
        method="PUT",
        path="marketing/abandoned-cart-emails/{id}",
        version="v3",
        result="one",
        model=AbandondedCartEmail,
        body_type=AbandonedCartEmailUpdate,
        envelope=True,
        operation_id="updateAbandonedCartEmailTemplate",
    )

    def update(
        self,
        id: int,
        body: AbandonedCartEmailUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> AbandondedCartEmail:
        """`PUT /v3/marketing/abandoned-cart-emails/{id}` (updateAbandonedCartEmailTemplate).

        Returns one `AbandondedCartEmail`.

        Args:
            id: `int`, the path's `{id}`.
            body: `AbandonedCartEmailUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"marketing/abandoned-cart-emails/{segment(id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
