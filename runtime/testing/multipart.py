"""Multipart form bodies (image and theme uploads), read with the standard library's MIME parser."""

from __future__ import annotations

from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import HTTP

__all__ = ["UPLOAD_URL", "parse_form"]

#: Where the store says an uploaded file now lives.
UPLOAD_URL = "https://cdn.example.com/uploads/{name}"


def parse_form(body: bytes, content_type: str) -> dict[str, str]:
    """The form's fields as text; an uploaded file's field becomes the URL it is served from.
    Raises ValueError when the body is not a multipart form."""
    if not content_type.lower().startswith("multipart/form-data"):
        raise ValueError("the body is not a multipart form")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not isinstance(message, EmailMessage) or not message.is_multipart():
        raise ValueError("the multipart form cannot be read")
    fields: dict[str, str] = {}
    for part in message.iter_parts():
        if not isinstance(part, EmailMessage):
            continue
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise ValueError("a form part has no name")
        filename = part.get_filename()
        if filename is not None:
            fields[name] = UPLOAD_URL.format(name=filename)
        else:
            payload = part.get_payload(decode=True)
            fields[name] = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return fields
