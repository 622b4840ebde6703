"""National contacts (helpline, emergency numbers), available even without the SQLite file.

The action server must still give the helpline and 15/112 when the knowledge base is
missing or broken, so these few rows are read from the curated source as a last resort.
"""
from __future__ import annotations

import logging

import yaml

from .sources import SOURCES

logger = logging.getLogger(__name__)


def contacts(kind: str, kb=None) -> list[dict]:
    """Resources of one kind ('helpline', 'emergency', 'directory'...), KB first."""
    if kb is not None:
        rows = [r for r in kb.resources.values() if r.get("kind") == kind]
        if rows:
            return rows
    try:
        items = yaml.safe_load((SOURCES / "resources.yaml").read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        logger.error("resources.yaml unreadable (%s)", exc)
        return []
    return [r for r in items if r.get("kind") == kind]
