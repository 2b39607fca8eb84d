"""Settings: shipped defaults, then environment variables, then keyword arguments.

- ``DYAD_LEXICON_PATH``: extra lexicon folders (``os.pathsep``-separated), laid out like
  ``dyad/data/lang`` (``<dir>/<lang>/triggers.tsv`` …); their files extend the shipped ones.
- ``DYAD_CACHE_DIR``: where compiled matchers are cached (default ``~/.cache/dyad``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Settings:
    lexicon_paths: tuple[Path, ...] = ()
    languages: tuple[str, ...] | None = None  # None = every language with a lexicon
    include_all: bool = False  # also report negated and hypothetical events (flagged)
    max_chars: int = 5_000_000  # longer texts are coded up to this many characters, with a warning
    chunk_chars: int = 100_000  # long texts are coded in blocks of about this size
    min_confidence: float = 0.0
    use_cache: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **kwargs: Any) -> "Settings":
        s = cls()
        env = os.environ.get("DYAD_LEXICON_PATH")
        if env:
            s = replace(s, lexicon_paths=tuple(Path(p) for p in env.split(os.pathsep) if p))
        if kwargs.get("lexicon_paths"):
            kwargs["lexicon_paths"] = s.lexicon_paths + tuple(Path(p) for p in kwargs["lexicon_paths"])
        return replace(s, **{k: v for k, v in kwargs.items() if v is not None})
