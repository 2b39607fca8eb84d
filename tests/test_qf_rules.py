"""qf (heldout16's German misses): rules in Python, each with sentences written for these tests that fail without it."""
import pytest

from event_keys import event_keys


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return event_keys(text, lang, published="2026-03-01")


# a reporting noun after a demonym is a source ("nach ukrainischen Angaben") only when the demonym stands alone: after an
# agent noun it names ("für den polnischen Geheimdienst Informationen gesammelt") that noun is the object of what precedes,
# and the accusation that tells it is aimed at it
@pytest.mark.parametrize("lang,text,want", [
    ("de", "Die litauische Staatsanwaltschaft wirft der Frau vor, für den russischen Geheimdienst Informationen über "
           "Militärtransporte beschafft zu haben.", ("ACCUSE", "LTU", "RUS")),
    ("de", "Die Regierung in Tiflis wirft dem 52-Jährigen vor, im Auftrag des armenischen Militärs Informationen "
           "weitergegeben zu haben.", ("ACCUSE", "GEO", "ARM")),
])
def test_reporting_noun_after_an_agent_noun_is_no_source(lang, text, want):
    got = _keys(text, lang)
    assert want in got, got
