"""Tests for sleuth.text.segment."""

from sleuth.text.segment import paragraphs, sentences


def _sents(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text)]


def test_simple_sentences() -> None:
    assert _sents("Sputnik flew. Gagarin followed! Did Tereshkova? Yes.") == [
        "Sputnik flew.",
        "Gagarin followed!",
        "Did Tereshkova?",
        "Yes.",
    ]


def test_spans_index_the_text() -> None:
    text = "  Luna 2 hit the Moon.  Luna 3 saw its far side.\n"
    spans = sentences(text)
    assert spans == [(2, 22), (24, 48)]
    assert [text[a:b] for a, b in spans] == ["Luna 2 hit the Moon.", "Luna 3 saw its far side."]


def test_abbreviations_do_not_split() -> None:
    text = (
        "The U.S. launched Explorer 1. Mr. Smith met Dr. Jones at St. Petersburg. "
        "See No. 5, e.g. the probe, i.e. Luna. It weighed approx. 83.6 kg. Done."
    )
    assert _sents(text) == [
        "The U.S. launched Explorer 1.",
        "Mr. Smith met Dr. Jones at St. Petersburg.",
        "See No. 5, e.g. the probe, i.e. Luna.",
        "It weighed approx. 83.6 kg.",
        "Done.",
    ]


def test_initials_and_decimals() -> None:
    assert _sents("J. McDowell says 83.6 kg. The U.S.S.R. disagreed.") == [
        "J. McDowell says 83.6 kg.",
        "The U.S.S.R. disagreed.",
    ]


def test_lowercase_after_period_is_not_a_break() -> None:
    assert len(sentences("It was launched in the U.S. in 1958. Then more.")) == 2


def test_hard_wrapped_paragraph_is_one_sentence() -> None:
    text = (
        "The collapse of the Soviet Union in 1991 was a process that was not just wel-\n"
        "comed by Washington, but seized as an opportunity to help transform the \n"
        "Soviet command economy. The Soviet \n"
        "military programs were engaged.\n"
    )
    got = _sents(text)
    assert len(got) == 2
    assert got[0].startswith("The collapse") and got[0].endswith("command economy.")
    assert "wel-\ncomed" in got[0]


def test_blank_lines_split() -> None:
    assert _sents("A heading\n\nSome text here\n\n\nMore text") == [
        "A heading",
        "Some text here",
        "More text",
    ]


def test_stray_blank_line_inside_sentence_is_joined() -> None:
    text = "This 83.6 kg satellite orbited the Earth\n\nevery 96 minutes, as planned."
    assert _sents(text) == [text]


def test_indented_paragraph_and_heading_lines() -> None:
    text = (
        "or so they feared.\n\nForeword\n Gorbachev's first steps advocating perestroika in \n"
        "outer space combined concerns.\nEyes on mars\nThe agency is now looking at Mars."
    )
    assert _sents(text) == [
        "or so they feared.",
        "Foreword",
        "Gorbachev's first steps advocating perestroika in \nouter space combined concerns.",
        "Eyes on mars",
        "The agency is now looking at Mars.",
    ]


def test_list_items_split() -> None:
    assert _sents("Firsts:\n- Sputnik 1\n- Vostok 1") == ["Firsts:", "- Sputnik 1", "- Vostok 1"]


def test_footnote_number_after_period() -> None:
    assert _sents("ties with the Soviet Union.1 The end came.") == [
        "ties with the Soviet Union.1",
        "The end came.",
    ]


def test_quotes_after_terminal_punctuation() -> None:
    assert _sents('He said "Poyekhali!" Then he flew.') == ['He said "Poyekhali!"', "Then he flew."]


def test_empty_and_whitespace() -> None:
    assert sentences("") == []
    assert sentences(" \n\n ") == []
    assert paragraphs("") == []


def test_paragraphs() -> None:
    text = "First line\nstill first.\n\n  Second.\n \n\nThird."
    spans = paragraphs(text)
    assert [text[a:b] for a, b in spans] == ["First line\nstill first.", "Second.", "Third."]


def test_crlf_paragraphs() -> None:
    text = "One.\r\n\r\nTwo."
    assert [text[a:b] for a, b in paragraphs(text)] == ["One.", "Two."]


def test_a_short_numbered_caption_heading_ends_its_sentence() -> None:
    text = ("9. Salyut 1 (model) and a Soyuz 11 menu card\n"
            "The world's first space station was launched in 1971.")
    assert _sents(text) == ["9. Salyut 1 (model) and a Soyuz 11 menu card",
                            "The world's first space station was launched in 1971."]
    # a numbered line that wraps mid-sentence (a comma, or a long line) stays joined
    wrapped = "1. Sputnik 1 was launched by the Soviet Union and, as\nAmericans noticed, beeped."
    assert len(_sents(wrapped)) == 1
    # a year opening a line is no list number: its period still ends the sentence
    assert _sents("Sputnik flew in\n1957. Gagarin followed.") == [
        "Sputnik flew in\n1957.", "Gagarin followed."]


def test_a_numbered_entrys_longer_title_is_a_heading() -> None:
    # a sale catalogue's lot: its title may run to a dozen words, and ends with a year
    text = ("Lot 207. Interkosmos: three covers flown to Salyut 6, 1978\n"
            "Salyut 6, launched on 29 September 1977, hosted guests.")
    assert _sents(text) == ["Lot 207.", "Interkosmos: three covers flown to Salyut 6, 1978",
                            "Salyut 6, launched on 29 September 1977, hosted guests."]
    # without the entry's label, a line that long is a wrapped sentence's
    wrapped = ("Three covers were flown to the station in the summer of that year and\n"
               "Salyut 6 hosted them.")
    assert len(_sents(wrapped)) == 1


def test_a_footnote_marker_after_a_full_stop_still_ends_the_sentence() -> None:
    text = ("It was the longest flight.[17] From 1995 crews came. It ran on.[citation needed] "
            "Then Dr.[4] Smith came.")
    assert _sents(text) == ["It was the longest flight.[17]", "From 1995 crews came.",
                            "It ran on.[citation needed]", "Then Dr.[4] Smith came."]


def test_an_initial_ending_a_short_line_of_its_own_ends_it() -> None:
    # an audio guide's stop: "the Soyuz T." is a heading, not "T." before a surname
    text = "Intro.\n\nStop 9. Salyut 7 and the Soyuz T.\nEleven years later, Salyut 7 flew."
    assert _sents(text) == ["Intro.", "Stop 9.", "Salyut 7 and the Soyuz T.",
                            "Eleven years later, Salyut 7 flew."]
    # a hard-wrapped line of prose ending in an initial still runs on to the name
    wrapped = ("Intro.\n\nThe letter, which arrived in the spring, was signed by J.\n"
               "McDowell himself.")
    assert _sents(wrapped)[-1] == wrapped.split("\n\n")[1]


def test_hyphened_initials_are_no_sentence_end() -> None:
    text = "Soyuz T-6 carried J.-L. Chrétien to Salyut 7. It docked a day later."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Soyuz T-6 carried J.-L. Chrétien to Salyut 7.", "It docked a day later."]


def test_a_bar_between_labelled_fields_ends_a_sentence() -> None:
    assert _sents("Launched: 6 Aug 1961 | Landed: 8 Aug 1961\nOrbits: 17") == [
        "Launched: 6 Aug 1961", "|", "Landed: 8 Aug 1961", "Orbits: 17"]
    # a bar before words that are no label is left in its sentence
    assert _sents("Mission | Launch | Crew") == ["Mission | Launch | Crew"]
