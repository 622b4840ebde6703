"""Who is writing: the person ill, a relative, or a professional (patterns in sources/roles.yaml)."""
from __future__ import annotations

import re
from functools import lru_cache

import yaml

from .sources import SOURCES
from .text import fold


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, bool, re.Pattern]]:
    items = yaml.safe_load((SOURCES / "roles.yaml").read_text(encoding="utf-8")) or []
    return [(item["role"], bool(item.get("explicit")), re.compile(p)) for item in items for p in item["patterns"]]


def role_of(text: str, explicit_only: bool = False) -> str | None:
    """'professionnel', 'proche', 'patient' or None when the text does not say.

    explicit_only: only a statement of who one is ("je suis la maman..."), not a hint
    ("mon fils...", "j'ai...").
    """
    folded = fold(text if isinstance(text, str) else "")
    for role, explicit, pattern in _patterns():
        if (explicit or not explicit_only) and pattern.search(folded):
            return role
    return None
