"""Dates resolved against the publication date, in sentences written for the tests."""

import pytest

import dyad

CASES = [
    # lang, sentence, published, expected date, precision
    ("it", "La Russia ha attaccato l'Ucraina il 12 dicembre.", "2026-01-01", "2025-12-12", "day"),
    ("it", "La Russia ha invaso l'Ucraina quasi quattro anni fa.", "2026-01-01", "2022", "year"),
    ("it", "La Russia ha attaccato l'Ucraina ieri.", "2026-01-01", "2025-12-31", "day"),
    ("it", "La Russia ha attaccato l'Ucraina ad aprile.", "2026-01-01", "2025-04", "month"),
    ("en", "Russia attacked Ukraine last month.", "2025-03-10", "2025-02", "month"),
    ("en", "Russia attacked Ukraine on December 12, 2024.", "2025-03-10", "2024-12-12", "day"),
    ("en", "Russia attacked Ukraine two days ago.", "2025-03-10", "2025-03-08", "day"),
    ("fr", "La Russie a attaqué l'Ukraine il y a deux jours.", "2025-03-10", "2025-03-08", "day"),
    ("de", "Russland griff die Ukraine am 12. Dezember an.", "2026-01-01", "2025-12-12", "day"),
    ("es", "Rusia atacó Ucrania el 12 de diciembre.", "2026-01-01", "2025-12-12", "day"),
]


@pytest.mark.parametrize("lang,text,published,expected,precision", CASES, ids=[c[1][:40] for c in CASES])
def test_event_dates(lang, text, published, expected, precision):
    events = dyad.code(text, published=published, lang=lang)
    assert events, "no event coded"
    assert (events[0].date, events[0].date_precision) == (expected, precision)


def test_no_date_in_text_uses_publication_date():
    events = dyad.code("Russia attacked Ukraine.", published="2025-03-10", lang="en")
    assert events and events[0].date == "2025-03-10" and events[0].date_precision == "published"
