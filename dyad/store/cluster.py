"""Group mentions into events (see docs/formats/dedup.md for the rule in words).

A *partition* is all mentions with the same (type, source actor, target actor). Inside a
partition the mentions are sorted by (date interval start, interval end, mention key) and
assigned greedily ("leader" clustering):

* each mention has a date interval: an explicit day ``[d, d]``; a date that is only the
  article's publication date ``[d - 2, d]`` (news reports events of the last days); a week
  ``[d - 3, d + 3]``; a month or year: the whole month / year;
* mentions that name a place are clustered first: a mention joins the earliest-anchored
  event *of the same place* whose *anchor* (first mention) interval overlaps its own;
  comparing with the anchor, not with the last member, stops long chains of daily events
  from melting into one;
* then mentions without a place join the earliest-anchored overlapping event, whatever its
  place (or open a place-less event);
* a mention from an article that is a near-duplicate of an article already in an event of
  this partition joins that event when the dates are within 3 days (a syndicated copy
  published a day later says "yesterday" and so moves the date);
* otherwise it opens a new event;
* a mention with no date at all (no event date and no publication date, e.g. a bare .txt file)
  only joins events of its own near-duplicate group, and never anchors dated mentions.

The result depends only on the set of mentions in the partition, so re-clustering after
any batch (or after a crash and resume) gives the same events.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from dataclasses import dataclass

PUBLISHED_SLACK = 2  # days before publication an undated event may have happened
GROUP_SLACK = 3  # days a near-duplicate copy's date may drift


@dataclass(frozen=True, slots=True)
class M:
    """One mention as the clusterer sees it."""

    key: str  # mention key (article_key:event_id)
    group: str  # near-duplicate group of its article
    date: dt.date | None
    precision: str
    place: str  # normalised place key, "" = unknown


def interval(date: dt.date | None, precision: str) -> tuple[int, int]:
    if date is None:
        return (0, 10**7)  # no date at all: compatible with everything (rare: no published date)
    o = date.toordinal()
    p = (precision or "").lower()
    if p in ("day", "exact", "date", "time"):
        return (o, o)
    if p == "week":
        return (o - 3, o + 3)
    if p == "month":
        first = date.replace(day=1).toordinal()
        return (first, first + calendar.monthrange(date.year, date.month)[1] - 1)
    if p == "year":
        return (dt.date(date.year, 1, 1).toordinal(), dt.date(date.year, 12, 31).toordinal())
    return (o - PUBLISHED_SLACK, o)  # "published" and anything unknown


def _compatible_place(a: str, b: str) -> bool:
    return not a or not b or a == b


def cluster_partition(part_key: str, mentions: list[M]) -> dict[str, str]:
    """Return mention key -> event key for one partition.

    Pass 1 clusters the mentions that name a place (a place never joins another place's event);
    pass 2 adds the mentions without a place: to their near-duplicate's event, else to the
    overlapping event with the earliest anchor, else to a new place-less event.
    """
    items = sorted(((interval(m.date, m.precision), m) for m in mentions), key=lambda x: (x[0], x[1].key))
    by_lo: dict[int, list[dict]] = {}  # events indexed by the start of their anchor window
    maxw = [0]  # widest anchor window so far: overlapping events start in [lo - maxw, hi]
    by_group: dict[str, list[dict]] = {}
    out: dict[str, str] = {}

    def new(lo: int, hi: int, m: M, index: bool = True) -> dict:
        h = hashlib.sha1(f"{part_key}\x00{m.key}".encode()).hexdigest()[:20]
        c = {"key": h, "lo": lo, "hi": hi, "place": m.place, "order": (lo, hi, m.key)}
        if index:
            by_lo.setdefault(lo, []).append(c)
            maxw[0] = max(maxw[0], hi - lo)
        return c

    def overlapping(lo: int, hi: int) -> list[dict]:
        found = []
        for d in range(lo - maxw[0], hi + 1):
            for c in by_lo.get(d, ()):
                if c["hi"] >= lo:
                    found.append(c)
        return found

    def assign(c: dict, m: M) -> None:
        gl = by_group.setdefault(m.group, [])
        if not any(x is c for x in gl):
            gl.append(c)
        out[m.key] = c["key"]

    def group_match(m: M, lo: int, place_ok) -> dict | None:  # noqa: ANN001
        cands = [c for c in by_group.get(m.group, ()) if abs(c["lo"] - lo) <= GROUP_SLACK + PUBLISHED_SLACK
                 and place_ok(c)]
        return min(cands, key=lambda c: c["order"]) if cands else None

    # pass 1: dated mentions with a place
    for (lo, hi), m in items:
        if not m.place or m.date is None:
            continue
        same_place = lambda c: c["place"] == m.place  # noqa: E731
        c = group_match(m, lo, same_place)
        if c is None:
            cands = [c for c in overlapping(lo, hi) if same_place(c)]
            c = min(cands, key=lambda c: c["order"]) if cands else None
        assign(c or new(lo, hi, m), m)
    # pass 2: dated mentions without a place
    for (lo, hi), m in items:
        if m.place or m.date is None:
            continue
        c = group_match(m, lo, lambda c: True)
        if c is None:
            cands = overlapping(lo, hi)
            c = min(cands, key=lambda c: c["order"]) if cands else None
        assign(c or new(lo, hi, m), m)
    # pass 3: mentions with no date at all (no event date, no publication date) cannot be placed in
    # time: they join an event of their own article's near-duplicate group, else one event per group
    undated: dict[str, dict] = {}
    for (lo, hi), m in items:
        if m.date is not None:
            continue
        gl = by_group.get(m.group)
        c = min(gl, key=lambda c: c["order"]) if gl else undated.get(m.group)
        if c is None:
            c = undated[m.group] = new(lo, hi, m, index=False)
        assign(c, m)
    return out
