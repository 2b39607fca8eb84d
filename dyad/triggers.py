"""Event triggers: match trigger patterns at their anchors and keep the best one per anchor.

A pattern's most specific token is its anchor (found by the matcher); the other tokens are matched
token by token on either side, where ``...`` skips up to ``max_gap`` tokens. Of overlapping matches in a sentence
the one with most tokens wins (then the earliest); a winning blocker (type ``-``) produces no event,
and no two matches share a word.
"""

from __future__ import annotations

from operator import attrgetter, itemgetter
from typing import Callable, Final

from .analysis import TriggerMatch, Unit, new_match
from .entries import Language, TriggerEntry
from .matcher import _SCANNER, TRIGGER, Hit, Token


_rank: Final = itemgetter(0, 1, 2)  # of a candidate: weight, -first token, -entry index
_t0 = attrgetter("t0")


# A pattern token as the finder reads it: (a gap, exact words, prefixes, suffixes, infixes); and a pattern:
# (weight, tokens, required words: one word of each tuple must be in the sentence, index of the anchor token,
# event type, mode).
# Plain tuples made once per language (see trigger_specs): the compiled core and the C front end read their
# items directly, where every attribute of the loader's records is a lookup by name.
TokenSpec = tuple[bool, frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
TriggerSpec = tuple[int, tuple[TokenSpec, ...], tuple[tuple[str, ...], ...], int, str, str]
# a candidate match: (weight, -first token, -trigger index, entry, token indices)
Candidate = tuple[int, int, int, TriggerEntry, tuple[int, ...]]

_c_candidates: Final[Callable[..., list[Candidate] | None] | None] = getattr(_SCANNER, "trigger_candidates", None)
_c_select: Final[Callable[..., list[TriggerMatch] | None] | None] = getattr(_SCANNER, "trigger_select", None)
_c_index: Final[Callable[[list[TriggerSpec]], object] | None] = getattr(_SCANNER, "trigger_index", None)


def trigger_specs(lang: Language) -> list[TriggerSpec]:
    """The patterns of a language's triggers as tuples, by trigger index."""
    return [(e.weight, tuple((t.gap, t.exact, t.starts, t.ends, t.infixes) for t in e.tokens), e.required,
             e.anchor, e.type, e.mode) for e in lang.triggers]


def trigger_index(specs: list[TriggerSpec]) -> object:
    """What the C front end reads of a language's trigger specs, in C arrays (made once per language beside
    them), or None without it: find_triggers passes it on."""
    return _c_index(specs) if _c_index is not None else None


def match_pattern(anchor: int, pats: tuple[TokenSpec, ...], tokens: list[Token], start: int, end: int,
                  sent_start: int, sent_end: int, max_gap: int) -> tuple[int, ...] | None:
    """Token indices matched by a pattern (its tokens ``pats``, of which ``anchor`` is the one the matcher
    found) when its anchor token covers tokens [start, end), or None.

    Tokens after the anchor are matched left to right, tokens before it right to left; ``...``
    lets up to ``max_gap`` tokens pass between two pattern tokens.
    """
    k = anchor
    matched = list(range(start, end))
    pos, i = end, k + 1
    while i < len(pats):
        gap = 0
        if pats[i][0]:
            gap, i = max_gap, i + 1
        p = pats[i]
        for j in range(pos, min(sent_end, pos + gap + 1)):
            if token_matches(p, tokens[j].text):
                matched.append(j)
                pos = j + 1
                break
        else:
            return None
        i += 1
    pos, i = start - 1, k - 1
    while i >= 0:
        gap = 0
        if pats[i][0]:
            gap, i = max_gap, i - 1
        p = pats[i]
        for j in range(pos, max(sent_start, pos - gap) - 1, -1):
            if token_matches(p, tokens[j].text):
                matched.append(j)
                pos = j - 1
                break
        else:
            return None
        i -= 1
    matched.sort()
    return tuple(matched)


def token_matches(p: TokenSpec, token: str) -> bool:
    """Does a (folded) token match one token of a pattern: one of its words, stems, endings or infixes?"""
    _, exact, starts, ends, infixes = p
    if token in exact:
        return True
    if starts and token.startswith(starts):
        return True
    if ends and token.endswith(ends):
        return True
    for i in infixes:
        if i in token:
            return True
    return False


def _any_word_in(required: tuple[str, ...], words: set[str]) -> bool:
    for w in required:  # (a loop of set lookups: set.isdisjoint is a method looked up at every call)
        if w in words:
            return True
    return False


def _any_used(m: tuple[int, ...], used: set[int]) -> bool:
    for t in m:
        if t in used:
            return True
    return False


def find_triggers(hits: list[Hit], tokens: list[Token], lang: Language, sent_start: int, sent_end: int,
                  units: list[Unit], specs: list[TriggerSpec], index: object = None) -> list[TriggerMatch]:
    """The trigger matches of one sentence, in text order (``specs``: the language's trigger_specs, made
    once per language by the caller; ``index``: their trigger_index, if made)."""
    named: set[int] = set()
    for u in units:
        if u.code is not None and u.kind != "agent":  # a named actor, not a bare agent noun
            for t in range(u.t0, u.t1):
                named.add(t)
    cands: list[Candidate] | None = None
    if _c_candidates is not None:
        cands = _c_candidates(hits, tokens, named, specs, lang.triggers, sent_start, sent_end, lang.max_gap, index)
    if cands is None:  # (None: records the C code does not know)
        cands = _candidates_py(hits, tokens, named, specs, lang.triggers, sent_start, sent_end, lang.max_gap)
    if _c_select is not None:
        found: list[TriggerMatch] | None = _c_select(cands, specs, new_match, lang.trigger_with_mode)
        if found is not None:  # (None: records the C code does not know)
            return found
    return _select_py(cands, specs, lang)


def _select_py(cands: list[Candidate], specs: list[TriggerSpec], lang: Language) -> list[TriggerMatch]:
    """The winning candidates as trigger matches, in text order: the longest patterns first, then the earliest;
    a match may not reuse another's words, and a blocker (type "-") wins but gives no match (in C as
    dyad/_scanner.c ``trigger_select``)."""
    cands.sort(key=_rank, reverse=True)
    used: set[int] = set()
    out: list[TriggerMatch] = []
    for _, _, neg_idx, entry, m in cands:
        if _any_used(m, used):
            continue
        for t in m:
            used.add(t)
        spec = specs[-neg_idx]
        if spec[4] != "-":
            if not spec[5]:
                entry = _mode_from_overlap(entry, -neg_idx, m, cands, specs, lang)
            out.append(TriggerMatch(entry, m[0], m[-1] + 1, m))  # m is sorted
    out.sort(key=_t0)
    return out


def _candidates_py(hits: list[Hit], tokens: list[Token], named: set[int], specs: list[TriggerSpec],
                   triggers: list[TriggerEntry], sent_start: int, sent_end: int, max_gap: int) -> list[Candidate]:
    """The trigger hits of a sentence that match their whole pattern, in hit order, as candidates (in C as
    dyad/_scanner.c ``trigger_candidates``)."""
    cands: list[Candidate] = []
    words: set[str] | None = None
    for h in hits:
        if h.cat == TRIGGER and h.t0 not in named:
            weight, pats, required_words, anchor, _, _ = specs[h.idx]
            if len(pats) == 1:  # most patterns are one word: nothing more to match
                cands.append((weight, -h.t0, -h.idx, triggers[h.idx], tuple(range(h.t0, h.t1))))
            else:
                if words is None:
                    words = {t.text for t in tokens[sent_start:sent_end]}
                for required in required_words:
                    if not _any_word_in(required, words):
                        break  # a word the pattern needs verbatim is missing from the sentence: no need to look
                else:
                    m = match_pattern(anchor, pats, tokens, h.t0, h.t1, sent_start, sent_end, max_gap)
                    if m is not None:
                        cands.append((weight, -m[0], -h.idx, triggers[h.idx], m))
    return cands


def _mode_from_overlap(entry: TriggerEntry, idx: int, m: tuple[int, ...], cands: list[Candidate],
                       specs: list[TriggerSpec], lang: Language) -> TriggerEntry:
    """"launched an air strike": the winning pattern ("launch ... strike") says ASSAULT but no mode; an
    overlapping pattern of the same type that lost ("air strike") says which."""
    words = set(m)
    kind = specs[idx][4]
    for _, _, neg_other, _, om in cands:
        other = specs[-neg_other]
        if other[4] == kind and other[5] and not words.isdisjoint(om):
            return lang.trigger_with_mode(idx, other[5])
    return entry
