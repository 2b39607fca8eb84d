"""Text stages: normalisation, tokens, sentence split and language identification.

No models: tokens are one regex, sentences are split on final punctuation before a capital and
on every line break (headings do not merge into the next sentence), and the language is the one
whose lexicon's ``detect.stopwords`` cover most tokens.

:func:`clean`, :func:`segment` and the stopword scores of :func:`language_scores` run in C when
dyad/_scanner.c was built and is to run (see dyad/matcher.py), and otherwise as :func:`_clean_py`,
:func:`_segment_py` and :func:`_stopwords_py`, with the same output.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any, Callable, Final, Mapping, Sequence

from .lexicon import fold
from .matcher import _SCANNER, Token, tokenize
from .records import Sentence, new_sentence

ENDERS: Final = frozenset(".!?…")
BOUNDARY_RE: Final = re.compile(r"(\n+)|[.!?…»\"”’')](?=[ \t\u00a0])")
CLOSERS: Final = frozenset("»\"”’')")
OPENERS: Final = frozenset("«\"“‘'(-–—„‚")  # (German quotations open with „ and ‚)


@dataclass(frozen=True, slots=True)
class Analysed:
    """Tokens and sentences of one text; ``sent_tokens[i]`` = token range of sentence i."""

    text: str
    folded: str
    tokens: list[Token]
    sentences: tuple[Sentence, ...]
    sent_tokens: tuple[tuple[int, int], ...]


CONTROL_RE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


_c_clean: Final[Callable[[str], str] | None] = getattr(_SCANNER, "clean", None)


def clean(text: str) -> str:
    """Replace control characters (except newlines and tabs) with spaces; keeps offsets stable."""
    if _c_clean is not None:
        out: str = _c_clean(text)
        return out
    return _clean_py(text)


def _clean_py(text: str) -> str:
    """:func:`clean` in Python (in C as dyad/_scanner.c ``clean``)."""
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    return CONTROL_RE.sub(" ", text)


_c_segment: Final[Callable[..., Any] | None] = getattr(_SCANNER, "segment", None)


def segment(text: str, folded: str, tokens: Sequence[Token], abbreviations: frozenset[str] = frozenset()
            ) -> tuple[tuple[Sentence, ...], tuple[tuple[int, int], ...]]:
    """Split into sentences; returns the sentences and their token ranges."""
    if _c_segment is not None:
        found: tuple[tuple[Sentence, ...], tuple[tuple[int, int], ...]] | None = _c_segment(
            new_sentence, text, tokens, abbreviations)
        if found is not None:  # (None: tokens that tokenize did not make)
            return found
    return _segment_py(text, folded, tokens, abbreviations)


def _segment_py(text: str, folded: str, tokens: Sequence[Token], abbreviations: frozenset[str] = frozenset()
                ) -> tuple[tuple[Sentence, ...], tuple[tuple[int, int], ...]]:
    """:func:`segment` in Python: a line break, or final punctuation followed by a space and a capital."""
    sents: list[Sentence] = []
    ranges: list[tuple[int, int]] = []
    n = len(tokens)
    if n == 0:
        return (), ()
    begin = 0
    para = 0

    def close(end_tok: int, next_para: int) -> None:
        nonlocal begin, para
        if end_tok > begin:
            s, e = tokens[begin].start, tokens[end_tok - 1].end
            sents.append(Sentence(len(sents), s, e, text[s:e], para))
            ranges.append((begin, end_tok))
        begin = end_tok
        para = next_para

    # only line breaks and final punctuation followed by a space can end a sentence: visit just those
    starts, ends, _ = zip(*tokens)
    end_at = dict(zip(ends, range(n)))
    for m in BOUNDARY_RE.finditer(text):
        if m.group(1):  # a line break: close the sentence before it
            b = bisect_right(starts, m.start()) - 1
            if 0 <= b < n - 1 and tokens[b + 1].start > m.start():
                close(b + 1, para + 1)
            continue
        found = end_at.get(m.end())
        if found is None or found >= n - 1 or found + 1 <= begin:
            continue
        i = found
        tok, nxt = tokens[i], tokens[i + 1]
        if not (tok.text in ENDERS or (tok.text in CLOSERS and i > 0 and tokens[i - 1].text in ENDERS)):
            continue
        if "\n" in text[tok.end:nxt.start]:
            continue  # the line break closes it
        first = text[nxt.start:nxt.start + 1]
        if not (first.isupper() or first.isdigit() or first in OPENERS):
            continue
        if tok.text == "." and i > 0:
            prev = tokens[i - 1]
            if prev.end == tok.start:
                if prev.text + "." in abbreviations:
                    continue
                if len(prev.text) == 1 and prev.text.isalpha():
                    continue  # initials: "J. Smith"
                if prev.text.isdigit() and len(prev.text) <= 2:
                    continue  # German ordinals: "am 12. Dezember"
        close(i + 1, para)
    close(n, para)
    return tuple(sents), tuple(ranges)


def analyse(text: str, abbreviations: frozenset[str] = frozenset()) -> Analysed:
    text = clean(text)
    folded = fold(text)
    tokens = tokenize(folded)
    sents, ranges = segment(text, folded, tokens, abbreviations)
    return Analysed(text, folded, tokens, sents, ranges)


def stopword_weights(stopwords: Mapping[str, frozenset[str]]) -> dict[str, tuple[tuple[str, float], ...]]:
    """Each stopword's languages, weighted 1/k when k languages list it.

    "la" is listed by Italian, French and Spanish, so it counts a third for each; "ha" only by
    Italian, so it counts in full. Shared words still help short texts, without deciding them.
    """
    langs: dict[str, list[str]] = {}
    for code, words in stopwords.items():
        for w in words:
            langs.setdefault(w, []).append(code)
    return {w: tuple((c, 1.0 / len(cs)) for c in cs) for w, cs in langs.items()}


_c_stopwords: Final[Callable[..., Any] | None] = getattr(_SCANNER, "stopwords", None)


def _stopwords_py(weights: dict[str, tuple[tuple[str, float], ...]], tokens: Sequence[Token], limit: int
                  ) -> tuple[dict[str, float], int]:
    """How many of the first ``limit`` tokens are words, and each language's weighted count of the stopwords
    among them (in C as dyad/_scanner.c ``stopwords``, which sums in the same order)."""
    n_words = 0
    found: dict[str, int] = {}
    for t in tokens[:limit]:
        w = t.text
        if w[:1].isalpha():
            n_words += 1
            if w in weights:  # (the stopwords are all words)
                found[w] = found.get(w, 0) + 1
    score: dict[str, float] = {}
    for w, n in found.items():
        for code, wt in weights[w]:
            score[code] = score.get(code, 0.0) + n * wt
    return score, n_words


def language_scores(tokens: Sequence[Token], weights: dict[str, tuple[tuple[str, float], ...]],
                    limit: int = 400) -> tuple[dict[str, float], int]:
    """Weighted stopword counts per language over the first ``limit`` word tokens, and how many words there were."""
    if _c_stopwords is not None:
        counted: tuple[dict[str, float], int] | None = _c_stopwords(weights, tokens, limit)
        if counted is not None:  # (None: tokens that tokenize did not make)
            return counted
    return _stopwords_py(weights, tokens, limit)


def clear_winner(score: Mapping[str, float], min_score: float = 2.0, margin: float = 1.5) -> str | None:
    """The best-scoring language when it has at least ``min_score`` and ``margin`` times the runner-up."""
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < min_score:
        return None
    if len(ranked) > 1 and ranked[0][1] < margin * ranked[1][1]:
        return None
    return ranked[0][0]


DETECT_MIN_SHARE: Final = 0.04  # of the words: below it, a text is not taken to be in the language


def detect_language(tokens: Sequence[Token], stopwords: Mapping[str, frozenset[str]],
                    limit: int = 400, min_share: float = DETECT_MIN_SHARE,
                    weights: Mapping[str, tuple[tuple[str, float], ...]] | None = None) -> str | None:
    """The language whose stopwords clearly cover most of the first ``limit`` word tokens, or None.

    A stopword listed by k languages counts 1/k for each (see :func:`stopword_weights`; pass
    ``weights`` precomputed to save the work). None when the evidence is thin or close between two
    languages (see :func:`clear_winner`): the caller can then ask the lexicons.

    >>> detect_language(tokenize("the army said that the talks were over"),
    ...                 {"en": frozenset({"the", "that", "were"}), "it": frozenset({"il", "che"})})
    'en'
    >>> detect_language(tokenize("la francia ha condannato le esecuzioni"),
    ...                 {"it": frozenset({"la", "ha", "le"}), "fr": frozenset({"la", "le", "les"})})
    'it'
    >>> detect_language(tokenize("la guerra"), {"it": frozenset({"la"}), "es": frozenset({"la"})}) is None
    True
    """
    if weights is None:
        weights = stopword_weights(stopwords)
    score, n = language_scores(tokens, weights if isinstance(weights, dict) else dict(weights), limit)
    best = clear_winner(score)
    if best is None or score[best] / n < min_share:
        return None
    return best
