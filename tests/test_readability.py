"""Readability metrics and the passive-voice helper, checked against hand-worked figures."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from recordlint import metrics
from recordlint.metrics import estimate_syllables, sentence_spans, syllables, text_stats
from recordlint.rules.readability import passive_verbs
from tests.conftest import linter_for


def test_text_stats_match_hand_worked_figures_for_a_one_sentence_text() -> None:
    """Six one-syllable words in one sentence give the textbook Flesch figures."""
    stats = text_stats("The cat sat on the mat.")
    assert (stats.words, stats.sentences, stats.syllables) == (6, 1, 6)
    assert stats.flesch_reading_ease == pytest.approx(206.835 - 1.015 * 6 - 84.6 * 1)
    assert stats.flesch_kincaid_grade == pytest.approx(0.39 * 6 + 11.8 * 1 - 15.59)


def test_text_stats_match_hand_worked_figures_for_two_sentences() -> None:
    """I(1) vis-it-ed(3) your(1) home(1) to-day(2) / we(1) talked(1) a-bout(2) the(1)
    stairs(1): 10 words, 2 sentences, 14 syllables."""
    stats = text_stats("I visited your home today. We talked about the stairs.")
    assert (stats.words, stats.sentences, stats.syllables) == (10, 2, 14)
    assert stats.flesch_reading_ease == pytest.approx(83.32, abs=0.005)
    assert stats.flesch_kincaid_grade == pytest.approx(2.88, abs=0.005)
    assert stats.uk_reading_age == pytest.approx(7.88, abs=0.005)
    assert stats.average_sentence_length == 5


def test_text_stats_leave_out_address_lines_salutation_and_sign_off() -> None:
    """Only the letter's sentences count; numbers and email addresses are not words."""
    letter = (
        "Mrs Amina Khan\n3 Station Road\nClevedon\n\n10 March 2026\n\nDear Mrs Khan,\n\n"
        "I visited your home today. We talked about the stairs.\n\n"
        "Yours sincerely,\n\nJo Smith\nSocial Worker\n"
    )
    stats = text_stats(letter)
    assert (stats.words, stats.sentences, stats.syllables) == (10, 2, 14)


def test_sentence_spans_split_at_punctuation_lines_and_not_after_titles() -> None:
    """Sentences end at full stops and line ends, but not after "Mrs." or "e.g."."""
    text = "I met Mrs. Khan today. She uses aids, e.g. a frame.\nHeading\n- first item"
    found = [text[s:e] for s, e in sentence_spans(text)]
    assert found == ["I met Mrs. Khan today.", "She uses aids, e.g. a frame.", "Heading",
                     "first item"]  # fmt: skip


def test_sentence_spans_join_hard_wrapped_lines() -> None:
    """A paragraph wrapped at a fixed width is still one sentence."""
    text = "I visited Mrs Khan at home today with her\ndaughter and we talked about the stairs."
    assert [text[s:e] for s, e in sentence_spans(text)] == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list item, then a sentence under the list: two sentences.
        (
            "It depends on:\n- whether you own your home and garden\nIf you already pay, "
            "tell us.",
            ["It depends on:", "whether you own your home and garden", "If you already pay, "
             "tell us."],
        ),
        # A list item wrapped onto an indented line is one item.
        (
            "- whether you own the house and the\n  Garden Cottage next door",
            ["whether you own the house and the\n  Garden Cottage next door"],
        ),
        # A heading, or a sentence missing its full stop, before a new sentence.
        (
            "How much you will pay towards your care and support\nThe amount depends on "
            "your income.",
            ["How much you will pay towards your care and support", "The amount depends on "
             "your income."],
        ),
        # A name broken across lines, and a sentence wrapped before a name, stay whole.
        (
            "Her rights are set out in the Care\nAct 2014 and the guidance.",
            ["Her rights are set out in the Care\nAct 2014 and the guidance."],
        ),
        (
            "We talked about the garden with her daughter\nJane who visits on Sundays.",
            ["We talked about the garden with her daughter\nJane who visits on Sundays."],
        ),
    ],
)  # fmt: skip
def test_sentence_spans_keep_wrapped_sentences_and_split_at_unpunctuated_ends(
    text: str, expected: list[str]
) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("care", 1), ("visited", 3), ("organised", 3), ("colour", 2), ("Weston-super-Mare", 5),
     ("carer's", 2), ("centre", 2)],
)  # fmt: skip
def test_syllables_come_from_the_pronouncing_dictionary(word: str, expected: int) -> None:
    """Known words, British spellings and hyphenated names are counted by the dictionary."""
    assert syllables(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"), [("reablement", 3), ("telecare", 3), ("homes", 1), ("zzz", 1)]
)
def test_estimate_syllables_for_words_the_dictionary_lacks(word: str, expected: int) -> None:
    """The spelling heuristic counts vowel groups less a silent final e."""
    assert estimate_syllables(word) == expected


def test_metrics_work_offline_without_any_download(monkeypatch: pytest.MonkeyPatch) -> None:
    """Syllables load from installed package data: no nltk download (refused here if nltk is
    installed at all), no socket (the autouse fixture blocks those)."""
    try:
        import nltk
    except ImportError:  # recordlint does not depend on nltk; nothing could download
        nltk = None

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("readability tried to download data")

    if nltk is not None:
        monkeypatch.setattr(nltk, "download", refuse)
    metrics.pronouncing_dictionary.cache_clear()
    metrics._syllables_of_part.cache_clear()
    assert syllables("assessment") == 3
    report = linter_for({"select": ["RL302"]}).lint("I visited your home today.")
    assert report.metrics["words"] == 5
    assert report.metrics["uk_reading_age"] is not None


def test_every_report_carries_readability_metrics_whatever_is_selected() -> None:
    """The metrics provider runs even when no readability rule is selected."""
    report = linter_for({"select": ["RL201"]}).lint("I visited your home today.")
    for key in ("words", "sentences", "flesch_reading_ease", "flesch_kincaid_grade",
                "uk_reading_age", "average_sentence_length"):  # fmt: skip
        assert key in report.metrics
    assert "passive_sentences_percent" not in report.metrics


def test_passive_percentage_is_reported_when_the_passive_rule_runs() -> None:
    """One passive sentence of two is 50 per cent."""
    report = linter_for({"select": ["RL303"]}).lint(
        "A referral was made to the falls team. I phoned her daughter."
    )
    assert report.metrics["passive_sentences_percent"] == 50.0


def test_passives_that_act_on_the_reader_are_reported_by_default() -> None:
    """Without any selection a letter's "you will be contacted" is reported; a record's "a
    referral was made" only when the team asks for every passive."""
    letter = "You will be contacted about your review next week."
    note = "A referral was made to the falls team on Monday."
    default = linter_for()
    assert [f.text for f in default.lint(letter, kind="letter").findings
            if f.code == "RL303"] == ["will be contacted"]  # fmt: skip
    assert not [f for f in default.lint(note, kind="case_note").findings if f.code == "RL303"]
    every = linter_for({"readability": {"passive-voice": "all"}})
    assert [f.text for f in every.lint(note, kind="case_note").findings
            if f.code == "RL303"] == ["was made"]  # fmt: skip


_WE_PAGE = (
    "How we work out what you pay\n\n"
    "We will look at your income and your savings. Your savings decide the amount. Most "
    "people pay something. You will be asked to pay part of the "
    "cost of your care. The amount must be agreed before the first payment. You can ask "
    "us to explain how we worked it out, and you can tell us if your money changes.\n"
)


def test_on_a_page_the_council_writes_as_we_the_readers_own_passives_go_by_their_reason() -> None:
    """On a page of information a council writes as "we", "you will be asked" has the
    writer as its actor and is left alone; a duty on no one ("must be agreed") is still
    reported. Which passives go is decided by why each was reported, not by its words."""
    found = [
        f.text
        for f in linter_for({"select": ["RL303"]}).lint(_WE_PAGE, kind="letter").findings
        if f.code == "RL303"
    ]
    assert found == ["must be agreed"]
    to_one_person = "Dear Mrs Khan,\n\n" + _WE_PAGE.split("\n\n", 1)[1] + "\nYours sincerely,\nSam"
    found = [
        f.text
        for f in linter_for({"select": ["RL303"]}).lint(to_one_person, kind="letter").findings
        if f.code == "RL303"
    ]
    assert found == ["will be asked", "must be agreed"]


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str],
         lemmas: list[str]) -> Doc:  # fmt: skip
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


def test_passive_verbs_finds_an_agentless_passive() -> None:
    """ "A referral was made" is a passive with no agent."""
    doc = _doc(
        ["A", "referral", "was", "made", "."],
        [1, 3, 3, 3, 3],
        ["det", "nsubjpass", "auxpass", "ROOT", "punct"],
        ["DT", "NN", "VBD", "VBN", "."],
        ["a", "referral", "be", "make", "."],
    )
    assert [t.text for t in passive_verbs(doc[:])] == ["made"]


def test_passive_verbs_ignores_stative_participles() -> None:
    """States ("he is married", "the door was locked") are not actions someone did."""
    married = _doc(
        ["He", "is", "married", "."],
        [2, 2, 2, 2],
        ["nsubjpass", "auxpass", "ROOT", "punct"],
        ["PRP", "VBZ", "VBN", "."],
        ["he", "be", "marry", "."],
    )
    locked = _doc(
        ["The", "door", "was", "locked", "."],
        [1, 3, 3, 3, 3],
        ["det", "nsubjpass", "auxpass", "ROOT", "punct"],
        ["DT", "NN", "VBD", "VBN", "."],
        ["the", "door", "be", "lock", "."],
    )
    assert passive_verbs(married[:]) == []
    assert passive_verbs(locked[:]) == []


def test_passive_verbs_ignores_get_passives_and_degree_adverbs() -> None:
    """ "got married" and "was very confused" are not flagged."""
    doc = _doc(
        ["She", "got", "married", "."],
        [2, 2, 2, 2],
        ["nsubjpass", "auxpass", "ROOT", "punct"],
        ["PRP", "VBD", "VBN", "."],
        ["she", "get", "marry", "."],
    )
    assert passive_verbs(doc[:]) == []
    doc = _doc(
        ["She", "was", "very", "shaken", "."],
        [3, 3, 3, 3, 3],
        ["nsubjpass", "auxpass", "advmod", "ROOT", "punct"],
        ["PRP", "VBD", "RB", "VBN", "."],
        ["she", "be", "very", "shake", "."],
    )
    assert passive_verbs(doc[:]) == []


def test_long_sentence_ignores_a_list_without_full_stops() -> None:
    """A list of short items is not one long sentence."""
    record = "Actions:\n" + "\n".join(f"- phone the family about item number {n}" for n in range(6))
    report = linter_for({"select": ["RL301"]}).lint(record)
    assert not [f for f in report.findings if f.code == "RL301"]


def _passives(text: str, kind: str) -> list[str]:
    report = linter_for({"select": ["RL303"]}).lint(text, kind=kind)
    return [f.text for f in report.findings if f.code == "RL303"]


def test_what_someone_ensures_is_not_a_passive_without_its_actor() -> None:
    """Whoever ensures it is its actor; a passive on the reader with no one ensuring it
    is still reported."""
    assert _passives("We will find an interpreter to ensure you are supported.", "letter") == []
    assert _passives("Dear Mr Bell,\n\nYou will be supported by Friday.", "letter") == [
        "will be supported"
    ]
    decision = "Mrs X complains the Council did not ensure Mr X was provided with suitable care."
    assert _passives(decision, "professional") == []
    assert _passives("Mrs X says he was placed in a care home.", "professional") == ["was placed"]


def test_an_act_whose_actor_the_report_gave_before_is_not_reported_again() -> None:
    """ "She was told by a social worker ..." names who told her; a later "Mrs B was told"
    is the same act. Before the actor is given, it is still reported."""
    text = (
        "Mrs B complained she was told by a social worker that the care was free.\n\n"
        "The Council found no evidence Mrs B was told the care would be free."
    )
    assert _passives(text, "professional") == []
    earlier = "Mrs B says she was told the care was free. She was told by a social worker."
    assert _passives(earlier, "professional") == ["was told"]


def _long_sentence_findings(text: str) -> list[str]:
    report = linter_for({"select": ["RL301"]}).lint(text, kind="professional")
    return [f.message for f in report.findings if f.code == "RL301"]


def test_long_sentences_count_words_as_written_not_as_tokens() -> None:
    # 23 words as written; the parser makes 27 word tokens of "day-to-day", "cannot" and
    # "and/or".
    compact = (
        "To do this we will look at your day-to-day life, what you'd like to achieve, "
        "what you cannot do alone and/or with help."
    )
    assert len(compact.split()) == 23
    assert _long_sentence_findings(compact) == []
    # The same sentence with seven more plain words is over the limit, and the message's
    # count is the one a writer gets by counting the words.
    longer = compact.replace("with help.", "with help, and who helps you at home now.")
    assert _long_sentence_findings(longer) == [
        f"This sentence has {len(longer.split())} words; try splitting it (aim for 25 or fewer)."
    ]


def test_a_hard_wrapped_sentence_counts_the_words_on_both_sides_of_each_line_break() -> None:
    wrapped = (
        "There is no need to request a\ncommunity care assessment as the relevant bodies "
        "need to be proactive; in\npractice it is often necessary to write to the local "
        "authority to request an\nassessment. In her case the letter may look like this:\n"
    )
    messages = _long_sentence_findings(wrapped)
    assert messages and all("has 27 words" in m or "has 33 words" in m for m in messages)
