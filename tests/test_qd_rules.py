"""qd (heldout16's Italian and Spanish misses): rules in Python, each with sentences written for these tests that
fail without it."""
import pytest

from event_keys import event_keys


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return event_keys(text, lang, published="2026-03-01")


# an event noun that opens its clause with a genitive actor, followed right away by a verb ("the army's shelling
# killed …"): the noun phrase is the verb's subject, and the victims after the verb are not the noun's doer
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("es", "JARTUM, 3 mar – La guerra en Sudán no cesa. Los bombardeos del Ejército mataron a doce refugiados "
           "chadianos cerca de la frontera.", ("ASSAULT", "SDN", "TCD"), ("ASSAULT", "TCD", "SDN")),
    ("it", "KHARTUM, 3 mar – La guerra in Sudan continua. Gli attacchi dell'esercito hanno ucciso dodici profughi "
           "ciadiani vicino al confine.", ("ASSAULT", "SDN", "TCD"), ("ASSAULT", "TCD", "SDN")),
    ("it", "KIEV, 3 mar – La guerra continua. I bombardamenti dell'aviazione russa hanno ucciso dodici civili ucraini "
           "in un villaggio.", ("ASSAULT", "RUS", "UKR"), ("ASSAULT", "UKR", "RUS")),
])
def test_event_noun_with_its_doer_as_subject(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got


# a bare ministry opening a clause coordinated to one whose subject is a named government is that government's, not
# the article's main country's (lang.toml `coordinated_government`)
@pytest.mark.parametrize("lang,text,want", [
    ("it", "ERBIL, 4 mar – Droni turchi hanno colpito tre villaggi nel nord. Ankara ha difeso l'operazione e la Turchia "
           "ha promesso altri raid. Il governo di Baghdad ha condannato i raid e in serata il ministero degli Esteri ha "
           "chiesto ad Ankara di ritirare le truppe.", ("REQUEST", "IRQ", "TUR")),
    ("es", "ERBIL, 4 mar – Drones turcos atacaron tres aldeas en el norte. Ankara defendió la operación y Turquía "
           "prometió más ataques. El Gobierno de Bagdad condenó los ataques y por la tarde el Ministerio de Exteriores "
           "pidió a Ankara que retire sus tropas.", ("REQUEST", "IRQ", "TUR")),
])
def test_ministry_of_the_coordinated_government(lang, text, want):
    assert want in _keys(text, lang)


# ... but "the two leaders" after ", and" are both parties of the call before it, not the first one's government (with
# the qe rule for "both" after ", and", the ministry rule had given the pair to one side and lost the agreement)
@pytest.mark.parametrize("lang,text", [
    ("en", "Suriname's president spoke by phone with Guyanese President Irfaan Ali on Monday, and the two leaders agreed "
           "to set up a joint technical committee."),
    ("fr", "Le président comorien s'est entretenu lundi avec Emmanuel Macron, et les deux dirigeants sont convenus de "
           "relancer le dialogue."),
])
def test_both_leaders_are_not_a_coordinated_ministry(lang, text):
    got = _keys(text, lang)
    pair = {k[1:] for k in got if k[0] == "AGREE"}
    assert len(pair) == 2 and all(a != b for a, b in pair), got


# a build-up told only as the content of an accusation ("accused X of militarising …") is what the accusation says, no
# MOBILIZE of its own (as help alleged already was no AID); the accusation stays
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("it", "TALLINN, 3 mar – Il ministero degli Esteri russo ha accusato l'Estonia di militarizzare il confine.",
     ("ACCUSE", "RUS", "EST"), ("MOBILIZE", "EST", "RUS")),
    ("it", "MOSCA, 3 mar – Il Cremlino ha accusato la Finlandia di schierare missili vicino al confine.",
     ("ACCUSE", "RUS", "FIN"), ("MOBILIZE", "FIN", "RUS")),
])
def test_build_up_alleged_is_no_event(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got
