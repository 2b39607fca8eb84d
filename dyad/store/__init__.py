"""The event store (DuckDB): ingest, near-duplicate detection, event clustering, recode.

See docs/formats/store.md (tables) and docs/formats/dedup.md (how mentions become events).
"""

from dyad.store.store import DEFAULT_DB, RunSummary, Store, outlet_of

__all__ = ["Store", "RunSummary", "DEFAULT_DB", "outlet_of"]
