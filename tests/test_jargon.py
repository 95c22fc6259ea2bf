"""Inflection-aware lexicon matching, suggestions, names and explanations for RL2xx."""

from __future__ import annotations

from pathlib import Path

import pytest

from recordlint import Config, Linter
from recordlint.config import options_from_mapping
from recordlint.inflection import PAST, PLURAL, inflect_phrase, word_forms
from recordlint.matching import PhraseIndex, suggestions_for
from recordlint.metrics import sentence_spans
from recordlint.rules.jargon import best_person_name, is_explained


@pytest.mark.parametrize(
    ("word", "surface", "form"),
    [("signpost", "signposted", "ed"), ("signpost", "signposting", "ing"),
     ("package", "packages", "s"), ("mobilise", "mobilising", "ing"),
     ("mobilise", "mobilized", "ed"), ("refer", "referred", "ed"),
     ("undertake", "undertaken", "ed"), ("liaise", "liaised", "ed"),
     ("uphold", "upheld", "ed"), ("withhold", "withheld", "ed"), ("oversee", "overseen", "ed"),
     ("behave", "behaved", "ed")],
)  # fmt: skip
def test_word_forms_cover_regular_irregular_and_american_inflections(
    word: str, surface: str, form: str
) -> None:
    """Each base form expands to its inflections, labelled by kind."""
    assert word_forms(word)[surface] == form


def test_phrase_index_matches_inflections_case_and_word_order_variants() -> None:
    """ "Packages of care" and "care packages" both match their own entries."""
    index = PhraseIndex(["package of care", "care package"])
    text = "Her Packages of care and two care packages."
    found = [(text[m.start : m.end], index.phrases[m.key], m.form) for m in index.find(text)]
    assert found == [("Packages of care", "package of care", PLURAL),
                     ("care packages", "care package", PLURAL)]  # fmt: skip


def test_phrase_index_prefers_the_longest_match() -> None:
    """ "client contribution" wins over "client" where both start."""
    index = PhraseIndex(["client", "client contribution"])
    text = "The client contribution is £20."
    [match] = index.find(text)
    assert text[match.start : match.end] == "client contribution"


def test_phrase_index_keeps_possessives_and_hyphenated_words_apart() -> None:
    """ "client's" matches "client"; "non-residential" does not match "residential"."""
    index = PhraseIndex(["client", "residential"])
    text = "The client's son wants non-residential care."
    assert [text[m.start : m.end] for m in index.find(text)] == ["client"]


def test_phrase_index_needs_the_hyphen_before_a_particle() -> None:
    """ "sleep-in" (a noun) is not "sleep in" (a verb); "double-handed" is "double handed"."""
    index = PhraseIndex(["sleep-in", "double-handed"])
    assert index.find("He can sleep in on Sunday.") == []
    assert len(index.find("A sleep-in and double handed calls.")) == 2


def test_phrase_index_matches_across_a_line_break() -> None:
    """A phrase wrapped onto the next line still matches."""
    assert len(PhraseIndex(["package of care"]).find("her package\nof care")) == 1


@pytest.mark.parametrize(
    ("phrase", "form", "participle", "expected"),
    [("direct", PAST, False, "directed"), ("point to", PAST, False, "pointed to"),
     ("begin", PAST, True, "begun"), ("begin", PAST, False, "began"),
     ("care agency", PLURAL, False, "care agencies"), ("help at home", PLURAL, False, None),
     ("stop", PAST, False, "stopped"), ("visit", PAST, False, "visited")],
)  # fmt: skip
def test_inflect_phrase_puts_a_suggestion_into_the_replaced_form(
    phrase: str, form: str, participle: bool, expected: str | None
) -> None:
    """Suggestions take the inflection of the words they replace, or none if unsure."""
    assert inflect_phrase(phrase, form, participle=participle) == expected


def test_suggestions_for_keeps_capitals_and_marks_drop_in_replacements() -> None:
    """One plain word is a drop-in; a longer verb phrase needs review."""
    assert suggestions_for(["walk", "move around"], "Mobilised", PAST) == (
        ["Walked", "Moved around"],
        True,
    )
    assert suggestions_for(["tell about"], "signposted", PAST) == (["told about"], False)
    assert suggestions_for(["help at home"], "CARE PACKAGES", PLURAL) == (["HELP AT HOME"], False)


def test_best_person_name_prefers_the_salutation_then_the_commonest_titled_name() -> None:
    """ "Dear Mrs Khan" beats other names; otherwise the most frequent title and surname."""
    assert best_person_name([{"salutation": ["Mrs Khan"], "titled": ["Dr Patel"]}]) == "Mrs Khan"
    names = [{"titled": ["Mrs Ahmed", "Mr Ahmed"]}, {"titled": ["Mrs Ahmed"]}]
    assert best_person_name(names) == "Mrs Ahmed"
    assert best_person_name([{"entities": ["Karen"]}]) is None  # once is not enough
    assert best_person_name([{"entities": ["Karen", "Karen", "Sam"]}]) == "Karen"


@pytest.mark.parametrize(
    ("text", "explained"),
    [("A Section 42 enquiry (the council's check that you are safe) has started.", True),
     ("A Section 42 enquiry – the council's check that you are safe – has started.", True),
     ("A Section 42 enquiry has started, which means we will ask some questions.", True),
     ("This is called a Section 42 enquiry and it has started.", True),
     ("A Section 42 enquiry has started. This means we will ask some questions.", True),
     ("A Section 42 enquiry (S42E) has started.", False),
     ("Section 42 enquiry: Mrs Khan agreed to it.", False),
     ("Section 42 enquiry - Mrs Khan", False),
     ("A Section 42 enquiry has started.", False),
     ("A Section 42 enquiry will look at what happened and how to keep you safe.", True),
     ("A Section 42 enquiry checks whether you are safe.", True),
     ("The Section 42 enquiry will look at what happened.", False),
     ("Your Section 42 enquiry will look at what happened.", False)],
)  # fmt: skip
def test_is_explained_recognises_brackets_dashes_and_this_means(text: str, explained: bool) -> None:
    """An explanation follows the term in brackets, after a dash, or as "this means"."""
    start = text.index("Section 42 enquiry")
    end = start + len("Section 42 enquiry")
    assert is_explained(text, start, end, sentence_spans(text)) is explained


_GIVES_OR_IS_FOR = [
    ("We can arrange respite, a short break for carers, at the home.", "respite", True),
    ("We discussed respite, a care package for her, and reablement.", "respite", False),
    (
        "We asked our brokerage team, who arrange care with agencies, to find carers.",
        "brokerage",
        True,
    ),
    (
        "We will do a financial assessment, which checks your income and savings.",
        "financial assessment",
        True,
    ),
    ("The reablement team, who visited on Monday, found her well.", "reablement", False),
    ("The reablement team, who will visit on Friday, will ring first.", "reablement", False),
    ("Reablement refers to short-term help at home.", "Reablement", True),
    ("You may get direct payments. These are payments made to you.", "direct payments", True),
    ("You may get direct payments. These are paid late.", "direct payments", False),
    (
        "We will refer you to our enablement service. The service "
        "offers short-term support to help you regain your confidence.",
        "enablement",
        True,
    ),
    (
        "We will arrange a carer's assessment. The assessment gives "
        "you a chance to talk about your caring role.",
        "carer's assessment",
        True,
    ),
    (
        "Our assessor will work with you to create a care and "
        "support plan. This will include all your needs.",
        "care and support plan",
        True,
    ),
    (
        "We will update your care and support plan to make sure it "
        "shows how your needs will be met.",
        "care and support plan",
        True,
    ),
    (
        "Mears Care is a domiciliary care agency providing personal "
        "care to people in their own homes.",
        "domiciliary care",
        True,
    ),
    (
        "If she is still at risk, a safeguarding plan will be "
        "created to reduce or prevent further harm.",
        "safeguarding plan",
        True,
    ),
    (
        "An independent advocate may get involved to support them in making decisions.",
        "independent advocate",
        True,
    ),
    (
        "An aim of intermediate care is to make people as independent as they can be.",
        "intermediate care",
        True,
    ),
    (
        "We will refer you to our enablement service. The service is busy this month.",
        "enablement",
        False,
    ),
    (
        "We will arrange a carer's assessment. The social worker gives you a date.",
        "carer's assessment",
        False,
    ),
    (
        "She was referred to a domiciliary care agency. It provides "
        "personal care to people at home.",
        "domiciliary care",
        False,
    ),
    (
        "The safeguarding plan will be reviewed next week.",
        "safeguarding plan",
        False,
    ),
    (
        "The care and support plan was sent to her daughter.",
        "care and support plan",
        False,
    ),
]


@pytest.mark.parametrize(("text", "term", "explained"), _GIVES_OR_IS_FOR)
def test_is_explained_by_what_the_thing_gives_or_is_for(
    text: str, term: str, explained: bool
) -> None:
    """A term is explained by what it provides or is made for, said of any such thing in
    its own sentence, or by a next sentence whose subject is "this" or "the" and the
    thing's own noun and whose verb says what it gives or holds."""
    start = text.index(term)
    assert is_explained(text, start, start + len(term), sentence_spans(text)) is explained


def test_team_jargon_file_adds_terms(tmp_path: Path) -> None:
    """A team's jargon file in the lexicon schema is matched like the shipped lexicon."""
    (tmp_path / "team-jargon.toml").write_text(
        '[lexicon]\nname = "jargon"\ndescription = "Our words."\nschema_version = 1\n'
        'reviewed_by = "The team"\nreviewed_on = 2026-01-01\nsources = ["Team meeting"]\n\n'
        '[[entry]]\nterm = "front door team"\nsuggestions = ["the team that takes new calls"]\n'
        'why = "Our name for the duty team."\nstandards = [2]\n',
        encoding="utf-8",
    )
    options = options_from_mapping(
        {"select": ["RL201"], "team": {"jargon-file": "team-jargon.toml"}}, "test"
    )
    linter = Linter(Config(options, tmp_path / "recordlint.toml"))
    report = linter.lint("I called the Front Door Team's duty line. Front door teams help.")
    assert report.errors == []
    assert [f.text for f in report.findings] == ["Front door teams"]


def test_depersonalising_suggestion_names_the_person_from_another_paragraph() -> None:
    """The name found anywhere in the record replaces the placeholder suggestion."""
    options = options_from_mapping({"select": ["RL202"]}, "test")
    report = Linter(Config(options)).lint(
        "Visit to Mrs Doreen Pollard at home.\n\nThe client said she wants to stay at home."
    )
    [finding] = report.findings
    assert finding.text == "The client"
    assert finding.suggestions[0] == "Mrs Pollard"


def test_depersonalising_suggestion_falls_back_to_a_name_the_recogniser_finds_twice() -> None:
    """With no title or salutation anywhere, the entity recogniser runs when the finalizer
    asks, and a name it finds twice replaces the placeholder."""
    options = options_from_mapping({"select": ["RL202"]}, "test")
    linter = Linter(Config(options))
    report = linter.lint(
        "Spoke with Joan Smith. The client said Joan Smith had not eaten. Joan Smith wants help.",
        kind="case_note",
    )
    [finding] = report.findings
    assert finding.text == "The client"
    assert finding.suggestions[0] == "Joan Smith"
    assert report.errors == []


def test_legal_term_is_flagged_once_and_not_if_explained_elsewhere() -> None:
    """Only the first use is flagged; an explanation anywhere in the record silences it."""
    options = options_from_mapping({"select": ["RL203"]}, "test")
    linter = Linter(Config(options))
    once = linter.lint(
        "A Section 42 enquiry started.\n\nThe Section 42 enquiry ended.", kind="letter"
    )
    assert [f.start for f in once.findings] == [2]
    explained = linter.lint(
        "A Section 42 enquiry started.\n\n"
        "A Section 42 enquiry (the council's check that you are safe) takes four weeks.",
        kind="letter",
    )
    assert explained.findings == []


def _rl201(text: str, severity: str | None = None) -> list[tuple[str, str]]:
    mapping: dict[str, object] = {"select": ["RL201"]}
    if severity:
        mapping["severity"] = {"RL201": severity}
    report = Linter(Config(options_from_mapping(mapping, "test"))).lint(text, kind="case_note")
    return [(f.text, f.severity.value) for f in report.findings]


@pytest.mark.parametrize(
    "text",
    [
        # The name of a team, a service or a job.
        "I have referred him to the reablement team so that he can walk further.",
        "We agreed that the reablement workers will keep visiting twice a day.",
        # A subject line, a heading, a label opening a line, a line alone under a greeting.
        "From: Helen Moy\nSubject: Your dad's reablement visits\n\nDear Linda,\n\nThank you.",
        "Mrs Halima Begum\nEnd of reablement review\nReview date: 12 September 2025, at home.",
        "Why I am closing the case: her care is in place and she is happy with it.",
        "Dear Dr Nair,\n\nMr Stanley Gotts, 22 Brook Road – end of reablement\n\nI am writing.",
    ],
)
def test_jargon_naming_a_team_or_in_a_heading_is_info(text: str) -> None:
    """The advice stands, one step lower: such uses are often marked as jargon, and records
    written to the standards use them."""
    [(_, severity)] = _rl201(text)
    assert severity == "info"


@pytest.mark.parametrize(
    "text",
    [
        "Her reablement ends on Friday.",
        "Her placement is paid for as section 117 aftercare.",
        "If she is not there her allocated worker will visit.",
        "Her reablement ends on Friday (the team told her on Monday).",
        "She went home with reablement twice a day (morning and teatime).",
        "She is waiting for reablement to start.",
    ],
)
def test_jargon_used_plainly_is_still_a_warning(text: str) -> None:
    [(_, severity)] = _rl201(text)
    assert severity == "warning"


def test_a_term_used_in_a_name_and_plainly_is_a_warning_at_its_plain_use() -> None:
    text = "I visited with the reablement team today. Her reablement ends on Friday."
    report = Linter(Config(options_from_mapping({"select": ["RL201"]}, "test"))).lint(
        text, kind="case_note"
    )
    [finding] = report.findings
    assert (finding.start, finding.severity.value) == (text.rindex("reablement"), "warning")
    assert [(r.start, r.severity.value) for r in finding.repeats] == [
        (text.index("reablement"), "info")
    ]


def test_a_term_explained_a_few_words_on_is_info_at_every_use() -> None:
    """The record says what reablement is at one use, past how often: the annotated records
    still mark the word, so the advice stands, one step lower, at every use."""
    text = (
        "She went home with reablement twice a day (short-term help to regain skills).\n\n"
        "Her reablement ends on Friday."
    )
    assert {severity for _, severity in _rl201(text)} == {"info"}


def test_a_term_the_record_names_a_service_with_is_info_at_its_plain_uses() -> None:
    """A letter from the "Reablement Team", signed by its "Reablement Coordinator": its
    plain uses name that service, and the advice stands one step lower."""
    letter = (
        "Reablement Team (West)\n\nDear Dr Nair,\n\nMr Gotts finished his reablement "
        "with us today.\n\nYours sincerely,\n\nLucy Cheng\nReablement Coordinator"
    )
    assert {severity for _, severity in _rl201(letter)} == {"info"}
    # Capitals that do not run to a team's or a job's noun name nothing.
    assert _rl201("Reablement ends on Friday. Her reablement went well.") == [
        ("Reablement", "warning")
    ]


def test_a_term_naming_the_job_of_someone_the_record_names_is_info_at_its_plain_uses() -> None:
    """A review that names "Aoife Brennan (reablement officer)" or is filled in by
    "Reablement officer: Siobhan Brennan" deals with that service, as a capitalised name
    does; a job label with no name after it, or none at all, names nobody."""
    for named in (
        "Present: Mrs Begum and Aoife Brennan (reablement officer).",
        "Present: Mrs Begum and Joy Nwosu, reablement officer.",
        "Reablement officer: Siobhan Brennan",
    ):
        note = f"{named}\n\nReablement will end on 19 September."
        assert {severity for _, severity in _rl201(note)} == {"info"}, named
    for unnamed in ("Reablement officer: to be allocated", "Present: Mrs Begum and her son."):
        note = f"{unnamed}\n\nReablement will end on 19 September."
        assert ("Reablement", "warning") in _rl201(note), unnamed


def test_a_lowered_use_is_one_step_below_the_configured_severity() -> None:
    assert _rl201("I rang the reablement team today.", "error") == [("reablement", "warning")]


def test_a_term_glossed_with_its_plain_words_after_or_is_explained_for_every_use() -> None:
    """ "Respite or short breaks" gives the reader the plain words beside the term; a term
    joined by "or" to something else is not glossed."""
    linter = Linter(Config(options_from_mapping({"select": ["RL201"]}, "test")))

    def flagged(text: str) -> list[str]:
        return [f.text for f in linter.lint(text, kind="letter").findings if f.code == "RL201"]

    assert flagged("Carers use the scheme for respite or short breaks. Respite helps.") == []
    assert flagged("Carers use the scheme for respite or day care.") == ["respite"]


def test_a_label_by_the_service_before_a_noun_is_reported_in_professional_prose() -> None:
    """Minutes "written from the customer perspective" name people by the service; in a
    record, "the council's client account" is an account's name."""
    linter = Linter(Config(options_from_mapping({"select": ["RL202"]}, "test")))

    def flagged(text: str, kind: str) -> list[str]:
        return [f.text for f in linter.lint(text, kind=kind).findings if f.code == "RL202"]

    minutes = "It should be written from the customer perspective, avoiding jargon."
    assert flagged(minutes, "professional") == ["the customer"]
    note = "Mr Sykes's benefits will be paid into the council's client account from Monday."
    assert flagged(note, "case_note") == []


def test_someone_elses_clients_are_not_a_label_for_the_person() -> None:
    """ "His clients" are the clients of the man the note speaks of, a part of his working
    life; "my client" is the writer's label for the person, and "its customers" a
    company's, so both are still flagged."""
    linter = Linter(Config(options_from_mapping({"select": ["RL202"]}, "test")))

    def flagged(text: str, kind: str = "case_note") -> list[str]:
        return [f.text for f in linter.lint(text, kind=kind).findings if f.code == "RL202"]

    own = "Mr Sandhu said his business partner has been covering his clients since May."
    assert flagged(own) == []
    assert flagged("Ms Kaur's solicitor said she wanted to be sure her client could hear.") == []
    assert flagged("I visited Mr Dimitrov. My client wants to stay in the flat.") == ["My client"]
    assert flagged("Mrs Ahmed rang the agency, which must safeguard its customers.") == [
        "customers"
    ]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("case_note", []),
        ("email", []),
        ("assessment", [("transfers", "info")]),
        ("letter", [("transfers", "warning")]),
    ],
)
def test_a_working_term_jargon_in_letters_only_is_kept_in_notes_and_lower_in_plans(
    kind: str, expected: list[tuple[str, str]]
) -> None:
    """A term annotators leave unmarked in notes, emails and plans (`jargon_for =
    "letters"`): colleagues keep it, a plan hears the advice as info, a letter is warned."""
    text = "The low sofa is making transfers harder for Tariq, so I asked for a riser chair."
    config = Config(options_from_mapping({"select": ["RL201"]}, "test"))
    report = Linter(config).lint(text, kind=kind)
    assert [(f.text, f.severity.value) for f in report.findings] == expected


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Night-time toileting is getting harder, so she has a commode by the bed.", "toileting"),
        ("The duty worker will triage the call and ring Mrs Lee back today.", "triage"),
    ],
)
def test_working_terms_writers_keep_in_notes_are_warned_about_in_letters_only(
    sentence: str, term: str
) -> None:
    """Terms the annotated records leave unmarked in notes and plans (the jargon review of
    2026-12-07): quiet in a case note, info in an assessment, a warning in a letter."""
    linter = Linter(Config(options_from_mapping({"select": ["RL201"]}, "test")))

    def found(kind: str) -> list[tuple[str, str]]:
        report = linter.lint(sentence, kind=kind)
        return [(f.text, f.severity.value) for f in report.findings]

    assert found("case_note") == []
    assert found("assessment") == [(term, "info")]
    assert found("letter") == [(term, "warning")]


def test_a_term_jargon_to_everyone_is_still_a_warning_in_a_plan() -> None:
    text = "The low sofa is making transfers harder, and his package of care starts Monday."
    config = Config(options_from_mapping({"select": ["RL201"]}, "test"))
    report = Linter(config).lint(text, kind="assessment")
    assert [(f.text, f.severity.value) for f in report.findings] == [
        ("transfers", "info"),
        ("package of care", "warning"),
    ]


def test_the_field_after_a_named_persons_job_is_part_of_the_job_title() -> None:
    """In a list of people by full name, the field after the job and a comma ends the
    person's entry and belongs to the job's title; the same words in a sentence are used."""
    panel = (
        "Sue Orchard, clinical leader, intermediate care ; Jackie Dawson, district nurse ;"
        " Joanna Gare, clinical leader, intermediate care"
    )
    assert _rl201(panel) == []
    assert _rl201("Sue Orchard, her neighbour, said intermediate care would help.") == [
        ("intermediate care", "warning")
    ]
    assert _rl201("Mary was offered intermediate care.") == [("intermediate care", "warning")]


def test_a_term_naming_the_second_of_two_joined_bodies_is_part_of_a_name() -> None:
    """ "Leeds social services and primary care trust" names two bodies under a place's
    name; the same words before a noun that names no body, or alone, are used."""
    assert _rl201("Panel: Leeds social services and primary care trust") == []
    assert _rl201("Leeds social services and primary care agreed.") == [("primary care", "warning")]
    assert _rl201("She was referred to primary care.") == [("primary care", "warning")]


def _codes(codes: list[str], text: str, kind: str) -> list[tuple[str, str]]:
    options = options_from_mapping({"select": codes}, "test")
    report = Linter(Config(options)).lint(text, kind=kind)
    return [(f.code, f.text) for f in report.findings]


def test_a_term_explained_where_it_stands_is_quiet_and_one_used_bare_stays_loud() -> None:
    """A copular definition by what is done in it explains the term for the whole letter,
    and a relative clause on the term's noun saying what it sets out explains it; the same
    term said to be "about to" start, or a clause saying what happens to the thing, leaves
    it unexplained, and "The service user is ..." in a case note is still about one
    person."""
    letter = "Dear Mrs Lowe,\n\n{}\n\nYours sincerely"
    explained = "Reablement is about working with you to do things again. Reablement lasts."
    assert _codes(["RL201"], letter.format(explained), "letter") == []
    bare = "Reablement is about to start on Monday. The reablement will last six weeks."
    assert _codes(["RL201"], letter.format(bare), "letter") == [("RL201", "Reablement")]
    plan = "We will agree a care and support plan, which will set out how your needs are met."
    assert _codes(["RL203"], letter.format(plan), "letter") == []
    sent = "We will agree a care and support plan, which will be sent to you."
    assert _codes(["RL203"], letter.format(sent), "letter") == [("RL203", "care and support plan")]
    note = "Visited at 10am. The service user is about leaving the flat and is worried."
    assert _codes(["RL202"], note, "case_note") == [("RL202", "The service user")]


def test_a_label_in_a_sentence_defining_a_service_is_anyone() -> None:
    """ "The patient" in a sentence that opens by defining a service names anyone it is for;
    the same label as the subject, or in a sentence about one visit, names someone."""
    quiet = "Reablement is about working with the patient, putting in realistic goals."
    assert _codes(["RL202"], quiet, "case_note") == []
    subject = "The patient is about to go home. Reablement starts on Monday."
    assert _codes(["RL202"], subject, "case_note") == [("RL202", "The patient")]
    visit = "Visited today. Reablement went well and the patient walked to the door."
    assert _codes(["RL202"], visit, "case_note") == [("RL202", "the patient")]


def test_a_word_opening_a_cited_title_is_part_of_the_name() -> None:
    """A run of capitalised words after a cue on the line, to the line's end, is a title
    cited ("See: Overarching Aims, Duties and Principles Procedure."); the same word opening
    a plain sentence after the cue is still jargon."""
    cited = "Read the guidance.\nSee: Overarching Aims, Duties and Principles Procedure.\n"
    assert _codes(["RL201"], cited, "case_note") == []
    plain = "Read the guidance.\nSee: Overarching aims of the procedure.\n"
    assert _codes(["RL201"], plain, "case_note") == [("RL201", "Overarching")]


def test_people_taken_in_turn_under_a_label_are_counted_twice_at_least() -> None:
    """A round of visits takes people in turn under the label ("first client", "next
    client", "from client to client"); one such phrase is not yet a round."""
    from recordlint.rules.jargon.depersonalising import _people_in_turn

    assert _people_in_turn("Her first client's house, then her next client.", "the client")
    assert _people_in_turn("It differs from client to client; each client is seen.", "client")
    assert not _people_in_turn("Visited Mr Hale, my first client this week.", "The client")
    assert not _people_in_turn("The client's next appointment is on Friday.", "The client")


@pytest.mark.parametrize(
    ("text", "words", "named"),
    [
        ("Tasha Bright\nHousing Support Worker (Floating Support)\n", "Floating Support", True),
        ("Present: KM, MA (Commissioning), GL (CWD)", "Commissioning", True),
        ("Thx, Kelly (Brokerage)", "Brokerage", True),
        ("Tasha (floating support) rang.", "floating support", False),
        ("He was signposted (Signposted) to the service.", "Signposted", False),
    ],
)
def test_a_team_in_capitals_in_brackets_after_a_name_is_a_name(
    text: str, words: str, named: bool
) -> None:
    """A team or field in capitals in a bracket of its own after someone's name or job
    title is where they work; in small letters, or after a word in a sentence, it is not."""
    from recordlint.rules.jargon.team_and_job_names import part_of_a_name_or_address

    start = text.index(words)
    assert part_of_a_name_or_address(text, start, start + len(words)) is named
