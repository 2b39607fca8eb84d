"""Event triggers: match trigger patterns at their anchors and keep the best one per anchor.

A pattern's most specific token is its anchor (found by the matcher); the other tokens are matched
token by token on either side, where ``...`` skips up to ``max_gap`` tokens. Of the patterns matching at one anchor
the one with most tokens wins; a winning blocker (type ``-``) produces no event. Tokens used by a
match are not used as anchors again.
"""

from __future__ import annotations

from typing import Sequence

from .analysis import TriggerMatch, Unit
from .lexicon import Language, TriggerEntry
from .matcher import TRIGGER, Hit, Token


def match_pattern(entry: TriggerEntry, tokens: Sequence[Token], start: int, end: int, sent_start: int,
                  sent_end: int, max_gap: int) -> tuple[int, ...] | None:
    """Token indices matched by ``entry`` when its anchor token covers tokens [start, end), or None.

    Tokens after the anchor are matched left to right, tokens before it right to left; ``...``
    lets up to ``max_gap`` tokens pass between two pattern tokens.
    """
    pats = entry.tokens
    k = entry.anchor
    matched = list(range(start, end))
    pos, i = end, k + 1
    while i < len(pats):
        gap = 0
        if pats[i].gap:
            gap, i = max_gap, i + 1
        p = pats[i]
        for j in range(pos, min(sent_end, pos + gap + 1)):
            if p.matches(tokens[j].text):
                matched.append(j)
                pos = j + 1
                break
        else:
            return None
        i += 1
    pos, i = start - 1, k - 1
    while i >= 0:
        gap = 0
        if pats[i].gap:
            gap, i = max_gap, i - 1
        p = pats[i]
        for j in range(pos, max(sent_start, pos - gap) - 1, -1):
            if p.matches(tokens[j].text):
                matched.append(j)
                pos = j - 1
                break
        else:
            return None
        i -= 1
    matched.sort()
    return tuple(matched)


def find_triggers(hits: Sequence[Hit], tokens: Sequence[Token], lang: Language, sent_start: int, sent_end: int,
                  units: Sequence[Unit]) -> list[TriggerMatch]:
    """The trigger matches of one sentence, in text order."""
    named = set()
    for u in units:
        if not u.agent_only and u.kind != "agent":
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
            m = match_pattern(entry, tokens, h.t0, h.t1, sent_start, sent_end, lang.max_gap)
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
        out.append(TriggerMatch(entry, m[0], max(m) + 1, m))
    return out
