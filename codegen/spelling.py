"""Generated modules call the classes they import by the classes' own names.

The IR names a model or request TypedDict by its key, unique in the whole package (`V3Product`,
`V3BrandCreateBodyCreate`); the class itself is named for its public name (`Product`,
`BrandCreate`), and imports bring it under its key (`from ..models.product import Product as
V3Product`, see `typeref.aliased`). A rendered module then says the own name throughout
(imports, annotations, constants, docstrings), so code, hover and messages read alike, unless
the own name already means something in that module, or is the longer one: then it keeps the key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_ALIAS = re.compile(r"\b([A-Za-z_]\w*) as ([A-Za-z_]\w*)\b")


def respelled(source: str, own_names: Mapping[str, str]) -> str:
    """`source` with every imported key whose class has another name (`own_names`: key -> own
    name) spelled by that name, where the module uses the name for nothing else."""
    for own, key in sorted(set(_ALIAS.findall(source))):
        if own_names.get(key) != own or len(own) > len(key):
            continue
        imports = len(re.findall(rf"\b{own} as {key}\b", source))
        if len(re.findall(rf"\b{own}\b", source)) != imports:
            continue  # the module says the own name for something else too
        source = re.sub(rf"\b{own} as {key}\b", own, source)
        source = re.sub(rf"\b{key}\b", own, source)
    return source
