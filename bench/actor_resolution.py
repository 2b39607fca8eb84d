"""How often the source/target surface texts of gold events resolve to the gold actor code.

For every gold event of a gold file (default ../shared/eval/dev-gold.jsonl) with a non-empty
`text`, the text is matched with the article language's lexicon (at the article's date; a bare
agent noun such as "police" takes the article's home country, as the coder does), and counts as
resolved when one of the actors found has the gold code. Prints the figure per language and every
miss.

    python bench/actor_resolution.py [--gold FILE] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def resolve(coder, lang: str, text: str, on: str | None, home: str | None) -> list[str]:
    """Codes of the actors named in ``text`` (a generic noun takes ``home``)."""
    return [u.code or home or "---" for u in coder.actor_mentions(text, lang, on)]


def main() -> None:
    from dyad.coder import Coder

    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(REPO.parent / "shared" / "eval" / "dev-gold.jsonl"))
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    coder = Coder()
    total: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    for line in open(args.gold, encoding="utf-8"):
        if not line.strip():
            continue
        a = json.loads(line)
        lang = a.get("lang") or coder.detect(a["text"])
        on = (a.get("published") or "")[:10] or None
        codes_in_article = Counter(c for c in resolve(coder, lang, a["text"], on, None) if c != "---")
        home = codes_in_article.most_common(1)[0][0] if codes_in_article else None
        for e in a.get("events", []):
            for role in ("source", "target"):
                r = e.get(role) or {}
                text, gold = (r.get("text") or "").strip(), r.get("actor")
                if not text or not gold:
                    continue
                found = resolve(coder, lang, text, on, home)
                total[lang] += 1
                if gold in found:
                    ok[lang] += 1
                else:
                    misses[lang].append(f"{a['id']} {role}: {text!r} gold {gold}, found {found or 'nothing'}")
    for lang in sorted(total):
        print(f"{lang}: {ok[lang]}/{total[lang]} = {ok[lang] / total[lang]:.1%}")
    n, k = sum(total.values()), sum(ok.values())
    print(f"all: {k}/{n} = {k / n:.1%}")
    if not args.quiet:
        for lang in sorted(misses):
            print(f"\n-- misses ({lang})")
            for m in misses[lang]:
                print("  " + m)


if __name__ == "__main__":
    main()
