"""Idempotent re-ingest, crash-resume with a real SIGKILL, recode, bad inputs in the errors table."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from dyad.store import Store

from gold_coder import CORPUS, GoldCoder

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = str(CORPUS / "articles.jsonl")
INGEST_DATA = ROOT / "tests" / "data" / "ingest"


def snapshot(path: str) -> dict[str, list]:
    """Everything in the store except run bookkeeping (runs table, error timestamps)."""
    with Store(path, read_only=True) as st:
        return {
            "articles": st.sql("SELECT * FROM articles ORDER BY article_key").fetchall(),
            "mentions": st.sql("SELECT * FROM mentions ORDER BY mention_key").fetchall(),
            "events": st.sql("SELECT * FROM events ORDER BY event_key").fetchall(),
            "errors": st.sql("SELECT input, reason FROM errors ORDER BY ALL").fetchall(),
            "dirty": st.sql("SELECT * FROM dirty").fetchall(),
            "pair_month": st.sql("SELECT src, tgt, type, quad_class, month, n, n_mentions, round(goldstein_sum, 6) "
                                 "FROM pair_month ORDER BY ALL").fetchall(),
            "pair_year": st.sql("SELECT src, tgt, quad_class, year, n, n_mentions, round(goldstein_sum, 6) "
                                "FROM pair_year ORDER BY ALL").fetchall(),
            "actors": st.sql("SELECT * FROM actors ORDER BY ALL").fetchall(),
        }


def test_reingest_adds_nothing(tmp_path):
    db = str(tmp_path / "s.duckdb")
    with Store(db) as st:
        st.ingest([ARTICLES], coder=GoldCoder())
    before = snapshot(db)
    coder = GoldCoder()
    with Store(db) as st:
        s = st.ingest([ARTICLES], coder=coder, batch_size=5)
        runs = st.sql("SELECT count(*) FROM runs").fetchone()[0]
    assert (s.read, s.new, s.skipped, s.mentions) == (34, 0, 34, 0)
    assert coder.calls == 0  # nothing was coded again
    assert snapshot(db) == before
    assert runs == 2


def test_batch_size_and_order_do_not_matter(tmp_path):
    """Near-duplicate groups and events depend on the set of articles, not on how it was read."""
    a, b = str(tmp_path / "a.duckdb"), str(tmp_path / "b.duckdb")
    with Store(a) as st:
        st.ingest([ARTICLES], coder=GoldCoder(), batch_size=500)
    lines = Path(ARTICLES).read_text("utf-8").splitlines()
    rev = tmp_path / "reversed.jsonl"
    rev.write_text("\n".join(reversed(lines)) + "\n", "utf-8")
    with Store(b) as st:
        st.ingest([str(rev)], coder=GoldCoder(), batch_size=3)
    sa, sb = snapshot(a), snapshot(b)
    # the source column names the input file, which differs here: compare the rest
    strip = lambda rows: [r[:6] + r[7:] for r in rows]  # noqa: E731  (articles.source is column 6)
    assert strip(sa["articles"]) == strip(sb["articles"])
    assert sa["mentions"] == sb["mentions"]
    assert sa["events"] == sb["events"]


CHILD = textwrap.dedent("""
    import sys
    sys.path[:0] = [{root!r}, {tests!r}]
    from gold_coder import GoldCoder
    from dyad.store import Store
    st = Store({db!r})
    def progress(s):
        print("batch", s.read, flush=True)
    st.ingest([{articles!r}, {bad!r}], coder=GoldCoder(delay={delay}), batch_size=2, progress=progress)
    st.close()
    print("done", flush=True)
""")


def _child(db: str, delay: float) -> list[str]:
    code = CHILD.format(root=str(ROOT), tests=str(Path(__file__).parent), db=db, articles=ARTICLES,
                        bad=str(INGEST_DATA / "articles.jsonl"), delay=delay)
    return [sys.executable, "-c", code]


@pytest.mark.parametrize("kill_after", [3, 11])  # 11: right after the first re-clustering pass (10 batches)
def test_kill_9_then_rerun_equals_uninterrupted(tmp_path, kill_after):
    ref = str(tmp_path / "ref.duckdb")
    subprocess.run(_child(ref, 0.0), check=True, capture_output=True, timeout=120)
    db = str(tmp_path / "killed.duckdb")
    p = subprocess.Popen(_child(db, 0.03), stdout=subprocess.PIPE, text=True)
    seen = 0
    deadline = time.time() + 60
    assert p.stdout is not None
    while time.time() < deadline:
        line = p.stdout.readline()
        if not line:
            break
        if line.startswith("batch"):
            seen += 1
            if seen == kill_after:
                time.sleep(0.03)  # land inside the next batch's coding or write
                os.kill(p.pid, signal.SIGKILL)
                break
    p.wait(timeout=30)
    assert p.returncode == -signal.SIGKILL, "the child finished before it could be killed"
    # the store holds a part of the corpus
    with Store(db, read_only=True) as st:
        n = st.sql("SELECT count(*) FROM articles").fetchone()[0]
        status = st.sql("SELECT status FROM runs").fetchall()
    assert 0 < n < 33 and status == [("running",)]
    out = subprocess.run(_child(db, 0.0), check=True, capture_output=True, text=True, timeout=120)
    assert "done" in out.stdout
    assert snapshot(db) == snapshot(ref)
    with Store(db, read_only=True) as st:
        assert st.sql("SELECT status FROM runs ORDER BY run_id").fetchall() == [("interrupted",), ("done",)]


def test_recode_replaces_events(tmp_path):
    db = str(tmp_path / "r.duckdb")
    with Store(db) as st:
        st.ingest([ARTICLES], coder=GoldCoder(version="v1"))
    # a "newer lexicon": c12's strike is now placed near Kursk, and c31 gets an event
    ann = (CORPUS / "annotations.jsonl").read_text("utf-8").splitlines()
    new = []
    for line in ann:
        d = json.loads(line)
        if d.get("id") == "c12":
            d["events"][0]["location"] = {"name": "Kursk", "country": "RUS"}
        if d.get("id") == "c31":
            d["events"] = [{"type": "PROTEST", "source": "CHE", "target": "---", "date": "2025-02-13",
                            "precision": "day", "goldstein": -6.5, "quad_class": 4}]
        new.append(json.dumps(d))
    ann2 = tmp_path / "ann2.jsonl"
    ann2.write_text("\n".join(new) + "\n", "utf-8")
    with Store(db) as st:
        same = st.recode(GoldCoder(version="v1"))
        assert same.read == 0  # nothing to do with the same lexicon version
        s = st.recode(GoldCoder(path=ann2, version="v2"))
        assert s.read == 33
        assert st.sql("SELECT count(*) FROM articles WHERE lexicon_version = 'v2'").fetchone()[0] == 33
        assert st.sql("SELECT count(*) FROM mentions").fetchone()[0] == 41
        # Belgorod merged into Kursk: 30 − 1 + 1 (the new PROTEST) = 30 events
        assert st.sql("SELECT count(*) FROM events").fetchone()[0] == 30
        kursk = st.sql("SELECT n_mentions, location_name FROM events WHERE type = 'ASSAULT' "
                       "AND source_actor = 'UKR'").fetchall()
        assert kursk == [(3, "Kursk")]
    # a recoded store equals a store ingested with the new lexicon from scratch
    fresh = str(tmp_path / "fresh.duckdb")
    with Store(fresh) as st:
        st.ingest([ARTICLES], coder=GoldCoder(path=ann2, version="v2"))
    a, b = snapshot(db), snapshot(fresh)
    assert a["mentions"] == b["mentions"] and a["events"] == b["events"]
    assert a["pair_month"] == b["pair_month"]
    # the incrementally maintained monthly aggregate equals a full rebuild
    with Store(db) as st:
        st.rebuild_pair_month()
    assert snapshot(db)["pair_month"] == a["pair_month"]
    assert snapshot(db)["pair_year"] == a["pair_year"] != []


def test_bad_inputs_go_to_errors_table(tmp_path):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "cut.warc.gz"
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for i in range(3):
        hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = (f"<html><body><article><p>Report {i}: a long enough paragraph about the port of Rason and the "
                f"trains that leave it every night for the border with Russia.</p></article></body></html>").encode()
        w.write_record(w.create_warc_record(f"https://wire.test/{i}", "response", payload=io.BytesIO(body),
                                            http_headers=hh))
    data = buf.getvalue()
    warc.write_bytes(data[: len(data) - 60])  # the last record is cut off
    db = str(tmp_path / "e.duckdb")
    with Store(db) as st:
        s = st.ingest([str(INGEST_DATA / "dir"), str(INGEST_DATA / "articles.jsonl"), str(warc),
                       str(tmp_path / "missing.txt")], coder=GoldCoder())
        errs = st.sql("SELECT input, reason FROM errors ORDER BY input").fetchall()
        arts = st.sql("SELECT count(*) FROM articles").fetchone()[0]
    # dir: picture, latin1, empty, menu_only; jsonl: lines 3, 4, 5, 7; warc: 1 truncated; missing: 1
    assert s.errors == 10 and len(errs) == 10
    assert arts == 4 + 4 + 2
    assert any("truncated" in r for i, r in errs if i.startswith(str(warc)))
    assert any(i.endswith("missing.txt") and "no such file" in r for i, r in errs)


class _Flaky(GoldCoder):
    """Fails on one article, like a coder bug would."""

    def code_article(self, a):
        if a.id == "c05":
            raise RuntimeError("boom")
        return super().code_article(a)


def test_a_coder_failure_is_an_error_not_a_crash(tmp_path):
    db = str(tmp_path / "f.duckdb")
    with Store(db) as st:
        s = st.ingest([ARTICLES], coder=_Flaky())
        assert s.new == 32 and s.errors == 1
        assert "coding failed: RuntimeError: boom" in s.error_list[0].reason
        assert st.sql("SELECT count(*) FROM errors WHERE input = 'https://journal.example/c05'").fetchone() == (1,)
        # a later run with a working coder picks the article up
        s2 = st.ingest([ARTICLES], coder=GoldCoder())
        assert s2.new == 1
        r = st.recode(_Flaky(version="v9"), force=True)
        assert r.errors == 1 and r.new == 32
        assert st.sql("SELECT count(*) FROM articles WHERE lexicon_version = 'v9'").fetchone() == (32,)
