"""Event triggers: match trigger patterns at their anchors and keep the best one per anchor.

A pattern's first token is its anchor (found by the matcher); the rest are matched token by token
to the right, where ``...`` skips up to ``max_gap`` tokens. Of the patterns matching at one anchor
the one with most tokens wins; a winning blocker (type ``-``) produces no event. Tokens used by a
match are not used as anchors again.
"""

from __future__ import annotations

from typing import Sequence

from .analysis import TriggerMatch, Unit
from .lexicon import Language, TriggerEntry
from .matcher import TRIGGER, Hit, Token


def match_pattern(entry: TriggerEntry, tokens: Sequence[Token], start: int, end: int, sent_end: int,
                  max_gap: int) -> tuple[int, ...] | None:
    """Token indices matched by ``entry`` when its anchor covers tokens [start, end), or None."""
    matched = list(range(start, end))
    pos = end
    pats = entry.tokens
    i = 1
    while i < len(pats):
        p = pats[i]
        gap = 0
        if p.gap:
            gap = max_gap
            i += 1
            p = pats[i]
        found = -1
        for j in range(pos, min(sent_end, pos + gap + 1)):
            if p.matches(tokens[j].text):
                found = j
                break
        if found < 0:
            return None
        matched.append(found)
        pos = found + 1
        i += 1
    return tuple(matched)


def find_triggers(hits: Sequence[Hit], tokens: Sequence[Token], lang: Language, sent_end: int,
                  units: Sequence[Unit]) -> list[TriggerMatch]:
    """The trigger matches of one sentence, in text order."""
    named = set()
    for u in units:
        if not u.agent_only:
            named.update(range(u.t0, u.t1))
    by_anchor: dict[int, list[Hit]] = {}
    for h in hits:
        if h.cat == TRIGGER and h.t0 not in named:
            by_anchor.setdefault(h.t0, []).append(h)
    used: set[int] = set()
    out: list[TriggerMatch] = []
    for anchor in sorted(by_anchor):
        if anchor in used:
            continue
        best: tuple[int, int, TriggerEntry, tuple[int, ...]] | None = None
        for h in by_anchor[anchor]:
            entry = lang.triggers[h.idx]
            m = match_pattern(entry, tokens, h.t0, h.t1, sent_end, lang.max_gap)
            if m is None:
                continue
            score = (entry.weight, -h.idx)
            if best is None or score > best[:2]:
                best = (entry.weight, -h.idx, entry, m)
        if best is None:
            continue
        entry, m = best[2], best[3]
        used.update(m)
        if entry.type == "-":
            continue
        out.append(TriggerMatch(entry, anchor, max(m) + 1, m))
    return out
