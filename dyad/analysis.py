"""Intermediate typed records of one article's analysis (between scanning and events)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import NamedTuple

from .lexicon import TriggerEntry
from .records import Sentence


@dataclass(slots=True)
class Unit:
    """An actor mention: a named actor, a generic agent noun, or both composed."""

    t0: int
    t1: int
    start: int
    end: int
    code: str | None  # None: an agent noun with no country yet
    sector: str
    kind: str
    entity: str = ""
    entry: str | None = None
    role: str = ""
    home: bool = False  # an agent noun given the article's home country (a weaker reading)

    @property
    def agent_only(self) -> bool:
        return self.code is None


class CueHit(NamedTuple):
    """A cue word or phrase of the sentence (a named tuple like the matcher's hits: dozens per article)."""

    kind: str
    t0: int
    t1: int


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    entry: TriggerEntry
    t0: int  # anchor token
    t1: int  # one past the last matched token
    matched: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class DateExpr:
    t0: int
    t1: int
    date: str
    precision: str  # day, month, year
    text: str


@dataclass(frozen=True, slots=True)
class QuantityExpr:
    t0: int
    t1: int
    key: str
    value: float | None
    min: float | None
    approx: bool
    text: str


@dataclass(frozen=True, slots=True)
class PlaceHit:
    t0: int
    t1: int
    idx: int
    after_locative: bool


_NO_KINDS: frozenset[str] = frozenset()


@dataclass(slots=True)
class SentenceView:
    """Everything the rules need about one sentence."""

    sent: Sentence
    t0: int
    t1: int
    units: list[Unit] = field(default_factory=list)
    cues: list[CueHit] = field(default_factory=list)
    triggers: list[TriggerMatch] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    quantities: list[QuantityExpr] = field(default_factory=list)
    places: list[PlaceHit] = field(default_factory=list)
    attribution: tuple[int, int] | None = None  # token span of "according to X"
    cue_starts: dict[int, set[str]] = field(default_factory=dict)
    cue_ends: dict[int, set[str]] = field(default_factory=dict)
    _cue_pos: dict[str, list[int]] | None = None
    quote_marks: list[int] | None = None  # token indices of quotation marks (computed once)
    # token indices of the punctuation that ends a clause and of clause-break cues (computed with quote_marks)
    clause_marks: tuple[list[int], list[int]] | None = None
    where: Unit | None = None  # the country the sentence happens in ("in Libia", "in the Odesa region")

    def kinds_before(self, t: int) -> set[str] | frozenset[str]:
        """Cue kinds of cues ending right before token t (do not modify)."""
        return self.cue_ends.get(t, _NO_KINDS)

    def has_cue(self, kind: str, lo: int, hi: int) -> bool:
        """Is there a cue of this kind starting in tokens [lo, hi)?"""
        if self._cue_pos is None:
            pos: dict[str, list[int]] = {}
            for c in self.cues:  # cues are sorted by t0
                pos.setdefault(c.kind, []).append(c.t0)
            self._cue_pos = pos
        p = self._cue_pos.get(kind)
        if not p:
            return False
        i = bisect_left(p, lo)
        return i < len(p) and p[i] < hi
