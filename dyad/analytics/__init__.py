"""Analyses of the event store: search, dyad time series, partners, network, spikes, stats.

Every function takes a :class:`dyad.store.Store` and returns plain Python data (lists of dicts,
or a networkx graph), counting *events* (clusters of mentions) by default and mentions with
``mentions=True``. Negated and hypothetical mentions are never counted. Charts are in
:mod:`dyad.analytics.plots`.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from typing import Any, Sequence

from dyad.store import Store

QUAD_NAMES = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
PERIODS = ("day", "week", "month", "year")


def _table(mentions: bool) -> str:
    """The rows counted: events, or mentions that form events (not negated / hypothetical)."""
    if mentions:
        return ("(SELECT mention_key AS key, type, mode, quad_class, goldstein, source_actor, source_sector, "
                "target_actor, target_sector, coalesce(date, published) AS date, lang AS langs, published AS first_seen, "
                "location_name, evidence_sentence, article_key, 1 AS n_mentions, event_key "
                "FROM mentions WHERE NOT (negated OR hypothetical))")
    return ("(SELECT event_key AS key, type, mode, quad_class, goldstein, source_actor, source_sector, "
            "target_actor, target_sector, coalesce(date, first_seen) AS date, langs, first_seen, location_name, "
            "evidence_sentence, article_key, n_mentions, event_key FROM events)")


def _code(x: str) -> str:
    x = (x or "").strip().upper()
    if not re.fullmatch(r"[A-Z0-9_-]{2,12}", x):
        raise ValueError(f"not an actor code: {x!r}")
    return x


def _date_arg(x: str | dt.date | None, name: str) -> dt.date | None:
    if x is None or x == "":
        return None
    if isinstance(x, dt.date):
        return x
    try:
        return dt.date.fromisoformat(str(x))
    except ValueError:
        raise ValueError(f"--{name} must be a date YYYY-MM-DD, got {x!r}") from None


def _range(since: Any, until: Any, column: str = "date") -> tuple[str, list[Any]]:
    """SQL condition and parameters for a --since/--until range on ``column``."""
    where, params = [], []
    s, u = _date_arg(since, "since"), _date_arg(until, "until")
    if s:
        where.append(f"{column} >= ?")
        params.append(s)
    if u:
        where.append(f"{column} <= ?")
        params.append(u)
    return " AND ".join(where), params


def _month_aligned(since: Any, until: Any) -> bool:
    s, u = _date_arg(since, "since"), _date_arg(until, "until")
    return (s is None or s.day == 1) and (u is None or (u + dt.timedelta(days=1)).day == 1)


def _use_agg(store: Store, mentions: bool, since: Any, until: Any) -> bool:
    """The monthly aggregate answers event counts over whole months (fast on big stores)."""
    return not mentions and _month_aligned(since, until) and store.has_pair_month()


def _agg_range(since: Any, until: Any) -> tuple[str, list[Any]]:
    return _range(since, until, "month")


def _pair_rows(since: Any, until: Any) -> tuple[str, list[Any]]:
    """A subquery of (src, tgt, quad_class, n, n_mentions, goldstein_sum) rows covering [since, until]
    (month-aligned): whole years from pair_year, the months around them from pair_month."""
    s, u = _date_arg(since, "since"), _date_arg(until, "until")
    y1 = None if s is None else (s.year if (s.month, s.day) == (1, 1) else s.year + 1)
    y2 = None if u is None else (u.year if (u.month, u.day) == (12, 31) else u.year - 1)
    lo = -10**6 if y1 is None else y1
    hi = 10**6 if y2 is None else y2
    parts, params = [], []
    if lo <= hi:
        parts.append("SELECT src, tgt, quad_class, n, n_mentions, goldstein_sum FROM pair_year WHERE year BETWEEN ? AND ?")
        params += [lo, hi]
    cond, p = _agg_range(since, until)
    month_sql = ("SELECT src, tgt, quad_class, n, n_mentions, goldstein_sum FROM pair_month "
                 "WHERE NOT (year(month) BETWEEN ? AND ?)" + (f" AND {cond}" if cond else ""))
    parts.append(month_sql)
    params += [lo, hi] + p
    return "(" + " UNION ALL ".join(parts) + ")", params


def _ids(store: Store, *codes: str) -> list[int | None]:
    out = []
    for c in codes:
        r = store.sql("SELECT id FROM actors WHERE code = ?", [c]).fetchone()
        out.append(r[0] if r else None)
    return out


def _rows(cur) -> list[dict[str, Any]]:  # noqa: ANN001
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


# --------------------------------------------------------------------------------------------
# search


def search(store: Store, *, actor: str | None = None, dyad: str | None = None, type: str | None = None,
           since: Any = None, until: Any = None, lang: str | None = None, text: str | None = None,
           mentions: bool = False, limit: int | None = 100) -> list[dict[str, Any]]:
    """Events (or mentions) matching every filter given, newest first."""
    where, params = [], []
    if actor:
        a = _code(actor)
        where.append("(source_actor = ? OR target_actor = ?)")
        params += [a, a]
    if dyad:
        if ":" not in dyad:
            raise ValueError("--dyad takes A:B, e.g. PRK:RUS")
        a, b = (_code(x) for x in dyad.split(":", 1))
        where.append("((source_actor = ? AND target_actor = ?) OR (source_actor = ? AND target_actor = ?))")
        params += [a, b, b, a]
    if type:
        types = [t.strip().upper() for t in type.split(",") if t.strip()]
        where.append(f"type IN ({', '.join('?' for _ in types)})")
        params += types
    rng, p = _range(since, until)
    if rng:
        where.append(rng)
        params += p
    if lang:
        where.append("list_contains(string_split(langs, ','), ?)")
        params.append(lang.lower())
    if text:
        # the evidence of any mention of the event, its article's title or text
        where.append("EXISTS (SELECT 1 FROM mentions m2 JOIN articles a2 USING (article_key) "
                     "WHERE (m2.event_key = t.event_key OR m2.mention_key = t.key) AND "
                     "(m2.evidence_sentence ILIKE ? OR a2.title ILIKE ? OR a2.text ILIKE ?))")
        like = f"%{text}%"
        params += [like, like, like]
    sql = (f"SELECT key, date, type, mode, source_actor, source_sector, target_actor, target_sector, quad_class, "
           f"goldstein, n_mentions, langs, location_name, evidence_sentence FROM {_table(mentions)} t "
           + (f"WHERE {' AND '.join(where)} " if where else "")
           + "ORDER BY date DESC NULLS LAST, key" + (f" LIMIT {int(limit)}" if limit else ""))
    return _rows(store.sql(sql, params))


# --------------------------------------------------------------------------------------------
# dyad series


def _period_expr(by: str) -> str:
    if by not in PERIODS:
        raise ValueError(f"--by must be one of {', '.join(PERIODS)}")
    return f"date_trunc('{by}', date)::DATE"


def _period_label(d: dt.date, by: str) -> str:
    if by == "year":
        return f"{d.year}"
    if by == "month":
        return f"{d.year}-{d.month:02d}"
    return d.isoformat()


def _next_period(d: dt.date, by: str) -> dt.date:
    if by == "day":
        return d + dt.timedelta(days=1)
    if by == "week":
        return d + dt.timedelta(days=7)
    if by == "month":
        return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return dt.date(d.year + 1, 1, 1)


def cc_index(coop: int, conflict: int) -> float | None:
    """Cooperation–conflict index: (coop − conflict) / (coop + conflict), in [−1, 1]; None when empty."""
    tot = coop + conflict
    return None if tot == 0 else round((coop - conflict) / tot, 4)


def dyad_series(store: Store, a: str, b: str, *, by: str = "month", since: Any = None, until: Any = None,
                mentions: bool = False, fill: bool = True) -> list[dict[str, Any]]:
    """Per period and direction (``A>B``, ``B>A``, ``both``): counts per QuadClass and PLOVER type,
    mean Goldstein and the cooperation–conflict index. Periods without events are filled with zeros."""
    a, b = _code(a), _code(b)
    per = _period_expr(by)
    if by in ("month", "year") and _use_agg(store, mentions, since, until):
        ia, ib = _ids(store, a, b)
        rng, params = _agg_range(since, until)
        sql = (f"SELECT date_trunc('{by}', month)::DATE AS period, src = ? AS ab, type, quad_class, sum(n) AS n, "
               f"sum(goldstein_sum) AS g FROM pair_month WHERE ((src = ? AND tgt = ?) OR (src = ? AND tgt = ?)) "
               + (f"AND {rng} " if rng else "") + "GROUP BY ALL ORDER BY ALL")
        raw = store.sql(sql, [ia, ia, ib, ib, ia] + params).fetchall() if ia is not None and ib is not None else []
    else:
        rng, params = _range(since, until)
        sql = (f"SELECT {per} AS period, source_actor = ? AS ab, type, quad_class, count(*) AS n, "
               f"sum(goldstein) AS g FROM {_table(mentions)} WHERE ((source_actor = ? AND target_actor = ?) OR "
               f"(source_actor = ? AND target_actor = ?)) AND date IS NOT NULL " + (f"AND {rng} " if rng else "")
               + "GROUP BY ALL ORDER BY ALL")
        raw = store.sql(sql, [a, a, b, b, a] + params).fetchall()
    cells: dict[tuple[dt.date, str], dict[str, Any]] = {}
    types: set[str] = set()
    for period, ab, t, q, n, g in raw:
        types.add(t)
        for d in ((f"{a}>{b}" if ab else f"{b}>{a}"), "both"):
            c = cells.setdefault((period, d), {"n": 0, "g": 0.0, "q": [0, 0, 0, 0, 0], "t": {}})
            c["n"] += n
            c["g"] += g
            c["q"][int(q) if 0 < int(q) <= 4 else 0] += n
            c["t"][t] = c["t"].get(t, 0) + n
    periods = sorted({p for p, _ in cells})
    if fill and periods:
        full, p = [], periods[0]
        while p <= periods[-1]:
            full.append(p)
            p = _next_period(p, by)
        periods = full
    out = []
    for p in periods:
        for d in (f"{a}>{b}", f"{b}>{a}", "both"):
            c = cells.get((p, d), {"n": 0, "g": 0.0, "q": [0, 0, 0, 0, 0], "t": {}})
            row = {"period": _period_label(p, by), "start": p, "direction": d, "events": c["n"]}
            for qi, name in QUAD_NAMES.items():
                row[name] = c["q"][qi]
            row["mean_goldstein"] = round(c["g"] / c["n"], 3) if c["n"] else None
            row["cc_index"] = cc_index(c["q"][1] + c["q"][2], c["q"][3] + c["q"][4])
            for t in sorted(types):
                row[t] = c["t"].get(t, 0)
            out.append(row)
    return out


# --------------------------------------------------------------------------------------------
# partners


def partners(store: Store, actor: str, *, since: Any = None, until: Any = None, mentions: bool = False,
             limit: int | None = 20) -> list[dict[str, Any]]:
    """The actors ``actor`` deals with, ranked by events (both directions), split into cooperation
    (QuadClass 1–2) and conflict (3–4), with the net (summed) and mean Goldstein score."""
    x = _code(actor)
    if _use_agg(store, mentions, since, until):
        (ix,) = _ids(store, x)
        if ix is None:
            return []
        rows_sql, rparams = _pair_rows(since, until)
        sql = ("SELECT p.code AS partner, sum(n)::BIGINT AS events, "
               "coalesce(sum(n) FILTER (WHERE src = ?), 0)::BIGINT AS outgoing, "
               "coalesce(sum(n) FILTER (WHERE tgt = ?), 0)::BIGINT AS incoming, "
               "coalesce(sum(n) FILTER (WHERE quad_class IN (1, 2)), 0)::BIGINT AS cooperation, "
               "coalesce(sum(n) FILTER (WHERE quad_class IN (3, 4)), 0)::BIGINT AS conflict, "
               "round(sum(goldstein_sum), 3) AS net_goldstein, round(sum(goldstein_sum) / sum(n), 3) AS mean_goldstein "
               f"FROM {rows_sql} r JOIN actors p ON p.id = CASE WHEN src = ? THEN tgt ELSE src END "
               "WHERE (src = ? OR tgt = ?) AND src <> tgt "
               + "GROUP BY p.code ORDER BY events DESC, partner" + (f" LIMIT {int(limit)}" if limit else ""))
        rows = _rows(store.sql(sql, [ix] * 2 + rparams + [ix] * 3))
        for r in rows:
            r["cc_index"] = cc_index(r["cooperation"], r["conflict"])
        return rows
    rng, params = _range(since, until)
    sql = (f"SELECT CASE WHEN source_actor = ? THEN target_actor ELSE source_actor END AS partner, "
           f"count(*) AS events, count(*) FILTER (WHERE source_actor = ?) AS outgoing, "
           f"count(*) FILTER (WHERE target_actor = ?) AS incoming, "
           f"count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation, "
           f"count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict, "
           f"round(sum(goldstein), 3) AS net_goldstein, round(avg(goldstein), 3) AS mean_goldstein "
           f"FROM {_table(mentions)} WHERE (source_actor = ? OR target_actor = ?) AND source_actor <> target_actor "
           + (f"AND {rng} " if rng else "")
           + "GROUP BY partner ORDER BY events DESC, partner" + (f" LIMIT {int(limit)}" if limit else ""))
    rows = _rows(store.sql(sql, [x, x, x, x, x] + params))
    for r in rows:
        r["cc_index"] = cc_index(r["cooperation"], r["conflict"])
    return rows


# --------------------------------------------------------------------------------------------
# network


def network_edges(store: Store, *, since: Any = None, until: Any = None, min_events: int = 1,
                  mentions: bool = False, include_unknown: bool = False) -> list[dict[str, Any]]:
    """Undirected actor pairs with their number of events and net (summed) Goldstein."""
    if _use_agg(store, mentions, since, until):
        from dyad.store.store import actor_id

        rows_sql, params = _pair_rows(since, until)
        where = ["src <> tgt"]
        if not include_unknown:
            where.append(f"src <> {actor_id('---')} AND tgt <> {actor_id('---')}")
        sql = ("WITH g AS (SELECT least(src, tgt) AS x, greatest(src, tgt) AS y, sum(n)::BIGINT AS events, "
               "sum(goldstein_sum) AS gs, coalesce(sum(n) FILTER (WHERE quad_class IN (1, 2)), 0)::BIGINT AS cooperation, "
               "coalesce(sum(n) FILTER (WHERE quad_class IN (3, 4)), 0)::BIGINT AS conflict "
               f"FROM {rows_sql} r WHERE {' AND '.join(where)} GROUP BY x, y HAVING sum(n) >= ?) "
               "SELECT least(ax.code, ay.code) AS a, greatest(ax.code, ay.code) AS b, events, round(gs, 3) AS net_goldstein, "
               "cooperation, conflict FROM g JOIN actors ax ON ax.id = x JOIN actors ay ON ay.id = y "
               "ORDER BY events DESC, a, b")
        return _rows(store.sql(sql, params + [int(min_events)]))
    rng, params = _range(since, until)
    where = ["source_actor <> target_actor"]
    if not include_unknown:
        where.append("source_actor <> '---' AND target_actor <> '---'")
    if rng:
        where.append(rng)
    sql = (f"SELECT least(source_actor, target_actor) AS a, greatest(source_actor, target_actor) AS b, "
           f"count(*) AS events, round(sum(goldstein), 3) AS net_goldstein, "
           f"count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation, "
           f"count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict "
           f"FROM {_table(mentions)} WHERE {' AND '.join(where)} GROUP BY a, b HAVING count(*) >= ? "
           f"ORDER BY events DESC, a, b")
    return _rows(store.sql(sql, params + [int(min_events)]))


def network(store: Store, **kw: Any):
    """The actor graph (networkx.Graph): edge attrs events, net_goldstein, cooperation, conflict."""
    import networkx as nx

    g = nx.Graph()
    for e in network_edges(store, **kw):
        g.add_edge(e["a"], e["b"], events=int(e["events"]), net_goldstein=float(e["net_goldstein"] or 0.0),
                   cooperation=int(e["cooperation"]), conflict=int(e["conflict"]))
    for n in g.nodes:
        g.nodes[n]["events"] = sum(d["events"] for _, _, d in g.edges(n, data=True))
        g.nodes[n]["net_goldstein"] = round(sum(d["net_goldstein"] for _, _, d in g.edges(n, data=True)), 3)
    return g


def write_graph(g, path: str) -> None:  # noqa: ANN001
    """GraphML (``.graphml``) or node-link JSON (``.json``)."""
    import json

    import networkx as nx

    if path.endswith(".graphml"):
        nx.write_graphml(g, path)
    elif path.endswith(".json"):
        data = nx.node_link_data(g, edges="links")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
    else:
        raise ValueError("graph export must end in .graphml or .json")


# --------------------------------------------------------------------------------------------
# spikes


def parse_window(w: str | int) -> int:
    if isinstance(w, int):
        return w
    m = re.fullmatch(r"\s*(\d+)\s*([dwmy]?)\s*", str(w).lower())
    if not m:
        raise ValueError(f"--window must look like 28d, 4w, 3m or 1y, got {w!r}")
    n, u = int(m.group(1)), m.group(2) or "d"
    return n * {"d": 1, "w": 7, "m": 30, "y": 365}[u]


def spikes(store: Store, *, window: str | int = "28d", until: Any = None, baseline: int = 6,
           min_events: int = 3, mentions: bool = False, limit: int | None = 20) -> list[dict[str, Any]]:
    """Dyads whose volume or tone in the last ``window`` departs from their own baseline.

    The recent window is (until − window, until]; the baseline is the ``baseline`` windows before
    it. ``volume_z`` = (recent − mean) / max(sd, √mean, 1); ``tone_shift`` = recent mean Goldstein −
    baseline mean Goldstein; ranked by ``score`` = |volume_z| + |tone_shift| / 2. Only dyads with at
    least ``min_events`` events in the recent window or the baseline are considered.
    """
    days = parse_window(window)
    end = _date_arg(until, "until")
    if end is None:
        end = store.sql(f"SELECT max(date) FROM {_table(mentions)}").fetchone()[0]
        if end is None:
            return []
    start = end - dt.timedelta(days=days * (baseline + 1))
    sql = (f"SELECT least(source_actor, target_actor) AS a, greatest(source_actor, target_actor) AS b, "
           f"CAST(floor(datediff('day', date, ?::DATE) / ?) AS INTEGER) AS w, count(*) AS n, sum(goldstein) AS g "
           f"FROM {_table(mentions)} WHERE date > ?::DATE AND date <= ?::DATE AND source_actor <> target_actor "
           f"AND source_actor <> '---' AND target_actor <> '---' GROUP BY ALL")
    raw = store.sql(sql, [end, days, start, end]).fetchall()
    # w = 0 is the recent window (0 <= days before end < window), 1..baseline the baseline
    dy: dict[tuple[str, str], dict[int, tuple[int, float]]] = {}
    for a, b, w, n, g in raw:
        w = int(w)
        if w > baseline:
            continue
        dy.setdefault((a, b), {})[w] = (n, g)
    out = []
    for (a, b), ws in dy.items():
        rn, rg = ws.get(0, (0, 0.0))
        base = [ws.get(i, (0, 0.0)) for i in range(1, baseline + 1)]
        bn = [x[0] for x in base]
        tot_b = sum(bn)
        if rn + tot_b < min_events:
            continue
        mean = tot_b / baseline
        sd = math.sqrt(sum((x - mean) ** 2 for x in bn) / baseline)
        vz = (rn - mean) / max(sd, math.sqrt(mean), 1.0)
        rtone = rg / rn if rn else None
        btone = sum(x[1] for x in base) / tot_b if tot_b else None
        shift = (rtone - btone) if (rtone is not None and btone is not None) else None
        score = abs(vz) + (abs(shift) / 2 if shift is not None else 0.0)
        out.append({"dyad": f"{a}-{b}", "recent": rn, "baseline_mean": round(mean, 3), "baseline_sd": round(sd, 3),
                    "volume_z": round(vz, 3), "recent_goldstein": None if rtone is None else round(rtone, 3),
                    "baseline_goldstein": None if btone is None else round(btone, 3),
                    "tone_shift": None if shift is None else round(shift, 3), "score": round(score, 3),
                    "window_start": end - dt.timedelta(days=days - 1), "window_end": end})
    out.sort(key=lambda r: (-r["score"], r["dyad"]))
    return out[:limit] if limit else out


# --------------------------------------------------------------------------------------------
# stats


def stats(store: Store) -> dict[str, Any]:
    """What the store holds."""
    q = lambda s: store.sql(s).fetchone()  # noqa: E731
    d: dict[str, Any] = {}
    d["articles"], d["near_duplicate_groups"], d["first_published"], d["last_published"] = q(
        "SELECT count(*), count(DISTINCT dup_group), min(published), max(published) FROM articles")
    d["mentions"], d["mentions_in_events"], d["negated_or_hypothetical"] = q(
        "SELECT count(*), count(event_key), count(*) FILTER (WHERE negated OR hypothetical) FROM mentions")
    d["events"], d["first_event"], d["last_event"], d["events_seen_twice_or_more"] = q(
        "SELECT count(*), min(date), max(date), count(*) FILTER (WHERE n_mentions > 1) FROM events")
    d["dyads"] = q("SELECT count(*) FROM (SELECT DISTINCT least(source_actor, target_actor), "
                   "greatest(source_actor, target_actor) FROM events)")[0]
    d["errors"] = q("SELECT count(*) FROM errors")[0]
    d["runs"] = q("SELECT count(*) FROM runs")[0]
    d["pending_recluster"] = q("SELECT count(*) FROM dirty")[0]
    d["by_lang"] = dict(store.sql("SELECT coalesce(lang, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1")
                        .fetchall())
    d["by_type"] = dict(store.sql("SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1").fetchall())
    d["top_actors"] = dict(store.sql(
        "SELECT x, count(*) FROM (SELECT source_actor AS x FROM events UNION ALL SELECT target_actor FROM events) "
        "WHERE x <> '---' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10").fetchall())
    d["lexicon_versions"] = dict(store.sql(
        "SELECT coalesce(lexicon_version, ''), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC").fetchall())
    d["db_path"] = store.path
    try:
        d["db_bytes"] = os.path.getsize(store.path)
    except OSError:
        d["db_bytes"] = None
    return d


def flat_stats(d: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for k, v in d.items():
        if isinstance(v, dict):
            rows.append({"what": k, "value": ", ".join(f"{a}: {b}" for a, b in v.items())})
        else:
            rows.append({"what": k, "value": v})
    return rows


__all__: Sequence[str] = ["search", "dyad_series", "partners", "network", "network_edges", "write_graph", "spikes",
                          "stats", "flat_stats", "cc_index", "parse_window", "QUAD_NAMES"]
