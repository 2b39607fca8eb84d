"""Names inside longer names: a place alone between quotation marks names a ship or an operation (coder._unquoted_places), a place inside a sea's name names nothing (coder._where).
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


def test_a_place_inside_a_sea_name_places_nothing(coder):
    # (coder._where: "Aden" inside "the Gulf of Aden" is the sea's name, not Yemen's port, and no target by default)
    got = _codes(coder, "Somali pirates opened fire on a freighter in the Gulf of Aden on Monday.", "en")
    assert not any("YEM" in key for key in got), got
    got = _codes(coder, "Somalische Piraten griffen am Montag im Golf von Aden an.", "de")
    assert not any("YEM" in key for key in got), got
