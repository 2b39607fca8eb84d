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


# an attack named after a killing told in the passive is that killing's setting: its victims, the passive's subject, are
# not its doer
@pytest.mark.parametrize("lang,text,not_want", [
    ("it", "Tre operai turchi sono stati uccisi e altri due feriti lunedì in un attacco contro un cantiere nel nord "
           "dell'Iraq.", ("ASSAULT", "TUR", "IRQ")),
    ("es", "Tres trabajadores chinos fueron asesinados y otros dos heridos el lunes en un ataque contra una mina en el "
           "sur de Perú.", ("ASSAULT", "CHN", "PER")),
])
def test_victims_of_a_passive_killing_do_not_attack(lang, text, not_want):
    assert not_want not in _keys(text, lang)


# a government that deploys troops with no one named does so against whoever of its own country attacked its army or
# police
@pytest.mark.parametrize("lang,text,want", [
    ("es", "La banda Los Choneros atacó el domingo un cuartel del ejército ecuatoriano en Guayaquil y mató a seis "
           "soldados. El presidente ordenó el despliegue de 3.000 militares en la ciudad.", ("MOBILIZE", "ECU", "ECU")),
    ("it", "Il gruppo Boko Haram ha attaccato domenica una base dell'esercito nigeriano nel Borno, uccidendo sei soldati. "
           "Il presidente nigeriano ha ordinato il dispiegamento di altri mille soldati nella regione.",
     ("MOBILIZE", "NGA", "NGA")),
])
def test_a_government_mobilises_against_who_attacked_its_forces(lang, text, want):
    assert want in _keys(text, lang)
