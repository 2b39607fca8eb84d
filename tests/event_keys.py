"""The (type, source code, target code) keys of the events Dyad codes in a text: what the rule tests compare."""

from __future__ import annotations

import dyad


def event_keys(text: str, lang: str, published: str = "2026-05-06") -> set[tuple[str, str, str]]:
    return {(e.type, e.source.code, e.target.code) for e in dyad.code(text, lang=lang, published=published)}
