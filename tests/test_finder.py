from hypothesis import given, settings
from hypothesis import strategies as st

from sitreps.geo.gazetteer import Gazetteer
from sitreps.geo.resolve import find_places


def _by_text(gaz: Gazetteer, text: str) -> dict:
    return {m.text: m for m in find_places(text, gaz)}


def test_finder_resolves_ambiguous_names_from_the_oblast_written_after_them(gaz: Gazetteer) -> None:
    found = _by_text(gaz, "Russian forces shelled Mykolaivka, Sumy Oblast, on June 3.")
    assert found["Mykolaivka"].place.admin1 == "Sumy Oblast"
    assert found["Sumy Oblast"].kind == "oblast"


def test_finder_resolves_ambiguous_names_from_nearby_places(gaz: Gazetteer) -> None:
    text = "Russian forces attacked Novoselivka and Bakhmut, and shelled Soledar and Siversk."
    place = _by_text(gaz, text)["Novoselivka"].place
    assert place.admin1 == "Donetsk Oblast"


def test_finder_keeps_relations_as_relation_plus_anchor(gaz: Gazetteer) -> None:
    text = ("Russian forces attacked southwest of Kreminna and on the eastern outskirts of Avdiivka, "
            "in a salient north of Kupiansk and along the P66 highway.")
    found = _by_text(gaz, text)
    assert found["Kreminna"].relation == "southwest of"
    assert found["Avdiivka"].relation == "outskirts (east)"
    assert found["Kupiansk"].relation == "north of"
    assert found["P66"].kind == "road" and found["P66"].relation == "along"


def test_finder_reads_oblast_lists(gaz: Gazetteer) -> None:
    found = _by_text(gaz, "Strikes hit Kyiv, Odesa, and Zaporizhia Oblasts and the Kharkiv region.")
    assert found["Kyiv"].kind == "oblast"
    assert found["Odesa"].kind == "oblast"
    assert found["Zaporizhia Oblasts"].kind == "oblast"
    assert found["Kharkiv region"].kind == "oblast"


def test_finder_does_not_take_months_people_or_words_for_towns(gaz: Gazetteer) -> None:
    text = ("In May, Sergei Shoigu met President Putin. As Wagner fighters advanced, Key Takeaways "
            "were issued under the Geneva Conventions.")
    assert [m.text for m in find_places(text, gaz)] == []


def test_finder_finds_countries_and_river_with_cue(gaz: Gazetteer) -> None:
    found = _by_text(gaz, "Norway, Sweden and Finland sent aid across the Dnipro and the Siverskyi Donets River.")
    assert {found[n].place.country for n in ("Norway", "Sweden", "Finland")} == {"NO", "SE", "FI"}
    assert found["Dnipro"].kind == "river"
    assert found["Siverskyi Donets River"].kind == "river"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Bakhmut", "near", "Kyiv", "Oblast", ",", " ", "Mar'yinka", "’s",
                                 "north of", "\n\n", "May", "Donetsk", "and", "Kherson Oblasts", "é"]),
                max_size=30))
def test_finder_spans_point_at_the_mention_text(gaz: Gazetteer, parts: list[str]) -> None:
    text = " ".join(parts)
    for mention in find_places(text, gaz):
        assert text[mention.span.start:mention.span.end] == mention.text


def test_a_village_known_only_by_its_hromada_moves_toward_a_known_neighbour(gaz: Gazetteer) -> None:
    alone = _by_text(gaz, "Russian forces shelled Spirne.")["Spirne"].place
    beside = _by_text(gaz, "Russian forces attacked Spirne and Siversk.")
    spirne, siversk = beside["Spirne"].place, beside["Siversk"].place
    assert alone is not None and alone.precision == "hromada"
    assert spirne is not None and siversk is not None and spirne.precision == "relative"
    from sitreps.geo.geometry import haversine_km

    before = haversine_km(alone.lat, alone.lon, siversk.lat, siversk.lon)  # type: ignore[arg-type]
    after = haversine_km(spirne.lat, spirne.lon, siversk.lat, siversk.lon)  # type: ignore[arg-type]
    assert after < 0.5 * before  # 70% of the way toward the neighbour
