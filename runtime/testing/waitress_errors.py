"""The errors waitress answers itself, before the app runs (a malformed request, a body or headers
too large), with the store's JSON error body instead of waitress's plain text."""

from __future__ import annotations

from typing import Any

from waitress.channel import HTTPChannel
from waitress.task import ErrorTask

from .bodies import too_large
from .responses import error_response

__all__ = ["JsonErrorChannel"]


class _JsonErrorTask(ErrorTask):
    """An error waitress answers before the app runs, with the store's JSON error body."""

    def execute(self) -> None:
        request: Any = self.request  # waitress's parser, holding the error (not the error itself)
        error = request.error
        status = int(error.code)
        title = str(error.reason)
        if status == 413:
            limit = int(self.channel.server.adj.max_request_body_size) - 1
            title = too_large(limit).title
        body = error_response(status, title).body
        self.status = f"{status} {error.reason}"
        self.response_headers = [("Content-Type", "application/json")]
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


class JsonErrorChannel(HTTPChannel):
    """waitress's connection, answering its own errors with `_JsonErrorTask`."""

    error_task_class: type[ErrorTask] = _JsonErrorTask
