"""Input readers shared by ``dyad code`` and ``dyad ingest``.

:func:`iter_articles` turns paths, directories, ``-`` (stdin) and http(s) feed URLs into
:class:`dyad.records.Article` records. Problems with one input (or one line / record / feed
entry of it) are reported through ``on_error`` as :class:`InputError` and the rest goes on.
"""

from dyad.ingest.readers import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    InputError,
    iter_articles,
    normalise_date,
)

__all__ = ["InputError", "iter_articles", "normalise_date", "DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT"]
