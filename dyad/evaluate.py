"""Score events against gold annotations (docs/formats/gold.md).

Same rule and figures as the reference scorer: an extracted event matches a gold event of the same
article when type, source actor and target actor are equal (order matters); duplicates count
once; gold events marked ``optional`` neither add to recall nor count against precision; figures
are micro-averaged. ``type_only`` matches on the type alone (for sets without actor codes).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

Key = tuple[str, str, str]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    groups: dict[str, Tally] = field(default_factory=dict)
    dyad_only: Tally = field(default_factory=Tally)
    errors: list[dict[str, Any]] = field(default_factory=list)  # per article: missed and spurious keys

    def as_dict(self) -> dict[str, Any]:
        out = {g: t.as_dict() for g, t in sorted(self.groups.items(), key=lambda kv: (kv[0] != "all", kv[0]))}
        out["dyad-only"] = self.dyad_only.as_dict()
        return out


def event_key(ev: Mapping[str, Any], type_only: bool = False) -> Key:
    if type_only:
        return (ev.get("type") or "", "", "")
    s = (ev.get("source") or {}).get("actor") or "---"
    t = (ev.get("target") or {}).get("actor") or "---"
    return (ev.get("type") or "", s, t)


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score(gold: Iterable[Mapping[str, Any]], predictions: Iterable[Mapping[str, Any]], by: str | None = None,
          type_only: bool = False) -> Report:
    """Precision, recall and F1 of ``predictions`` (event dicts with article_id) against ``gold`` articles."""
    gold_by_id = {a["id"]: a for a in gold}
    preds: dict[str, set[Key]] = defaultdict(set)
    for ev in predictions:
        if ev.get("article_id") in gold_by_id:
            preds[ev["article_id"]].add(event_key(ev, type_only))
    rep = Report(groups=defaultdict(Tally))  # type: ignore[arg-type]
    for aid, art in gold_by_id.items():
        req = {event_key(e, type_only) for e in art.get("events", []) if not e.get("optional")}
        opt = {event_key(e, type_only) for e in art.get("events", []) if e.get("optional")}
        got = preds.get(aid, set())
        groups = ["all"] + ([art.get("lang", "?")] if by == "lang" else [])
        for g in groups:
            t = rep.groups[g]
            t.tp += len(got & req)
            t.fp += len(got - req - opt)
            t.fn += len(req - got)
        if by == "type":
            for ty in {k[0] for k in req | got}:
                t = rep.groups[ty]
                r = {k for k in req if k[0] == ty}
                p = {k for k in got if k[0] == ty}
                o = {k for k in opt if k[0] == ty}
                t.tp += len(p & r)
                t.fp += len(p - r - o)
                t.fn += len(r - p)
        rd, pd, od = {k[1:] for k in req}, {k[1:] for k in got}, {k[1:] for k in opt}
        rep.dyad_only.tp += len(pd & rd)
        rep.dyad_only.fp += len(pd - rd - od)
        rep.dyad_only.fn += len(rd - pd)
        if (req - got) or (got - req - opt):
            rep.errors.append({"id": aid, "lang": art.get("lang"), "missed": sorted(req - got),
                               "spurious": sorted(got - req - opt)})
    rep.groups = dict(rep.groups)
    return rep


def format_report(rep: Report) -> str:
    lines = []
    for g, d in rep.as_dict().items():
        lines.append(f"{g:10s} P={d['precision']:.3f} R={d['recall']:.3f} F1={d['f1']:.3f} "
                     f"(tp={d['tp']} fp={d['fp']} fn={d['fn']})")
    lines.append(f"F1 {rep.groups['all'].f1:.3f}" if "all" in rep.groups else "F1 0.000")
    return "\n".join(lines)


def run_eval(gold_path: str | Path, settings: Any = None, by: str | None = None, type_only: bool = False,
             only_lang: str | None = None) -> tuple[Report, list[dict[str, Any]]]:
    """Code every gold article (its text, publication date and language) and score the events."""
    from .coder import Coder
    from .records import Article, event_to_dict

    gold = load_jsonl(gold_path)
    if only_lang:
        gold = [a for a in gold if a.get("lang") == only_lang]
    coder = Coder(settings)
    preds: list[dict[str, Any]] = []
    for a in gold:
        art = Article(a["id"], a.get("text", ""), a.get("title") or "", a.get("url"), a.get("published"),
                      a.get("lang"))
        preds += [event_to_dict(e) for e in coder.code_article(art).events]
    return score(gold, preds, by=by, type_only=type_only), preds
