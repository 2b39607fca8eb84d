"""The PLOVER ontology and Dyad's mapping of (type, mode) to CAMEO, Goldstein and QuadClass.

The ontology is data (``dyad/data/plover/ontology.toml``); this module only reads it.

>>> onto = load_ontology()
>>> onto.cameo("AID", "military")
('072', 8.3, 2)
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    description: str
    cameo: str
    goldstein: float
    quad_class: int
    modes: dict[str, tuple[str, float]]


@dataclass(frozen=True, slots=True)
class Ontology:
    types: dict[str, EventType]

    def cameo(self, type_: str, mode: str = "") -> tuple[str, float, int]:
        """CAMEO code, Goldstein score and QuadClass for a PLOVER type and mode."""
        t = self.types[type_]
        if mode and mode in t.modes:
            code, gs = t.modes[mode]
            return code, gs, quad_class(code)
        return t.cameo, t.goldstein, t.quad_class

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.types)


def quad_class(cameo: str) -> int:
    """GDELT QuadClass of a CAMEO code: 1 verbal / 2 material cooperation, 3 verbal / 4 material conflict.

    >>> quad_class("0871"), quad_class("112"), quad_class("190")
    (2, 3, 4)
    """
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    raw = tomllib.loads(resources.files("dyad").joinpath("data/plover/ontology.toml").read_text("utf-8"))
    types = {}
    for name, t in raw["types"].items():
        modes = {m: (str(v[0]), float(v[1])) for m, v in (t.get("modes") or {}).items()}
        types[name] = EventType(name, t["description"], str(t["cameo"]), float(t["goldstein"]),
                                int(t["quad_class"]), modes)
    return Ontology(types)


PLOVER_TYPES: tuple[str, ...] = load_ontology().names
