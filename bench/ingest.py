"""Benchmark: ingest rate into DuckDB vs the coder's own rate, on one core.

    /work/venv/bin/python bench/ingest.py [--input FILE.jsonl] [--copies 10] [--batch 200]

Pins the process to one CPU and DuckDB to one thread, loads the coder once, codes every article once
to warm the coder's caches (not measured), then times (1) coding the articles alone
(`coder.code_article`, what `dyad code` does per article) before and after (2) `Store.ingest` of
the same articles into a fresh DuckDB file (keys, coding, MinHash, batched transactional writes,
clustering), and compares (2) with the mean of the two (1) runs. Goal: ingest rate >= 70 % of the
coder's rate.

Input: ../shared/eval/dev-gold.jsonl when present, else tests/data/corpus/articles.jsonl; each
article is repeated ``--copies`` times with a distinct id and a distinct closing line, so every
copy is a new article (and a near-duplicate of the others: the dedup path is exercised too).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load(path: Path, copies: int):
    from dyad.records import Article

    base = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if "text" in d:
            base.append(d)
    arts = []
    for k in range(copies):
        for d in base:
            arts.append(Article(id=f"{d['id']}-{k}", text=d["text"] + f"\n\n(Copy {k} for the benchmark.)",
                                title=d.get("title", ""), url=(d.get("url") or f"https://bench.test/{d['id']}")
                                + f"?copy={k}", published=d.get("published"), lang=d.get("lang")))
    return arts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", default=None)
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--batch", type=int, default=200)
    a = ap.parse_args()
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
        pinned = True
    except (AttributeError, OSError):
        pinned = False
    shared = ROOT.parent / "shared" / "eval" / "dev-gold.jsonl"
    src = Path(a.input) if a.input else (shared if shared.exists() else ROOT / "tests/data/corpus/articles.jsonl")
    arts = load(src, a.copies)
    chars = sum(len(x.text) for x in arts)
    print(f"input: {src} x{a.copies} = {len(arts)} articles, {chars / 1e6:.2f} M chars; one core pinned: {pinned}")

    from dyad.coder import Coder
    from dyad.store import Store

    t0 = time.perf_counter()
    coder = Coder()
    coder.load_all()
    _ = coder.lexicon_version
    for x in arts[:5]:
        coder.code_article(x)  # warm caches
    print(f"coder load: {time.perf_counter() - t0:.1f} s")

    import gc

    def code_all() -> tuple[float, int]:
        t = time.perf_counter()
        n = 0
        for x in arts:
            n += len(coder.code_article(x).events)
        return time.perf_counter() - t, n

    code_all()  # warm-up pass: the coder's own caches fill up; not measured
    gc.collect()
    gc.freeze()
    t_code1, n_ev = code_all()
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "bench.duckdb")
        with Store(db) as st:
            st.sql("SET threads = 1")
            t0 = time.perf_counter()
            s = st.ingest(["bench"], coder, batch_size=a.batch, articles=iter(arts))
            t_ing = time.perf_counter() - t0
        size = os.path.getsize(db)
    t_code2, _ = code_all()
    t_code = (t_code1 + t_code2) / 2
    r_code = len(arts) / t_code
    print(f"coder alone : {len(arts)} articles in {t_code1:.2f} s before and {t_code2:.2f} s after the ingest = "
          f"{r_code:.1f} articles/s ({n_ev} events)")
    r_ing = len(arts) / t_ing
    print(f"ingest      : {s.new} new articles in {t_ing:.2f} s = {r_ing:.1f} articles/s "
          f"({s.mentions} mentions, {s.events_total} events, {s.near_duplicates} near-duplicates); "
          f"file {size / 1e6:.1f} MB")
    print(f"ingest / coder rate = {r_ing / r_code:.0%} (goal >= 70 %); store overhead "
          f"{(t_ing - t_code) / len(arts) * 1000:.1f} ms per article")


if __name__ == "__main__":
    main()
