"""DuckDB schema of the event store (documented in docs/formats/store.md)."""

from __future__ import annotations

SCHEMA_VERSION = "1"

ARTICLE_COLUMNS: list[tuple[str, str]] = [
    ("article_key", "VARCHAR"),
    ("id", "VARCHAR"),
    ("url", "VARCHAR"),
    ("title", "VARCHAR"),
    ("published", "DATE"),
    ("lang", "VARCHAR"),
    ("source", "VARCHAR"),
    ("outlet", "VARCHAR"),
    ("text", "VARCHAR"),
    ("n_chars", "INTEGER"),
    ("dup_group", "VARCHAR"),
    ("minhash", "BLOB"),
    ("lexicon_version", "VARCHAR"),
    ("n_mentions", "INTEGER"),
]

MENTION_COLUMNS: list[tuple[str, str]] = [
    ("mention_key", "VARCHAR"),
    ("article_key", "VARCHAR"),
    ("event_id", "VARCHAR"),
    ("article_id", "VARCHAR"),
    ("lang", "VARCHAR"),
    ("type", "VARCHAR"),
    ("mode", "VARCHAR"),
    ("cameo", "VARCHAR"),
    ("goldstein", "DOUBLE"),
    ("quad_class", "TINYINT"),
    ("source_actor", "VARCHAR"),
    ("source_sector", "VARCHAR"),
    ("source_name", "VARCHAR"),
    ("source_text", "VARCHAR"),
    ("source_start", "INTEGER"),
    ("source_end", "INTEGER"),
    ("target_actor", "VARCHAR"),
    ("target_sector", "VARCHAR"),
    ("target_name", "VARCHAR"),
    ("target_text", "VARCHAR"),
    ("target_start", "INTEGER"),
    ("target_end", "INTEGER"),
    ("date", "DATE"),
    ("date_precision", "VARCHAR"),
    ("date_text", "VARCHAR"),
    ("location_name", "VARCHAR"),
    ("location_country", "VARCHAR"),
    ("location_lat", "DOUBLE"),
    ("location_lon", "DOUBLE"),
    ("location_text", "VARCHAR"),
    ("attribution_text", "VARCHAR"),
    ("attribution_actor", "VARCHAR"),
    ("attribution_sector", "VARCHAR"),
    ("quantities", "VARCHAR"),  # JSON object
    ("negated", "BOOLEAN"),
    ("uncertain", "BOOLEAN"),
    ("hypothetical", "BOOLEAN"),
    ("confidence", "DOUBLE"),
    ("evidence_sentence", "VARCHAR"),
    ("evidence_start", "INTEGER"),
    ("evidence_end", "INTEGER"),
    ("evidence_trigger", "VARCHAR"),
    ("published", "DATE"),  # the article's publication date (copied: never changes)
    ("outlet", "VARCHAR"),  # the article's outlet (copied)
    ("event_key", "VARCHAR"),  # the event this mention belongs to; NULL when not an event
    ("lexicon_version", "VARCHAR"),
]

EVENT_COLUMNS: list[tuple[str, str]] = [
    ("event_key", "VARCHAR"),
    ("type", "VARCHAR"),
    ("mode", "VARCHAR"),
    ("cameo", "VARCHAR"),
    ("quad_class", "TINYINT"),
    ("goldstein", "DOUBLE"),
    ("source_actor", "VARCHAR"),
    ("source_sector", "VARCHAR"),
    ("target_actor", "VARCHAR"),
    ("target_sector", "VARCHAR"),
    ("date", "DATE"),
    ("date_precision", "VARCHAR"),
    ("location_name", "VARCHAR"),
    ("location_country", "VARCHAR"),
    ("location_lat", "DOUBLE"),
    ("location_lon", "DOUBLE"),
    ("n_mentions", "INTEGER"),
    ("n_articles", "INTEGER"),
    ("n_sources", "INTEGER"),
    ("first_seen", "DATE"),
    ("last_seen", "DATE"),
    ("langs", "VARCHAR"),
    ("article_key", "VARCHAR"),  # the first article that reported it
    ("url", "VARCHAR"),
    ("evidence_sentence", "VARCHAR"),
]


def _cols(cols: list[tuple[str, str]]) -> str:
    return ",\n  ".join(f"{n} {t}" for n, t in cols)


DDL = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
  {_cols(ARTICLE_COLUMNS)},
  PRIMARY KEY (article_key)
);
CREATE TABLE IF NOT EXISTS mentions (
  {_cols(MENTION_COLUMNS)}
);
CREATE TABLE IF NOT EXISTS events (
  {_cols(EVENT_COLUMNS)}
);
CREATE TABLE IF NOT EXISTS errors (
  input VARCHAR, reason VARCHAR, first_time VARCHAR, last_time VARCHAR, n INTEGER, run_id INTEGER,
  PRIMARY KEY (input, reason)
);
CREATE TABLE IF NOT EXISTS runs (
  run_id INTEGER PRIMARY KEY, command VARCHAR, inputs VARCHAR, started VARCHAR, finished VARCHAR,
  status VARCHAR, lexicon_version VARCHAR, n_read INTEGER, n_new INTEGER, n_skipped INTEGER,
  n_mentions INTEGER, n_errors INTEGER
);
CREATE TABLE IF NOT EXISTS article_bands (band TINYINT, h BIGINT, article_key VARCHAR);
CREATE TABLE IF NOT EXISTS actors (id INTEGER PRIMARY KEY, code VARCHAR);
CREATE TABLE IF NOT EXISTS pair_month (
  src INTEGER, tgt INTEGER, type VARCHAR, quad_class TINYINT, month DATE,
  n INTEGER, n_mentions INTEGER, goldstein_sum DOUBLE
);
CREATE TABLE IF NOT EXISTS pair_year (
  src INTEGER, tgt INTEGER, quad_class TINYINT, year INTEGER,
  n INTEGER, n_mentions INTEGER, goldstein_sum DOUBLE
);
CREATE TABLE IF NOT EXISTS dirty (
  type VARCHAR, source_actor VARCHAR, target_actor VARCHAR,
  PRIMARY KEY (type, source_actor, target_actor)
);
"""
