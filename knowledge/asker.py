"""Who is writing: the person ill, a relative, or a professional (patterns in sources/roles.yaml)."""
from __future__ import annotations

import re
from functools import lru_cache

import yaml

from .sources import SOURCES
from .text import fold


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    items = yaml.safe_load((SOURCES / "roles.yaml").read_text(encoding="utf-8")) or []
    return [(item["role"], re.compile(p)) for item in items for p in item["patterns"]]


def role_of(text: str) -> str | None:
    """'professionnel', 'proche', 'patient' or None when the text does not say."""
    folded = fold(text if isinstance(text, str) else "")
    for role, pattern in _patterns():
        if pattern.search(folded):
            return role
    return None
