"""Dates in event sentences, resolved against the publication date.

Driven by each language's ``dates.tsv`` (month and weekday names, "ieri", "il mese scorso",
units, "fa"/"ago"/"il y a"/"vor"/"hace", number words, hedges such as "quasi"). Handles
"il 12 dicembre", "December 12, 2025", "12. Dezember", "ad aprile", "quasi quattro anni fa",
"last month", "lunedì". A date without a year takes the latest such date not after publication
(plus a week of slack for announced events).

>>> from datetime import date
>>> shift_months(date(2026, 1, 1), -1)
datetime.date(2025, 12, 1)
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from .analysis import DateExpr
from .entries import Language
from .matcher import DATE, Hit, Token

DAY_RE: Final = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|º|°)?$")
YEAR_RE: Final = re.compile(r"^(1[89]\d\d|20\d\d|21\d\d)$")
NUM_RE: Final = re.compile(r"^\d+$")


def parse_iso(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def shift_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    return date(y, m % 12 + 1, 1)


# the days of each month (index 1-12) in a common year
MONTH_DAYS: Final = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _safe_date(y: int, m: int, d: int) -> date | None:
    """The date, its day cut to the month's last; None for no such month or year. (The month's length is
    counted here: calendar.monthrange is a Python function, interpreted at every call.)"""
    if not 1 <= m <= 12:
        return None
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    try:
        return date(y, m, min(d, MONTH_DAYS[m] + (1 if m == 2 and leap else 0)))
    except ValueError:
        return None


def find_dates(hits: list[Hit], tokens: list[Token], lang: Language, t0: int, t1: int,
               published: date | None) -> list[DateExpr]:
    """Date expressions in tokens [t0, t1) of one sentence."""
    info: dict[int, tuple[str, str, int]] = {}  # token -> (kind, value, end token)
    for h in hits:
        if h.cat == DATE and t0 <= h.t0 < t1:
            e = lang.dates[h.idx]
            if h.t0 not in info or h.t1 > info[h.t0][2]:
                info[h.t0] = (e.kind, e.value, h.t1)
    numbers: list[int] = []
    for i in range(t0, t1):
        tx = tokens[i].text
        c = ord(tx[0])  # (tokens are never empty; a code point read in place, not a str made to test)
        if 48 <= c <= 57 or c >= 128 and tx[0].isdigit():
            numbers.append(i)
    if not info and not any(_is_year(tokens[i].text) for i in numbers):
        return []
    out: list[DateExpr] = []
    used: set[int] = set()

    i = t0
    for at in sorted({*info, *numbers}):  # only date words and numbers can start a date: visit just those
        if at < i or at in used:
            continue  # inside a date already found
        i = at
        kind, value, end = info.get(i, ("", "", i + 1))
        tx = tokens[i].text
        if kind == "month":
            month = int(float(value))
            a, b = i, end
            day = None
            # day before: "12 dicembre", "12. Dezember", "12 de diciembre"
            for back in (1, 2):
                j = i - back
                if j >= t0 and DAY_RE.match(tokens[j].text):
                    if back == 1 or tokens[i - 1].text in (".", "de", "of", "di"):
                        day, a = int(DAY_RE.match(tokens[j].text).group(1)), j  # type: ignore[union-attr]
                        break
            if day is None and end < t1 and DAY_RE.match(tokens[end].text):
                day, b = int(DAY_RE.match(tokens[end].text).group(1)), end + 1  # type: ignore[union-attr]
            year = None
            for j in range(b, min(t1, b + 3)):
                if _is_year(tokens[j].text):
                    year, b = int(tokens[j].text), j + 1
                    break
                if tokens[j].text not in (",", "de", "del", "of", "."):
                    break
            if day is not None and not 1 <= day <= 31:
                day = None
            if year is None:
                if published is None:
                    i = end
                    continue
                year = published.year
                probe = _safe_date(year, month, day or 1)
                if probe and probe > published + timedelta(days=7):
                    year -= 1
            _emit(out, used, tokens, a, b, _safe_date(year, month, day or 1), "day" if day else "month")
            i = b
            continue
        if published is not None:
            if kind in ("day_offset", "week_offset", "month_offset", "year_offset"):
                n = int(float(value))
                if kind == "day_offset":
                    _emit(out, used, tokens, i, end, published + timedelta(days=n), "day")
                elif kind == "week_offset":
                    _emit(out, used, tokens, i, end, published + timedelta(weeks=n), "day")
                elif kind == "month_offset":
                    _emit(out, used, tokens, i, end, shift_months(published, n), "month")
                else:
                    _emit(out, used, tokens, i, end, _safe_date(published.year + n, 1, 1), "year")
                i = end
                continue
            if kind == "weekday":
                wd = int(float(value))
                delta = (published.weekday() - wd) % 7
                _emit(out, used, tokens, i, end, published - timedelta(days=delta), "day")
                i = end
                continue
            # "quasi quattro anni fa" / "il y a près de quatre ans" / "vor vier Jahren"
            j = i
            before = kind == "ago_before"
            if before:
                j = end
            if j < t1 and info.get(j, ("",))[0] == "hedge":
                j = info[j][2]
            num = _number_at(j, tokens, info, t0, t1)
            if num is not None:
                amount, j2 = num[0], int(num[1])
                u = info.get(j2)
                if u and u[0] == "unit":
                    unit, j3 = u[1], u[2]
                    after = info.get(j3)
                    if before or (after and after[0] == "ago_after"):
                        stop = j3 if before else after[2]  # type: ignore[index]
                        d, prec = _ago(published, amount, unit)
                        _emit(out, used, tokens, i, stop, d, prec)
                        i = stop
                        continue
        if _is_year(tx) and i not in used:
            y = int(tx)
            if published is None or y <= published.year + 1:
                _emit(out, used, tokens, i, i + 1, date(y, 1, 1), "year")
        i += 1
    return out


def _is_year(tx: str) -> bool:
    """YEAR_RE.match(tx): 1800-2199. (Tested by hand: a regular expression's match is a method call through the
    interpreter, ~1 k instructions; \\d is a character of Unicode's Nd, what str.isdecimal tests.)"""
    return len(tx) == 4 and (tx[0] == "1" and tx[1] in "89" or tx[0] == "2" and tx[1] in "01") \
        and tx[2].isdecimal() and tx[3].isdecimal()


# (number_at and emit are module functions, not closures of find_dates: compiled, a closure is an object called
# through the interpreter's call protocol and its variables live in an environment object; these are direct C calls)
def _number_at(i: int, tokens: list[Token], info: dict[int, tuple[str, str, int]], t0: int, t1: int
               ) -> tuple[float, int] | None:
    """The number at token i of [t0, t1) (digits or a number word) and the token after it."""
    if i >= t1 or i < t0:
        return None
    tx = tokens[i].text
    if _is_number(tx):
        return float(tx), i + 1
    k = info.get(i)
    if k and k[0] == "number":
        return float(k[1]), k[2]
    return None


def _is_number(tx: str) -> bool:
    """NUM_RE.match(tx), read by hand for ASCII digits (the regular expression's match is a method call through the
    interpreter, ~1 k instructions); a string with another character than an ASCII digit, a non-ASCII one or a line
    break (which NUM_RE's $ lets end it), is left to NUM_RE."""
    for k in range(len(tx)):
        c = ord(tx[k])
        if c < 48 or c > 57:
            return (c >= 128 or c == 10) and NUM_RE.match(tx) is not None
    return len(tx) > 0


def _emit(out: list[DateExpr], used: set[int], tokens: list[Token], a: int, b: int, d: date | None,
          prec: str) -> None:
    """Adds the date d of tokens [a, b), at precision prec, to out, and its tokens to used."""
    if d is None:
        return
    text_span = (tokens[a].start, tokens[b - 1].end)
    iso = _iso(d) if prec == "day" else (_iso(d)[:7] if prec == "month" else str(d.year))
    out.append(DateExpr(a, b, iso, prec, f"{text_span[0]}:{text_span[1]}"))
    for t in range(a, b):  # (set.update is a method looked up at every call, and a range an object made)
        used.add(t)


def _iso(d: date) -> str:
    """d.isoformat(), made of ints' strs (the method is a call through the interpreter, its format parsed each time)."""
    y, m, day = d.year, d.month, d.day
    if y < 1000:
        return d.isoformat()  # (a year of fewer than four digits is padded)
    return str(y) + ("-0" if m < 10 else "-") + str(m) + ("-0" if day < 10 else "-") + str(day)


def _ago(published: date, n: float, unit: str) -> tuple[date | None, str]:
    k = int(round(n))
    if unit == "day":
        return published - timedelta(days=k), "day"
    if unit == "week":
        return published - timedelta(weeks=k), "day"
    if unit == "month":
        return shift_months(published, -k), "month"
    return _safe_date(published.year - k, 1, 1), "year"
