"""Quantities in event sentences: troops, killed, days, money, weapons …

Driven by ``quantities.tsv`` (unit nouns, context words, multipliers) and the number words and
hedges of ``dates.tsv``/``cues.tsv``: "almeno nove soldati" after "la morte di" → killed ≥ 9;
"migliaia di soldati" → troops ≥ 1000; "120 giorni" → days = 120; "$2 billion" → usd = 2e9.
"""

from __future__ import annotations

import re
from typing import Final

from .analysis import CueHit, QuantityExpr
from .entries import Language
from .matcher import DATE, QTY, Hit, Token

NUMBER_RE: Final = re.compile(r"^\d{1,3}(?:[.,\s]\d{3})+$|^\d+(?:[.,]\d+)?$")
THOUSANDS_RE: Final = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")  # (compiled once: re.match(str) is interpreted code)
SEPARATORS_RE: Final = re.compile(r"[.,]")


def _ascii_digits(s: str) -> bool:
    """Is s one or more of 0-9?"""
    for k in range(len(s)):
        c = ord(s[k])
        if c < 48 or c > 57:
            return False
    return len(s) > 0


def _parse_number(s: str) -> float | None:
    if _ascii_digits(s):  # (most numbers: what the regular expressions below, method calls ~1 k instructions each, give)
        return float(s)
    if not NUMBER_RE.match(s):
        return None
    if THOUSANDS_RE.match(s):
        return float(SEPARATORS_RE.sub("", s))
    return float(s.replace(",", "."))


def find_quantities(hits: list[Hit], tokens: list[Token], lang: Language, t0: int, t1: int,
                    cues: list[CueHit]) -> list[QuantityExpr]:
    units: dict[int, tuple[str, int]] = {}
    context: list[tuple[int, int, str]] = []
    mult: dict[int, tuple[float, int]] = {}
    numwords: dict[int, tuple[float, int]] = {}
    for h in hits:
        if not t0 <= h.t0 < t1:
            continue
        if h.cat == QTY:
            q = lang.quantities[h.idx]
            if q.kind == "unit":
                units.setdefault(h.t0, (q.key, h.t1))
            elif q.kind == "context":
                context.append((h.t0, h.t1, q.key))
            elif q.kind == "multiplier":
                mult[h.t0] = (float(q.key), h.t1)
        elif h.cat == DATE and lang.dates[h.idx].kind == "number":
            numwords[h.t0] = (float(lang.dates[h.idx].value), h.t1)
    out: list[QuantityExpr] = []
    # a quantity starts at a number written in digits, a number word or a multiplier: visit just those
    digits: list[int] = []
    for i in range(t0, t1):
        tx = tokens[i].text
        c = ord(tx[0])  # (tokens are never empty: the first code point, read in place, rules out most at once)
        if (48 <= c <= 57 or c >= 128) and tx.isdigit():
            digits.append(i)
    number_starts = sorted({*digits, *numwords, *mult})
    if not number_starts:
        return out
    at_least = {c.t1 for c in cues if c.kind == "at_least"}
    approx = {c.t1 for c in cues if c.kind == "approx"}
    i = t0
    for at in number_starts:
        if at < i:
            continue  # inside the quantity just found
        i = at
        val: float | None = None
        j = i
        n = _merge_digits(tokens, i, t1)
        if n is not None:
            val, j = n
        elif i in numwords:
            val, j = numwords[i]
        elif i in mult:  # "migliaia di soldati": a multiplier alone is a lower bound
            val, j = mult[i]
            is_min = True
        if val is None:
            continue
        is_min = i in at_least or (i in mult and n is None and i not in numwords)
        if j in mult:
            val *= mult[j][0]
            j = mult[j][1]
        # optional "di"/"of"/"de" between number and unit
        k = j
        if k < t1 and tokens[k].text in ("di", "of", "de", "d", "des", "von", "'"):
            k += 1
        if k < t1 and tokens[k].text in ("'",):
            k += 1
        unit = units.get(k) or units.get(j)
        start = i
        if unit is None and i - 1 >= t0 and (i - 1) in units:  # "$11 million", "€5bn"
            unit = (units[i - 1][0], j)
            start = i - 1
        if unit is None:
            i = max(j, i + 1)
            continue
        key, end = unit
        for c0, c1, ckey in context:
            if i - 5 <= c1 <= i or end <= c0 <= end + 3:
                key = ckey
                break
        out.append(QuantityExpr(start, end, key, None if is_min else val, val if is_min else None, i in approx,
                                ""))
        i = end
    return out


def _merge_digits(tokens: list[Token], i: int, t1: int) -> tuple[float, int] | None:
    """A number written with digits, possibly split by the tokenizer: "1.000", "2,5", "10 000"."""
    tx = tokens[i].text
    if not tx.isdigit():
        return None
    s, j = tx, i + 1
    while j + 1 < t1 and tokens[j].text in (".", ",") and tokens[j + 1].text.isdigit() \
            and tokens[j].start == tokens[j - 1].end and tokens[j + 1].start == tokens[j].end:
        s += tokens[j].text + tokens[j + 1].text
        j += 2
    # "1 000 soldats", "12 500": groups of three digits after one space (also U+00A0, U+202F)
    if "." not in s and "," not in s and len(tx) <= 3:
        while j < t1 and len(tokens[j].text) == 3 and tokens[j].text.isdigit() \
                and tokens[j].start - tokens[j - 1].end == 1:
            s += tokens[j].text
            j += 1
    v = _parse_number(s)
    return None if v is None else (v, j)
