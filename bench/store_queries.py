"""Benchmark: analyses on a store of N synthetic events (default 10 million).

    /work/venv/bin/python bench/store_queries.py [--events 10000000] [--db /tmp/bench-events.duckdb] [--keep]

Generates the events directly in SQL (skewed actor and type distributions, 10 years of dates),
then times `dyad dyad` (series), `dyad partners` and `dyad network` queries through the library
functions, and reports the store size per million events. Goal: each query <= 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dyad.analytics import dyad_series, network_edges, partners  # noqa: E402
from dyad.store import Store  # noqa: E402

REAL = ["USA", "CHN", "RUS", "UKR", "IRN", "ISR", "PRK", "KOR", "JPN", "IND", "PAK", "TUR", "SYR", "IRQ", "SAU",
        "FRA", "DEU", "GBR", "ITA", "ESP", "POL", "BRA", "MEX", "VEN", "COL", "NGA", "ETH", "SDN", "EGY", "ZAF",
        "UNO", "EUR", "NATO", "AFG", "MMR", "PSE", "LBN", "YEM", "LBY", "KEN"]
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
QUAD = [1, 1, 1, 2, 2, 2, 2, 1, 3, 3, 3, 4, 4, 4, 4, 4]
GOLD = [8.0, 1.0, 3.4, 5.0, 6.0, 7.0, 9.0, 3.0, -2.0, -4.0, -4.4, -6.5, -8.0, -7.2, -7.0, -10.0]


def generate(db: str, n: int) -> float:
    codes = REAL + [f"X{i:02d}" for i in range(160)]  # 200 actors
    t0 = time.perf_counter()
    with Store(db) as st:
        st.sql("DELETE FROM events")
        arr = lambda xs: "[" + ", ".join(repr(x) for x in xs) + "]"  # noqa: E731
        st.sql("SELECT setseed(0.42)")
        st.sql(f"""
        INSERT INTO events
        SELECT
          substr(md5(i::VARCHAR), 1, 20) AS event_key,
          list_extract({arr(TYPES)}, t + 1) AS type, '' AS mode, '' AS cameo,
          list_extract({arr(QUAD)}, t + 1)::TINYINT AS quad_class,
          list_extract({arr(GOLD)}, t + 1) AS goldstein,
          list_extract({arr(codes)}, s + 1) AS source_actor, 'GOV' AS source_sector,
          list_extract({arr(codes)}, CASE WHEN o = s THEN (o + 1) % 200 ELSE o END + 1) AS target_actor,
          'GOV' AS target_sector,
          DATE '2016-01-01' + (i * 3653 // {n})::INTEGER AS date, 'day' AS date_precision,
          NULL, NULL, NULL, NULL,
          1 + (r % 5)::INTEGER AS n_mentions, 1 + (r % 4)::INTEGER AS n_articles, 1 + (r % 3)::INTEGER AS n_sources,
          DATE '2016-01-01' + (i * 3653 // {n})::INTEGER AS first_seen,
          DATE '2016-01-01' + (i * 3653 // {n})::INTEGER + (r % 3)::INTEGER AS last_seen,
          'en' AS langs, substr(md5((i + 7)::VARCHAR), 1, 32) AS article_key, NULL AS url, NULL AS evidence_sentence
        FROM (
          SELECT i,
                 least(15, floor(16 * pow(random(), 1.3)))::INTEGER AS t,
                 least(199, floor(200 * pow(random(), 3)))::INTEGER AS s,
                 least(199, floor(200 * pow(random(), 3)))::INTEGER AS o,
                 (random() * 1000)::INTEGER AS r
          FROM range({n}) tbl(i)
        )
        """)
        t1 = time.perf_counter()
        st.rebuild_pair_month()
        print(f"monthly aggregate rebuilt in {time.perf_counter() - t1:.1f} s "
              f"({st.sql('SELECT count(*) FROM pair_month').fetchone()[0]:,} rows)")
        st.sql("CHECKPOINT")
    return time.perf_counter() - t0


def timeit(f, repeat: int = 5) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--db", default="/tmp/bench-events.duckdb")
    ap.add_argument("--keep", action="store_true", help="reuse an existing file of the right size")
    ap.add_argument("--threads", type=int, default=0, help="DuckDB threads (0 = DuckDB default)")
    a = ap.parse_args()
    if not a.keep and os.path.exists(a.db):
        os.remove(a.db)
        if os.path.exists(a.db + ".wal"):
            os.remove(a.db + ".wal")
    if not os.path.exists(a.db):
        g = generate(a.db, a.events)
        print(f"generated {a.events:,} events in {g:.1f} s")
    else:
        with Store(a.db) as st:  # opening for writing builds the aggregate if the file predates it
            st.sql("CHECKPOINT")
    size = os.path.getsize(a.db)
    with Store(a.db, read_only=True) as st:
        if a.threads:
            st.sql(f"SET threads = {a.threads}")
        n = st.sql("SELECT count(*) FROM events").fetchone()[0]
        print(f"store: {n:,} events, {size / 1e6:.0f} MB = {size / 1e6 / (n / 1e6):.1f} MB per million events")
        print(f"DuckDB threads: {st.sql('SELECT current_setting(' + repr('threads') + ')').fetchone()[0]}")
        queries = {
            "dyad USA CHN --by month": lambda: dyad_series(st, "USA", "CHN", by="month"),
            "dyad USA CHN --by week --since 2024-01-01": lambda: dyad_series(st, "USA", "CHN", by="week",
                                                                             since="2024-01-01"),
            "dyad X10 X20 --by month (rare pair)": lambda: dyad_series(st, "X10", "X20", by="month"),
            "partners IRN": lambda: partners(st, "IRN"),
            "partners USA --mentions=no --since 2020-01-01": lambda: partners(st, "USA", since="2020-01-01"),
            "network --min-events 1": lambda: network_edges(st),
            "network --since 2025-01-01 --min-events 10": lambda: network_edges(st, since="2025-01-01", min_events=10),
            "events table, no aggregate: dyad USA CHN --by week": lambda: dyad_series(st, "USA", "CHN", by="week"),
            "events table: partners IRN --since 2025-01-15": lambda: partners(st, "IRN", since="2025-01-15"),
        }
        print(f"{'query':48s} {'min s':>7s} {'median s':>9s}  rows")
        for name, f in queries.items():
            rows = f()
            mn, med = timeit(f)
            flag = "" if med <= 0.5 else "  (over 0.5 s)"
            print(f"{name:48s} {mn:7.3f} {med:9.3f}  {len(rows)}{flag}")


if __name__ == "__main__":
    main()
