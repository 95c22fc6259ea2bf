"""Words notes shorten, read from their shape and the dictionary (``recordlint.shortened``)."""

from __future__ import annotations

import pytest

from recordlint.shortened import (
    clipped_word,
    contracted_word,
    cut_from_a_longer_word,
    cut_participle,
)


@pytest.mark.parametrize(
    "word",
    # however near a shorter word ("neuron", "convoy", "prior", "elect", "reck", "probe")
    [
        "indep",
        "interp",
        "accom",
        "contrib",
        "allocs",
        "apols",
        "interps",
        "neuro",
        "convo",
        "prio",
        "elec",
        "recs",
        "probs",
    ],
)
def test_words_cut_from_a_longer_word(word: str) -> None:
    assert clipped_word(word)


@pytest.mark.parametrize(
    "word",
    # the front of a word of grammar; a last letter doubled makes a word; a contraction
    # without its apostrophe; a name; a slip; a whole word's ending after six letters
    ["stil", "reall", "thro", "tho", "til", "wil", "hes", "calor", "recieve", "desides"],
)
def test_slips_contractions_and_names_are_not_cuts(word: str) -> None:
    assert not clipped_word(word)


@pytest.mark.parametrize("word", ["rec'd", "req'd", "dec'd", "reg'd", "demo'd", "rec\u2019d"])
def test_past_participles_cut_to_their_front(word: str) -> None:
    assert cut_participle(word)


@pytest.mark.parametrize("word", ["she'd", "who'd", "they'd", "tv's", "didn't", "rec'ds", "x'd"])
def test_contractions_the_dictionary_knows_and_other_shapes_are_not(word: str) -> None:
    assert not cut_participle(word)


@pytest.mark.parametrize("word", ["elec", "recs", "probs", "prio", "resi", "resis", "stil"])
def test_the_shape_of_a_cut_however_near_a_shorter_word(word: str) -> None:
    assert cut_from_a_longer_word(word)


@pytest.mark.parametrize("word", ["hes", "calor", "recieve", "definately"])
def test_contractions_names_and_other_slips_have_no_shape_of_a_cut(word: str) -> None:
    assert not cut_from_a_longer_word(word)


@pytest.mark.parametrize("word", ["recd", "reqd"])
def test_past_participles_cut_and_written_closed(word: str) -> None:
    assert cut_participle(word)


@pytest.mark.parametrize("word", ["askd", "finishd", "wantd", "need", "said", "sed", "retd"])
def test_a_letter_dropped_from_a_word_or_a_word_is_no_closed_cut(word: str) -> None:
    # "askd" and "finishd" drop a letter from a participle of a word; "retd" has a word,
    # "ret", before its "d".
    assert not cut_participle(word)


@pytest.mark.parametrize("word", ["assmt", "wkly", "wkend", "wkdays", "govt", "tmrw"])
def test_words_contracted_to_their_consonants(word: str) -> None:
    assert contracted_word(word)


@pytest.mark.parametrize(
    "word",
    # a slip a letter short of a word; a contraction of grammar without its apostrophe; two
    # vowels kept; letters other than vowels left out after the first; too short; a capital
    ["wich", "stil", "vist", "didnt", "dont", "becuase", "dosnt", "wk", "Assmt", "sunday"],
)
def test_slips_and_other_shapes_are_not_contractions(word: str) -> None:
    assert not contracted_word(word)


@pytest.mark.parametrize("word", ["neuro", "prio", "elec", "convo"])
def test_a_cut_a_letter_short_of_a_word_is_still_the_shape_of_a_cut(word: str) -> None:
    # "neuron", "prior", "elect", "convoy": notes cut at any letter.
    assert clipped_word(word)
    assert cut_from_a_longer_word(word)
