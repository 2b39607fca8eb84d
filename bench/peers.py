"""Run Dyad on the peers' suites converted to our gold format and print P/R/F1.

- ../shared/peers/as-gold/plover-gsr-en.jsonl: English example sentences of the PLOVER project,
  scored on type + source + target;
- ../shared/peers/as-gold/up-es-protest.jsonl: UniversalPetrarch's Spanish protest set, which has no
  actor codes, scored on the type alone.

No floor and no tuning to individual sentences: these figures are read, not optimised.

    python bench/peers.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    from dyad.evaluate import format_report, run_eval

    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    args = ap.parse_args()
    base = Path(args.shared) / "peers" / "as-gold"
    for name, type_only in (("plover-gsr-en.jsonl", False), ("up-es-protest.jsonl", True)):
        path = base / name
        if not path.exists():
            print(f"{name}: absent ({path})")
            continue
        t0 = time.perf_counter()
        rep, preds = run_eval(path, by="type", type_only=type_only)
        dt = time.perf_counter() - t0
        print(f"== {name} ({'type only' if type_only else 'type + source + target'}; {len(preds)} events, "
              f"{dt:.1f} s)")
        print(format_report(rep))
        print()


if __name__ == "__main__":
    main()
