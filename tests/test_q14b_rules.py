"""q14b (heldout12's Italian and Spanish misses): rules in Python, each with sentences written for these tests that
fail without it."""
import pytest

from event_keys import event_keys


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return event_keys(text, lang, published="2026-03-01")


# a passive's agent phrase may come after a day and a place said as a thing ("al valico di …", "al cruzar la frontera"):
# a target preposition before a noun that is no actor does not end the search for the agent, nor do ten words
@pytest.mark.parametrize("lang,text,want", [
    ("it", "Due attivisti francesi sono stati arrestati sabato al valico di Ras Jedir dalla polizia tunisina.",
     ("COERCE", "TUN", "FRA")),
    ("es", "Dos activistas franceses fueron detenidos el sábado al cruzar la frontera por la policía tunecina.",
     ("COERCE", "TUN", "FRA")),
])
def test_passive_agent_after_a_place_phrase(lang, text, want):
    assert want in _keys(text, lang)
