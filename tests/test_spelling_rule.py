"""RL401 misspelling: the word scanner, name and medicine heuristics, British fixes, costs."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recordlint.rules import spelling
from recordlint.spellcheck import SpellChecker
from tests.conftest import linter_for


def spelling_findings(text: str, config: dict[str, Any] | None = None) -> list[Any]:
    report = linter_for({**(config or {}), "select": ["RL401"]}).lint(text, kind="case_note")
    assert not report.errors, report.errors
    return [f for f in report.findings if f.code == "RL401"]


def scanned(text: str) -> list[tuple[str, bool]]:
    return [(word.text, word.sentence_start) for word in spelling.scanner.words(text)]


# --- the word scanner ------------------------------------------------------------------


def test_words_skip_addresses_digits_and_dotted_shorthand() -> None:
    text = (
        "Email jo.bloggs@northmoor.gov.uk or see https://www.northmoor.gov.uk/care-help, "
        "northmoor.gov.uk and notes.docx; 5mg at 10am, BS23 1UJ, i.e. soon."
    )
    words = [word for word, _ in scanned(text)]
    assert words == ["Email", "or", "see", "and", "at", "soon"]


def test_hyphenated_and_possessive_words_are_whole() -> None:
    assert [w for w, _ in scanned("Weston-super-Mare and the carers' co-codamol")] == [
        "Weston-super-Mare",
        "and",
        "the",
        "carers",
        "co-codamol",
    ]
    assert [w for w, _ in scanned("Mrs Osei\u2019s daughter")] == ["Mrs", "Osei\u2019s", "daughter"]


@pytest.mark.parametrize(
    ("text", "word", "starts"),
    [
        ("Salma rang.", "Salma", True),
        ("I rang Salma today.", "Salma", False),
        ("We spoke. Salma rang.", "Salma", True),
        ("Outcome:\nSalma rang.", "Salma", True),
        ('She said: "Salma rang."', "Salma", True),
        ("1. Salma rang.", "Salma", True),
        ("Mr. Kowalczyk rang.", "Kowalczyk", False),
        ("Dr. Oyelaran rang.", "Oyelaran", False),
        ("- Salma rang.", "Salma", True),
    ],
)
def test_sentence_starts(text: str, word: str, starts: bool) -> None:
    assert dict(scanned(text))[word] is starts


# --- heuristics ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    ["perindopril", "nebivolol", "rosuvastatin", "clonazepam", "vortioxetine", "salbutamol",
     "nifedipine", "adalimumab", "edoxaban", "zopiclone", "lactulose", "candesartan"],
)  # fmt: skip
def test_medicine_shapes(word: str) -> None:
    assert spelling.accepted._looks_like_medicine(word)


@pytest.mark.parametrize("word", ["recieved", "seperate", "accomodation", "neccessary"])
def test_misspellings_do_not_look_like_medicines(word: str) -> None:
    assert not spelling.accepted._looks_like_medicine(word)


@pytest.mark.parametrize(
    ("american", "british"),
    [
        ("color", "colour"),
        ("behavioral", "behavioural"),
        ("center", "centre"),
        ("mold", "mould"),
        ("catalog", "catalogue"),
        ("defense", "defence"),
        ("anemia", "anaemia"),
        ("pediatric", "paediatric"),
        ("esophagus", "oesophagus"),
        ("diarrhea", "diarrhoea"),
        ("traveled", "travelled"),
        ("counselor", "counsellor"),
        ("fulfill", "fulfil"),
        ("enrollment", "enrolment"),
        ("practicing", "practising"),
        ("aging", "ageing"),
        ("pajamas", "pyjamas"),
        ("Color", "Colour"),
        ("centered", "centred"),
        ("centering", "centring"),
        ("person-centered", "person-centred"),
    ],
)
def test_british_forms_of_american_spellings(american: str, british: str) -> None:
    assert spelling.suggestions._british_forms(american, SpellChecker.default()) == [british]


@pytest.mark.parametrize("typo", ["untill", "recieved", "wich", "seperate", "tred"])
def test_typos_are_not_american_spellings(typo: str) -> None:
    assert spelling.suggestions._british_forms(typo, SpellChecker.default()) == []


def test_typing_slips_rank_first() -> None:
    assert spelling.suggestions._ranked("commited", ["commuted", "committed"]) == [
        "committed",
        "commuted",
    ]
    assert spelling.suggestions._ranked("wich", ["rich", "wish", "which"]) == [
        "which",
        "rich",
        "wish",
    ]
    assert spelling.suggestions._ranked("recieved", ["relieved", "received"]) == [
        "received",
        "relieved",
    ]


def test_near_team_words() -> None:
    team = frozenset({"Brackenwood", "laxido", "Glanmor"})
    assert spelling.suggestions._near_team_words("Brackenwod", team) == ["Brackenwood"]
    assert spelling.suggestions._near_team_words("laxidoo", team) == ["laxido"]
    assert spelling.suggestions._near_team_words("Glanmro", team) == ["Glanmor"]
    assert spelling.suggestions._near_team_words("lactulose", team) == []


# --- the rule --------------------------------------------------------------------------


def test_american_spelling_with_one_british_form_is_a_safe_fix() -> None:
    (finding,) = spelling_findings("She chose the color herself.")
    assert finding.fix == "safe"
    assert finding.suggestions[0] == "colour"
    assert finding.message == '"color" is the American spelling; use the British "colour".'


def test_other_misspellings_are_offered_for_review() -> None:
    (finding,) = spelling_findings("We recieved the referral.")
    assert finding.fix == "review"
    assert finding.suggestions[0] == "received"
    assert finding.message == (
        '"recieved" is not in the British English dictionary; did you mean "received"?'
    )


def test_unknown_word_without_suggestions_points_to_team_words() -> None:
    (finding,) = spelling_findings("The carers use the squizzlebop.")
    assert finding.suggestions == ()
    assert "add it to the team's words" in finding.message


def test_capitalised_sentence_start_flagged_only_as_a_slip() -> None:
    assert spelling_findings("Salma rang. Gemma agreed. Oluwaseun laughed.") == []
    assert [f.text for f in spelling_findings("Recieved a call. Immediatly rang back.")] == [
        "Recieved",
        "Immediatly",
    ]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("dont", "don't"),
        ("didnt", "didn't"),
        ("havent", "haven't"),
        ("Shouldnt", "Shouldn't"),
        ("youre", "you're"),
        ("im", "I'm"),
        ("thats", "that's"),
    ],
)
def test_a_contraction_without_its_apostrophe_is_offered_first(written: str, meant: str) -> None:
    checker = SpellChecker.default()
    assert spelling.suggestions._contraction_without_apostrophe(written, checker) == meant
    advice = spelling.suggestions.advice_on(written, False, checker, frozenset())
    assert advice is not None
    assert advice[1][0] == meant


@pytest.mark.parametrize("written", ["Johns", "pts", "squizzlebop", "hent", "Darent"])
def test_possessives_and_other_words_are_no_contraction(written: str) -> None:
    assert (
        spelling.suggestions._contraction_without_apostrophe(written, SpellChecker.default())
        is None
    )


def test_capitalised_sentence_start_contraction_and_long_word_with_a_letter_too_many() -> None:
    found = spelling_findings("Didnt go. Equiptment ordered. Appologised for the delay.")
    assert [(f.text, f.suggestions[0]) for f in found] == [
        ("Didnt", "Didn't"),
        ("Equiptment", "Equipment"),
        ("Appologised", "Apologised"),
    ]
    # A shorter name one letter over a word stays a name.
    assert spelling_findings("Sandhu rang. Folake agreed. Callender visited.") == []
    # A letter after a whole word makes a brand of it, and "Darent" is a river's name.
    assert spelling_findings("Frameworki number. Darent Room, County Hall.") == []


def test_name_used_elsewhere_in_the_record_is_not_a_slip() -> None:
    record = "Recieved a call from the ward.\n\nMy colleague Recieved is Dutch."
    assert spelling_findings(record) == []


def test_team_words_from_config_are_accepted() -> None:
    text = "She takes laxido and fortisip."
    assert [f.text for f in spelling_findings(text)] == ["laxido", "fortisip"]
    assert spelling_findings(text, {"spelling": {"words": ["laxido", "fortisip"]}}) == []


def test_team_words_file_is_accepted(tmp_path: Any) -> None:
    from recordlint import Config, Linter
    from recordlint.config import options_from_mapping

    (tmp_path / "words.txt").write_text("# local names\nlaxido\n", encoding="utf-8")
    raw = {"select": ["RL401"], "team": {"words-file": "words.txt"}}
    config = Config(options_from_mapping(raw, "test"), tmp_path / "recordlint.toml")
    report = Linter(config).lint("She takes laxido.", kind="case_note")
    assert report.findings == []


def test_shorthand_is_left_to_the_acronym_rule() -> None:
    assert spelling_findings("Two appts missed; hx of falls; meds in a dosette; 3 wks.") == []


def test_words_notes_cut_short_are_left_to_the_acronym_rule() -> None:
    text = (
        "Referral rec'd from the ward. Mr Price (dec'd) left keys. Washes indep; interp "
        "booked incl. a review. Interp rang back."
    )
    assert spelling_findings(text) == []
    both = linter_for({"select": ["RL401", "RL103"]}).lint(text, kind="case_note").findings
    assert {f.text for f in both if f.code == "RL103"} >= {"rec'd", "dec'd", "indep", "interp"}


def test_participles_cut_and_written_closed_are_left_to_the_acronym_rule() -> None:
    text = "Referral recd from the ward; a new form is reqd before the visit."
    assert spelling_findings(text) == []
    both = linter_for({"select": ["RL401", "RL103"]}).lint(text, kind="case_note").findings
    assert [f.text for f in both if f.code == "RL103"] == ["recd", "reqd"]
    # A letter dropped from a participle of a word is a slip.
    assert [f.text for f in spelling_findings("He askd for a call back.")] == ["askd"]


def test_words_contracted_to_their_consonants_are_shorthand() -> None:
    # "assmt" keeps the letters of "assessment" that carry it, "wkly" those of "weekly":
    # note shorthand, left to the acronym rule, and it tells that the note is in shorthand.
    notes = "Carers assmt booked; CSW 2 x wkly. No probs at the wkend."
    assert spelling_findings(notes) == []
    # A slip a letter short of a word, or with letters other than vowels lost after its
    # first, is still reported.
    assert [f.text for f in spelling_findings("He dosnt know wich day.")] == ["dosnt", "wich"]


def test_clinical_terms_of_the_shared_list_are_not_misspellings() -> None:
    text = "He has a tracheostomy and a suprapubic catheter; two tracheostomies since May."
    assert spelling_findings(text) == []
    assert [f.text for f in spelling_findings("He has a trachiostomy.")] == ["trachiostomy"]


def test_slips_that_look_cut_short_are_still_misspellings() -> None:
    # One letter short of a word ("stil", "trache") or one slip from one is no cut.
    found = [f.text for f in spelling_findings("She was frightend and tearfull, stil upset.")]
    assert found == ["frightend", "tearfull", "stil"]


def test_words_cut_near_a_shorter_word_are_cuts_wherever_they_are() -> None:
    # "elec" is a letter from "elect", "probs" from "probes", "neuro" from "neuron" and
    # "prio" from "prior": notes cut at any letter, so they are cuts, in notes and prose
    # alike, left to the acronym rule.
    notes = "Gas 04412, elec 18830. No probs with the resis; hx of falls, 3 wks, tbh."
    assert spelling_findings(notes) == []
    prose = "She has a progressive neuro condition and the referral is a prio for us."
    assert spelling_findings(prose) == []


def test_the_front_of_a_word_of_grammar_is_a_cut_only_in_notes_written_in_shorthand() -> None:
    # "tho" and "thro" are the fronts of "though" and "through": beside other note
    # shorthand they are cuts; in prose they are reported as slips, as "stil" is.
    notes = "Came thro the door tho; hx of falls, 3 wks, tbh."
    assert spelling_findings(notes) == []
    prose = "He is stil unsteady on his feet, tho he walked thro the garden."
    assert [f.text for f in spelling_findings(prose)] == ["stil", "tho", "thro"]


def test_one_other_shorthand_word_does_not_make_a_record_notes() -> None:
    assert [f.text for f in spelling_findings("She is stil upset, pls ring her.")] == ["stil"]


def test_shorthand_in_other_paragraphs_of_the_record_counts() -> None:
    text = "Hope you are well, thankyou.\n\nOne of them let him in tho.\n\nIt's been 4 wks, tbh."
    assert [f.text for f in spelling_findings(text)] == ["thankyou"]


def test_prose_abbreviations_the_dictionary_knows_with_a_full_stop_are_no_shorthand() -> None:
    text = "Bring the forms, letters etc. and the list, etc. He is stil unsure, tho."
    assert [f.text for f in spelling_findings(text)] == ["stil", "tho"]


def test_words_made_again_with_re_on_a_shorter_word_or_a_dropped_e() -> None:
    text = "The dog was rehomed; work was reprioritised; we discussed rightsizing and rehoming."
    assert spelling_findings(text) == []
    assert [f.text for f in spelling_findings("The refering worker called.")] == ["refering"]


# --- costs -----------------------------------------------------------------------------


class CountingChecker:
    """Wraps a checker, counting the questions the rule asks it."""

    def __init__(self, inner: SpellChecker) -> None:
        self.inner = inner
        self.checked: list[str] = []
        self.suggested: list[str] = []

    def is_correct(self, word: str) -> bool:
        self.checked.append(word)
        return self.inner.is_correct(word)

    def suggest(self, word: str, limit: int = 5) -> tuple[str, ...]:
        self.suggested.append(word)
        return self.inner.suggest(word, limit)


def test_each_word_is_looked_up_once_and_suggestions_only_for_flagged_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counting = CountingChecker(SpellChecker.default())
    vocabulary = spelling.vocabulary.Vocabulary(counting)  # type: ignore[arg-type]
    monkeypatch.setattr(spelling.checks, "vocabulary_for", lambda words: vocabulary)
    text = "The carers visit the house. The carers recieved the keys and the carers left."
    spelling_findings(text + " A paragraph of its own for this test.")
    spelling_findings("The carers came back. A second paragraph for this test.")
    # Each word once, across paragraphs; suggestions only for the word that is flagged.
    assert counting.checked.count("the") == 1
    assert counting.checked.count("carers") == 1
    assert counting.checked.count("The") == 1
    assert counting.suggested == ["recieved"]


def test_checker_is_cached_per_set_of_team_words() -> None:
    first = spelling.vocabulary._checker(frozenset({"laxido"}))
    assert spelling.vocabulary._checker(frozenset({"laxido"})) is first
    assert spelling.vocabulary._checker(frozenset()) is SpellChecker.default()
    assert spelling.vocabulary._checker(frozenset({"fortisip"})) is not first


@given(text=st.text(alphabet=st.sampled_from("ab1_.@/:-' wWhtpsukcomrgdfx\n"), max_size=60))
def test_every_address_holds_the_hint_looked_for_before_it(text: str) -> None:
    # Paragraphs without the hint skip the address search, so no address may lack it.
    if spelling.scanner._ADDRESS.search(text):
        assert spelling.scanner._ADDRESS_HINT.search(text)


@given(text=st.text(max_size=80))
def test_words_are_slices_of_the_text_without_digits_or_underscores(text: str) -> None:
    for word in spelling.scanner.words(text):
        assert text[word.start : word.end] == word.text
        assert len(word.text) >= 2
        assert not any(character.isdecimal() or character == "_" for character in word.text)


OWN_ACCOUNT = (
    "My husband has dementia and I care for him at home. I am up everytime he wakes, and "
    "life with my husband is a rollercoaster. I ended up canceling my holiday, and my "
    "daugter comes round on Sundays."
)


def test_the_persons_own_spelling_choices_are_theirs_but_slips_are_still_found() -> None:
    """In the person's own account an American form or words written as one are their
    choice; in a case note they are reported, and a slip is reported in both. (A closed
    compound of two words, "rollercoaster", is reported in neither.)"""
    linter = linter_for({"select": ["RL401"]})
    own = {f.text for f in linter.lint(OWN_ACCOUNT, kind="own_account").findings}
    note = {f.text for f in linter.lint(OWN_ACCOUNT, kind="case_note").findings}
    assert own == {"daugter"}
    assert note == {"everytime", "canceling", "daugter"}


@pytest.mark.parametrize(
    "sentence",
    [
        "She sends her timesheets to the payroll service every month.",
        "I gave him the freepost address for the forms.",
        "Mrs Barton joined the call on speakerphone.",
        "The handyperson service will fit the rail this week.",
    ],
)
def test_closed_compounds_of_two_words_are_not_misspellings(sentence: str) -> None:
    linter = linter_for({"select": ["RL401"]})
    assert linter.lint(sentence, kind="case_note").findings == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # A word one edit or two slips away explains it, however it splits.
        ("She was tearfull when we spoke.", "tearfull"),
        ("He made a sandwhich for lunch.", "sandwhich"),
        ("We discused the plan with her son.", "discused"),
        ("Her dissability benefit was stopped.", "dissability"),
        # Run-together phrases with a word of grammar, or a short word.
        ("She rings everytime the carer is late.", "everytime"),
        ("They help eachother with the shopping.", "eachother"),
        ("Does the personhave a diagnosis?", "personhave"),
        ("Is there a concernwith the provider?", "concernwith"),
        ("She has alot of help from her son.", "alot"),
    ],
)
def test_misspellings_that_split_into_two_words_are_still_reported(
    sentence: str, word: str
) -> None:
    linter = linter_for({"select": ["RL401"]})
    assert [f.text for f in linter.lint(sentence, kind="case_note").findings] == [word]


def test_latin_phrases_are_neither_misspelt_nor_shorthand() -> None:
    # The words of a phrase English borrows whole from Latin that the dictionary lacks
    # alone ("mentis", "parte") are accepted by RL401 and never read as words cut short.
    text = "The court made an ex parte order. Her son said she was compos mentis at the time."
    assert not spelling_findings(text)
    report = linter_for({"select": ["RL103"]}).lint(text, kind="case_note")
    assert not [f for f in report.findings if f.code == "RL103"]
    # A misspelling beside the phrase is still reported.
    assert [f.code for f in spelling_findings(text.replace("court", "cort"))] == ["RL401"]


@pytest.mark.parametrize("word", ["retendering", "recarpeting", "reenable"])
def test_a_word_made_with_re_on_a_dictionary_word_is_accepted(word: str) -> None:
    from recordlint.rules.spelling.accepted import is_acceptable

    assert is_acceptable(word, False, SpellChecker.default())


@pytest.mark.parametrize("word", ["refering", "reall", "retender", "recieved"])
def test_re_words_with_a_nearer_word_or_a_short_stem_stay_reported(word: str) -> None:
    """ "refering" is "referring"; "reall" is too short a stem; "retender" may be
    "pretender"; "recieved" has no word after "re"."""
    from recordlint.rules.spelling.accepted import is_acceptable

    assert not is_acceptable(word, False, SpellChecker.default())


def test_a_lost_space_beside_a_word_of_grammar_is_suggested_as_two_words() -> None:
    """ "ask-for" would not read in its sentence; two content words keep the hyphen."""
    from recordlint.rules.spelling.suggestions import _spaced

    assert _spaced("askfor", "ask-for") == "ask for"
    assert _spaced("beforesending", "before-sending") == "before sending"
    assert _spaced("speakerphone", "speaker-phone") == "speaker-phone"
    assert _spaced("tearfull", "tearful") == "tearful"


def test_two_words_of_grammar_run_together_are_suggested_apart_first() -> None:
    from recordlint.rules.spelling.suggestions import _two_grammar_words

    assert _two_grammar_words("atmy") == "at my"
    assert _two_grammar_words("noone") == "no one"
    assert _two_grammar_words("herad") is None  # "heard", not "her ad"


def test_a_compound_with_an_adverb_particle_keeps_its_hyphen() -> None:
    """ "a call-out", "a sing-along", "under-reported": the shared list of particles."""
    from recordlint.rules.spelling.suggestions import _spaced, _two_grammar_words

    assert _spaced("singalong", "sing-along") == "sing-along"
    assert _spaced("underreported", "under-reported") == "under-reported"
    assert _two_grammar_words("callout") is None


@pytest.mark.parametrize(
    ("text", "slur"),
    [
        ("Seen by paeds today.", "paedos"),
        ("Wnio was the word on the note.", "Wino"),  # a swapped pair opening a sentence
        ("Nigerr was written on the form.", "Nigger"),
    ],
)
def test_no_suggestion_is_a_slur(text: str, slur: str) -> None:
    # Neither the usual suggestions nor the slips offered for a capitalised word opening a
    # sentence hold a slur of the judgemental lexicon or the dictionary's NOSUGGEST words.
    for finding in spelling_findings(text):
        assert slur not in finding.suggestions
        assert slur.casefold() not in {s.casefold() for s in finding.suggestions}


def test_a_name_become_a_word_in_lower_case_is_no_misspelling() -> None:
    # The dictionary knows "Braille", "Parkinsonian" and "Calor" only with the capital of
    # the name they came from; English writes the things named after them in lower case.
    text = "She reads braille, has a parkinsonian gait and cooks on calor gas."
    assert spelling_findings(text) == []


def test_a_day_or_a_month_in_lower_case_is_still_reported() -> None:
    found = [f.text for f in spelling_findings("Seen on sunday; the review is on mondays.")]
    assert found == ["sunday", "mondays"]


def test_an_american_spelling_of_a_word_that_is_also_a_name_is_still_reported() -> None:
    # The dictionary knows "Center" as a place, but "centre" is nearer than the name.
    assert [f.text for f in spelling_findings("He goes to the day center.")] == ["center"]


# --- names after an initial, medicines by their place, clinical terms ----------------------


def test_a_capitalised_word_after_an_initial_is_part_of_a_name() -> None:
    assert scanned("Assessor: G. Lomas, SW") == [
        ("Assessor", True),
        ("Lomas", False),
        ("SW", False),
    ]
    assert ("Castell", False) in scanned("Present: J. R. Castell (RM)")
    # "I" ending a sentence is the pronoun: the next capitalised word opens a sentence.
    assert ("Recieved", True) in scanned("So did I. Recieved the letter today.")
    assert spelling_findings("Notes typed by G. Lomas; reviewer P. Lomas (presenting SW).") == []


def test_a_word_before_a_dose_names_a_medicine_throughout_the_record() -> None:
    text = (
        "She feels wobbly since starting clobazam 10mg at night.\n\n"
        "Impression: sedation from clobazam. Plan: discuss reducing the dose."
    )
    assert spelling_findings(text) == []
    assert spelling_findings("Dr Penhale said to wean clobazam over four weeks.") == []
    assert spelling_findings("Riluzole is given via the PEG; lacosam now stopped.") == []


def test_a_word_in_a_medicines_place_that_is_near_a_word_is_still_a_slip() -> None:
    found = spelling_findings("She takes paracetomol 500mg and started shoping on Fridays.")
    assert [f.text for f in found] == ["paracetomol", "shoping"]
    # Without a dose or a verb of prescribing an unknown word is reported as before.
    assert [f.text for f in spelling_findings("Sedation from clobazam is likely.")] == ["clobazam"]


def test_a_clinical_term_joined_by_a_hyphen_is_a_term() -> None:
    text = "Two tonic-clonic seizures; she was post-ictal for an hour. Tonic clonic seizure."
    assert spelling_findings(text) == []
    assert [f.text for f in spelling_findings("He was post-ictl for an hour.")] == ["post-ictl"]


# --- contractions whose apostrophe was lost ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She wont go to the day centre.", "won't"),
        ("Irene asked us to stay, we cant, only booked to 7.", "can't"),
        ("Ms Allard cant manage the stairs.", "can't"),
        ("To be honest its always something.", "it's"),
        ("Next time its a formal warning.", "it's"),
        ("As is his wont, he was late.", None),
        ("She was wont to walk to the shop.", None),
        ("The cat licked its paws; its own bed is by the fire.", None),
        ("He had heard the cant of it all before.", None),
    ],
)
def test_a_lost_apostrophe_is_read_from_the_words_around(text: str, expected: str | None) -> None:
    checker = SpellChecker.default()
    found = [
        spelling.apostrophes.apostrophe_lost(text, word.start, word.end, checker)
        for word in spelling.scanner.words(text)
    ]
    assert [f for f in found if f] == ([expected] if expected else [])


def test_a_lost_apostrophe_is_reported_but_not_in_the_persons_own_account() -> None:
    findings = spelling_findings("Told her it wont reopen. We cant stay longer.")
    assert [(f.text, f.suggestions) for f in findings] == [
        ("wont", ("won't",)),
        ("cant", ("can't",)),
    ]
    own = linter_for({"select": ["RL401"]}).lint(
        "I cant sleep since the move and I wont go back there.", kind="own_account"
    )
    assert [f.text for f in own.findings if f.code == "RL401"] == []


def test_a_condition_named_after_a_person_without_its_apostrophe() -> None:
    checker = SpellChecker.default()
    lost = spelling.apostrophes.condition_without_apostrophe
    assert lost("Alzheimers", checker) == "Alzheimer's"
    assert lost("parkinsons", checker) == "Parkinson's"
    assert lost("Downs", checker) is None  # a dictionary word
    assert lost("Hollands", checker) is None  # a surname: no condition on the list
    findings = spelling_findings("Signposted to Alzheimers Society; Mr Hollands agreed.")
    assert [(f.text, f.suggestions) for f in findings] == [("Alzheimers", ("Alzheimer's",))]


def test_over_and_under_written_closed_onto_a_word_are_words() -> None:
    checker = SpellChecker.default()
    assert spelling.accepted.is_acceptable("overgranulation", False, checker)
    assert spelling.accepted.is_acceptable("underreported", False, checker)
    assert not spelling.accepted.is_acceptable("overwelmed", False, checker)
    assert not spelling.accepted.is_acceptable("backpainn", False, checker)


def test_a_word_beside_how_often_it_is_given_names_a_medicine() -> None:
    assert spelling_findings("Bowels: movicol PRN not always given. PRN movicol at night.") == []
    assert [f.text for f in spelling_findings("He takes sertaline 50mg od.")] == ["sertaline"]


def test_a_word_of_grammar_cut_short_is_offered_as_that_word() -> None:
    (finding,) = spelling_findings("The visit went well, altho she was tired.")
    assert finding.suggestions[0] == "although"
    (finding,) = spelling_findings("He came in thro the back door of the flat today.")
    assert finding.suggestions[0] == "through"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzDHIT", min_size=1, max_size=9))
def test_a_contraction_offered_is_the_word_with_an_apostrophe_put_back(written: str) -> None:
    """Whatever the word, the contraction offered for it, if any, is the same letters with
    one apostrophe put in, so the advice never turns it into another word."""
    meant = spelling.suggestions._contraction_without_apostrophe(written, SpellChecker.default())
    if meant is not None:
        assert meant.count("'") == 1
        assert meant.replace("'", "").casefold() == written.casefold()
