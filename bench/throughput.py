"""Throughput of the coder on one core.

Codes the articles of a gold file (default ../shared/eval/dev-gold.jsonl) repeated to at least
--n articles, with every language loaded, and prints articles/s, sentences/s, peak RSS, start-up
time and the ratio to plain regex tokenisation of the same text. It says which core ran: the
compiled one (pip install builds it, see setup.py) or the Python sources (DYAD_PURE_PYTHON=1).

    python bench/throughput.py [--gold FILE] [--n 10000] [--passes 10]

The articles are timed in slices (--passes), each followed by the regex tokenisation of the same slice:
on a shared virtual machine the speed of the core changes by half from one second to the next, and the
slices show that spread (best, median, worst) beside the overall figure.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(REPO.parent / "shared" / "eval" / "dev-gold.jsonl"))
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--no-cache", action="store_true", help="Compile the lexicons instead of loading the cache.")
    ap.add_argument("--passes", type=int, default=10, help="Time the articles in this many slices (default 10).")
    args = ap.parse_args()

    import dyad
    from dyad.coder import Coder
    from dyad.records import Article

    base = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    arts = [Article(f"{a['id']}#{i}", a["text"], published=a.get("published"), lang=None)
            for i in range(args.n // len(base) + 1) for a in base][: args.n]
    nbytes = sum(len(a.text.encode()) for a in arts)

    t0 = time.perf_counter()
    coder = Coder(use_cache=not args.no_cache)
    coder.load_all()
    startup = time.perf_counter() - t0

    # the articles in --passes slices, each timed: on a shared machine the speed of the core changes from
    # second to second, so the slices show the spread (the overall figure is what the whole run took)
    n_events = n_sents = 0
    size = -(-len(arts) // max(1, args.passes))
    rates: list[float] = []
    re_rates: list[float] = []
    word = re.compile(r"\w+|\S")
    dt = dt_re = 0.0
    for k in range(0, len(arts), size):
        part = arts[k:k + size]
        t0 = time.perf_counter()
        for a in part:
            doc = coder.code_article(a)
            n_events += len(doc.events)
            n_sents += len(doc.sentences)
        took = time.perf_counter() - t0
        t0 = time.perf_counter()
        for a in part:  # (the same slice tokenised by a plain regex right after: how fast the machine is now)
            word.findall(a.text.lower())
        took_re = time.perf_counter() - t0
        dt += took
        dt_re += took_re
        rates.append(len(part) / took)
        re_rates.append(took / took_re)

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"core                 {dyad.CORE}")
    # (the interpreter matters: the same build ran 16 % faster on Debian's python3.11, built with profile-guided
    # and link-time optimisation, than on a CPython that pyenv compiled without them; see docs/coder.md)
    print(f"interpreter          {sys.executable} (Python {sys.version.split()[0]})")
    print(f"languages loaded     {', '.join(coder.languages)}")
    print(f"start-up (lexicons)  {startup:.2f} s")
    print(f"articles             {len(arts):,} ({nbytes / 1e6:.1f} MB)")
    print(f"articles/s           {len(arts) / dt:,.0f} (slices of {size:,}: best {max(rates):,.0f}, "
          f"median {statistics.median(rates):,.0f}, worst {min(rates):,.0f})")
    print(f"sentences/s          {n_sents / dt:,.0f}")
    print(f"MB/s                 {nbytes / 1e6 / dt:.2f}")
    print(f"events               {n_events:,}")
    print(f"peak RSS             {rss:.0f} MB")
    print(f"regex tokenisation   {len(arts) / dt_re:,.0f} articles/s; coder is {dt / dt_re:.1f}x slower "
          f"(per slice: {min(re_rates):.1f}x to {max(re_rates):.1f}x)")


if __name__ == "__main__":
    main()
