"""Group mentions into events (see docs/formats/dedup.md for the rule in words).

A *partition* is all mentions with the same (type, source actor, target actor). Inside a
partition the mentions are sorted by (date interval start, interval end, mention key) and
assigned greedily ("leader" clustering):

* each mention has a date interval: an explicit day ``[d, d]``; a date that is only the
  article's publication date ``[d - 2, d]`` (news reports events of the last days); a week
  ``[d - 3, d + 3]``; a month or year: the whole month / year;
* a mention joins the first open event whose *anchor* (its first mention) interval overlaps
  its own and whose place is compatible (either has no place, or both name the same place);
  comparing with the anchor, not with the last member, stops long chains of daily events
  from melting into one;
* a mention from an article that is a near-duplicate of an article already in an event of
  this partition joins that event when the dates are within 3 days (a syndicated copy
  published a day later says "yesterday" and so moves the date);
* otherwise it opens a new event.

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
    """Return mention key -> event key for one partition."""
    items = sorted(((interval(m.date, m.precision), m) for m in mentions), key=lambda x: (x[0], x[1].key))
    clusters: list[dict] = []  # open and closed, in creation order
    open_: list[dict] = []
    by_group: dict[str, list[dict]] = {}
    out: dict[str, str] = {}
    for (lo, hi), m in items:
        # close events whose anchor ended before this mention starts
        open_ = [c for c in open_ if c["hi"] >= lo]
        chosen = None
        for c in by_group.get(m.group, ()):
            if abs(c["lo"] - lo) <= GROUP_SLACK + PUBLISHED_SLACK and _compatible_place(c["place"], m.place):
                chosen = c
                break
        if chosen is None:
            for c in open_:
                if c["lo"] <= hi and lo <= c["hi"] and _compatible_place(c["place"], m.place):
                    chosen = c
                    break
        if chosen is None:
            h = hashlib.sha1(f"{part_key}\x00{m.key}".encode()).hexdigest()[:20]
            chosen = {"key": h, "lo": lo, "hi": hi, "place": m.place}
            clusters.append(chosen)
            open_.append(chosen)
        elif not chosen["place"] and m.place:
            chosen["place"] = m.place
        gl = by_group.setdefault(m.group, [])
        if chosen not in gl:
            gl.append(chosen)
        out[m.key] = chosen["key"]
    return out
