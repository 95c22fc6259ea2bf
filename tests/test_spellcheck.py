"""British English spelling: what passes, what is flagged, and what is suggested."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recordlint.lexicon.lookups import slurs
from recordlint.spellcheck import (
    CARE_WORDS,
    DictionaryNotInstalled,
    SpellChecker,
    dictionary,
    dictionary_knows,
    offerable,
    open_reader,
)

READERS = [
    pytest.param(
        "chunspell",
        marks=pytest.mark.skipif(
            importlib.util.find_spec("hunspell") is None, reason="chunspell not installed"
        ),
    ),
    "spylls",
]

_checkers: dict[str, SpellChecker] = {}


@pytest.fixture(params=READERS)
def checker(request: pytest.FixtureRequest) -> SpellChecker:
    name: str = request.param
    if name not in _checkers:
        _checkers[name] = SpellChecker(open_reader(name))
    return _checkers[name]


BRITISH_WORDS = [
    "colour",
    "organise",
    "centre",
    "judgement",
    "programme",
    "behaviour",
    "practise",
    "licence",
    "ageing",
    "anaemia",
    "paediatric",
    "travelled",
    "catalogue",
    "defence",
]


@pytest.mark.parametrize("word", BRITISH_WORDS)
def test_british_spellings_pass(checker: SpellChecker, word: str) -> None:
    assert checker.is_correct(word)
    assert checker.suggest(word) == ()


@pytest.mark.parametrize(
    ("american", "british"),
    [
        ("color", "colour"),
        ("center", "centre"),
        ("organize", "organise"),
        ("organized", "organised"),
        ("organization", "organisation"),
        ("analyze", "analyse"),
        ("neighbor", "neighbour"),
        ("behavior", "behaviour"),
        ("defense", "defence"),
        ("catalog", "catalogue"),
        ("traveled", "travelled"),
        ("anemia", "anaemia"),
        ("diarrhea", "diarrhoea"),
        ("aging", "ageing"),
    ],
)
def test_american_spellings_are_flagged_with_british_suggestion_first(
    checker: SpellChecker, american: str, british: str
) -> None:
    assert not checker.is_correct(american)
    assert checker.suggest(american)[0] == british


@pytest.mark.parametrize(
    ("typo", "fix"),
    [
        ("recieved", "received"),
        ("accomodation", "accommodation"),
        ("seperate", "separate"),
        ("occured", "occurred"),
        ("definately", "definitely"),
        ("teh", "the"),
    ],
)
def test_typos_get_the_right_first_suggestion(checker: SpellChecker, typo: str, fix: str) -> None:
    assert not checker.is_correct(typo)
    assert checker.suggest(typo)[0] == fix


@pytest.mark.parametrize("word", ["size", "prize", "seize", "capsize", "citizen"])
def test_z_words_that_are_british_too_stay_quiet(checker: SpellChecker, word: str) -> None:
    assert checker.is_correct(word)


def test_sentence_start_capitals(checker: SpellChecker) -> None:
    assert checker.is_correct("Organise")
    assert checker.is_correct("Colour")
    assert not checker.is_correct("Recieved")
    assert checker.suggest("Recieved")[0] == "Received"
    assert checker.suggest("Color")[0] == "Colour"


@pytest.mark.parametrize(
    "word", ["well-being", "self-neglect", "co-produced", "day-centre", "follow-up", "re-"]
)
def test_hyphenated_words_pass_when_every_part_does(checker: SpellChecker, word: str) -> None:
    assert checker.is_correct(word)


def test_hyphenated_word_with_a_misspelt_part(checker: SpellChecker) -> None:
    assert not checker.is_correct("self-negelct")
    assert checker.suggest("self-negelct")[0] == "self-neglect"
    assert not checker.is_correct("day-center")
    assert checker.suggest("day-center")[0] == "day-centre"


def test_hyphenated_word_with_two_misspelt_parts_gets_both_corrected(
    checker: SpellChecker,
) -> None:
    suggestions = checker.suggest("recieve-negelct")
    assert suggestions and suggestions[0] == "receive-neglect"
    assert all(checker.is_correct(suggestion) for suggestion in suggestions)


@pytest.mark.parametrize(
    "word", ["person's", "didn't", "doesn't", "carers'", "person\u2019s", "won\u2019t", "'twas"]
)
def test_apostrophes(checker: SpellChecker, word: str) -> None:
    assert checker.is_correct(word)


def test_misspelt_possessive_keeps_its_apostrophe(checker: SpellChecker) -> None:
    assert not checker.is_correct("neighbor's")
    assert checker.suggest("neighbor's")[0] == "neighbour's"


@pytest.mark.parametrize("token", ["NHS", "DOLS", "SALT", "B12", "5mg", "COVID-19", "2pm", "s42"])
def test_capitals_and_digits_are_left_to_the_acronym_rule(
    checker: SpellChecker, token: str
) -> None:
    assert checker.is_correct(token)


@pytest.mark.parametrize("token", ["", "  ", "\u2014", "...", "'", "\U0001f600"])
def test_tokens_without_letters_are_not_misspellings(checker: SpellChecker, token: str) -> None:
    assert checker.is_correct(token)


@pytest.mark.parametrize("word", ["wellbeing", "telecare", "dosette", "keysafe", "co-codamol"])
def test_care_vocabulary_missing_from_the_dictionary_is_accepted(
    checker: SpellChecker, word: str
) -> None:
    assert word in CARE_WORDS
    assert checker.is_correct(word)
    assert checker.is_correct(word.capitalize())


def test_with_words_adds_a_team_dictionary_without_changing_the_original() -> None:
    base = SpellChecker.default()
    assert not base.is_correct("Kestrelgate")
    team = base.with_words(["Kestrelgate", "Mosaicnet"])
    assert team.is_correct("Kestrelgate")
    assert team.is_correct("Kestrelgate's")
    assert team.is_correct("kestrelgate")
    assert team.is_correct("Kestrelgate-based")
    assert not base.is_correct("Kestrelgate")
    assert team.suggest("Kestrelgate") == ()
    assert team.is_correct("colour") and not team.is_correct("color")
    assert team._shared is base._shared  # the dictionary is loaded once, not copied


def test_suggest_respects_the_limit(checker: SpellChecker) -> None:
    assert len(checker.suggest("teh", limit=2)) <= 2
    assert checker.suggest("teh", limit=0) == ()
    assert checker.suggest("teh", limit=1) == ("the",)


def test_suggestions_are_themselves_correct(checker: SpellChecker) -> None:
    for word in ("recieved", "xqzvtrel", "colour-coded", "Smithe", "aa-aa", "teh-recieve"):
        for suggestion in checker.suggest(word):
            assert checker.is_correct(suggestion), (word, suggestion)


def test_default_is_loaded_once_per_process() -> None:
    assert SpellChecker.default() is SpellChecker.default()


def test_missing_dictionary_says_how_to_fix_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(dictionary, "DICTIONARY_DIR", tmp_path / "no-dictionary-here")
    with pytest.raises(DictionaryNotInstalled, match="reinstall recordlint"):
        open_reader()


def test_dictionary_knows_answers_for_every_layer_and_none_without_a_dictionary(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert dictionary_knows("house") is True
    assert dictionary_knows("appointeeship") is True  # a care word the checker adds
    assert dictionary_knows("hosue") is False

    def no_dictionary() -> SpellChecker:
        raise DictionaryNotInstalled("no dictionary")

    dictionary_knows.cache_clear()
    monkeypatch.setattr(SpellChecker, "default", no_dictionary)
    try:
        assert dictionary_knows("house") is None
    finally:
        dictionary_knows.cache_clear()  # answers given without a dictionary must not stay


@pytest.mark.parametrize("typo", ["cnut", "nigerr", "shitt", "fcuk", "shiit"])
def test_words_the_dictionary_marks_never_to_suggest_are_never_offered(
    checker: SpellChecker, typo: str
) -> None:
    # The word list marks its profanities and slurs NOSUGGEST: accepted when written, never
    # offered as a correction, nor are their inflected forms ("shits").
    offered = checker.suggest(typo)
    assert not any(dictionary.never_suggested(word) for word in offered)
    assert not any(word.lower().startswith(("cunt", "nigg", "fuck", "shit")) for word in offered)


def test_never_suggested_reads_the_flag_with_its_inflections() -> None:
    assert dictionary.never_suggested("shit")
    assert dictionary.never_suggested("Shits")
    assert dictionary.never_suggested("fucking")
    assert not dictionary.never_suggested("shift")
    assert not dictionary.never_suggested("country")
    assert SpellChecker.default().is_correct("shit")  # written, it is no misspelling


def test_unknown_reader_name_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown spelling reader"):
        open_reader("aspell")


def test_falls_back_to_spylls_without_a_compiled_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "hunspell", None)  # import now raises ImportError
    reader = open_reader()
    assert reader.name == "spylls"
    assert reader.lookup("colour") and not reader.lookup("color")


@pytest.mark.parametrize(
    ("typo", "fix"),
    [
        ("reccomended", "recommended"),  # a letter undoubled and another doubled
        ("greatful", "grateful"),  # two pairs swapped
        ("speakerphone", "speaker-phone"),  # two words run together
        ("mondays", "Mondays"),  # a name written in lower case
    ],
)
def test_words_two_slips_away_are_found_without_the_slow_search(
    checker: SpellChecker, typo: str, fix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = SpellChecker(checker._shared.reader)

    def slow_search(word: str) -> list[str]:
        raise AssertionError(f"the reader's own search was asked about {word!r}")

    monkeypatch.setattr(fresh._shared.reader, "suggest", slow_search)
    assert fresh.suggest(typo)[:1] == (fix,)


@pytest.mark.parametrize("word", ["garuntee", "supportative", "flumpetty"])
def test_a_word_no_slip_explains_gets_no_far_fetched_suggestion(
    checker: SpellChecker, word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The reader's own n-gram search offered "runagate" and "unsupportive" for the first
    # two; the checker never asks it, and offers nothing rather than an unrelated word.
    fresh = SpellChecker(checker._shared.reader)

    def slow_search(word: str) -> list[str]:
        raise AssertionError(f"the reader's own search was asked about {word!r}")

    monkeypatch.setattr(fresh._shared.reader, "suggest", slow_search)
    assert not fresh.is_correct(word)
    assert fresh.suggest(word) == ()


@settings(max_examples=60, deadline=None)
@given(word=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=18))
def test_any_word_gets_correct_suggestions_within_the_limit(word: str) -> None:
    checker = SpellChecker.default()
    suggestions = checker.suggest(word, limit=3)
    assert len(suggestions) <= 3
    assert all(checker.is_correct(suggestion) for suggestion in suggestions)
    assert checker.suggest(word, limit=3) == suggestions  # the same answer again


@given(word=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=18))
def test_plain_lower_case_words_get_the_same_verdict_as_any_other_spelling(word: str) -> None:
    # Surrounding spaces send the word through the full normalising path; plain a-z words
    # take a shorter one, which must agree with it.
    checker = SpellChecker.default()
    assert checker.is_correct(word) == checker.is_correct(f" {word} ")


@pytest.mark.parametrize(
    ("typo", "slur"),
    [
        ("paeds", "paedos"),
        ("paedoes", "paedos"),
        ("sluta", "slut"),
        ("druggis", "druggie"),
        ("wnio", "wino"),
        ("gyppoes", "gyppos"),
        ("nonse", "nonce"),
    ],
)
def test_slurs_of_the_judgemental_lexicon_are_never_offered(
    checker: SpellChecker, typo: str, slur: str
) -> None:
    # One edit from a slur the dictionary accepts without marking it NOSUGGEST: the
    # judgemental lexicon's slur mark keeps it, and its inflected forms, out of suggestions.
    offered = [word.casefold() for word in checker.suggest(typo, limit=10)]
    assert slur not in offered
    assert not any(word in slurs() or not offerable(word) for word in offered)
    assert checker.is_correct(slur)  # written, it is the judgemental rule's to report


def test_offerable_reads_the_lexicon_and_the_dictionary_flag() -> None:
    assert not offerable("paedo")
    assert not offerable("Paedos")
    assert not offerable("druggies")
    assert not offerable("shit")  # the dictionary's own NOSUGGEST stems still hold
    assert offerable("paediatrics")
    assert offerable("wine")


def test_the_dictionarys_nosuggest_slurs_are_lexicon_slurs() -> None:
    # Every slur among the stems the dictionary marks never to be suggested is marked a
    # slur in the judgemental lexicon too, so the rule reports it where it is written;
    # the rest are profanities (or derived forms) that are not slurs about a group.
    not_slurs = {
        "bullshit", "dipshit", "fuck", "fuckery", "fuckhead", "fuckload", "fuckship",
        "fuckwad", "fuckwit", "genderfuck", "horseshit", "motherfucker", "shat", "shit",
        "shit-faced", "shitbag", "shite", "shitehawk", "shitface", "shithead", "shithole",
        "shithouse", "shitload", "shitstorm", "shitty", "shitwork", "wank", "wanky",
        # forms and compounds of a listed slur, or too rare to list: "cunty", "cunny",
        # "dagoes", "lezzes", the "whore" compounds
        "cunty", "cunny", "cyberwhore", "dagoes", "lezzes", "whoredom", "whorehouse",
        "whoremaster", "whoremonger", "whoreson", "whorish", "whorishness",
    }  # fmt: skip
    stems = dictionary._never_suggested_stems(dictionary.dictionary_dir())
    assert sorted(stems - not_slurs - slurs()) == []
