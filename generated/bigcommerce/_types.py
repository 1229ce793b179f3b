# Copied from runtime/_types.py by codegen (`make generate`); do not edit.
"""Value types used in generated request bodies."""

from __future__ import annotations

import datetime as _dt
import io
from email.utils import format_datetime
from pathlib import PurePath
from typing import Annotated

from pydantic import PlainSerializer


def _rfc2822(value: _dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=_dt.timezone.utc)
    return format_datetime(value)


#: A file to upload: its bytes, its path, or a file opened in binary mode.
Upload = bytes | PurePath | io.IOBase

#: A datetime the v2 API expects as RFC 2822 text (`Tue, 20 Nov 2012 00:00:00 +0000`).
Rfc2822DateTime = Annotated[_dt.datetime, PlainSerializer(_rfc2822, return_type=str)]
