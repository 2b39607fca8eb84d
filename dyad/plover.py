"""The PLOVER ontology and Dyad's mapping of (type, mode) to CAMEO, Goldstein and QuadClass.

The ontology is data (``dyad/data/plover/ontology.toml``); this module only reads it.

>>> onto = load_ontology()
>>> onto.cameo("AID", "military")
('072', 8.3, 2)
>>> onto.mode("ASSAULT", "air strike"), onto.cameo("ASSAULT", "air strike")
('airstrike', ('195', -10.0, 4))
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
    aliases: dict[str, str]  # a lexicon's word for a mode -> canonical mode ("" = none)


@dataclass(frozen=True, slots=True)
class Ontology:
    types: dict[str, EventType]

    def mode(self, type_: str, mode: str) -> str:
        """The canonical mode of a type for a lexicon's mode word: itself, its alias, or "" if unknown."""
        t = self.types[type_]
        if not mode or mode in t.modes:
            return mode
        return t.aliases.get(mode, "")

    def known_mode(self, type_: str, mode: str) -> bool:
        """Whether a lexicon may use this mode word with this type (empty, canonical or an alias)."""
        t = self.types[type_]
        return not mode or mode in t.modes or mode in t.aliases

    def cameo(self, type_: str, mode: str = "") -> tuple[str, float, int]:
        """CAMEO code, Goldstein score and QuadClass for a PLOVER type and a (canonical or alias) mode."""
        t = self.types[type_]
        mode = self.mode(type_, mode)
        if mode:
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
        aliases = {str(a): str(m) for a, m in (t.get("aliases") or {}).items()}
        for a, m in aliases.items():
            if m and m not in modes:
                raise ValueError(f"ontology: {name} alias {a!r} -> {m!r}, which is not a mode of {name}")
            if a in modes:
                raise ValueError(f"ontology: {name} {a!r} is both a mode and an alias")
        types[name] = EventType(name, t["description"], str(t["cameo"]), float(t["goldstein"]),
                                int(t["quad_class"]), modes, aliases)
    return Ontology(types)


PLOVER_TYPES: tuple[str, ...] = load_ontology().names
