"""Recognise a message that sounds like an emergency (patterns live in sources/urgency.yaml)."""
from __future__ import annotations

from .text import fold


def detect(kb, text: str) -> str | None:
    """'suicide', 'emergency' or None. Suicide wins: it adds 3114 to 15 and 112."""
    folded = fold(text)
    if not folded:
        return None
    levels = {level for pattern, level, _ in kb.urgency if pattern.search(folded)}
    if "suicide" in levels:
        return "suicide"
    return "emergency" if levels else None
