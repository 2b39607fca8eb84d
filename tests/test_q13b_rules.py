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


# one actor calling two states ("sia a X sia a Y", "a X y a Y") makes those two the pair that "both governments" later
# names, not the caller and the last one called
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("es", "El jefe de la diplomacia alemana llamó por teléfono al presidente ruandés y al presidente congoleño. Naciones "
           "Unidas pidió a los dos gobiernos respetar el alto el fuego.", ("REQUEST", "UN", "RWA"), ("REQUEST", "UN", "DEU")),
    ("es", "El primer ministro qatarí llamó por teléfono al primer ministro indio y al primer ministro paquistaní. La ONU "
           "pidió a ambos gobiernos moderación.", ("REQUEST", "UN", "IND"), ("REQUEST", "UN", "QAT")),
])
def test_a_call_to_two_states_makes_them_the_pair(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got


# a request coordinated after a call to two parties, with no addressee of its own, goes to each of them ("sia a X sia a
# Y": both addressees); so does one after a call to "the two foreign ministers", who are the two states of the last dyad
# between two states, not a rally inside one of them told after it
@pytest.mark.parametrize("lang,text,want", [
    ("it", "Le truppe azere hanno bombardato un villaggio armeno. Il presidente francese ha telefonato sia al premier "
           "armeno sia al presidente azero, esortandoli al dialogo.",
     {("REQUEST", "FRA", "ARM"), ("REQUEST", "FRA", "AZE")}),
    ("it", "Il Marocco ha espulso un diplomatico algerino e l'Algeria ha richiamato il suo ambasciatore a Rabat. Migliaia "
           "di persone hanno manifestato ad Algeri contro il governo. L'inviato dell'Onu ha telefonato ai due ministri "
           "degli Esteri e li ha invitati alla moderazione.",
     {("CONSULT", "UN", "MAR"), ("CONSULT", "UN", "DZA"), ("REQUEST", "UN", "MAR"), ("REQUEST", "UN", "DZA")}),
])
def test_a_request_after_a_call_to_two_goes_to_both(lang, text, want):
    got = _keys(text, lang)
    assert want <= got, got
