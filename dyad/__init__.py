"""Dyad: political event data from multilingual news.

>>> import dyad
>>> events = dyad.code("Russia attacked Ukraine.", published="2025-03-05")  # doctest: +SKIP
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from . import _core

# before any module of the core is imported: the compiled modules, or their sources when those changed
CORE = _core.choose(Path(__file__).resolve().parent)

from .coder import Coder  # noqa: E402
from .config import Settings
from .errors import DyadError, InputFormatError, LanguageError, LexiconError
from .records import ActorRef, Article, Doc, Event, event_from_dict, event_to_dict

__version__ = "0.1.0"
__all__ = sorted([
    "ActorRef", "Article", "Coder", "Doc", "DyadError", "Event", "InputFormatError", "LanguageError",
    "LexiconError", "Settings", "__version__", "code", "event_from_dict", "event_to_dict",
])

logging.getLogger(__name__).addHandler(logging.NullHandler())

_default: Coder | None = None


def _coder() -> Coder:
    global _default
    if _default is None:
        _default = Coder()
    return _default


def code(text: str, published: str | None = None, lang: str | None = None, article_id: str = "doc",
         **kwargs: Any) -> list[Event]:
    """Code one article's text into events.

    Args:
        text: the article text.
        published: publication date (YYYY-MM-DD) that relative dates are resolved against.
        lang: ISO 639-1 code, or None to detect it.
        article_id: the id given to the article (events are numbered ``<id>/<n>``).
    Returns:
        The events, in text order. Negated and hypothetical events are left out unless
        ``include_all=True`` is passed.
    """
    coder = Coder(include_all=True) if kwargs.get("include_all") else _coder()
    doc = coder.code_article(Article(article_id, text if isinstance(text, str) else str(text),
                                     published=published, lang=lang))
    return list(doc.events)
