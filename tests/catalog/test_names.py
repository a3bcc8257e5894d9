import pytest

from sleuth.catalog.names import (
    latin_variants,
    name_variants,
    normalize,
    person_name_forms,
    romanizations,
    spelling_variants,
    split_person_name,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Soyuz-19", "Soyuz 19"),
        ("SOYUZ 19", "soyuz-19"),
        ("Sputnik I", "Sputnik 1"),
        ("Apollo XI", "Apollo 11"),
        ("Soyuz T\u00ad3", "Soyuz T-3"),
        ("Soyuz TM13", "Soyuz TM-13"),
        ("The Mir", "Mir"),
        ("Kvant–2", "Kvant-2"),
    ],
)
def test_normalize_meets_writers_forms(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


def test_normalize_keeps_cyrillic_short_i() -> None:
    assert "й" in normalize("Юрий")


def test_name_variants() -> None:
    assert {"Luna-2", "Lunik 2"} <= name_variants("AMS Luna-2")
    assert "Sputnik 1" in name_variants("First Sputnik")
    assert {"Challenger", "STS 51-L"} <= name_variants("Challenger (STS 51-L)")
    # a serial alone names nothing: a bulletin's "No. 4 (2019)" had been Kosmos-627
    assert name_variants("Zaliv No. 26L (No. 4)") == {"Zaliv No. 26L"}
    assert name_variants("Mir") == set()


def test_latin_variants() -> None:
    assert latin_variants("Baykonur") == {"Baikonur"}
    assert latin_variants("Plesetsk") == set()


def test_romanizations_cover_common_spellings() -> None:
    forms = romanizations("Алексей Леонов")
    assert {"Aleksey Leonov", "Aleksei Leonov", "Alexey Leonov", "Alexei Leonov"} <= forms
    assert "Yuri Gagarin" in romanizations("Юрий Гагарин")


def test_person_name_forms() -> None:
    forms = person_name_forms("Gagarin, Yuri", "ГАГАРИН Юрий Алексеевич")
    assert {"Yuri Gagarin", "ГАГАРИН Юрий Алексеевич", "Юрий Гагарин"} <= forms
    assert split_person_name("Cooper, L. Gordon, Jr.") == ("L. Gordon", "Cooper")
    assert "Story Musgrave" not in person_name_forms("Musgrave, Franklin Story")
    assert "Franklin Musgrave" in person_name_forms("Musgrave, Franklin Story")


def test_spelling_variants_cover_the_common_respellings_of_russian_names() -> None:
    assert {"georgi beregovoi", "georgy beregovoi"} <= spelling_variants("georgy beregovoy")
    assert "andrian nikolaev" in spelling_variants("andriyan nikolayev")
    assert "vladimir kovalenok" in spelling_variants("vladimir kovalyonok")
    assert "alexander laveikin" in spelling_variants("aleksandr laveykin")
    assert "yury usachev" in spelling_variants("yury usachov")
    assert "kate rubins" in spelling_variants("kathleen rubins")
    assert "yury romanenko" not in spelling_variants("yury romanenko")  # not itself
    assert spelling_variants("soyuz 19") == set()  # people's names only: words, no digits


def test_other_languages_spellings_of_soyuz_and_salyut() -> None:
    assert name_variants("Soyuz T-5") == {"Sojus T-5", "Sojuz T-5", "Soyouz T-5"}
    assert name_variants("Salyut-7") == {"Saljut-7", "Saliout-7"}
    assert name_variants("Salyut") == {"Saljut", "Saliout"}
    assert name_variants("Soyuzkosmos") == set()  # (a word of its own)
