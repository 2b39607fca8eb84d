"""q13b (heldout11's Italian and Spanish misses): rules in Python, each with sentences written for these tests that
fail without it."""
import pytest

from event_keys import event_keys


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return event_keys(text, lang, published="2026-03-01")


# after ", and" (an article may stand between) an actor followed by its own prepositional phrase and then a verb opens a
# clause of its own: it is the subject of that verb, not an object of the verb before the comma
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("es", "La policía de Bolivia detuvo a veinte mineros en Oruro, y la oficina de la ONU para los derechos humanos "
           "pidió al Gobierno boliviano su liberación.", ("REQUEST", "UN", "BOL"), ("COERCE", "BOL", "UN")),
    ("it", "La polizia serba ha arrestato dodici studenti a Novi Sad, e l'ufficio dell'Onu per i diritti umani ha "
           "chiesto al governo serbo di rilasciarli.", ("REQUEST", "UN", "SRB"), ("COERCE", "SRB", "UN")),
])
def test_actor_with_its_own_phrase_after_comma_and_is_a_subject(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got
