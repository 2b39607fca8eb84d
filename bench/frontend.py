"""Cost of the text front end per article: tokenize, Matcher.scan and segment, each alone.

Codes nothing: prepares the articles of a gold file (default ../shared/eval/dev-gold.jsonl) as the
coder does (clean, fold, detect the language), then times each function over all of them, the best
of --repeat runs, and prints microseconds per article. Says which core and which front end ran (the
C scanner, dyad/_scanner.c, or the Python code).

    python bench/frontend.py [--gold FILE] [--repeat 7]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(REPO.parent / "shared" / "eval" / "dev-gold.jsonl"))
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()

    import dyad
    from dyad import matcher as M
    from dyad import text as T
    from dyad.coder import Coder
    from dyad.lexicon import fold

    coder = Coder()
    coder.load_all()
    items = []
    for line in open(args.gold, encoding="utf-8"):
        if not line.strip():
            continue
        text = T.clean(json.loads(line)["text"])
        folded = fold(text)
        tokens = M.tokenize(folded)
        lang = coder._detect(tokens)
        if lang in coder.languages:
            m = coder.matcher(lang)
            items.append((text, folded, tokens, m, frozenset(m.lang.abbreviations)))
    n = len(items)
    tok = M.tokenize
    seg = T.segment

    def run_tokenize() -> None:
        for _, folded, _, _, _ in items:
            tok(folded)

    def run_scan() -> None:
        for text, folded, tokens, m, _ in items:
            m.scan(text, folded, tokens)

    def run_segment() -> None:
        for text, folded, tokens, _, ab in items:
            seg(text, folded, tokens, ab)

    print(f"core       {dyad.CORE}")
    print(f"front end  {getattr(M, 'FRONT_END', 'Python')}")
    print(f"articles   {n}")
    for name, fn in (("tokenize", run_tokenize), ("scan", run_scan), ("segment", run_segment)):
        print(f"{name:<10} {best(fn, args.repeat) / n * 1e6:7.1f} us/article")


if __name__ == "__main__":
    main()
