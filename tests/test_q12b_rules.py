"""q12b (heldout10's Italian and Spanish misses): rules in Python, each with sentences written for these tests that
fail without it."""
import pytest

from event_keys import event_keys


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return event_keys(text, lang, published="2026-03-01")


# police counted by a number are the force a deployment sends, as troops are, not its target; so is what a coordinator
# and an article add to them ("de la Guardia Civil y la Policía Nacional")
@pytest.mark.parametrize("lang,text,want", [
    ("es", "El Ministerio del Interior ordenó el despliegue de 150 agentes antidisturbios de la Guardia Civil en la "
           "frontera.", ("MOBILIZE", "ESP", "---")),
    ("es", "El Gobierno ordenó el despliegue de 200 militares del Ejército de Tierra y de 150 agentes de la Guardia "
           "Civil y la Policía Nacional en Melilla.", ("MOBILIZE", "ESP", "---")),
    ("it", "Il governo ha ordinato il dispiegamento di 200 soldati e 100 carabinieri al confine.", ("MOBILIZE", "ITA", "---")),
])
def test_counted_police_are_the_force_deployed(lang, text, want):
    got = _keys(text, lang)
    assert want in got and not any(k[0] == "MOBILIZE" and k[1] == k[2] for k in got), got


# a demand with no addressee coordinated after an accusation by the same subject is made to the accused
@pytest.mark.parametrize("lang,text,want", [
    ("it", "Il ministero degli Esteri birmano ha accusato Bangkok di punire i civili e ha chiesto il ripristino "
           "immediato delle forniture.", ("REQUEST", "MMR", "THA")),
    ("es", "El Gobierno de Venezuela acusó a Colombia de proteger a los paramilitares y pidió la entrega inmediata de "
           "los responsables.", ("REQUEST", "VEN", "COL")),
])
def test_a_coordinated_demand_goes_to_the_accused(lang, text, want):
    assert want in _keys(text, lang)
