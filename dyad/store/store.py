"""The DuckDB event store: articles, mentions, events (clusters of mentions), errors, runs.

Write path (``ingest`` / ``recode``): articles are read, keyed, skipped when already stored,
coded in batches; each batch is written in ONE transaction (articles + their mentions +
near-duplicate groups + the list of (type, source, target) partitions to re-cluster).
Re-clustering the dirty partitions is itself one transaction, run every few batches and at
the end. Everything stored is a deterministic function of the set of articles, so a run
killed at any point and started again ends in the same store as an uninterrupted run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Sequence

import duckdb
import pyarrow as pa

from dyad.ingest import DEFAULT_MAX_BYTES, InputError, iter_articles
from dyad.records import Article, Event
from dyad.store import dedup
from dyad.store.cluster import M, cluster_partition
from dyad.store.schema import ARTICLE_COLUMNS, DDL, EVENT_COLUMNS, MENTION_COLUMNS, SCHEMA_VERSION

DEFAULT_DB = "dyad.duckdb"
DEFAULT_BATCH = 200  # articles per write transaction
RECLUSTER_EVERY = 10  # batches between re-clustering passes (and at the end of a run)
AGG_VERSION = "2"  # pair_month + pair_year

_DUCK_TO_ARROW = {
    "VARCHAR": pa.string(), "DATE": pa.date32(), "INTEGER": pa.int32(), "TINYINT": pa.int8(),
    "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "BLOB": pa.binary(),
}


def _arrow_schema(cols: list[tuple[str, str]]) -> pa.Schema:
    return pa.schema([(n, _DUCK_TO_ARROW[t]) for n, t in cols])


ARTICLE_SCHEMA = _arrow_schema(ARTICLE_COLUMNS)
MENTION_SCHEMA = _arrow_schema(MENTION_COLUMNS)
EVENT_SCHEMA = _arrow_schema(EVENT_COLUMNS)


def _date(s: str | None) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def outlet_of(article: Article) -> str:
    """The outlet an article counts for in n_sources: URL host, else its declared source."""
    from dyad.ingest.readers import _host

    return _host(article.url) or (article.source or "") or ""


def place_key(country: str | None, name: str | None) -> str:
    name = " ".join((name or "").lower().split())
    if not name and not country:
        return ""
    return f"{(country or '').upper()}|{name}"


def is_event(e: Event) -> bool:
    """Negated and hypothetical mentions are kept as mentions but form no event."""
    return not (e.negated or e.hypothetical)


@dataclass
class RunSummary:
    run_id: int = 0
    read: int = 0  # articles read from the inputs
    new: int = 0  # articles stored in this run
    skipped: int = 0  # already in the store (idempotent re-ingest)
    near_duplicates: int = 0  # new articles that joined a near-duplicate group
    mentions: int = 0  # mentions written in this run
    errors: int = 0
    error_list: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    events_total: int = 0
    articles_total: int = 0

    def as_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k != "error_list"}
        d["errors_detail"] = [{"input": e.input, "reason": e.reason, "time": e.time} for e in self.error_list]
        return d


class Store:
    """A DuckDB file holding articles, mentions, events, errors and runs."""

    def __init__(self, path: str = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not os.path.exists(self.path):
            raise FileNotFoundError(f"no store at {self.path} (run `dyad ingest` first)")
        self.con = duckdb.connect(self.path, read_only=read_only)
        self.read_only = read_only
        if not read_only:
            self.con.execute(DDL)
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING",
                             [SCHEMA_VERSION])
        if not read_only and not self.has_pair_month():
            self.rebuild_pair_month()  # new store, or one written before the aggregate existed
        if not read_only:
            self._ensure_bands()

    def _ensure_bands(self) -> None:
        """Fill article_bands for stores written before the table existed."""
        n_a = self.con.execute("SELECT count(*) FROM articles").fetchone()[0]
        if not n_a or self.con.execute("SELECT count(*) FROM article_bands").fetchone()[0]:
            return
        bk, bb, bh = [], [], []
        for key, blob in self.con.execute("SELECT article_key, minhash FROM articles").fetchall():
            hs = dedup.band_hashes(dedup.sig_from_bytes(blob))
            if hs is not None:
                bk += [key] * len(hs)
                bb += list(range(len(hs)))
                bh += hs.tolist()
        if bk:
            self.con.register("_b", pa.table({"band": pa.array(bb, pa.int8()), "h": pa.array(bh, pa.int64()),
                                              "k": bk}))
            self.con.execute("INSERT INTO article_bands SELECT band, h, k FROM _b")
            self.con.unregister("_b")

    # -- plumbing --------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sql(self, query: str, params: Sequence[Any] | None = None) -> duckdb.DuckDBPyRelation:
        return self.con.execute(query, params or [])

    def existing_keys(self, keys: Iterable[str]) -> set[str]:
        keys = list(set(keys))
        if not keys:
            return set()
        tbl = pa.table({"k": pa.array(keys, pa.string())})
        self.con.register("_keys", tbl)
        try:
            return {r[0] for r in self.con.execute(
                "SELECT article_key FROM articles JOIN _keys ON article_key = k").fetchall()}
        finally:
            self.con.unregister("_keys")

    # -- runs and errors -------------------------------------------------------------------
    def start_run(self, command: str, inputs: Sequence[str], lexicon_version: str = "") -> int:
        # DuckDB allows one writer per file, so a run still marked 'running' was killed
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        rid = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()[0]
        self.con.execute("INSERT INTO runs VALUES (?, ?, ?, ?, NULL, 'running', ?, 0, 0, 0, 0, 0)",
                         [rid, command, json.dumps(list(inputs)), _now(), lexicon_version])
        return rid

    def finish_run(self, s: RunSummary, status: str = "done") -> None:
        self.con.execute("UPDATE runs SET finished=?, status=?, n_read=?, n_new=?, n_skipped=?, n_mentions=?, "
                         "n_errors=? WHERE run_id=?",
                         [_now(), status, s.read, s.new, s.skipped, s.mentions, s.errors, s.run_id])

    def _write_errors(self, errors: Sequence[InputError], run_id: int) -> None:
        for e in errors:
            self.con.execute(
                "INSERT INTO errors VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (input, reason) DO UPDATE SET "
                "last_time = excluded.last_time, n = errors.n + 1, run_id = excluded.run_id",
                [e.input, e.reason, e.time, e.time, run_id])

    # -- writing ---------------------------------------------------------------------------
    def write_batch(self, docs: Sequence[tuple[Article, Sequence[Event]]], lexicon_version: str = "",
                    errors: Sequence[InputError] = (), run_id: int = 0,
                    keys: Sequence[str] | None = None,
                    normalised: Sequence[str] | None = None) -> tuple[int, int, int]:
        """Store coded articles (skipping ones already stored) in one transaction.

        Near-duplicates are looked up in the ``article_bands`` LSH table (stored articles) and within
        the batch; groups are merged so that each group id stays the smallest key of its component.
        Returns (new articles, mentions written, new articles that are near-duplicates).
        """
        seen: set[str] = set()
        keyed = []
        norm: dict[str, str] = {}
        for i, (art, events) in enumerate(docs):
            nt = normalised[i] if normalised is not None else dedup.normalise_text(art.text)
            k = keys[i] if keys is not None else dedup.article_key(nt, art.url, normalised=True)
            if k in seen:
                continue
            seen.add(k)
            norm[k] = nt
            keyed.append((k, art, events))
        existing = self.existing_keys(k for k, _, _ in keyed)
        keyed = [x for x in keyed if x[0] not in existing]
        sigs = {k: dedup.signature(norm[k], normalised=True) for k, art, _ in keyed}
        bands = {k: dedup.band_hashes(sigs[k]) for k in sigs}
        con = self.con
        con.begin()
        try:
            # -- near-duplicates: candidates among stored articles, then within the batch
            parent: dict[str, str] = {}

            def find(x: str) -> str:
                parent.setdefault(x, x)
                while parent[x] != x:
                    parent[x] = parent[parent[x]]
                    x = parent[x]
                return x

            def union(x: str, y: str) -> None:
                rx, ry = find(x), find(y)
                if rx != ry:
                    lo, hi = (rx, ry) if rx < ry else (ry, rx)
                    parent[hi] = lo

            has_dup: set[str] = set()
            bk, bb, bh = [], [], []
            for k, hs in bands.items():
                if hs is not None:
                    bk += [k] * len(hs)
                    bb += list(range(len(hs)))
                    bh += hs.tolist()
            old_groups: set[str] = set()
            if bk:
                con.register("_b", pa.table({"k": bk, "band": pa.array(bb, pa.int8()), "h": pa.array(bh, pa.int64())}))
                cands = con.execute(
                    "SELECT DISTINCT _b.k, a.article_key, a.minhash, a.dup_group FROM _b "
                    "JOIN article_bands ab ON ab.band = _b.band AND ab.h = _b.h "
                    "JOIN articles a ON a.article_key = ab.article_key ORDER BY 1, 2").fetchall()
                con.unregister("_b")
                for k, other, blob, grp in cands:
                    if dedup.similarity(sigs[k], dedup.sig_from_bytes(blob)) >= dedup.THRESHOLD:
                        old_groups.add(grp)
                        union(k, grp)  # a stored article stands for its whole (stored) group
                        has_dup.add(k)
            local: dict[tuple[int, int], list[str]] = {}
            for k, _, _ in keyed:
                hs = bands[k]
                find(k)
                if hs is None:
                    continue
                cand: set[str] = set()
                for i, h in enumerate(hs.tolist()):
                    cand.update(local.get((i, h), ()))
                    local.setdefault((i, h), []).append(k)
                for c in sorted(cand):
                    if dedup.similarity(sigs[k], sigs[c]) >= dedup.THRESHOLD:
                        union(k, c)
                        has_dup.add(k)
            changed = {g: find(g) for g in old_groups if find(g) != g}

            # -- rows
            arows: dict[str, list] = {n: [] for n, _ in ARTICLE_COLUMNS}
            mrows: dict[str, list] = {n: [] for n, _ in MENTION_COLUMNS}
            dirty: set[tuple[str, str, str]] = set()
            for k, art, events in keyed:
                pub = _date(art.published)
                outlet = outlet_of(art)
                for n, v in (("article_key", k), ("id", art.id), ("url", art.url), ("title", art.title),
                             ("published", pub), ("lang", art.lang or (events[0].lang if events else None)),
                             ("source", art.source), ("outlet", outlet), ("text", art.text),
                             ("n_chars", len(art.text)), ("dup_group", find(k)),
                             ("minhash", dedup.sig_to_bytes(sigs[k])), ("lexicon_version", lexicon_version),
                             ("n_mentions", len(events))):
                    arows[n].append(v)
                for e in events:
                    _mention_row(mrows, k, e, pub, outlet, lexicon_version)
                    if is_event(e):
                        dirty.add((e.type, e.source.code, e.target.code))

            if changed:
                con.register("_g", pa.table({"old": list(changed), "new": list(changed.values())}))
                # stored mentions whose article changes group: their partitions must be re-clustered
                con.execute("INSERT INTO dirty SELECT DISTINCT m.type, m.source_actor, m.target_actor FROM mentions m "
                            "JOIN articles a USING (article_key) JOIN _g ON a.dup_group = _g.old "
                            "WHERE NOT (m.negated OR m.hypothetical) ON CONFLICT DO NOTHING")
                con.execute("UPDATE articles SET dup_group = _g.new FROM _g WHERE articles.dup_group = _g.old")
                con.unregister("_g")
            if arows["article_key"]:
                _insert(con, pa.table(arows, schema=ARTICLE_SCHEMA), "INSERT INTO articles SELECT * FROM _t")
            if bk:
                _insert(con, pa.table({"band": pa.array(bb, pa.int8()), "h": pa.array(bh, pa.int64()), "k": bk}),
                        "INSERT INTO article_bands SELECT band, h, k FROM _t")
            if mrows["mention_key"]:
                _insert(con, pa.table(mrows, schema=MENTION_SCHEMA), "INSERT INTO mentions SELECT * FROM _t")
            if dirty:
                d = sorted(dirty)
                _insert(con, pa.table({"t": [x[0] for x in d], "s": [x[1] for x in d], "o": [x[2] for x in d]}),
                        "INSERT INTO dirty SELECT t, s, o FROM _t ON CONFLICT DO NOTHING")
            self._write_errors(errors, run_id)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return len(keyed), len(mrows["mention_key"]), len(has_dup)

    # -- clustering ------------------------------------------------------------------------
    def recluster(self, all_partitions: bool = False) -> int:
        """Re-cluster the dirty (or all) partitions into events, in one transaction. Returns #partitions."""
        con = self.con
        con.begin()
        try:
            if all_partitions:
                con.execute("DELETE FROM dirty")
                con.execute("INSERT INTO dirty SELECT DISTINCT type, source_actor, target_actor FROM mentions "
                            "WHERE NOT (negated OR hypothetical)")
                con.execute("DELETE FROM events")
            parts = con.execute("SELECT type, source_actor, target_actor FROM dirty "
                                "ORDER BY ALL").fetchall()
            if not parts:
                con.commit()
                return 0
            rows = con.execute(
                "SELECT m.type, m.source_actor, m.target_actor, m.mention_key, a.dup_group, m.date, m.date_precision, "
                "m.location_country, m.location_name, m.article_key, m.published, m.outlet, m.lang, m.mode, m.cameo, "
                "m.goldstein, m.quad_class, m.source_sector, m.target_sector, m.location_lat, m.location_lon, "
                "a.url, m.evidence_sentence "
                "FROM mentions m JOIN dirty d USING (type, source_actor, target_actor) "
                "JOIN articles a USING (article_key) WHERE NOT (m.negated OR m.hypothetical) "
                "ORDER BY m.type, m.source_actor, m.target_actor, m.mention_key").fetchall()
            by_part: dict[tuple, list] = {}
            for r in rows:
                by_part.setdefault((r[0], r[1], r[2]), []).append(r)
            assign_m: list[str] = []
            assign_e: list[str] = []
            erows: dict[str, list] = {n: [] for n, _ in EVENT_COLUMNS}
            for pk, prow in by_part.items():
                ms = [M(key=r[3], group=r[4], date=r[5] or r[10], precision=(r[6] if r[5] else "published"),
                        place=place_key(r[7], r[8])) for r in prow]
                part_key = "\x1f".join(pk)
                assign = cluster_partition(part_key, ms)
                members: dict[str, list] = {}
                for r in prow:
                    ek = assign[r[3]]
                    assign_m.append(r[3])
                    assign_e.append(ek)
                    members.setdefault(ek, []).append(r)
                for ek in sorted(members):
                    _event_row(erows, ek, pk, members[ek])
            con.execute("DELETE FROM events USING dirty d WHERE events.type = d.type AND "
                        "events.source_actor = d.source_actor AND events.target_actor = d.target_actor")
            con.execute("UPDATE mentions SET event_key = NULL FROM dirty d WHERE mentions.type = d.type AND "
                        "mentions.source_actor = d.source_actor AND mentions.target_actor = d.target_actor "
                        "AND mentions.event_key IS NOT NULL")
            if assign_m:
                con.register("_as", pa.table({"mk": assign_m, "ek": assign_e}))
                con.execute("UPDATE mentions SET event_key = ek FROM _as WHERE mention_key = mk")
                con.unregister("_as")
                con.register("_e", pa.table(erows, schema=EVENT_SCHEMA))
                con.execute("INSERT INTO events SELECT * FROM _e")
                con.unregister("_e")
            self._update_pair_month(parts)
            con.execute("DELETE FROM dirty")
            con.commit()
            return len(parts)
        except BaseException:
            con.rollback()
            raise

    # -- the monthly aggregate used by the analyses ----------------------------------------
    def _ensure_actors(self, codes: Iterable[str]) -> None:
        codes = sorted(set(codes))
        if not codes:
            return
        have = dict(self.con.execute("SELECT code, id FROM actors").fetchall())
        new = [c for c in codes if c not in have]
        if not new:
            return
        used = {v: k for k, v in have.items()}
        ids = []
        for c in new:
            i = actor_id(c)
            while i in used and used[i] != c:  # 32-bit hash collision: probe (deterministic order)
                i = (i + 1) & 0x7FFFFFFF
            used[i] = c
            ids.append(i)
        self.con.register("_ac", pa.table({"id": pa.array(ids, pa.int32()), "code": new}))
        self.con.execute("INSERT INTO actors SELECT id, code FROM _ac")
        self.con.unregister("_ac")

    def _update_pair_month(self, parts: Sequence[tuple[str, str, str]]) -> None:
        """Replace the pair_month rows of the given (type, source, target) partitions (inside the
        caller's transaction)."""
        self._ensure_actors([p[1] for p in parts] + [p[2] for p in parts])
        self.con.execute(
            "DELETE FROM pair_month USING dirty d, actors s, actors t WHERE s.code = d.source_actor "
            "AND t.code = d.target_actor AND pair_month.src = s.id AND pair_month.tgt = t.id "
            "AND pair_month.type = d.type")
        self.con.execute(
            "INSERT INTO pair_month SELECT s.id, t.id, e.type, e.quad_class, "
            "date_trunc('month', coalesce(e.date, e.first_seen))::DATE AS month, count(*), sum(e.n_mentions), "
            "sum(e.goldstein) FROM events e JOIN dirty d USING (type, source_actor, target_actor) "
            "JOIN actors s ON s.code = e.source_actor JOIN actors t ON t.code = e.target_actor "
            "GROUP BY s.id, t.id, e.type, e.quad_class, month")
        pairs = ("(SELECT DISTINCT s.id AS sid, t.id AS tid FROM dirty d JOIN actors s ON s.code = d.source_actor "
                 "JOIN actors t ON t.code = d.target_actor)")
        self.con.execute(f"DELETE FROM pair_year USING {pairs} p WHERE pair_year.src = p.sid AND pair_year.tgt = p.tid")
        self.con.execute(
            f"INSERT INTO pair_year SELECT src, tgt, quad_class, year(month)::INTEGER AS y, sum(n), sum(n_mentions), "
            f"sum(goldstein_sum) FROM pair_month JOIN {pairs} p ON src = p.sid AND tgt = p.tid "
            "GROUP BY src, tgt, quad_class, y")

    def rebuild_pair_month(self) -> None:
        """Recompute the whole monthly aggregate from the events table."""
        con = self.con
        con.begin()
        try:
            self._ensure_actors(r[0] for r in con.execute(
                "SELECT DISTINCT source_actor FROM events UNION SELECT DISTINCT target_actor FROM events").fetchall())
            con.execute("DELETE FROM pair_month")
            con.execute(
                "INSERT INTO pair_month SELECT s.id, t.id, e.type, e.quad_class, "
                "date_trunc('month', coalesce(e.date, e.first_seen))::DATE AS month, count(*), sum(e.n_mentions), "
                "sum(e.goldstein) FROM events e JOIN actors s ON s.code = e.source_actor "
                "JOIN actors t ON t.code = e.target_actor GROUP BY s.id, t.id, e.type, e.quad_class, month "
                "ORDER BY least(s.id, t.id), greatest(s.id, t.id), month")
            con.execute("DELETE FROM pair_year")
            con.execute("INSERT INTO pair_year SELECT src, tgt, quad_class, year(month)::INTEGER AS y, sum(n), "
                        "sum(n_mentions), sum(goldstein_sum) FROM pair_month GROUP BY src, tgt, quad_class, y "
                        "ORDER BY least(src, tgt), greatest(src, tgt), y")
            con.execute(f"INSERT INTO meta VALUES ('pair_month', '{AGG_VERSION}') ON CONFLICT (key) "
                        f"DO UPDATE SET value = '{AGG_VERSION}'")
            con.commit()
        except BaseException:
            con.rollback()
            raise

    def has_pair_month(self) -> bool:
        r = self.con.execute("SELECT value FROM meta WHERE key = 'pair_month'").fetchone()
        return bool(r and r[0] == AGG_VERSION)

    # -- ingest / recode -------------------------------------------------------------------
    def ingest(self, inputs: Sequence[str], coder: Any = None, *, batch_size: int = DEFAULT_BATCH,
               max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = None,
               progress: Callable[[RunSummary], None] | None = None, command: str = "ingest",
               articles: Iterable[Article] | None = None, published: str | None = None) -> RunSummary:
        """Read, code and store articles from ``inputs``. ``coder`` defaults to dyad.coder.Coder().

        ``published`` (YYYY-MM-DD) is used for articles whose input gives no publication date."""
        if coder is None:
            from dyad.coder import Coder

            coder = Coder()
        lexv = str(getattr(coder, "lexicon_version", "") or "")
        s = RunSummary()
        s.run_id = self.start_run(command, inputs, lexv)
        t0 = time.perf_counter()
        pending_errors: list[InputError] = []

        def on_error(e: InputError) -> None:
            pending_errors.append(e)
            s.error_list.append(e)
            s.errors += 1

        kw: dict[str, Any] = {"max_bytes": max_bytes}
        if timeout is not None:
            kw["timeout"] = timeout
        source = articles if articles is not None else iter_articles(inputs, on_error, **kw)
        if published:
            import dataclasses

            source = (a if a.published else dataclasses.replace(a, published=published) for a in source)
        batches = 0
        try:
            for batch in _chunks(source, batch_size):
                s.read += len(batch)
                keyed: dict[str, Article] = {}
                norms: dict[str, str] = {}
                for a in batch:
                    nt = dedup.normalise_text(a.text)
                    k = dedup.article_key(nt, a.url, normalised=True)
                    if k not in keyed:
                        keyed[k], norms[k] = a, nt
                have = self.existing_keys(keyed)
                todo = [a for k, a in keyed.items() if k not in have]
                s.skipped += len(batch) - len(todo)
                key_of = {id(a): k for k, a in keyed.items()}
                docs, dkeys = [], []
                for art, doc in _code_each(coder, todo, on_error):
                    docs.append((art, tuple(doc.events)))
                    dkeys.append(key_of[id(art)])
                errs, pending_errors[:] = list(pending_errors), []
                n_new, n_m, n_dup = self.write_batch(docs, lexv, errs, s.run_id, keys=dkeys,
                                                     normalised=[norms[k] for k in dkeys])
                s.new += n_new
                s.mentions += n_m
                s.near_duplicates += n_dup
                batches += 1
                if batches % RECLUSTER_EVERY == 0:
                    self.recluster()
                if progress:
                    progress(s)
            if pending_errors:
                self.con.begin()
                self._write_errors(pending_errors, s.run_id)
                self.con.commit()
                pending_errors.clear()
            self.recluster()
        except BaseException:
            s.seconds = time.perf_counter() - t0
            try:
                self.finish_run(s, status="failed")
            except Exception:
                pass
            raise
        s.seconds = time.perf_counter() - t0
        s.events_total = self.con.execute("SELECT count(*) FROM events").fetchone()[0]
        s.articles_total = self.con.execute("SELECT count(*) FROM articles").fetchone()[0]
        self.finish_run(s)
        if progress:
            progress(s)
        return s

    def recode(self, coder: Any = None, *, force: bool = False, batch_size: int = DEFAULT_BATCH,
               progress: Callable[[RunSummary], None] | None = None) -> RunSummary:
        """Re-code stored articles whose lexicon version differs from the coder's (all with force).

        Each batch replaces the articles' mentions in one transaction; events are re-clustered.
        """
        if coder is None:
            from dyad.coder import Coder

            coder = Coder()
        lexv = str(getattr(coder, "lexicon_version", "") or "")
        s = RunSummary()
        s.run_id = self.start_run("recode", [], lexv)
        t0 = time.perf_counter()
        cond = "" if force else "WHERE lexicon_version IS DISTINCT FROM ?"
        keys = [r[0] for r in self.con.execute(f"SELECT article_key FROM articles {cond} ORDER BY article_key",
                                               [] if force else [lexv]).fetchall()]
        for i in range(0, len(keys), batch_size):
            chunk = keys[i:i + batch_size]
            self.con.register("_k", pa.table({"k": chunk}))
            rows = self.con.execute("SELECT article_key, id, text, title, url, published, lang, source "
                                    "FROM articles JOIN _k ON article_key = k ORDER BY article_key").fetchall()
            self.con.unregister("_k")
            arts = [Article(id=r[1], text=r[2], title=r[3] or "", url=r[4],
                            published=r[5].isoformat() if r[5] else None, lang=r[6], source=r[7]) for r in rows]
            failed: list[InputError] = []
            coded = {id(a): d for a, d in _code_each(coder, arts, failed.append)}
            s.errors += len(failed)
            s.error_list += failed
            mrows: dict[str, list] = {n: [] for n, _ in MENTION_COLUMNS}
            counts = []
            for r, art in zip(rows, arts):
                doc = coded.get(id(art))
                if doc is None:
                    continue  # coding failed: keep the article's old events, report the error
                pub = r[5]
                outlet = outlet_of(art)
                for e in doc.events:
                    _mention_row(mrows, r[0], e, pub, outlet, lexv)
                counts.append((r[0], len(doc.events)))
            self.con.begin()
            try:
                self.con.register("_k", pa.table({"k": pa.array([c[0] for c in counts], pa.string()),
                                                  "n": pa.array([c[1] for c in counts], pa.int32())}))
                # old partitions (events may disappear) and new ones must be re-clustered
                self.con.execute("INSERT INTO dirty SELECT DISTINCT type, source_actor, target_actor FROM mentions "
                                 "JOIN _k ON article_key = k WHERE NOT (negated OR hypothetical) "
                                 "ON CONFLICT DO NOTHING")
                self.con.execute("DELETE FROM mentions USING _k WHERE article_key = k")
                if mrows["mention_key"]:
                    self.con.register("_m", pa.table(mrows, schema=MENTION_SCHEMA))
                    self.con.execute("INSERT INTO mentions SELECT * FROM _m")
                    self.con.unregister("_m")
                    self.con.execute("INSERT INTO dirty SELECT DISTINCT m.type, m.source_actor, m.target_actor "
                                     "FROM mentions m JOIN _k ON article_key = k "
                                     "WHERE NOT (negated OR hypothetical) ON CONFLICT DO NOTHING")
                self.con.execute("UPDATE articles SET lexicon_version = ?, n_mentions = n FROM _k "
                                 "WHERE article_key = k", [lexv])
                self.con.unregister("_k")
                self._write_errors(failed, s.run_id)
                self.con.commit()
            except BaseException:
                self.con.rollback()
                raise
            s.read += len(rows)
            s.new += len(counts)
            s.mentions += len(mrows["mention_key"])
            if progress:
                progress(s)
        self.recluster()
        s.seconds = time.perf_counter() - t0
        s.events_total = self.con.execute("SELECT count(*) FROM events").fetchone()[0]
        s.articles_total = self.con.execute("SELECT count(*) FROM articles").fetchone()[0]
        self.finish_run(s)
        return s


def _code_each(coder: Any, arts: Sequence[Article], on_error: Callable[[InputError], None]):
    """Code articles one by one; an article the coder fails on is reported, the others go on."""
    for a in arts:
        try:
            if hasattr(coder, "code_article"):
                doc = coder.code_article(a)
            else:
                doc = next(iter(coder.pipe([a])))
        except Exception as e:  # a coder bug must not stop a long ingest
            where = a.url or a.id
            on_error(InputError(input=f"{where}", reason=f"coding failed: {type(e).__name__}: {e}"[:300],
                                time=_now()))
            continue
        yield a, doc


def _chunks(it: Iterable[Article], n: int) -> Iterator[list[Article]]:
    buf: list[Article] = []
    for x in it:
        buf.append(x)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


def actor_id(code: str) -> int:
    """Stable 31-bit id of an actor code (the same in every store: blake2b of the code)."""
    return int.from_bytes(hashlib.blake2b(code.encode("utf-8"), digest_size=4).digest(), "little") & 0x7FFFFFFF


def _mention_row(rows: dict[str, list], akey: str, e: Event, pub: dt.date | None, outlet: str, lexv: str) -> None:
    loc, att, ev = e.location, e.attribution, e.evidence
    vals = {
        "mention_key": f"{akey}:{e.event_id}", "article_key": akey, "event_id": e.event_id,
        "article_id": e.article_id, "lang": e.lang, "type": e.type, "mode": e.mode, "cameo": e.cameo,
        "goldstein": float(e.goldstein), "quad_class": int(e.quad_class),
        "source_actor": e.source.code, "source_sector": e.source.sector, "source_name": e.source.name,
        "source_text": e.source.text, "source_start": e.source.start, "source_end": e.source.end,
        "target_actor": e.target.code, "target_sector": e.target.sector, "target_name": e.target.name,
        "target_text": e.target.text, "target_start": e.target.start, "target_end": e.target.end,
        "date": _date(e.date), "date_precision": e.date_precision, "date_text": e.date_text,
        "location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
        "location_lat": loc.lat if loc else None, "location_lon": loc.lon if loc else None,
        "location_text": loc.text if loc else None,
        "attribution_text": att.text if att else None, "attribution_actor": att.actor if att else None,
        "attribution_sector": att.sector if att else None,
        "quantities": json.dumps({k: q.to_dict() for k, q in e.quantities.items()}, sort_keys=True),
        "negated": bool(e.negated), "uncertain": bool(e.uncertain), "hypothetical": bool(e.hypothetical),
        "confidence": float(e.confidence), "evidence_sentence": ev.sentence, "evidence_start": ev.start,
        "evidence_end": ev.end, "evidence_trigger": ev.trigger, "published": pub, "outlet": outlet,
        "event_key": None, "lexicon_version": lexv,
    }
    for n, _ in MENTION_COLUMNS:
        rows[n].append(vals[n])


def _most_common(values: Iterable[Any]) -> Any:
    c = Counter(v for v in values if v not in (None, ""))
    if not c:
        return None
    best = max(c.values())
    return min(str(v) for v, n in c.items() if n == best) if not all(
        isinstance(v, (int, float)) for v in c) else min(v for v, n in c.items() if n == best)


def _event_row(erows: dict[str, list], ek: str, pk: tuple, ms: list) -> None:
    # ms rows: 0 type,1 src,2 tgt,3 mkey,4 group,5 date,6 prec,7 loc_country,8 loc_name,9 akey,10 published,
    #          11 outlet,12 lang,13 mode,14 cameo,15 goldstein,16 quad,17 src_sector,18 tgt_sector,19 lat,20 lon,
    #          21 url, 22 evidence
    day_dates = [r[5] for r in ms if r[5] and (r[6] or "").lower() in ("day", "exact", "date", "time")]
    if day_dates:
        c = Counter(day_dates)
        best = max(c.values())
        date, prec = min(d for d, n in c.items() if n == best), "day"
    else:
        ds = [(r[5] or r[10]) for r in ms if (r[5] or r[10])]
        date = min(ds) if ds else None
        precs = [r[6] for r in ms if r[5]]
        prec = _most_common(precs) or "published"
    seen = [(r[10] or r[5]) for r in ms if (r[10] or r[5])]
    first = min(ms, key=lambda r: ((r[10] or r[5] or dt.date.max), r[9], r[3]))
    place = [r for r in ms if r[8]]
    pl = min(place, key=lambda r: (r[3])) if place else None
    loc_name = _most_common(r[8] for r in place) if place else None
    if loc_name:
        pl = min((r for r in place if r[8] == loc_name), key=lambda r: r[3])
    gs = sorted(float(r[15]) for r in ms)
    vals = {
        "event_key": ek, "type": pk[0], "mode": _most_common(r[13] for r in ms) or "",
        "cameo": _most_common(r[14] for r in ms) or "", "quad_class": _most_common(int(r[16]) for r in ms) or 0,
        "goldstein": round(sum(gs) / len(gs), 4), "source_actor": pk[1],
        "source_sector": _most_common(r[17] for r in ms) or "", "target_actor": pk[2],
        "target_sector": _most_common(r[18] for r in ms) or "", "date": date, "date_precision": prec,
        "location_name": pl[8] if pl else None, "location_country": pl[7] if pl else None,
        "location_lat": pl[19] if pl else None, "location_lon": pl[20] if pl else None,
        "n_mentions": len(ms), "n_articles": len({r[9] for r in ms}),
        "n_sources": len({r[11] or r[9] for r in ms}),
        "first_seen": min(seen) if seen else None, "last_seen": max(seen) if seen else None,
        "langs": ",".join(sorted({r[12] for r in ms if r[12]})), "article_key": first[9], "url": first[21],
        "evidence_sentence": first[22],
    }
    for n, _ in EVENT_COLUMNS:
        erows[n].append(vals[n])


def _insert(con, table, sql: str) -> None:  # noqa: ANN001
    """Run ``sql`` (which reads the Arrow table as ``_t``) inside the caller's transaction."""
    con.register("_t", table)
    try:
        con.execute(sql)
    finally:
        con.unregister("_t")
