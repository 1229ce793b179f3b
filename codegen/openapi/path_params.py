"""One name per path parameter of a collection, where the documents disagree.

Every path parameter name becomes snake_case (`cartId` -> `cart_id`, `customerID` ->
`customer_id`). A parameter belongs to a collection: the path up to and including it, with every
parameter blanked (`/promotions/{id}` and `/promotions/{promotion_id}/codes` share
`/promotions/{}`), within one API version. When the paths of a collection still name its parameter
differently, all take the most specific name: any name but `id` before `id`, then the name used by
the most distinct paths, then the alphabetically first (`{id}` -> `{promotion_id}`). A path whose
renamed parameters would repeat a name keeps its own snake_case names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..naming import param_snake as snake  # the rule for path parameters

_PARAM = re.compile(r"\{([^}]+)\}")


def template_names(template: str) -> list[str]:
    """The parameter names of a path template, in order."""
    return _PARAM.findall(template)


def _collections(template: str) -> list[tuple[str, str]]:
    """(collection, parameter name) for each parameter of `template`."""
    found = []
    for match in _PARAM.finditer(template):
        found.append((_PARAM.sub("{}", template[: match.end()]), match.group(1)))
    return found


class PathNames:
    """The chosen parameter names of every path of every version."""

    def __init__(self, paths: Iterable[tuple[str, str]]) -> None:
        usage: dict[tuple[str, str], dict[str, set[str]]] = {}
        for version, template in sorted(set(paths)):
            for collection, name in _collections(template):
                users = usage.setdefault((version, collection), {})
                users.setdefault(snake(name), set()).add(template)
        self._chosen = {key: self._choose(users) for key, users in usage.items()}

    @staticmethod
    def _choose(users: dict[str, set[str]]) -> str:
        return min(users, key=lambda name: (name == "id", -len(users[name]), name))

    def rename(self, version: str, template: str) -> dict[str, str]:
        """Original parameter name -> chosen name, for one path template."""
        chosen = {
            name: self._chosen.get((version, collection), snake(name))
            for collection, name in _collections(template)
        }
        if len(set(chosen.values())) < len(chosen):
            return {name: snake(name) for name in chosen}
        return chosen

    def template(self, version: str, template: str) -> str:
        """`template` with its parameters renamed."""
        names = self.rename(version, template)
        return _PARAM.sub(lambda m: "{" + names.get(m.group(1), m.group(1)) + "}", template)
