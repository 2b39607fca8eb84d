"""A place's name alone between quotation marks names a ship or an operation, not the place (coder._unquoted_places).
The sentences were written for this test."""

from dyad.records import Article


def _codes(coder, text, lang):
    doc = coder.code_article(Article("q", text, published="2026-08-27", lang=lang))
    return {(e.type, e.source.code, e.target.code) for e in doc.events}


def test_quoted_ship_named_after_a_city_is_no_actor(coder):
    got = _codes(coder, 'Houthi rebels fired two missiles at the container ship "Hamburg" in the Red Sea.', "en")
    assert not any("DEU" in key for key in got), got


def test_quoted_frigate_named_after_a_capital_is_no_actor(coder):
    got = _codes(coder, "Die Reederei dankte der Besatzung der Fregatte „Victoria“.", "de")
    assert not any("SYC" in key for key in got), got
