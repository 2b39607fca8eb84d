"""A stand-in coder for store tests: returns the hand-written events of tests/data/corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from dyad.records import ActorRef, Article, Doc, Event, Evidence, Place

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
# CAMEO codes of the PLOVER types used in the annotations (fixed here so the tests do not move
# when the ontology file is edited)
CAMEO = {"AGREE": "057", "CONSULT": "040", "AID": "070", "ACCUSE": "112", "REJECT": "120", "THREATEN": "130",
         "SANCTION": "163", "ASSAULT": "190", "PROTEST": "140"}


class GoldCoder:
    def __init__(self, path: Path = CORPUS / "annotations.jsonl", version: str = "gold-1",
                 delay: float = 0.0) -> None:
        self.ann: dict[str, list[dict]] = {}
        for line in path.read_text("utf-8").splitlines():
            d = json.loads(line)
            if "id" in d:
                self.ann[d["id"]] = d["events"]
        self.lexicon_version = version
        self.delay = delay
        self.calls = 0

    def code_article(self, a: Article) -> Doc:
        import time

        self.calls += 1
        if self.delay:
            time.sleep(self.delay)
        first = a.text.split(". ")[0]
        evs = []
        for i, e in enumerate(self.ann.get(a.id, [])):
            loc = e.get("location")
            evs.append(Event(
                article_id=a.id, event_id=f"e{i + 1}", lang=a.lang or "", type=e["type"], mode=e.get("mode", ""),
                source=ActorRef(code=e["source"], sector="GOV"), target=ActorRef(code=e["target"], sector="GOV"),
                evidence=Evidence(sentence=first, start=0, end=len(first), trigger=""),
                cameo=CAMEO.get(e["type"], ""), goldstein=e["goldstein"], quad_class=e["quad_class"], date=e["date"],
                date_precision=e.get("precision", "day"),
                location=Place(name=loc["name"], country=loc["country"]) if loc else None,
                negated=bool(e.get("negated")), hypothetical=bool(e.get("hypothetical")), confidence=0.9))
        return Doc(a, a.lang or "", (), tuple(evs))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Doc]:
        for a in articles:
            yield self.code_article(a)
