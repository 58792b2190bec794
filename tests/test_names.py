import pytest

from sitreps.geo.names import exact_key, loose_key
from sitreps.geo.translit import romanize, variants


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kostyantynivka", "Kostiantynivka"),
        ("Izyum", "Izium"),
        ("Zaporizhia", "Zaporizhzhia"),
        ("Zolotoye", "Zolote"),
        ("Mar'yinka", "Marinka"),
        ("Mykolayiv", "Mykolaiv"),
        ("Kryvyy Rih", "Kryvyi Rih"),
        ("Lysychans'k", "Lysychansk"),
        ("Chasiv Jar", "Chasiv Yar"),
    ],
)
def test_names_loose_key_unifies_transliterations(one: str, other: str) -> None:
    assert loose_key(one) == loose_key(other)


def test_names_exact_key_folds_case_apostrophes_and_hyphens() -> None:
    assert exact_key("Ivano-Frankivsk") == "ivano frankivsk"
    assert exact_key("Mar’yinka") == exact_key("Mar'yinka") == "maryinka"
    assert exact_key("Київ") == "київ"


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Новомихайлівка", "Novomykhailivka"),
        ("Згурівка", "Zghurivka"),
        ("Єнакієве", "Yenakiieve"),
        ("Яготин", "Yahotyn"),
        ("Юрівка", "Yurivka"),
        ("Їжакевич", "Yizhakevych"),
        ("Йосипівка", "Yosypivka"),
        ("Знам'янка", "Znamianka"),
    ],
)
def test_translit_uses_the_national_system(cyrillic: str, latin: str) -> None:
    assert romanize(cyrillic) == latin


def test_translit_variants_include_bgn_and_russian_style_spellings() -> None:
    forms = variants("Костянтинівка")
    assert forms[0] == "Kostiantynivka"
    assert "Kostyantynivka" in forms
    assert "Novomikhaylovka" in variants("Новомихайлівка")
