"""Ariane's orientation engine: curated facts, SQLite build, resolution and orientation.

Knows nothing of Rasa. Entry points: `resolve`, `orient`, `locate`, and the CLI
(`python -m knowledge orient|place|build|import-orphanet`).
"""
from .orient import Orientation, Resolution, locate, orient, resolve
from .store import KnowledgeBase, KnowledgeBaseMissing, load

__all__ = ["KnowledgeBase", "KnowledgeBaseMissing", "Orientation", "Resolution", "load", "locate", "orient", "resolve"]
