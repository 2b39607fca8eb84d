"""Show, per gold article, the coded events next to the gold events (for reading errors).

    python scripts/explain.py GOLD.jsonl [--lang en] [--id dev-en-003] [--errors-only]
"""

from __future__ import annotations

import argparse
import json

from dyad.coder import Coder
from dyad.records import Article


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--lang")
    ap.add_argument("--id")
    ap.add_argument("--skip-every", type=int, default=0, help="hide articles whose index %% N == N-1 (held out)")
    args = ap.parse_args()
    coder = Coder()
    arts = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    k = 0
    for a in arts:
        if args.lang and a.get("lang") != args.lang or args.id and a["id"] != args.id:
            continue
        k += 1
        if args.skip_every and k % args.skip_every == 0:
            continue
        doc = coder.code_article(Article(a["id"], a["text"], published=a.get("published"), lang=a.get("lang")))
        got = {(e.type, e.source.code, e.target.code): e for e in doc.events}
        gold = {(e["type"], e["source"]["actor"], e["target"]["actor"]): e for e in a["events"]}
        print(f"\n=== {a['id']} ({a.get('lang')})")
        for key, e in gold.items():
            mark = "ok  " if key in got else ("opt " if e.get("optional") else "MISS")
            print(f"  {mark} {' '.join(key):28s} | {e['source'].get('text','')} -> {e['target'].get('text','')} | "
                  f"{e.get('evidence','')[:110]}")
        for key, e in got.items():
            if key not in gold:
                print(f"  FP   {' '.join(key):28s} | {e.source.text} -> {e.target.text} [{e.evidence.trigger}] | "
                      f"{e.evidence.sentence[:110]}")


if __name__ == "__main__":
    main()
