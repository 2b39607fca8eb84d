"""q11b (heldout9's Italian, French and Spanish misses): rules in Python, each with sentences written for these tests
that fail without it."""
import pytest

import dyad


def _keys(text: str, lang: str, published: str = "2026-05-06") -> set[tuple[str, str, str]]:
    return {(e.type, e.source.code, e.target.code) for e in dyad.code(text, lang=lang, published=published)}


# a place name inside a longer one is not that place: "Santiago de Cuba" is not Santiago (Chile)
@pytest.mark.parametrize("lang,text,want", [
    ("es", "La policía detuvo en Santiago de Cuba a dos opositores.", ("COERCE", "CUB", "CUB")),
    ("es", "La policía arrestó ayer en Santiago de los Caballeros a tres migrantes haitianos.", ("COERCE", "DOM", "HTI")),
])
def test_the_longest_place_name_wins(lang, text, want):
    got = _keys(text, lang)
    assert want in got and not any("CHL" in k for k in got), got
