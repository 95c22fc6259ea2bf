"""Words talked about rather than used, and words explained where they stand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recordlint.metrics import sentence_spans
from recordlint.usage import (
    explained_a_few_words_on,
    is_explained,
    is_mentioned,
)
from recordlint.usage.definitions import (
    _OPENS_WITH_A_OR_AN,
    _definition_pattern,
    _may_open_with,
    _opens_by_defining,
    _what_it_does_pattern,
)


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The notion of lifestyle choice is mistaken here.", "lifestyle choice"),
        ("Avoid the term service user in records.", "service user"),
        ("Staff should stop writing 'non-compliant' in records.", "non-compliant"),
        ("Staff should stop writing “non-compliant” in records.", "non-compliant"),
        ('The so-called "lifestyle choice" argument was used.', "so-called"),
        ("Words such as refused suggest defiance.", "refused"),
        ("[Summarise the impact on the adult's wellbeing]", "the adult"),
        # A text that says the term is no longer used talks about it wherever it stands.
        (
            "They published guidance on protecting vulnerable adults. We don't use a term "
            "vulnerable adults today. It's not the adult who's vulnerable.",
            "vulnerable",
        ),
        ("Service user is no longer used here. Ask the service user.", "service user"),
    ],
)
def test_words_talked_about_are_mentions(text: str, words: str) -> None:
    assert is_mentioned(text, *_at(text, words))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She refused her tablets this morning.", "refused"),
        ("Her so-called friend took her pension.", "so-called"),
        ("The carer's placement ended in May.", "placement"),
        ('She said "the placement is lovely, I want to stay there for good".', "placement"),
        ("Our Ref [CF no. for the service user]", "service user"),
        ("We don't use the hoist now. She is vulnerable at night.", "vulnerable"),
    ],
)
def test_words_in_use_are_not_mentions(text: str, words: str) -> None:
    assert not is_mentioned(text, *_at(text, words))


@pytest.mark.parametrize(
    ("text", "words", "explained"),
    [
        ("We talked about respite (a short break for you).", "respite", True),
        ("An advocate, which means someone who helps you speak up, will call.", "advocate", True),
        ("Reablement is a short service to help you get back on your feet.", "Reablement", True),
        ("Ward says so. The patient is a bed blocker now.", "The patient", False),
        ("He has respite (DoLS) at Elm House.", "respite", False),
        ("He has respite at Elm House twice a year.", "respite", False),
        # A leaflet defines the term later, in a sentence of its own.
        (
            "You may be offered reablement.\n\nReablement is a service that builds your strength.",
            "reablement",
            True,
        ),
        ("You may be offered reablement. Reablement starts on Monday.", "reablement", False),
        (
            "We will write a support plan with you.\n\nA support plan describes your needs.",
            "support plan",
            True,
        ),
        ("We will write a support plan. The support plan describes it.", "support plan", False),
        ("We arranged respite, that is, a short break for her carer.", "respite", True),
        ("The respite that is booked starts on Monday.", "respite", False),
        # A bracket that points elsewhere or adds a condition explains nothing.
        ("Manage it, with support if required (see question 13 below).", "required", False),
        ("Pay towards respite (if you have savings over the limit).", "respite", False),
        ("Book respite care (such as a week at Elm House) early.", "respite", False),
        # A modifier is explained with its noun, by a bracket after the noun.
        ("It made statutory requirements (actions the home must meet).", "statutory", True),
        ("It made statutory requirements (see page 4) this year.", "statutory", False),
        ("We talked about respite - for example a week at Elm House.", "respite", False),
        # A clause says what it is and names it at its end.
        (
            "We work out the money you need to meet your needs and that becomes your "
            "personal budget.",
            "personal budget",
            True,
        ),
        # What any such thing does, said with a modal verb; not what happens to it.
        (
            "A financial assessment will calculate how much you pay towards your care.",
            "financial assessment",
            True,
        ),
        ("A financial assessment will be held next week.", "financial assessment", False),
        ("A care package will start on Monday at nine.", "care package", False),
        # The next sentence says what it is for.
        (
            "We will offer you a financial assessment. This is to see if you can get help.",
            "financial assessment",
            True,
        ),
        # A sentence that only goes on about it, then the explanation.
        (
            "We will do a financial assessment. This is not a test. It is how we see what "
            "you can afford to pay.",
            "financial assessment",
            True,
        ),
        (
            "We will do a financial assessment. Your son can come. It is how we work.",
            "financial assessment",
            False,
        ),
        # Named by "called"; but a telephone call names nothing.
        ("We offer a short service called reablement.", "reablement", True),
        ("I called the reablement team this morning.", "reablement", False),
        # A clause saying what the thing does for the reader; not what happens to it.
        (
            "You will be offered a direct payment, which will give you control over your care.",
            "direct payment",
            True,
        ),
        ("You will get a direct payment, which will be reviewed yearly.", "direct payment", False),
        # Someone introduced by what they are there for; not a reason for doing something.
        ("We will find an independent advocate to help you.", "independent advocate", True),
        ("They can carry out an assessment to help you.", "carry out an assessment", False),
        # What the service is used for, with the name of whose service it is before it.
        ("GP respite is used by the practice to prevent admission.", "respite", True),
        ("Her respite is used to give her daughter a break.", "respite", False),
        # A heading asking how the thing works, or what it means.
        ("How does reablement work?\nWe help you do things.", "reablement", True),
        ("What does a personal budget mean?\nIt is money.", "personal budget", True),
        ("How does she get to reablement?", "reablement", False),
        # A heading asking what such a thing holds, answered by the list under it.
        (
            "What does a care and support plan contain?\nYour plan may contain:\n- your goals",
            "care and support plan",
            True,
        ),
        ("What does her care and support plan say about Monday?", "care and support plan", False),
        # A bracket opening with a quoted word; a clause saying what the thing is.
        (
            "You can have a direct payment ('regular' money paid to you) instead.",
            "direct payment",
            True,
        ),
        (
            "A direct payment, which is money paid into your account, can pay a carer.",
            "direct payment",
            True,
        ),
        ("The care plan, which he signed, is on file.", "care plan", False),
        # Named at the end of the clause that said what it is, or in quotation marks.
        ("The cost of the care we fund will become your personal budget.", "personal budget", True),
        ("This is known as a 'Personal Budget' and is agreed each year.", "Personal Budget", True),
        ("The waking night will become a sleep-in from Monday.", "sleep-in", False),
        # The next sentence sets out what it holds.
        (
            "We agree your care and support plan. This sets out what help you will get.",
            "care and support plan",
            True,
        ),
        (
            "We agree your care and support plan. This happens every year.",
            "care and support plan",
            False,
        ),
        # A heading in the plural, defined by a sentence opening with the term quoted.
        (
            "Deferred Payment Agreements\n\nA 'Deferred Payment Agreement' is an arrangement "
            "with the council.",
            "Deferred Payment Agreements",
            True,
        ),
        (
            "Deferred Payment Agreements\n\nThe 'Deferred Payment Agreement' is an "
            "arrangement with the council.",
            "Deferred Payment Agreements",
            False,
        ),
        # The next sentence says what any such thing is for, by the term's last noun.
        (
            "How to get a carer's assessment\n\nIf you're a carer, you may want your own "
            "assessment by social services to look at support or services you need.",
            "carer's assessment",
            True,
        ),
        (
            "We will arrange a carer's assessment. The assessment will be done at home.",
            "carer's assessment",
            False,
        ),
        (
            "We will arrange a carer's assessment. Your daughter's assessment is to be done first.",
            "carer's assessment",
            False,
        ),
        # What a capacity or an authority is for, in the same clause.
        (
            "We use it when someone lacks mental capacity to make their own decisions about "
            "their finances.",
            "mental capacity",
            True,
        ),
        (
            "On the balance of probabilities Mr Lowe lacks mental capacity to decide where to "
            "live.",
            "mental capacity",
            False,
        ),
        ("Edna is unable at present to make the decision.", "at present", False),
        (
            "She is waiting for an Attorney/Deputy to be authorised to act on her behalf.",
            "Attorney",
            True,
        ),
        (
            "She is waiting for an Attorney/Deputy to be authorised to act on her behalf.",
            "Deputy",
            True,
        ),
        ("She lacks mental capacity to manage her money.", "mental capacity", False),
        ("We assessed her mental capacity to decide on Monday.", "mental capacity", False),
        # A heading whose section says what the thing is or does by its noun.
        (
            "Care and support plans\n\nAfter your assessment, we will develop a care and "
            "support plan with you.\n\nThis process helps decide the best way to meet your "
            "needs, and the plan will set out the details of what we've agreed.",
            "Care and support plans",
            True,
        ),
        (
            "Presenting needs\n\nAn assessment will look at the presenting needs and find "
            "any other needs.",
            "Presenting needs",
            False,
        ),
        # The explanation under the next heading is not this heading's.
        (
            "Care and support plans\n\nAfter your assessment, we will develop a care and "
            "support plan with you.\n\nReviews\n\nThe plan will set out the details of "
            "what we've agreed.",
            "Care and support plans",
            False,
        ),
        (
            "Carer needs assessment\n\nWe will carry out a carer assessment with you. This "
            "will let us decide if you should have help from us.",
            "needs assessment",
            True,
        ),
        (
            "If you are eligible for our support a financial assessment will look at whether "
            "the council pays.",
            "financial assessment",
            True,
        ),
        (
            "If you are eligible, your financial assessment will look at your savings.",
            "financial assessment",
            False,
        ),
        (
            "About care and support plans\nWe talk about what you want to achieve. The plan "
            "will list these.",
            "care and support plans",
            True,
        ),
        (
            "Care plan\n\nThe plan was agreed with Mrs Lowe on Monday and sent to her son.",
            "Care plan",
            False,
        ),
        # A heading over a question asking what any such thing is, which the page answers.
        (
            "Care Act assessment\n\nWhat is an assessment?\n\nWe use an assessment to "
            "decide whether a person needs care and support.",
            "Care Act assessment",
            True,
        ),
        (
            "Care Act assessment\n\nWhat is a direct payment?\n\nIt is money paid to you.",
            "Care Act assessment",
            False,
        ),
        (
            "Care Act assessment\n\nWe visited on Monday. What is an assessment?",
            "Care Act assessment",
            False,
        ),
        # A relative clause on the term's noun saying what the thing sets out or shows; not
        # what happens to it, nor what someone will do once.
        (
            "We will develop a care and support plan, which will set out how your needs can "
            "be best met.",
            "care and support plan",
            True,
        ),
        (
            "We will develop a care and support plan, which will be sent to you.",
            "care and support plan",
            False,
        ),
        (
            "The reablement team, who will see her on Friday, will ring first.",
            "reablement",
            False,
        ),
        # A copular definition by what is done in it; not one thing in particular, nor "about
        # to".
        (
            "Reablement is about working with the patient and putting in realistic goals.",
            "Reablement",
            True,
        ),
        ("Her reablement is about helping her walk again.", "reablement", False),
        ("Reablement is about to start on Monday.", "Reablement", False),
        # "By X we mean ...": the writer says what the term means.
        (
            "By care and support needs we mean something that is essential.",
            "care and support needs",
            True,
        ),
        ("We met her care and support needs by Monday.", "care and support needs", False),
    ],
)
def test_words_explained_where_they_stand(text: str, words: str, explained: bool) -> None:
    start, end = _at(text, words)
    assert is_explained(text, start, end, sentence_spans(text)) is explained


@given(st.text(max_size=200), st.data())
def test_any_text_and_span_gets_an_answer(text: str, data: st.DataObject) -> None:
    """Arbitrary text and any span in it: both questions answer without error."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert isinstance(is_mentioned(text, start, end), bool)
    assert isinstance(is_explained(text, start, end, sentence_spans(text)), bool)


_OPENINGS = st.sampled_from(["", " ", "- ", "“", "(", "An ", "a  ", "AN ", "The ", "\n"])
_TERM_WORDS = st.sampled_from(["reablement", "Advocate", "care plan", "s42", "K", "ſtep", "DoLS"])


@given(
    opening=_OPENINGS,
    words=_TERM_WORDS,
    cased=st.booleans(),
    rest=st.sampled_from([" is a service", " documents your needs ", " was", ""]),
    before=st.text(max_size=20),
)
def test_a_sentence_that_defines_a_term_is_always_read(
    opening: str, words: str, cased: bool, rest: str, before: str
) -> None:
    # Reading the sentence's opening first must never skip a sentence the definition
    # patterns match: whatever the opening marks, article and case, both agree. Nor may
    # the check for "a" or "an" skip one the pattern for what a thing does matches.
    written = words.upper() if cased else words
    text = f"{before}{opening}{written}{rest}"
    start = len(before)
    terms = tuple(words.split())
    definition, what_it_does = _definition_pattern(terms), _what_it_does_pattern(terms)
    if definition.match(text, start) or what_it_does.match(text, start):
        assert _may_open_with(text, start, terms)
    if what_it_does.match(text, start):
        assert _OPENS_WITH_A_OR_AN.match(text, start)


@given(
    opening=st.one_of(_OPENINGS, st.text(max_size=6)),
    naming=st.sampled_from(["", "GP ", "Gp  ", "The ", "THE ", "Ann-Marie ", "Day\t"]),
    words=st.one_of(_TERM_WORDS, st.sampled_from(["respite care", "_x", "(plan)", "9 a"])),
    cased=st.booleans(),
    between=st.sampled_from(["", " ", "\n"]),
    rest=st.one_of(
        st.sampled_from([" is a service", ", IS THE way ", " are used by us for ", " is"]),
        st.text(max_size=12),
    ),
    before=st.text(max_size=12),
)
def test_a_definition_is_found_as_its_whole_pattern_finds_it(
    opening: str, naming: str, words: str, cased: bool, between: str, rest: str, before: str
) -> None:
    # Matching the term alone at each place it may begin, and the ending after it, finds
    # exactly the sentences the whole pattern for the term matches.
    written = words.upper() if cased else words
    if between:
        written = written.replace(" ", between)
    text = f"{before}{opening}{naming}{written}{rest}"
    terms = tuple(words.split())
    for start in {0, len(before), len(before) + len(opening)}:
        expected = _definition_pattern(terms).match(text, start) is not None
        assert _opens_by_defining(text, start, terms) is expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        ("Reablement is a short service.", ("reablement",), True),
        ("- A Care  Plan is the record of it.", ("care", "plan"), True),
        ("GP respite is used by the practice to help.", ("respite",), True),
        ("The respite is a break.", ("respite",), False),
        ("Care plans are useful.", ("care", "plan"), False),
        ("ſtep is a way in.", ("ſtep",), True),
    ],
)
def test_a_sentence_that_opens_by_defining_its_term(
    text: str, terms: tuple[str, ...], expected: bool
) -> None:
    assert _opens_by_defining(text, 0, terms) is expected
    assert (_definition_pattern(terms).match(text, 0) is not None) is expected


def test_a_term_explained_in_a_definition_elsewhere_is_still_found() -> None:
    text = "She was offered reablement.\n\nReablement is a short service that helps you."
    start, end = _at(text, "reablement")
    assert is_explained(text, start, end, sentence_spans(text))


@pytest.mark.parametrize(
    ("text", "words", "explained"),
    [
        # Where or how often may come between the term and a bracket that says what help it
        # is; a bracket that says when or who, or points elsewhere, explains nothing.
        (
            "She went home with reablement twice a day (short-term help to regain skills).",
            "reablement",
            True,
        ),
        (
            "Reablement at home (up to six weeks of free support to regain skills) starts.",
            "Reablement",
            True,
        ),
        ("She has reablement twice a day (morning and teatime).", "reablement", False),
        ("She has reablement at weekends (his daughter will help).", "reablement", False),
        ("She has reablement on weekdays (see the support plan for help).", "reablement", False),
    ],
)
def test_explained_a_few_words_on(text: str, words: str, explained: bool) -> None:
    assert explained_a_few_words_on(text, *_at(text, words)) is explained
    # Not explained where it stands: the reader meets the word first.
    assert not is_explained(text, *_at(text, words), sentence_spans(text))


@pytest.mark.parametrize(
    ("text", "words", "explained"),
    [
        # The next sentence says what the thing works out, by "this" and its noun or by a
        # purpose that opens it.
        (
            "You will be asked to complete a financial assessment. This 'means' assessment "
            "will determine if, and how much, you should pay.",
            "financial assessment",
            True,
        ),
        (
            "What do you need for a financial assessment?\n\nTo work out how much you "
            "have to pay we will ask about your income.",
            "financial assessment",
            True,
        ),
        (
            "You will be asked to complete a financial assessment. This time it will look "
            "at how much you pay.",
            "financial assessment",
            False,
        ),
        (
            "You will be asked to complete a financial assessment. The form is on our website.",
            "financial assessment",
            False,
        ),
        ("She had a financial assessment in May.", "financial assessment", False),
        # "We do this through ..." after a sentence that says what is done.
        (
            "A decision can only be made once we understand your needs. We do this "
            "through a support needs assessment.",
            "needs assessment",
            True,
        ),
        ("We do this through a support needs assessment.", "needs assessment", False),
        (
            "Assessments\n\nWe do this through a support needs assessment.",
            "needs assessment",
            False,
        ),
        # A list item's label explained after its dash, and the term again in the next item.
        (
            "  • Respite stay in a care home - You'll have this if you need to stay in a "
            "care home for a short time\n  • Temporary stay - when you have used up any "
            "respite stay allowance",
            "respite",
            True,
        ),
        (
            "  • Respite stay in a care home - You'll have this if you need to stay in a "
            "care home for a short time",
            "Respite",
            True,
        ),
        (
            "  • Respite stay in a care home - from 4 May\n  • Temporary stay - when you "
            "have used up any respite stay allowance",
            "respite",
            False,
        ),
        ("  • Respite stay in a care home - ends in May", "Respite", False),
    ],
)
def test_a_term_explained_next_or_in_its_list(text: str, words: str, explained: bool) -> None:
    start = text.rindex(words) if words.islower() else text.index(words)
    end = start + len(words)
    assert is_explained(text, start, end, sentence_spans(text)) is explained


@pytest.mark.parametrize(
    ("text", "words", "explained"),
    [
        # Examples in a bracket after the term, or after a relative clause on it.
        (
            "The worker needs to know what reasonable adjustments they need to make (such "
            "as any sensory considerations, how best to communicate with you).",
            "reasonable adjustments",
            True,
        ),
        ("Carers describe physical impacts (e.g. continence issues).", "physical impacts", True),
        ("You can get telecare (for example a pendant alarm).", "telecare", True),
        # A bracket after another noun gives examples of that one; "including" adds to it.
        (
            "Social services should liaise with other authorities (such as housing).",
            "liaise",
            False,
        ),
        ("She is at risk of neglect (including self-neglect).", "neglect", False),
        ("The worker will make reasonable adjustments for her.", "reasonable adjustments", False),
    ],
)
def test_a_term_explained_by_examples_in_a_bracket(text: str, words: str, explained: bool) -> None:
    start = text.index(words)
    assert is_explained(text, start, start + len(words), sentence_spans(text)) is explained
