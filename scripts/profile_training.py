"""The training run of the profile-guided build (setup.py): codes the project's own texts once more.

setup.py first builds the compiled core with gcc's -fprofile-generate, runs this script on that build
(gcc then writes how often each branch was taken), and builds the core again with -fprofile-use, so
that the compiler lays out the paths an article takes together and moves the rest out of the way.
The profile changes how fast the core runs, never what it outputs.

The texts are the project's own, written for it (none from ../shared): the example articles
(examples/*.txt), every language's example sentences (dyad/data/lang/*/examples.jsonl) and, in a
checkout, the test articles (tests/golden/*.jsonl, tests/data/corpus/articles.jsonl).

    python scripts/profile_training.py ROOT      # ROOT: where the built package `dyad` is imported from

It prints how many articles it coded, and exits 2 when the compiled core did not run (then the
profile would be of nothing, and setup.py builds without one).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # the checkout, where the texts are
ROUNDS = 3  # each text coded this often (the counts grow, the proportions stay)


def texts(checkout: Path, pkg: Path) -> list[tuple[str, str | None]]:
    """(text, publication date) of every training text found."""
    out: list[tuple[str, str | None]] = [(p.read_text(encoding="utf-8"), "2025-06-12")
                                         for p in sorted((checkout / "examples").glob("*.txt"))]
    files = sorted((pkg / "data" / "lang").glob("*/examples.jsonl"))
    files += sorted((checkout / "tests" / "golden").glob("*.jsonl"))
    files += [checkout / "tests" / "data" / "corpus" / "articles.jsonl"]
    for f in files:
        if not f.exists():
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                text = "\n".join(x for x in (row.get("title"), row["text"]) if x)
                out.append((text, row.get("published")))
    return out


def main() -> int:
    root = Path(sys.argv[1]).resolve()
    sys.path.insert(0, str(root))
    # (an editable install of dyad in the same environment imports the checkout's sources whatever
    # sys.path says: its finder goes, so that the build just made is what runs)
    sys.meta_path[:] = [f for f in sys.meta_path if "__editable__" not in getattr(f, "__module__", "")]
    import dyad
    from dyad.coder import Coder
    from dyad.records import Article

    if Path(dyad.__file__).resolve().parent != root / "dyad" or not dyad.CORE.startswith("compiled"):
        print(f"profile training: the compiled core does not run ({dyad.CORE})", file=sys.stderr)
        return 2
    arts = [Article(f"train-{i}", text, published=published) for i, (text, published)
            in enumerate(texts(HERE, root / "dyad"))]
    coder = Coder(use_cache=False)  # (nothing written to the user's cache at install)
    coder.load_all()
    for _ in range(ROUNDS):
        for a in arts:
            coder.code_article(a)
    print(f"profile training: coded {len(arts)} articles {ROUNDS} times")
    return 0


if __name__ == "__main__":
    sys.exit(main())
