"""Dyad's exceptions.

    DyadError
    ├── LexiconError      a lexicon file is malformed (file, line and what to fix)
    ├── InputFormatError  an input cannot be read or decoded
    └── LanguageError     a language is not supported / has no lexicon
"""


class DyadError(Exception):
    """Base class of every error Dyad raises on purpose."""


class LexiconError(DyadError):
    """A lexicon file is malformed; the message names the file and line."""


class InputFormatError(DyadError):
    """An input cannot be read or decoded."""


class LanguageError(DyadError):
    """The requested language has no lexicon."""
