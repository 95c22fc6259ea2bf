"""Whose voice a clause carries: the person, a relevant other or a professional."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recordlint.inflection import word_forms
from recordlint.lexicon import load_lexicon
from recordlint.names import (
    an_ordinary_compound,
    names_somebody,
    only_a_name,
    only_an_ordinary_word,
    titled_name,
)
from recordlint.rules.voice import (
    LineKind,
    RefKind,
    cued_first_names,
    initial_of,
    may_carry_voice,
    own_line,
    same_first_name,
    speech_lexicon,
    voice_of,
)
from recordlint.segments import line_units


def _voices(text: str, kind: str = "case_note") -> list[str]:
    summary = voice_of(text, kind)
    return [text[start:end] for start, end in summary.person_voice]


@pytest.mark.parametrize(
    "text",
    [
        "Visited Mrs Ahmed. Mrs Ahmed told me she wants to stay at home.",
        "Phone call with Mr Jones. He said he feels lonely.",
        "Visited Mrs Begum. She would like to go to the day centre.",
        "Visited Mr Jones. Mr Jones was clear that he does not want to move.",
        "Visited Mr Okafor. He would rather make his own lunch.",
        "You told me you want to stay at home.",
        'Visited Miss Evans. She told me: "Some days I don\'t get out of bed."',
        "Visited Mr Finch. Mr Finch said he has not been hungry since his brother died. "
        "He said he is frightened of the bill.",
        # A wish, feeling or stance she holds about something is hers without a speech verb.
        "Visited Mrs Khan. Mrs Khan is happy with her care.",
        "Visited Mrs Hill. Mrs Hill is adamant she will not move.",
        "Visit to Mrs Khan. Pt keen to go home.",
        # Who was asked, and answered in the same sentence, is who speaks.
        "Visited Mrs Parry. Mrs Parry was asked if she was happy with her care and said yes.",
        "Visited Mrs Parry. She was offered a key safe and agreed to have one fitted.",
        # What a professional passes on that the person said is still the person's.
        "Visit - Mrs Ann Cole\nThe ward sister said Mrs Cole told her she wants to go home.",
        # So is a wish passed on with the person as its subject.
        "Visit - Mrs Ann Cole\nThe GP said Mrs Cole wants a care home.",
        "Duty - Mr Ibrahim Sesay\nSW says Mr S wants a DP so he can employ his own PAs.",
        # A side taken on what is proposed is a view without naming it, also in a note's
        # fragment after a dash or opening with its negation.
        "Visit to Mr Lee Brown. He is not keen.",
        "Visit to Mr Lee Brown. Discussed moving bed downstairs - not keen.",
        "Visit to Mr Lee Brown. Not keen on moving.",
        "Visit to Mr Lee Brown. Day centre discussed – not happy about going.",
        # A note's name before the stance, which the tagger reads as a noun or a name.
        "Visit to Mrs Ruth Rosen. Telecare to be added. Mrs R reluctant.",
        "Visit to Mr Lee Brown. Mr Brown against the move.",
        # A heading's "against" takes no side and hides nobody.
        "Review - Mr Lee Brown\nProgress against Mr Brown's goals\nHe said he wants to go home.",
        "Visit to Mr Lee Brown. He is reluctant to move.",
        "Visit to Mr Lee Brown. He is against moving.",
        "Visit to Mr Lee Brown. He is opposed to moving.",
        # A wish passed on by somebody who cannot be its subject ("he" in a sister's words,
        # "she" in what carers report) is the person's.
        "Visit to Mr Lee Brown. Sister says he wants to stay at home.",
        "Visit to Mrs Ann Brown. Carers report she wants to stay in bed.",
        # What the person said, by name, passed on through a chain of reports is theirs,
        # whoever the "he" passing it on is.
        "Person: Mrs Margaret Ashdown\nI rang her husband this morning. He told me Mrs "
        "Ashdown has said to him many times that she wants to stay in her own house.",
        # A note's shorthand opening a sentence is no name between "he" and the person.
        'Move day - Mr S Nowak\nMr N came by ambulance. Meds & MAR handed over. He said "I '
        'want to go back".',
        # A first name the tagger reads as another word still names who speaks.
        "H/V 15/09/25 - entered 22/09/25\nMr Clive Ashworth, 73, 11th flr Kestrel Tower.\n"
        "3rd visit. Again refused entry, spoke through letterbox.\n"
        'Clive claims he is "fine" and "sorting it". He is not coping.\n'
        "Safe and well visit requested.",
    ],
)
def test_the_persons_voice(text: str) -> None:
    assert _voices(text)


@pytest.mark.parametrize(
    "text",
    [
        "Visited Mrs Tanner. The GP said she is anxious.",
        # A professional's account of how the person feels is their reading.
        "Visit - Mrs Ann Cole\nThe GP said Mrs Cole is frightened of the stairs.",
        # A relative's account of what a parent named only by a family word wants is theirs.
        "Visit - Mrs Ann Cole\nHer son said his mum wants a care home.",
        "Visited Mrs Tanner. Her daughter said she is not coping.",
        "Visited Mrs Khan. I spoke to her daughter. She said she wants a care home.",
        # A feeling with nothing it is about, one on a relative's word, a relative's own
        # feeling and a judgement of the person are not the person's view.
        "Visited Mrs Khan. Mrs Khan was upset.",
        "Visited Mrs Khan. She was very upset per dtr.",
        "Visited Mrs Khan. Her daughter is worried about her.",
        "Visited Mrs Khan. Mrs Khan is confused and aggressive.",
        # The writer vouching for her feeling reads her mind; a fragment opening the
        # paragraph is the writer's own; a heading says nothing.
        "Visited Mrs Khan. Mrs Khan is obviously frightened of him.",
        "Visited Mrs Khan.\n\nHappy to attend any meeting about her care.",
        "Visited Mrs Khan.\nImportant to me\nThe garden.",
        "I asked whether Mrs Khan would like to go to the day centre.",
        "If Mrs Khan wants to talk, she can ring me.",
        "Mrs Khan may want to think about a key safe.",
        "Mrs Khan was told about the charges.",
        "Mrs Khan did not say anything about the carers.",
        "Would you like a copy of this plan?",
        "I explained that she may need to move to a nursing home.",
        "She spoke quietly and did not make eye contact.",
        # A relative's own feeling or stance, a relative's word on her own feeling, and
        # what somebody feels of the person stay theirs; a stance that may be is no view.
        "Visit to Mr Lee Brown. Wife anxious.",
        "Visit to Mr Lee Brown. Wife not keen.",
        "Visit to Mr Lee Brown. Wife visited - anxious about the move.",
        "Visit to Mr Lee Brown. Wife against it.",
        "Visit to Mrs Ann Brown. Her daughter is worried about her mum.",
        "Visit to Mr Lee Brown. Sister says she is worried about him.",
        "Visit to Mrs Ann Brown. Her husband feels she enjoys the day centre.",
        "Visit to Mr Lee Brown. His wife reports he enjoys music.",
        "Visit to Mr Lee Brown. He may be reluctant to move.",
        "Visit to Mr Lee Brown. He is a keen gardener.",
        # A deed somebody else saw is no view of his, nor is a refusal the writer saw.
        "Visit to Mr Cyril Ambrose. Staff say he wanders to the door asking for his wife.",
        "Visit to Mr Lee Brown. Refused meds.",
        # Through a chain of reports, a relative's reading of her feelings and his own
        # wish stay his; a refusal seen after a shorthand opening a sentence is no view.
        "Person: Mrs Margaret Ashdown\nI rang her husband this morning. He told me Mrs "
        "Ashdown is frightened of the stairs.",
        "Person: Mrs Margaret Ashdown\nI rang her husband. He said he wants her to move to a "
        "care home.",
        "Move day - Mr S Nowak\nMr N came by ambulance. Meds & MAR handed over. Refused his lunch.",
        # A note's passive that leaves out "was" is nobody's request.
        "Re-prioritisation - Mrs Bernadette Quinlan\nUpgraded to P1. Bridging care x2 daily "
        "requested. OT visit expedited to 25/11.",
        "Re-prioritisation - Mrs Bernadette Quinlan\nUpgraded to P1. Emergency bridging x2 "
        "daily requested via brokerage.",
    ],
)
def test_not_the_persons_voice(text: str) -> None:
    assert not _voices(text)


@pytest.mark.parametrize(
    "text",
    [
        # Refusing or holding back from the contact itself, whichever word carries it.
        "Visit to Mr Sam Udeh. He refused to speak with the nurse and went to his room.",
        "Visit to Mrs Alice Grant. She was unwilling to co-operate with the assessment.",
        "Tel to Mr Dennis Kerr re arrears. Mr Kerr declined to discuss a payment plan.",
        "Review - Mr Vic Hale\nMr Hale refuses to participate in the review.",
        "HV to Mrs Pat Lowe. Presented as guarded. Reluctant to engage with the OT.",
        "Joint visit - Mr Ade Bello\nMr Bello was unwilling to answer any questions.",
        # Staying away from the meeting or the service held for them.
        "Meeting re Mr Albert Fennimore\nMr Fennimore was invited but declined to attend.",
        "Review - Mr Vic Hale\nHe is refusing to attend day ops and stays in his room.",
    ],
)
def test_refusing_the_contact_is_no_view(text: str) -> None:
    assert not _voices(text)


@pytest.mark.parametrize(
    "text",
    [
        # A side taken on something proposed, an offer turned down and words given with
        # the refusal stay the person's.
        "Visit to Mrs Ann Cole. She is reluctant to accept carers.",
        "Visit to Mrs Ann Cole. She refused to accept the pendant alarm.",
        "Visit to Mrs Ann Cole. She declined the pendant alarm.",
        'Visit to Mrs Ann Cole. She refused to talk about moving, saying "this is my home".',
        "Visit to Mrs Ann Cole. She is reluctant to go into respite.",
    ],
)
def test_a_refusal_of_what_is_proposed_stays_the_persons_voice(text: str) -> None:
    assert _voices(text)


def test_counts_separate_the_person_family_and_professionals() -> None:
    text = (
        "Visited Mrs Pollard at home. Her daughter said she needs a care home. The GP said "
        'her breathing is worse. Mrs Pollard told me she wants to stay and said "I manage '
        'fine".'
    )
    metrics = voice_of(text, "case_note").metrics()
    assert metrics == {
        "person_voice": 1,
        "person_quotes": 1,
        "relevant_others_views": 1,
        "professional_views": 1,
    }


def test_a_relative_introduced_by_role_is_not_the_person() -> None:
    text = (
        "Phone call with Mrs Linda Shaw, daughter of Mr Ernest Shaw (91). Mrs Shaw wanted "
        "to complain that the carers are late."
    )
    summary = voice_of(text, "case_note")
    assert summary.person.surname == "shaw" and summary.person.title == "mr"
    assert not summary.person_voice
    assert summary.relevant_others_views == 1


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Call with Mr Dev Chauhan (son) about his father, Mr Ramesh Chauhan\n"
            "His father told me he unplugs the phone at night.",
            "His father told me he unplugs the phone at night",
        ),
        (
            "Call from her grandson Kyle about his nan, Mrs Pearl Dunstan, who lives alone.\n"
            "Nan told Kyle she is frightened of the dark.",
            "Nan told Kyle she is frightened of the dark",
        ),
    ],
)
def test_the_family_word_that_introduces_the_person_names_them(text: str, voice: str) -> None:
    assert _voices(text) == [voice]


def test_a_family_word_the_person_was_not_introduced_with_is_somebody_else() -> None:
    text = (
        "Call with Mr Dev Chauhan (son) about his father, Mr Ramesh Chauhan\n"
        "His mother told me she is worried about the phone."
    )
    summary = voice_of(text, "case_note")
    assert not summary.person_voice
    assert summary.relevant_others_views == 1


def test_an_ordinary_word_opening_a_form_line_is_nobody_rung() -> None:
    text = (
        "Person: Mr Leonard Quigley\nConditions met? Partly\n"
        "Says he wants to go back to work at the depot."
    )
    assert _voices(text) == ["Says he wants to go back to work at the depot"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("Visit to Orchard Lea. Mr Hollis fell twice. Spoke to 3 residents. "
         "Mrs Olive Fenwick said the food is cold.", True),
        ("Visit to Orchard Lea. Mr Hollis fell twice. Met with two of the tenants. "
         "Mrs Olive Fenwick said the food is cold.", True),
        # One resident's record: another titled name is somebody else.
        ("Visit to Orchard Lea. Mr Hollis fell twice. Mrs Olive Fenwick said the food is "
         "cold.", False),
    ],
)  # fmt: skip
def test_a_visit_to_several_residents_hears_each_of_them(text: str, credited: bool) -> None:
    assert bool(_voices(text)) is credited


def test_in_a_carers_assessment_the_carer_is_the_person() -> None:
    text = (
        "Carer's assessment - Mrs Sunita Patel (wife of Mr Dinesh Patel)\n\n"
        "Mr Patel said she does everything. Mrs Patel said she wants to keep caring for him."
    )
    summary = voice_of(text, "assessment")
    assert summary.person.title == "mrs"
    assert [text[s:e] for s, e in summary.person_voice] == [
        "Mrs Patel said she wants to keep caring for him"
    ]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # A caller the header introduces as a carer is whom the record is about.
        (
            "21:05 Call from Mr Patrick Doyle, carer for his wife Sheila (71, dementia). He "
            'was crying and said he "cannot do this anymore".',
            'He was crying and said he "cannot do this anymore"',
        ),
        (
            "Self-referral by phone from Mr Colin Dray, 70, carer for wife. Says he is "
            '"on my knees".',
            'Says he is "on my knees"',
        ),
        # Introduced as her husband, he is not; nor is what the carer reports a view.
        (
            "21:05 Call from Mrs Sheila Doyle's husband Patrick. He was crying and said he "
            '"cannot do this anymore".',
            None,
        ),
        (
            "Call from Mr Patrick Doyle, carer for his wife Sheila. Carer reports she is not "
            "sleeping.",
            None,
        ),
    ],
)
def test_a_caller_introduced_as_a_carer_is_the_person(text: str, voice: str | None) -> None:
    assert _voices(text) == ([voice] if voice else [])


@pytest.mark.parametrize(
    ("word", "name"),
    [("Clive", True), ("Karen", True), ("Meds", False), ("Case", False), ("Will", False)],
)
def test_only_a_name(word: str, name: bool) -> None:
    assert only_a_name(word) is name


def test_a_quotation_passed_on_is_the_words_of_whoever_said_it() -> None:
    text = (
        "Handover - Mr Stanislaw Nowak\n"
        'Karen said Mr Nowak told her he is "not happy to leave my friend".'
    )
    summary = voice_of(text, "case_note")
    assert [text[s:e] for s, e in summary.person_voice] == [
        'Mr Nowak told her he is "not happy to leave my friend"'
    ]
    assert summary.person_quotes == 1


def test_you_in_an_email_is_the_colleague() -> None:
    assert not _voices("Hi Jo,\n\nYou said you want the figures by Friday.", "email")


def test_a_letter_to_two_people_may_speak_to_the_other() -> None:
    text = (
        "Dear Kevin and Mark,\n\nMr Kevin Doyle and Mr Mark Ellis.\n\n"
        "Mark, you told me the nights are the hardest."
    )
    assert not _voices(text, "letter")


def test_line_units_cut_headings_and_keep_wrapped_sentences() -> None:
    text = (
        "Views of the person\nMrs Tanner wants to stay in her own home and would like some\n"
        "help with her shopping on Fridays."
    )
    units = [text[s:e] for s, e in line_units(text)]
    assert units == [
        "Views of the person",
        "Mrs Tanner wants to stay in her own home and would like some\n"
        "help with her shopping on Fridays.",
    ]


def test_a_label_is_cut_but_said_is_not() -> None:
    text = 'Views of others: His niece said the carers are good.\nShe said: "I am fine."'
    units = [text[s:e] for s, e in line_units(text)]
    assert units == [
        "Views of others: ",
        "His niece said the carers are good.",
        'She said: "I am fine."',
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A person named by first name only.
        "Home visit, 4 May.\n\nCallum was in the kitchen. Callum said he wants to keep "
        "cooking for himself and hates the microwave meals.",
        "Name: Priya\n\nPriya told me she gets lonely at weekends.",
        "Re: Dougie Kerr\n\nDougie said the carers come too early.",
        # Singular "they" for a person who is never "he" or "she".
        "Visit to Alex at home.\n\nAlex uses they and them. They said the stairs are the "
        "hardest part.",
        "Visited Mx Kai Brennan. They told me they want to move nearer their sister.",
        # Quotations with no speech verb.
        'Visited Mrs Kaur with her grandson. Mrs Kaur: "Ghar hi changa hai" (home is best).',
        'Visited Mr Dunn about the move. "Too many stairs. Too many strangers."',
        # Views given without speech.
        "Review with Mr Bell. He put the garden on the like side of his Talking Mat.",
        "Visited Mrs Grey. She nodded and pointed at her coat.",
        "Visited Jordan at college. Jordan signed 'more' when we talked about the art class.",
        # What the person shows without words, seen by the writer.
        "Visited Sophie Lang. Sophie smiled and reached for Irene throughout.",
        "Visited Joel Pritchard. He looked towards his dad's empty armchair and made a low, "
        "long sound.",
        "Visited Mrs Grey. When I showed her the sling she turned her head away.",
        "Visited Mr Finch. Mr Finch pushed the card away.",
        "Visited Callum Reid. Callum used eye gaze to pick the blue room.",
        'Visited Mrs Lang. When the nurse lowered the backrest she screamed "no".',
        "Visited Sophie Lang. Sophie cried when Anna lowered the backrest.",
        # Names beyond A to Z.
        "Visited Mr Łukasz Wróbel. Mr Wróbel told me he wants to go home.",
        "Visited Mr al-Hassan. Mr al-Hassan said the ramp has helped.",
    ],
)
def test_the_persons_voice_beyond_titled_names_and_speech(text: str) -> None:
    assert _voices(text)


@pytest.mark.parametrize(
    "text",
    [
        # A first name introduced as a relative or professional is not the person.
        "Visited Mrs Lopes. Her daughter Ana said she is struggling. Ana wants her mum in a home.",
        "Joint visit with Sam, the OT. Sam said a stairlift would help.",
        "Ana rang about her mother, Mrs Lopes. Ana said her mother wants a care home.",
        # "They" for a group, or for whoever was rung, is not the person.
        "Visited Mr Hale with his sons. They told me he needs a care home.",
        "Visit with Robin.\n\nRobin seemed tired. I rang Bright Care. They said the carer "
        "was off sick.",
        # Scare quotes, titles and a relative's words on their own line.
        'Visited Mr Pike. Mr Pike is "resistive" during care. Staff find him "Challenging".',
        'Visited Mrs Amos. I gave her the "Living Well" leaflet.',
        'Visited Mrs Amos. Her son Tom rang during the visit.\n\n"Mum is not safe. She '
        'needs a home."',
        # Signing papers is not a view.
        "Visited Mrs Amos. She signed the financial assessment form.",
        "Visited Jordan. Jordan signed up for the gym.",
        # Somebody else's report of what the person shows, a phrase, an action in passing,
        # a fragment with nobody named, and what was done to the person.
        "Review call about Mr Hale. Staff report he is calling out a lot at night.",
        "Review call about Mr Hale. His daughter says he cries when she leaves.",
        "Carer reports Mr Hale is low in mood and demanding at night, calling out often.",
        "Visited Mr Marsh. When the risk was explained Mr Marsh laughed it off.",
        "Visited Mr Marsh. He fell last week reaching for the kettle.",
        "Daily log for Joel Pritchard. 05:50 Awake, calling out. Wet. Changed.",
        "Daily log for Joel Pritchard. Joel slept well, ate his breakfast and was hoisted "
        "to his chair.",
        'Visited Mr Pike. Staff say he is "shouting and screaming" at night.',
        "Review of Mrs Hartley. She is attention seeking and calls out frequently at night.",
    ],
)
def test_not_the_persons_voice_beyond_titled_names(text: str) -> None:
    assert not _voices(text)


def test_a_first_name_person_is_identified() -> None:
    summary = voice_of("Name: Siân\n\nSiân told me she misses chapel.", "case_note")
    assert summary.person.first_names == frozenset({"siân"})
    assert summary.person.title is None


@pytest.mark.parametrize(
    "text",
    [
        "Person: Joseph Loveridge, known as Joe. Date of birth 02/03/1951.\n\nJoe told me "
        "he wants to stay on his plot.",
        "Assessment of Edward Hollis (known as Teddy)\n\nTeddy said he misses the allotment.",
    ],
)
def test_the_name_the_person_is_known_as_is_theirs(text: str) -> None:
    assert _voices(text)


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("Joel smiled and vocalised.", True),
        ("He turned his head away.", True),
        ("He made a low, long sound.", True),
        ("Callum used eye gaze to answer.", True),
        # A head that shows a view only with the words it needs opens nothing alone.
        ("Phone call from the surgery.", False),
        ("She uses a wheelchair that she pushes herself.", False),
        ("Used the hoist for the transfer.", False),
    ],
)
def test_the_gate_opens_on_a_view_shown_without_words(text: str, opened: bool) -> None:
    assert may_carry_voice(text) is opened


def test_a_dominant_titled_person_wins_over_a_first_name() -> None:
    text = (
        "Re: Mrs Ivy Trelawny\n\nMrs Trelawny said she is lonely. Mrs Trelawny wants a "
        "lunch club. Kayleigh said the bus is the problem."
    )
    assert voice_of(text, "case_note").person.surname == "trelawny"


_PIECES = [
    "Mrs", "Khan", "Mr", "al-Hassan", "Ní", "she", "he", "they", "you", "I", "said", "wants",
    "told", "me", "her", "daughter", "the", "GP", "Name:", "Views:", "re", '"', "'", ".", ",",
    ":", "?", " ", " ", "\n", "\n\n", "- ", "• ", "1. ", "K", "son", "dad", "translated",
    "According", "to", "Call", "from", "asking", "States", "claims", "declined", "hated",
    "From:", "Email", "-----", "end of email", "Tel", "Dtr", "B.", "Declined", "by", "says",
    "pt", "begged", "Michael,",
]  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join))
def test_any_text_gives_voice_spans_inside_it(text: str) -> None:
    """Whatever the text, the voice reading finishes and its spans lie inside the text."""
    summary = voice_of(text, "case_note")
    for start, end in summary.person_voice:
        assert 0 <= start < end <= len(text)
    assert all(value >= 0 for value in summary.metrics().values())


@pytest.mark.parametrize(
    ("written", "known", "same"),
    [
        ("winnie", "winifred", True),
        ("tomek", "tomasz", True),
        ("seun", "oluwaseun", True),
        ("pat", "patricia", True),
        ("ana", "ana", True),
        ("karen", "kerry", False),
        ("jo", "josephine", False),  # too short to tell: only a bracketed nickname says so
    ],
)
def test_same_first_name(written: str, known: str, same: bool) -> None:
    assert same_first_name(written, known) is same


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeinorstw", max_size=9), st.text(alphabet="abcdeinorstw", max_size=9))
def test_same_first_name_is_symmetric_and_reflexive(first: str, second: str) -> None:
    assert same_first_name(first, first)
    assert same_first_name(first, second) is same_first_name(second, first)


def test_who_was_rung_or_spoke_is_who_speaks_next() -> None:
    text = (
        "Duty - Mr Sidney Greenhalgh\n\n03:20 Ward rang, want him out by 10am.\n\n"
        "03:45 Spoke with Sidney. He said he wants to go home."
    )
    assert _voices(text) == ["He said he wants to go home"]


def test_a_note_fragment_goes_on_with_the_one_rung_not_the_last_noun() -> None:
    voices = _voices("Tel call - Mr Alfie Brooks\n* Spoke to pt briefly – says he's fine")
    assert voices == ["says he's fine"]
    assert not _voices("Duty - Mrs Ann Cole\n\nDtr rang, mum not eating. Told dtr to ring the GP.")


def test_a_bracketed_nickname_is_the_person() -> None:
    text = "Person: Mr Oluwaseun Adebayo (Seun)\n\nSeun rang. He said he wants a complaint made."
    summary = voice_of(text, "case_note")
    assert "seun" in summary.person.first_names
    assert [text[s:e] for s, e in summary.person_voice] == ["He said he wants a complaint made"]


def test_a_name_ends_where_a_header_sets_its_next_field_apart() -> None:
    # A run of spaces or a tab between a name and "Ref:" is a column break, not a surname.
    for gap in ("      ", "\t"):
        text = (
            f"Person: Mr Alan Pritchard{gap}Ref: FAB/34102\n\n"
            'Comments: Mr Pritchard told the officer he "doesn\'t mind paying his way".'
        )
        summary = voice_of(text, "assessment")
        assert summary.person.surname == "pritchard"
        assert summary.person_voice


def _line_kinds(text: str) -> list[LineKind | None]:
    """What each line unit of ``text`` is on its own line (None: an ordinary line)."""
    kinds: list[LineKind | None] = []
    for start, end in line_units(text):
        line = own_line(text, start, end)
        kinds.append(line.kind if line is not None else None)
    return kinds


def test_own_line_reads_headings_introductions_and_first_person_lines() -> None:
    text = "About me\nMy name is Jamal.\nI like trains.\nJamal has autism.\nProfessional summary"
    assert _line_kinds(text) == [
        LineKind.HEADING_ME,
        LineKind.INTRODUCTION,
        LineKind.FIRST_PERSON,
        None,
        LineKind.HEADING,
    ]


def test_a_plan_in_the_first_person_gives_its_lines_under_the_persons_headings() -> None:
    text = (
        "One page profile - Winnie Clarke\n\nImportant to me\nMy son Marcus visiting on "
        "Sundays.\n\nHow to support me\nWinnie needs two staff. I use my own shampoo.\n\n"
        "Staff notes\nI checked her skin."
    )
    assert _voices(text, "assessment") == [
        "My son Marcus visiting on Sundays.",
        "Winnie needs two staff. I use my own shampoo.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Support plan: Mrs Edna Price\n\nAbout me\nMrs Price is 88 and lives alone.",
        "Review - Mr Alan Troy\n\nWhat I did\nI visited Mr Troy and I checked the rail.",
        "My name is Lena Hart and I am the duty social worker.\nI rang the GP.",
    ],
)
def test_headings_about_me_over_the_third_person_and_a_workers_first_person_give_no_voice(
    text: str,
) -> None:
    assert not _voices(text, "assessment")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["About me", "My", "I", "me", "name is", "Jo", "said", ".", ":", "\n", "- "]
        ),
        max_size=30,
    ).map(" ".join)
)
def test_own_voice_spans_lie_inside_the_text(text: str) -> None:
    for start, end in voice_of(text, "assessment").person_voice:
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize(
    ("text", "voiced"),
    [
        ("Visit to Mrs Lee. Her priority is to get home.", True),
        ("Visit to Mrs Lee. Her view is that she can manage.", True),
        ("Visit to Mrs Lee. Her daughter's view is that she cannot manage.", False),
        ("Visit to Mrs Lee. Is her priority to get home?", False),
        ("Visit to Mr Hall.\nViews of the person: wants to go home.", True),
        ("Visit to Mr Hall.\nViews of family: want him in a home.", False),
    ],
)
def test_view_nouns_carry_their_owners_view(text: str, voiced: bool) -> None:
    assert bool(_voices(text)) is voiced


@pytest.mark.parametrize(
    ("text", "voiced"),
    [
        ("Duty - Mrs Ali\nMrs Ali rang, asking for more hours.", True),
        ("Duty - Mr Tom Reid\nMr Reid phoned to request a review of his care.", True),
        ("Review - Mr Hall\nQ: What would you like?\nA: To go home and see my dog.", True),
        ("Review - Mr Hall\nWhat would you like to happen?\nI want to go home.", True),
        ("Review - Mr Hall\nWhat did the GP say?\nI rang the surgery.", False),
        # An answer to "you" in no person at all is the person's own; one about them is not.
        ("Review - Mrs Lee\nQ. How do you feel about your care?\nA. Very happy.", True),
        ("Review - Mrs Lee\nQ. How do you feel about your care?\nA. Not asked, asleep.", False),
        ("Review - Mrs Lee\nWhat would you like to change?\nMrs Lee not sure.", False),
        ("Review - Mr Hall\nHis son rang, asking for a review.", False),
    ],
)
def test_calls_asking_for_something_and_answers_to_questions(text: str, voiced: bool) -> None:
    assert bool(_voices(text)) is voiced


@pytest.mark.parametrize(
    ("text", "voiced"),
    [
        # A relative passing on what the person told them, likes or feels, or interpreting.
        ("Review - Mr Ray Nowak\nSon translated and said his dad wants the radio on.", True),
        ("Review - Mrs Shirley Oduya\nSamuel told me Shirley always hated being in bed.", True),
        ("Call - Mr Leonard Knight\nMrs Knight (daughter) said her father told her he does "
         "not want a stairlift.", True),
        # A relative's own account of what the person wants, and a professional's reading.
        ("Review - Mr Ray Nowak\nHis son said his dad wants a care home.", False),
        ("Review - Mr Ray Nowak\nThe nurse said Mr Nowak enjoys the garden.", False),
    ],
)  # fmt: skip
def test_a_view_passed_on_by_a_relative(text: str, voiced: bool) -> None:
    assert bool(_voices(text)) is voiced


def test_a_surname_cut_to_its_initial_is_the_person() -> None:
    text = "Visit - Mrs Rose Gallagher\nMrs G said she wants the meals stopped."
    assert any("wants the meals stopped" in voice for voice in _voices(text))
    assert voice_of(text, "case_note").person.surname == "gallagher"
    # Another title is somebody else: his wife, not him.
    assert not _voices("Visit - Mr Owen Gallagher\nMrs G said she wants the meals stopped.")


def test_a_call_before_a_name_and_the_initial_the_record_uses() -> None:
    """A call written "Tel Mr B. Answered." reaches Mr B, when the record shortens the
    person's surname that way elsewhere; without that, "Mr B. Answered" may be anybody."""
    call = "Tel Mr B. Answered. States he is managing fine."
    assert _voices(f"Duty - Mr Winston Blackwood\n\nMr B in rent arrears.\n\n{call}")
    assert not _voices(f"Duty - Mr Winston Blackwood\n\n{call}")


def test_a_contact_about_somebodys_relative_is_about_the_person() -> None:
    text = (
        "Safeguarding concern\n\nDtr Mrs Sandra Oduya rang re her father Mr George "
        "Pemberton, 90. Says a carer has been borrowing money off him."
    )
    summary = voice_of(text, "case_note")
    assert summary.person.surname == "pemberton"
    # The daughter's call, written before his name, is still hers.
    assert not summary.person_voice


def test_a_first_name_keeps_the_gender_its_role_gave_it() -> None:
    text = (
        "Review - Mrs Dorothy Ashworth\nSpoke with Mrs Ashworth's son, Michael Ashworth, who "
        "explained the family's position.\n\nMichael wants the house kept. He said his mother "
        "loves the farm, and she told the manager she does not want it sold."
    )
    assert any("she does not want it sold" in voice for voice in _voices(text, "assessment"))
    # A daughter in his place would stand nearer than the person: "she" is hers.
    daughter = text.replace("son, Michael", "daughter, Michelle").replace("Michael", "Michelle")
    assert not _voices(daughter.replace("He said his mother", "She said her mother"))


def test_a_call_about_a_first_named_relative_and_a_titled_persons_first_name() -> None:
    # "her son, Arjun" after "phoned about" is who the call is about; "Sunita" is Mrs
    # Sunita Rao, so "he" after her is not her.
    text = (
        "EDT record\n\nMrs Sunita Rao phoned about her son, Arjun Rao, 31. Sunita said "
        "Arjun had been shouting.\n\nSunita passed the phone to Arjun. He said he was "
        '"angry about the bus".'
    )
    summary = voice_of(text, "case_note")
    assert summary.person.first_names == frozenset({"arjun"})
    assert any("angry about the bus" in text[a:b] for a, b in summary.person_voice)
    # The titled person's own first name is still the person.
    text = "Duty - Miss Ellen Tremayne\n\nEllen said she wants to stay. Ellen is 88. Ellen is well."
    assert voice_of(text, "case_note").person.surname == "tremayne"
    assert _voices(text)


def test_a_heading_word_is_not_a_first_name() -> None:
    # "Review" opens a line and the record writes "review" too: Harold is the person.
    text = (
        "Support plan review - Harold Price\nReview visit 05/03/2026, written up 16/03.\n\n"
        "Harold said he wants his tea call later."
    )
    assert voice_of(text, "assessment").person.first_names == frozenset({"harold"})


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Grace", "Rose", "Mark", "Hope", "Joy"]),
    st.sampled_from(["I visited", "spoke to", "met with"]),
)
def test_a_name_written_after_ordinary_words_stays_a_name(name: str, before: str) -> None:
    """However ordinary the word ("grace", "mark"), a record that writes it with its capital
    after ordinary words ("I visited Grace") is naming somebody."""
    text = f"Visit - {name}\n{before} {name}. {name} said she wants to go home, {name.lower()}."
    assert voice_of(text, "case_note").person.first_names == frozenset({name.lower()})


def test_namesakes_and_what_the_person_told_the_writer() -> None:
    # Father and son share a title and surname; the son's role is not his father's, and
    # what the father told the writer, recounted in the writer's own words, is his.
    text = (
        "Discharge planning call\n\nI rang Mr Paul Entwistle (son) about discharge planning "
        "for his father, Mr Harold Entwistle (86).\n\nMr Paul Entwistle said his father "
        "\"doesn't know what he's saying\". I explained that when I saw Mr Harold Entwistle "
        "on the ward, he told me clearly that he wanted to go home."
    )
    summary = voice_of(text, "case_note")
    assert summary.person.first_names == frozenset({"harold"})
    assert any("wanted to go home" in text[a:b] for a, b in summary.person_voice)
    # What the writer told somebody else is not the person's: nothing was said to "me".
    told = text.replace("he told me clearly that he wanted", "I had hoped he wanted")
    assert not voice_of(told, "case_note").person_voice
    # A name and the short form given with it are one person.
    one = "Review - Mrs Margaret Doyle (Peggy)\n\nMrs Peggy Doyle said she wants to stay."
    assert voice_of(one, "case_note").person.surname == "doyle"
    assert _voices(one)


def test_the_name_without_a_first_name_is_the_person_the_record_tells_apart() -> None:
    # The record names the person and a son who shares his title and surname, then writes
    # "Mr Yilmaz" on its own: that is the person it is about, not somebody else.
    text = (
        "Telephone review - Mr Mustafa Yilmaz, 74\n\nWhat Mr Yilmaz said: he would like the "
        "evening visit moved to after 8pm.\n\nN.B. Son (Mr Emre Yilmaz) rang after the call."
    )
    summary = voice_of(text, "case_note")
    assert summary.person.first_names == frozenset({"mustafa"})
    assert any("evening visit" in text[a:b] for a, b in summary.person_voice)
    # The son's words stay his, named in full.
    son = text.replace(
        "N.B. Son (Mr Emre Yilmaz) rang after the call.",
        "Mr Emre Yilmaz (son) said he wants a care home for his father.",
    )
    assert not any("care home" in son[a:b] for a, b in voice_of(son, "case_note").person_voice)


def test_a_list_item_opening_with_whom_it_is_about() -> None:
    # The name before the dash heads the item; who speaks comes after it.
    items = "Supervision\n\n1) Mrs Ann Cole – daughter admits she can't cope."
    assert not _voices(items)
    assert _voices(items.replace("daughter admits", "Mrs Cole admits"))
    assert voice_of(items, "case_note").relevant_others_views == 1


@pytest.mark.parametrize(
    ("text", "voiced"),
    [
        ("Visit - Mr Delroy Campbell\n- Says wants to walk to the shop on his own.", True),
        ("Visit - Mr Leroy Grant\n- no falls\n- pt says would like to go to the club", True),
        ("Visit - Mr Ken Ruddock\n- Tea call offered, declined by Mr Ruddock", True),
        ("Visit - Mr Ken Ruddock\nMr Ruddock has capacity. Declined assessment.", True),
        # Somebody else's answer, the writer's work and a call from a professional.
        ("Visit - Mr Ken Ruddock\n- Request for funding declined by panel", False),
        ("Visit - Mr Ken Ruddock\n- Increased package. Agreed actions with agency.", False),
        ("Duty - Mrs Joan Hill\nLetter from GP received.\n- Says wants a care home.", False),
    ],
)
def test_note_verbs_the_parser_misreads(text: str, voiced: bool) -> None:
    assert bool(_voices(text)) is voiced


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abgz", max_size=6), st.text(alphabet="abgz", max_size=3))
def test_initial_of_is_one_letter_that_opens_a_longer_name(surname: str, written: str) -> None:
    expected = len(written) == 1 and len(surname) > 1 and surname.startswith(written)
    assert initial_of(surname, written) is expected
    assert not initial_of(written, written) or len(written) != 1


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(speech_lexicon().terms)))
def test_every_form_of_a_voice_word_opens_its_paragraph_to_the_parse(head: str) -> None:
    """The gate before the parse lets through every inflection of every speech, feeling
    and wish word ("deny", "denies", "denied"), so none is read from the tokens alone; a
    head that only shows a view without words, with the word its term needs ("pushed it
    away")."""
    terms = speech_lexicon().terms[head]
    alone = any(not term.without_words or not term.then for term in terms)
    needed = "" if alone else " " + terms[0].then[-1]
    for form in word_forms(head):
        assert may_carry_voice(f"Mr Reed {form} it{needed}."), form


@pytest.mark.parametrize(
    ("text", "voiced"),
    [
        ("Re: Mrs Ann Lee\nEmail received from Mrs Lee, copied below.\n\nHello, I do not "
         "want the lunch call any more.\nAnn", True),
        ("Re: Mrs Ann Lee\n-----Original Message-----\nFrom: Ann Lee\nSubject: carers\n"
         "I am not happy with the carers coming at 11.", True),
        # A provider's or a relative's message, and the writer's own lines after the end.
        ("Re: Mrs Ann Lee\nEmail from Sunrise Care, copied below.\n\nWe cannot cover the "
         "lunch call. I will ring the family.", False),
        ("Re: Mrs Ann Lee\nLetter from Mrs Lee's daughter.\n\nI am worried about mum.", False),
        ("Re: Mrs Ann Lee\nFrom: Ann Lee\nSee attached.\n[end of email]\n\nI rang the "
         "agency.", False),
    ],
)  # fmt: skip
def test_a_message_from_the_person_copied_in(text: str, voiced: bool) -> None:
    assert bool(_voices(text)) is voiced


_FEELINGS_AFTER_BE = sorted(
    head
    for head, terms in speech_lexicon().terms.items()
    for term in terms
    if term.copular and term.kind == "feeling" and not term.then
)


# Feelings the evaluative layer reads as the writer's reading when stated as fact
# ("is frightened of him"): the opinion rules flag them, so they are not the person's voice
# unless what showed the feeling is recorded with them. A word read only when graded ("very
# anxious") is, said plainly, what the person feels about something.
_READ_AS_THE_WRITERS = {
    entry.term.lower()
    for entry in load_lexicon("person-evaluations").entries
    if entry.kind == "feeling" and not entry.graded_only
}


@pytest.mark.parametrize("feeling", _FEELINGS_AFTER_BE)
def test_a_feeling_about_something_is_the_persons_and_a_relatives_is_not(feeling: str) -> None:
    # Every feeling the lexicon reads after "be", said of the person about something, is
    # their voice; the same feeling of their daughter's is hers, not the person's.
    stated = f"Visited Mrs Khan. Mrs Khan is {feeling} about the move to the flat."
    shown = stated.removesuffix(".") + ": she cried when the date was set."
    if feeling in _READ_AS_THE_WRITERS:
        assert not _voices(stated)
        assert _voices(shown)
    else:
        assert _voices(stated)
    assert not _voices(f"Visited Mrs Khan. Her daughter is {feeling} about the move to the flat.")


def test_a_plans_section_names_after_a_number_or_a_picture_are_headings() -> None:
    text = (
        "1. About me\nI like the bus.\n2. What's working\nHe is settled.\n"
        "[picture of a heart] What I like\nI like swimming.\n1. I want to cook.\n2. I want a dog."
    )
    assert _line_kinds(text) == [
        LineKind.HEADING_ME,
        LineKind.FIRST_PERSON,
        LineKind.HEADING,
        None,
        LineKind.HEADING_FIRST,
        LineKind.FIRST_PERSON,
        # A numbered list says something: its items keep their numbers.
        LineKind.FIRST_PERSON,
        LineKind.FIRST_PERSON,
    ]


def test_a_heading_about_what_somebody_told_me_is_not_about_me() -> None:
    text = "What Danny told me matters to him"
    line = own_line(text, 0, len(text))
    assert line is not None
    assert line.kind is LineKind.HEADING_FIRST


@pytest.mark.parametrize(
    ("text", "voiced"),
    [
        ("Easy read plan - Rosa Lind\n\nWhat I like\nI like baking and the park.", True),
        ("Assessment - Mrs Ruth Gale\n\nWhat I think and why\nI think she needs help.", False),
        ("Review - Mr Leonard Hale\n\nWhat matters to Leonard\nGetting some sleep.", True),
        ("Review - Mr Leonard Hale\n\nWhat matters to his wife\nGetting some sleep.", False),
        # What "my" goals or wishes are is the person's; "My view" may be the writer's.
        ("Support plan - Callum Fraser\n\nMy goals\nI want to get a job in a garage.", True),
        ("Support plan - Callum Fraser\n\nMy wishes\nI want to live near my mum.", True),
        ("Assessment - Mr Callum Fraser\n\nMy view\nI think he needs more support.", False),
    ],
)
def test_headings_that_name_the_persons_likes_or_what_matters_to_them(
    text: str, voiced: bool
) -> None:
    assert bool(_voices(text, "assessment")) is voiced


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Supported living tenancy - Kieran Walsh", [("kieran", "walsh")]),
        ("RS: Danny Whelan, approx. 40s, rough sleeping", [("danny", "whelan")]),
        ("Tom Briggs (52), sleeping in the car park", [("tom", "briggs")]),
        # A role before the dash names somebody else; a team or a place is no name.
        ("Phone call with independent advocate - Chidi Obi", []),
        ("Adult Social Care - West Team", []),
        ("Hostel visit - Anchor House", []),
        ("Daughter: Sarah Jones, 45", []),
        ("Sarah Jones, 45, daughter of Mr Tom Jones", []),
        ("Client: Harvey Bell, 41, lives with his parents", [("harvey", "bell")]),
    ],
)
def test_names_a_title_or_an_age_gives_as_the_records_person(
    text: str, names: list[tuple[str, str]]
) -> None:
    found = cued_first_names(text)
    assert [(m.ref.name, m.surname) for m in found] == names
    assert all(m.cue and m.ref.kind is RefKind.FIRST for m in found)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Visit", "-", "–", "RS:", "Kim", "Lee", "Team", ",", "40", "(", "\n"]),
        max_size=14,
    ).map(" ".join)
)
def test_cued_names_lie_inside_the_text_and_open_with_a_capital(text: str) -> None:
    for mention in cued_first_names(text):
        assert mention.at is not None
        assert 0 <= mention.at < len(text)
        assert text[mention.at].isupper()


@pytest.mark.parametrize(
    ("text", "voiced"),
    [
        # A name the parser hangs on how somebody was is still who spoke.
        ('Outreach - Sam Reid\nRS: Sam Reid, 40.\nSam tired, said "leave me be".', True),
        # The person heading a note is its subject; the fragment after goes on with them...
        (
            "Visit - Mr Karl Nowicki\nParamedics attended, declined hospital.\n"
            'Pt refusing frame. Says "I don\'t need that thing".',
            True,
        ),
        # ...unless the last one who spoke rang in, at whatever time.
        (
            "Duty - Mr Karl Nowicki\nCarer rang at 9am. Pt refusing frame. "
            "Says he will fall without more help.",
            False,
        ),
        ("Hospital discharge\nMr Aaron Bell, 40, Ward 7. Aaron says he wants to go home.", True),
    ],
)
def test_note_shapes_of_new_writers(text: str, voiced: bool) -> None:
    assert bool(_voices(text)) is voiced


@pytest.mark.parametrize(
    "text",
    [
        "Out of hours\nSun 15/02/2026 21:05, entered Mon 16/02\nCaller rang about a neighbour.",
        "Weekend duty 28/06/2025 (Sat)\nWarden rang about Mr Graham Sutcliffe. He said he is fine.",
    ],
)
def test_a_day_of_the_week_is_not_the_persons_name(text: str) -> None:
    first_names = voice_of(text, "case_note").person.first_names
    assert not first_names & {"sun", "mon", "sat"}


@pytest.mark.parametrize(
    ("word", "ordinary"),
    [("Mosaic", True), ("Case", True), ("Grace", False), ("Will", False), ("Priya", False)],
)
def test_the_dictionary_tells_an_ordinary_word_from_a_name(word: str, ordinary: bool) -> None:
    assert only_an_ordinary_word(word) is ordinary


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=12))
def test_any_word_can_be_asked_whether_it_is_only_an_ordinary_word(word: str) -> None:
    assert only_an_ordinary_word(word) in {True, False}


@pytest.mark.parametrize(
    ("text", "person", "voiced"),
    [
        # A role phrase that ends naming the person does not make them a professional.
        (
            "Mr Nikolai Petrov, 63, council tenant, uses a wheelchair. "
            'He said "I\'d like to get to the shop".',
            "mr petrov",
            True,
        ),
        # An ordinary word opening a title's last part is no first name.
        (
            "Contact 11/07/26 | Entered 16/07/26 - Mosaic down\n"
            'Mrs Alma Richardson said "I\'ve had enough".',
            "mrs richardson",
            True,
        ),
        # A thing nobody rang stands between nobody and "she".
        (
            "Seen with her husband. Mrs Kowalczyk walks with a frame.\n"
            "- Bath board – refused. She prefers to strip wash.",
            "mrs kowalczyk",
            True,
        ),
        # Speaking a language is a fact, not a view.
        (
            "Visited Mrs Kowalczyk. Mrs Kowalczyk speaks Polish as her first language.",
            "mrs kowalczyk",
            False,
        ),
        # What a caller says of the one the clause hangs on is not that one's voice.
        (
            "Tel call from Tracey Mole, manager, about Mrs Patricia Hale who she says is "
            "becoming aggressive.",
            "mrs hale",
            False,
        ),
        # What the person wants, in a clause hung on a thing, is still theirs.
        (
            "Visited Mrs Ann Lee. She has £40 which she wants to spend on physiotherapy.",
            "mrs lee",
            True,
        ),
        # A relative's guess at how the person would feel is the relative's.
        (
            "Tel with Mrs Lorraine Doyle, daughter of Mr Frank Doyle. "
            "Mrs Doyle was very upset and said her dad would hate a home.",
            "mr doyle",
            False,
        ),
        # How somebody was, before what they say, names who speaks.
        (
            "Visited Mr Harold Jessop with his son Martin. Mr Jessop was asleep. "
            "Martin very upset, says the family were told nothing.",
            "mr jessop",
            False,
        ),
        # The carer is the person of a record of the carer's own needs.
        (
            "Carer's conversation – Mrs Ellen Byrne (wife of Mr Frank Byrne)\n"
            "Mrs Byrne told me she would accept a sitter one night a week.",
            "mrs byrne",
            True,
        ),
    ],
)
def test_whom_a_new_writers_record_is_about(text: str, person: str, voiced: bool) -> None:
    summary = voice_of(text, "case_note")
    assert f"{summary.person.title} {summary.person.surname}" == person
    assert bool(summary.person_voice) is voiced


def test_a_labelled_name_before_a_gap_and_a_role_with_a_name_of_its_own() -> None:
    # "Person: Joan Pickering    DOB" names the person; in "Joan, son Gary" the son is Gary.
    text = (
        "Review\nPerson: Joan Pickering    DOB: 02/08/1945\n"
        'Present: Joan, son Gary.\nJoan said she wants things "left as they are".'
    )
    summary = voice_of(text, "case_note")
    assert summary.person.first_names == {"joan"}
    assert [text[start:end] for start, end in summary.person_voice] == [
        'Joan said she wants things "left as they are"'
    ]


@pytest.mark.parametrize(
    ("text", "voiced"),
    [
        # An object pronoun never means its own verb's subject: "her" is the person again.
        (
            "Visited Mrs Ann Lee. She fell in the kitchen and her neighbour found her. "
            "She said she wants to go home.",
            True,
        ),
        (
            "Visited Mr Tom Lee. The OT assessed him at home. He said he wants a rail by the bath.",
            True,
        ),
        # A subject of the pronoun's own gender stays the nearer "she".
        (
            "Visited Mrs Ann Lee. She fell in the kitchen and her daughter found her. "
            "She said she wants to go home.",
            False,
        ),
        # An object that is somebody else does not bring the person back.
        (
            "Visited Mr Tom Lee. The OT assessed her at home. He said he wants a rail by the bath.",
            False,
        ),
        (
            "Visited Mrs Ann Lee. She fell in the kitchen and her neighbour found her husband. "
            "She said she wants to go home.",
            False,
        ),
    ],
)
def test_an_object_pronoun_names_the_person_past_its_verbs_subject(text: str, voiced: bool) -> None:
    assert bool(_voices(text)) is voiced


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Telephone call from Nurse Sinead Foley, the home's nurse.\n"
            "Sinead rang to say that Cyril Bastable has been refusing his tablets. Cyril "
            "thinks staff are trying to poison him.",
            "cyril",
        ),
        (
            "PC Dawn Hilliard is the officer in charge. Dawn said Harvey Bell was found "
            "outside at night. Harvey said he was looking for his dog.",
            "harvey",
        ),
    ],
)
def test_a_professional_titled_name_is_not_the_person(text: str, person: str) -> None:
    """A professional title or rank before a name ("Nurse Sinead Foley", "PC Dawn
    Hilliard") names a professional; the record's person is somebody else."""
    summary = voice_of(text, "case_note")
    assert person in summary.person.first_names
    assert summary.person.title not in {"nurse", "pc"}


def test_a_title_only_before_a_name_needs_a_name() -> None:
    """ "PC" and "Nurse" are titles before a name, not before a day or a role."""
    match = titled_name().search("DS Monday was cancelled.")
    assert match is None or not names_somebody(match)
    match = titled_name().search("Sgt Patel and Sr Okafor attended.")
    assert match is not None and names_somebody(match)


@pytest.mark.parametrize(
    ("text", "person", "voiced"),
    [
        # An untitled name in a title, between dashes or with the name it goes by.
        (
            "Review visit – St Aldhelm's NH – Leonard (Len) Gibbs\n\nLen told me he is happy.",
            "leonard",
            True,
        ),
        (
            "Visit – Tadeusz Nowak, Marine Court – 15/04/2026\n\n"
            'Tadeusz said the food is "not like home".',
            "tadeusz",
            True,
        ),
        # A first name after a role word is the relative's or the worker's.
        (
            "Review visit – St Aldhelm's NH – Leonard (Len) Gibbs\n\nMet with deputy manager "
            "Sharon. Sharon feels he needs to move.\n\nSpoke to wife Pat by phone. Pat is "
            "not keen on a move.",
            "leonard",
            False,
        ),
        (
            "Telephone call from Nurse Sinead Foley, St Aldhelm's.\nSinead rang to let me "
            "know that the GP has seen Cyril. Sinead said the GP completed an assessment.",
            "-sinead",
            False,
        ),
        (
            "BIA visit – Dorothy Keel\n\nDot has severe aphasia. I tried yes/no questions but "
            "her answers were inconsistent.\n\nSon Brian (lives in Spain) by phone – he feels "
            "she is in the right place. He thinks she is looking for her late husband.",
            "dorothy",
            False,
        ),
        # So is one with their relation in brackets after it.
        (
            "T/c from Karen Polglase (dau). Karen wanted to know if her mum was safe. Karen "
            "states she was never told.",
            "-karen",
            False,
        ),
        (
            "Phone call from Jane Feltham (Dorothy's daughter). Recorded by Bev Lyons.\n\n"
            "Jane rang to say the key safe was fitted. Dorothy wants the code kept private.",
            "dorothy",
            True,
        ),
        (
            "From: Stephen at Hillside Sheltered Housing (scheme manager)\n\nStephen reports "
            "Mrs Ivy Pennington found on floor. He feels she needs 24hr care now.",
            "-stephen",
            False,
        ),
        # The relative a call is about stays the person.
        (
            "22:47 Call from Mrs Janet Rowe re husband Alan Rowe, 79. Janet says Alan has "
            'become agitated. Janet says "I can\'t stay in the house with him tonight".',
            "alan",
            False,
        ),
        (
            "Call from Amina Yusuf (AP for her mother Halima).\n\nHalima said she wants to "
            "stay at home.",
            "halima",
            True,
        ),
    ],
)
def test_whose_record_an_untitled_name_gives(text: str, person: str, voiced: bool) -> None:
    """``person``: a first name the person goes by, or after "-" one they never do."""
    summary = voice_of(text, "case_note")
    names = summary.person.first_names
    assert person[1:] not in names if person.startswith("-") else person in names
    assert bool(summary.person_voice) is voiced


@pytest.mark.parametrize(
    ("text", "voiced"),
    [
        # A subordinate clause's own subject speaks, though the parser gives its verb the
        # name before "after" as well.
        (
            "Police attended 83yo female, Mrs Doreen Pike, after a neighbour reported "
            "shouting at the address late evening 01/11. Officers spoke to both.",
            False,
        ),
        # A verb after a comma, with no "and", goes on with the reported clause before it.
        (
            "Name: Mr Neil Cardew\nTSO visited. TSO reports he was slurring and hostile, told "
            'her to "leave me be".',
            True,
        ),
        # Two names in one clause with no word opening a clause between them stay as read.
        ("Explained outcome, Mr Y queried the taxis, told him he can ask for a review.", False),
    ],
)
def test_whose_clause_a_misparsed_subject_or_coordination_gives(text: str, voiced: bool) -> None:
    assert bool(voice_of(text, "case_note").person_voice) is voiced


@pytest.mark.parametrize(
    ("text", "voiced"),
    [
        # A relative or friend the header gives as whom the writer spoke with, offered a
        # carer's assessment: the record is about them as a carer too.
        (
            "Incoming call from Sharon Dunmore (dtr) re her father Mr Ray Dunmore.\n\n"
            'Sharon was tearful and stated she "can\'t do this anymore". Carers assessment '
            "offered, Sharon declined.",
            True,
        ),
        (
            "Telephone call from Mrs Maureen Faulds, friend and neighbour of Mr Pennock.\n"
            "Maureen does his shopping. She thinks he is lonely. Says she can't keep doing "
            "it forever. Offered her a carers assessment.",
            True,
        ),
        (
            "Visit to Connor's mother, Mrs Siobhan Walsh, to discuss her needs as a carer. "
            'Connor was at college.\n\nShe described her situation as "like spinning '
            'plates".',
            True,
        ),
        # Stays quiet: the same call with no carer's assessment offered (only named), and
        # a visit to the person with the parents offered one.
        (
            "Incoming call from Sharon Dunmore (dtr) re her father Mr Ray Dunmore.\n\n"
            'Sharon was tearful and stated she "can\'t do this anymore".',
            False,
        ),
        (
            "Case note - written 27/11 for phone call 24/11\nTel call with Paul Thrower "
            "(son). Paul still feels mum should go to a care home. Explained Margaret has "
            "capacity and has made her decision. Paul says he "
            'will "go along with it" if she has night time help. Advised him re carers '
            "assessment.",
            False,
        ),
        (
            "HV to Ellie Marsh at parents' home. Ellie stayed in her room. Parents want a "
            "day service. Offered carers assessment - mum accepted.",
            False,
        ),
        # What the carer reports is an account, not a view.
        (
            "Incoming call from Sharon Dunmore (dtr) re her father Mr Ray Dunmore.\n\n"
            "Sharon reports he is not sleeping. Carers assessment offered.",
            False,
        ),
    ],
)
def test_a_relative_offered_a_carers_assessment_speaks_as_a_carer(text: str, voiced: bool) -> None:
    assert bool(voice_of(text, "case_note").person_voice) is voiced


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A role after a possessive before the name: the sister is not the person.
        (
            "09/11 tel call in from Mr Oakley's sister, Mrs Brenda Kilby (lives in Norfolk).\n"
            "Brenda says Dennis has always been a collector. Brenda feels the council should "
            "clear it. Mr O gave consent to speak to her.",
            "oakley",
        ),
        # The last word of a role phrase after the name, in lower case.
        (
            "Email from Mr K Bains, private landlord, re his tenant Mr Arthur Pennock (71).\n"
            "Mr Bains attended for an inspection. Mr Bains is worried about fire. He has "
            "given Mr P notice. Mr Bains sent photos. Mr P not open to ASC.",
            "pennock",
        ),
        # Not a place after the name, nor a group before it.
        ("Person: Mr Alan Hirst, 79, Larkspur Ward\n\nMr Hirst said he wants to go home.", "hirst"),
    ],
)
def test_a_role_phrase_beside_a_name_says_who_is_not_the_person(text: str, person: str) -> None:
    assert voice_of(text, "case_note").person.surname == person


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # A place's own name after a comma says where the person is.
        (
            "Discharge planning meeting – Chloe Marr, Larchfield Unit\n"
            "Thursday 16 October 2025\n\nI attended with Chloe and her named nurse. She "
            "told the meeting that she wants her cat back. Chloe asked not to have visits "
            "at mealtimes.",
            "chloe",
        ),
        # The parser hangs the name on a body's noun as a modifier.
        (
            "Tuesday 25th November – Lucy Fenn – h/v – typed Weds 26th\n\n"
            "Arr 13:30. Lucy up + dressed, flat tidy.\nLucy v tearful re court. Says she "
            "wants to stay in the flat.\nLucy agreed I can go with her.",
            "lucy",
        ),
    ],
)
def test_a_place_joined_to_a_name_is_no_role(text: str, first: str) -> None:
    summary = voice_of(text, "case_note")
    assert first in summary.person.first_names
    assert summary.person_voice


def test_a_body_in_brackets_after_a_name_is_still_a_workers_employer() -> None:
    text = (
        "Present: Ruth Callender (SW), Kieran Doyle (Harbourside Homes)\n\n"
        "Person: Mr Yousif Adam\n\nKieran said the lift works. Mr Adam said he wants to "
        "walk to the mosque."
    )
    summary = voice_of(text, "case_note")
    assert summary.person.surname == "adam"
    assert "kieran" not in summary.person.first_names


def test_a_group_before_a_first_name_is_no_role() -> None:
    text = (
        "Person: Rashid Choudhury\n\nRashid told me he would like to get back to the mosque. "
        "I gave him details of the Stroke Association peer group, Rashid will think about it."
    )
    assert "rashid" in voice_of(text, "case_note").person.first_names


@pytest.mark.parametrize(
    "text",
    [
        # The person's name cut to initials: the first name's, or the first name's and the
        # surname's; with or without stops.
        "Home visit - Mrs Valerie Shaw\nV. told me she wants the nurses once a day.",
        "Review of Mr Gareth Pryce-Evans\nG has said before that he does not want a group.",
        "Tel to Mrs Karen Mills. KM said she would prefer a morning call.",
        "Visit - Mr Tom Hale\nT.H. says he is happy with his carers.",
    ],
)
def test_the_person_named_by_initials_speaks(text: str) -> None:
    assert _voices(text)


@pytest.mark.parametrize(
    "text",
    [
        # Initials that are not the person's, and a role the lexicon knows, stay others'.
        "Visit - Mr Tom Hale\nJ. says he is happy with his carers.",
        "Tel to Mrs Karen Mills. KD said the referral has gone.",
        "Visit - Mrs Gina Price\nGP said the tablets have changed.",
    ],
)
def test_initials_that_are_not_the_persons_are_not_their_voice(text: str) -> None:
    assert not _voices(text)


@pytest.mark.parametrize(
    "text",
    [
        # The carer the writer rang, or who was rung, introduced as a carer in the header;
        # one who rang about the one they care for and was referred for a carer's
        # assessment; one rung after their own carer's assessment.
        "Welfare call to Mrs Joan Dale, carer for her husband Alan\n"
        "She told me she would like a break one day a week.",
        "Phone call with Mr Ravi Nair, carer for his mother\n"
        "He said he wants help with the evenings.",
        "Out of hours. Mrs Ruth Oakes rang about her husband, Mr Len Oakes, who has "
        "dementia.\nShe said she wants a night's sleep.\nReferred for a carer's assessment.",
        "Phone call, 3 March.\nI rang Priya Das, Mrs Das's daughter and carer, to see how she "
        "is after her carer's assessment. She said she would like the sitting service.",
        # A carer's own record, whose title gives the carer's name before the date.
        "Carer's conversation - Lena Ward - 04/03/2027\nShe said she wants to keep working.",
    ],
)
def test_the_carer_a_record_is_with_speaks_as_a_carer(text: str) -> None:
    assert _voices(text)


@pytest.mark.parametrize(
    "text",
    [
        # A relative who rang about the person with no carer's assessment in view, and one
        # rung about a carer's assessment only named, stay a relative's account.
        "Out of hours. Mrs Ruth Oakes rang about her husband, Mr Len Oakes.\n"
        "She said she wants him to go into a home. Mr Oakes was calm when I rang.",
        "Phone call, 3 March.\nI rang Priya Das, Mrs Das's daughter. Priya said her mum "
        "wants to move. Her carer's assessment is due in May.",
        # A professional named after the dash is no carer, and a date alone is no name.
        "Visit with advocate - Chidi Obi - 04/03/2027\nChidi said the review is late.",
    ],
)
def test_a_relative_the_record_is_not_about_is_no_voice(text: str) -> None:
    assert not _voices(text)


def test_an_initial_of_a_person_named_by_first_name_alone_is_nobodys() -> None:
    text = "HV to Jordan with TA.\nJordan presented as guarded.\nJ agreed mum can have a copy."
    assert not _voices(text)


@pytest.mark.parametrize(
    ("text", "surname", "first"),
    [
        # The words before the name say what kind of contact it was, not the name's role.
        (
            "Physio session, Mrs Dean. 12/03.\n\nMrs Dean said she wants to walk to the shop.",
            "dean",
            None,
        ),
        # A role word after the person's name in a list goes with the name after it.
        (
            "Annual review – Ryan Cole\nWritten: 11 June by Ruth Adeyemi, social worker.\n"
            "Present: Ryan, his advocate Ali Khan and support worker Nadia.\n\nRyan nodded "
            "when Ali read his answers.\n- He likes his job at the café.",
            None,
            "ryan",
        ),
        # The role the title writes before the name is given to somebody else in the body.
        (
            "Visit with occupational therapist - Aled Jones\n\nThe occupational therapist, "
            "Ruth Hale, measured the stairs. Aled said he wants a rail.",
            None,
            "aled",
        ),
        # The first name the body uses is that of the titled name the title gives, over
        # another titled name the body repeats.
        (
            "Home visit – Mr David Hughes\nWritten 03/03.\n\nMr Brennan's notes show no falls. "
            "Mr Brennan is on leave.\n\nDavid told me he wants to stay.",
            "hughes",
            "david",
        ),
        # A name a label gives, cut off from its label as a unit of its own.
        (
            "Review of needs\nName: Kasia Wrona   Date: 02/03/2027\nCarer: Ola visits daily.\n\n"
            "Mrs Wrona said she wants to stay at home.",
            "wrona",
            "kasia",
        ),
    ],
)
def test_the_person_where_a_role_word_stands_near_their_name(
    text: str, surname: str | None, first: str | None
) -> None:
    summary = voice_of(text, "case_note")
    assert summary.person.surname == surname
    assert first is None or first in summary.person.first_names
    assert summary.person_voice


@pytest.mark.parametrize(
    "text",
    [
        # The worker the title names after their role, whose role the body gives nobody
        # else, stays the worker.
        "Visit with occupational therapist - Ruth Hale\n\nRuth Hale (occupational "
        "therapist) measured. Ruth said the stairs need a rail.",
        "Visit with advocate - Chidi Obi - 04/03/2027\nChidi said the review is late.",
        # The relative a list names after the person speaks as a relative.
        "Review meeting – Owen Price\nPresent: Owen, his sister Jo Hale and key worker "
        "Dan.\n\nJo said she wants him to move.",
        "Review of needs\nName: Kasia Wrona   Date: 02/03/2027\nCarer: Ola visits daily.\n\n"
        "Mrs Wrona's daughter said she wants to stay at home.",
        # A call's first sentence is no title: the relative who rang is not the person.
        "22:47 Call from Mrs Janet Rowe re husband Alan Rowe, 79. Janet says Alan has "
        'become agitated. Janet says "I can\'t stay in the house with him tonight".',
    ],
)
def test_a_name_beside_a_role_that_is_somebody_else_stays_somebody_else(text: str) -> None:
    assert not _voices(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A name given with a case number in brackets, or after a label naming the record's
        # person, is its person however often a caller the body names speaks.
        (
            "Duty log\nIncoming call from Gary Lomas at Northgate Housing. Re Abdul Qadir "
            "RAHIMI (40172). Gary asking if the OT can come. Asked Gary for a floor plan. "
            "Gary said the lift is being fixed.",
            "abdul",
        ),
        (
            "File note\nPerson: Abdul Rahimi (40172)\nDate of contact: 14/05/2026 (call from "
            "Megan Firth)\n\nMegan rang to say the support ends. Megan feels the family will "
            "struggle. Megan has given the family my number.",
            "abdul",
        ),
        (
            "File note\nClient: Kenneth Doyle (ID 1102981)\n\nCall from Jade. Jade said the "
            "flat is cold. Jade asked for a heater. Jade will ring again.",
            "kenneth",
        ),
    ],
)
def test_the_name_a_record_gives_as_its_person_outranks_a_caller(text: str, person: str) -> None:
    summary = voice_of(text, "case_note")
    assert summary.person.first_names == {person}
    assert not summary.person_voice


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Re Abdul Qadir RAHIMI (40172). Flat free.", "abdul"),
        ("Subject: Change to package - Gwen Tallis (ref 391046)", "gwen"),
    ],
)
def test_a_name_with_a_case_number_is_cued(text: str, first: str) -> None:
    assert [m.ref.name for m in cued_first_names(text)] == [first]


@pytest.mark.parametrize(
    "text",
    [
        "Under the Mental Capacity Act (2005) a decision was made.",
        "Rang Tom Hale (07700 900123) about the visit.",
    ],
)
def test_a_year_or_a_telephone_number_is_no_case_number(text: str) -> None:
    assert not cued_first_names(text)


def test_whom_a_report_is_about_is_the_he_after_it() -> None:
    text = (
        "Supervision 3/3\nTM: Gareth Holloway   SW: Priya Nair\n\nMr Derek Fothergill - Priya "
        "reports Mr Fothergill has stopped letting the carers in. He says they never come on "
        "time."
    )
    assert _voices(text) == ["He says they never come on time"]


@pytest.mark.parametrize(
    "text",
    [
        # Only within the report's paragraph.
        "Call received 08/09\nFrom: Stephen at Hillside Sheltered Housing (scheme manager)\n\n"
        "Stephen reports Mrs Ivy Pennington was found on the floor this morning. He feels "
        "she needs more care now.\n\nChecked record. Pendant not worn as she says it itches.",
        # A reporter of the pronoun's own gender stays its nearest.
        "Visit re Mr Lowe. Mr Finch said Mr Lowe has not been out for a week. He said he is "
        "worried.",
        # Somebody else the report is about is no topic that makes "he" the person.
        "Supervision 3/3\nTM: Gareth Holloway   SW: Priya Nair\n\nMr Derek Fothergill - Priya "
        "said his son has stopped letting the carers in. He says they never come on time.",
    ],
)
def test_whom_a_report_is_about_stays_in_its_paragraph_and_its_reporters_gender(
    text: str,
) -> None:
    assert not _voices(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A log line's call shorthand says who rang or was rung: what the note goes on to
        # say is theirs, not the person's.
        ('10:05 T/C to son. Says mum is "fine, just tired". Agreed to a visit.', []),
        ("Re Mrs Ada Zhou.\n09:42 T/C in from dtr. Says mum is fine.", []),
        # The person rung by the shorthand speaks next.
        (
            "Re Mrs Ada Zhou.\n09:20 T/C SU. Said she is fine and wants to stay home.",
            ["Said she is fine and wants to stay home"],
        ),
    ],
)
def test_a_call_shorthand_says_who_speaks_next(text: str, expected: list[str]) -> None:
    assert _voices(text) == expected


def test_a_call_before_a_possessive_reaches_whom_it_owns() -> None:
    text = (
        "I spoke to Grace Oduya's nurse, Femi Adeyemi, and then to Grace herself.\n\n"
        "She told me she wants to go straight home."
    )
    assert _voices(text) == ["She told me she wants to go straight home"]


def test_a_call_before_a_first_name_is_no_part_of_it() -> None:
    text = "Visited Jade at her placement. Bev reports Jade has been upset at the day centre."
    assert voice_of(text, "case_note").person.first_names != frozenset({"visited"})


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # A case system's header, surname first, names whom the record is about.
        (
            "HOLT, Edna   DOB 01/02/1940   ID 5520419\n\nT/C from Megan Firth. Megan says "
            "the boiler is broken. Megan feels the flat is unsafe. Megan informed.",
            "edna",
        ),
        # Whom a caller is introduced as the relative of.
        (
            "Call from Alan Pryce (father of Joanna)\n\nAlan rang, worried. Alan says the "
            "flat is cold. Alan feels Joanna needs more help.",
            "joanna",
        ),
        # Not a carer's own record, whose bracket names the one they care for.
        (
            "Tel to Mrs Shirley Mottram (wife/carer of Frank). Offered carers assessment. "
            "Shirley said she is on her knees. Frank attends day centre.",
            "shirley",
        ),
    ],
)
def test_a_header_or_bracket_names_the_person(text: str, first: str) -> None:
    assert first in voice_of(text, "case_note").person.first_names


def test_a_surname_in_capitals_after_a_first_name_is_a_name_not_initials() -> None:
    # "Linh NGUYEN (dau)" is the daughter who rang, not an organisation: what the note goes
    # on to say is hers, not her father's.
    text = (
        "Duty log 05/06/25\n14:10 T/C from Linh NGUYEN (dau) re father Mr Van Thanh Nguyen, "
        '81. Linh v distressed. Says dad "can\'t cope". Wants him in a care home ASAP.'
    )
    assert _voices(text) == []
    # The person a "Person:" field gives with the surname in capitals.
    text = "DUTY LOG\nPerson: Rasa JANKAUSKIENE, 74. Lives w/ son Tomas.\n\n14:45 T/C Tomas."
    assert voice_of(text, "case_note").person.first_names == frozenset({"rasa"})


def test_a_title_field_after_a_dash_is_no_role_of_the_name_before_it() -> None:
    text = (
        "MDT – discharge planning – Roy CASTELL – Ward 4, Westmarsh General\n23/03/26\n"
        "Present: Ward Sister K Obi, Dr Patel (reg), Claire Morton (dtr), G Ridley SW.\n\n"
        'Roy seen on ward before MDT - when asked about going home he said "home" and "Jo".'
    )
    assert "roy" in voice_of(text, "case_note").person.first_names
    assert _voices(text)


@pytest.mark.parametrize(
    ("text", "name", "apart"),
    [
        ("Present: Lee, SW.", "Lee", True),
        ("Present: Rasa, Tomas, interpreter on phone", "Rasa", True),
        ("Present: Marius, me (Gemma Thurlow SW), interpreter by phone", "Marius", True),
        # The next item says whose relative somebody is: it may be the name's own role.
        ("Present: Sue, Mr Lee's daughter", "Sue", False),
        ("Present: Marcia, his daughter.", "Marcia", False),
        ("Present: Sue, daughter of Mr Lee", "Sue", False),
        # Not a list of who came.
        ("Spoke to Rasa, Tomas and the interpreter", "Rasa", False),
    ],
)
def test_a_lone_first_name_in_a_list_of_who_came_is_apart_from_the_next_item(
    text: str, name: str, apart: bool
) -> None:
    from recordlint.rules.voice.written_roles import listed_apart

    start = text.index(name)
    assert listed_apart(text, start, start + len(name)) is apart


def test_words_quoted_after_a_caller_spoke_are_the_callers() -> None:
    text = (
        "DUTY LOG\nPerson: Rasa JANKAUSKIENE, 74. Lives w/ son Tomas.\n\n"
        "14:45 T/C Tomas - no answer.\n15:30 Tomas rang back. Says mum came in August. Not "
        'sure about her status, "I think she has nothing, we didn\'t know about the scheme".'
    )
    assert _voices(text) == []
    # Where the record never tells the caller from its person, the words may be theirs.
    text = (
        "13/03/2026 - Telephone call from Nasreen Ghafoor (carer)\nNote entered 18/03/2026.\n\n"
        'Nasreen rang duty in tears asking for me. States she "can\'t do this anymore" and '
        "\"I shouted at my kids again and I'm turning into someone I don't like\"."
    )
    assert _voices(text) == ["I shouted at my kids again and I'm turning into someone I don't like"]


def test_a_full_name_in_the_title_is_the_person_its_surnames_initial_names() -> None:
    text = (
        "Case note – Albert FINCH\nPhone call 23/06\n\n"
        "Rang Mr F as planned. He told me he went to the bowls club."
    )
    summary = voice_of(text, "case_note")
    assert (summary.person.surname, summary.person.first_names) == ("f", frozenset({"albert"}))
    assert _voices(text) == ["He told me he went to the bowls club"]


def test_the_deceased_a_record_names_is_its_person() -> None:
    text = (
        "File note – Public Health Funeral\nDeceased: Kenneth ALDOUS, DOB 1949-07-02\n\n"
        "Call from Coroner's Officer J. Pell.\n\n"
        'Pell says deceased was "a bit of a hoarder, kept himself to himself".'
    )
    assert voice_of(text, "case_note").person.first_names == frozenset({"kenneth"})
    assert _voices(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Duty - José CARVALHO, 36\n\n09:40 Referral from the food bank.\n"
            "09:55 T/C José, speaks some English, prefers Portuguese.",
            ["09:55 T/C José, speaks some English, prefers Portuguese"],
        ),
        (
            "Duty - Mr Abdul Karimi\n\n10:45 T/C Wahid – explained. Wahid says dad is "
            "stubborn. Wahid wants to be there.",
            [],
        ),
        # A place of more than one word after the shorthand is read as before.
        (
            "19/02/26 T/C Seaview Manor – spoke to nurse i/c. Bridget O'Driscoll admitted "
            "to DGH Sun w/ ?UTI, back on unit today.",
            [],
        ),
    ],
)
def test_a_call_written_with_a_slash_is_no_part_of_the_name_after_it(
    text: str, expected: list[str]
) -> None:
    assert _voices(text) == expected


def test_a_titled_name_cut_to_its_initial_keeps_the_role_of_the_full_name() -> None:
    text = (
        "ASC Duty – telephone contact\nCaller: Mrs Brenda Walsh (mother of Jade Walsh)\n\n"
        "Mrs Walsh rang, upset. Mrs W says Jade has not been home since June."
    )
    assert voice_of(text, "case_note").person.surname != "w"
    assert _voices(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Care Act assessment – summary\nName: Kerry-Ann Doyle   DOB: 02/11/1989\n\n"
            "Seen at the drop-in. KA said she wants her own flat, not a hostel.",
            ["KA said she wants her own flat, not a hostel"],
        ),
        # Initials that are not the name's stay somebody else's.
        (
            "Care Act assessment – summary\nName: Kerry-Ann Doyle   DOB: 02/11/1989\n\n"
            "Seen at the drop-in. KM said she wants her own flat.",
            [],
        ),
        (
            "Care Act assessment – summary\nName: Kerry-Ann Doyle   DOB: 02/11/1989\n\n"
            "Seen at the drop-in. KM wants her own flat.",
            [],
        ),
    ],
)
def test_the_initials_of_a_name_given_in_full_name_the_person(
    text: str, expected: list[str]
) -> None:
    assert voice_of(text, "assessment").person.first_names == frozenset({"kerry-ann"})
    assert _voices(text, "assessment") == expected


def test_a_first_name_joined_with_a_hyphen_is_one_name() -> None:
    text = "Panel minutes\nItem 1 – Mary-Jane Ross\nMJ did not wish to attend."
    assert voice_of(text, "case_note").person.first_names == frozenset({"mary-jane"})


@pytest.mark.parametrize(
    "fragment",
    [
        "Does not want a day centre.",
        "Didn't want to talk today.",
        "Did not want the GP told.",
        "Doesn't want a key safe.",
    ],
)
def test_a_wish_denied_with_do_and_no_subject_is_the_persons(fragment: str) -> None:
    text = f"Home visit – Mr Alan Reid\nMr Reid seen at home, kitchen tidy. {fragment}"
    assert _voices(text) == [fragment.rstrip(".")]


def test_a_first_name_before_how_somebody_is_feels_it() -> None:
    text = (
        "Duty\n08:40 T/C from Kieran HOLT (31), lives alone, carer off sick.\n"
        "09:20 T/C Kieran – visit agreed. Kieran happy with plan."
    )
    assert voice_of(text, "case_note").person.first_names == frozenset({"kieran"})
    assert "Kieran happy with plan" in _voices(text)


def test_the_names_a_record_writes_in_full_are_read_once_for_all_its_initials() -> None:
    from recordlint.rules.voice import text_cues
    from recordlint.rules.voice.person import PersonIdentity

    text = (
        "Name: Kerry-Ann Doyle\nKayleigh Marsh (KM) rang.\n"
        "KA says she wants her own flat. KAD seen Friday. KM said she would help."
    )
    kerry_ann = PersonIdentity(None, None, frozenset({"kerry-ann"}))
    kayleigh = PersonIdentity(None, None, frozenset({"kayleigh"}))
    text_cues._full_names.cache_clear()
    assert text_cues.by_initials(text, text.index("KA says"), kerry_ann)
    assert text_cues.by_initials(text, text.index("KAD"), kerry_ann)
    assert text_cues.by_initials(text, text.index("KM said"), kayleigh)
    assert not text_cues.by_initials(text, text.index("KM said"), kerry_ann)
    assert text_cues._full_names.cache_info().misses == 1


def test_what_was_done_at_somebodys_request_is_their_view() -> None:
    # The request's owner decides whose view it is: the person's, or a relative's.
    assert _voices("Call to Mr Pike. Tea call moved to 17:30 at his request. Agency told.") == [
        "Tea call moved to 17:30 at his request"
    ]
    assert _voices("Call to Mr Pike. Tea call moved to 17:30 at Mr Pike's request.") == [
        "Tea call moved to 17:30 at Mr Pike's request"
    ]
    assert _voices("Call to Mr Pike. Tea call moved at his daughter's request.") == []


def test_a_label_naming_the_person_by_role_gives_their_untitled_name() -> None:
    # "Resident:", "Patient:", "Pt:": person-role words of the speech lexicon as labels.
    assert [m.ref.name for m in cued_first_names("Move day\nResident: Edna Halloran\n")] == ["edna"]
    assert [m.ref.name for m in cued_first_names("Ward round\nPatient: Paul Whitcombe\n")] == [
        "paul"
    ]
    assert cued_first_names("Ward round\nTeam: Blue Group\n") == []


def test_a_surname_printed_in_capitals_gives_the_first_initial() -> None:
    text = (
        "Duty log\nMargaret OYELARAN – stroke\n"
        'T/C son Tunde. Tunde says M has said to him before "no tubes".'
    )
    assert _voices(text) == ['M has said to him before "no tubes"']
    # An organisation's initials after a first name are no surname.
    assert _voices("Duty log\nMargaret ASC – stroke\nT/C son Tunde. Tunde says M is fine.") == []


def test_the_surname_cut_to_its_initial_under_one_title_is_the_person() -> None:
    text = (
        "DUTY – Pavel NOVAK (70) – 2 Mill Row\n"
        "13:45 T/C Mr N w/ interpreter. Mr N says he does not want carers."
    )
    assert _voices(text) == ["Mr N says he does not want carers"]
    # "Mr N" and "Mrs N": two of a family, neither known to be the person.
    both = (
        "DUTY – Pavel NOVAK (70) – 2 Mill Row\n"
        "13:45 T/C Mrs N w/ interpreter. Mrs N says she wants respite. "
        "Mr N says he does not want carers."
    )
    assert _voices(both) == []
    # "Mrs P Nandra" writes the surname in full: "Mrs N" is the appointee, not the person.
    appointee = (
        "Applicant: Arjun NANDRA (Mrs P Nandra - appointee)\n"
        "Arjun seen in his room with his mother. Mrs N says she wants a bigger room for him."
    )
    assert _voices(appointee) == []


def test_a_title_naming_the_kind_of_visit_gives_the_name_after_its_dash() -> None:
    names = cued_first_names("OT home visit – Lena Marsh, 4 Kiln Lane, Ashby\nSeen.\n")
    assert [(m.ref.name, m.surname) for m in names] == [("lena", "marsh")]
    assert cued_first_names("Call with advocate – Chidi Obi\nSeen.\n") == []
    aged = cued_first_names("Transitions visit - Maya Chen (aged 17)\nSeen.\n")
    assert [(m.ref.name, m.surname) for m in aged] == [("maya", "chen")]


def test_a_relatives_report_of_how_a_parent_feels_is_their_account() -> None:
    assert _voices("Name: Rada PETROVA\nSon reports his mother is happy with the service.") == []
    assert _voices("Name: Rada PETROVA\nSon said his mother told him she wants to stay.") != []


def test_a_stance_a_note_gives_its_subject_without_is_is_theirs() -> None:
    text = (
        "Duty log\nService user: Graham PELLOW\n"
        "T/C Fiona B - confirms decline, PEG discussed at last appt but G not keen."
    )
    assert "G not keen" in _voices(text)
    # A stance with "is" is read as before; a thing is no subject of one.
    assert _voices("Duty log\nService user: Graham PELLOW\nThe plan not keen.") == []


def test_a_notes_past_tense_verb_opening_a_sentence_is_no_part_of_the_name() -> None:
    from recordlint.names import a_regular_past

    assert a_regular_past("Visited") and a_regular_past("phoned") and a_regular_past("stopped")
    assert not a_regular_past("Fred") and not a_regular_past("Alfred")
    assert not a_regular_past("Mildred") and not a_regular_past("need")
    text = (
        "Case note – home visit\nWorker: Sam Hale, SW\n\n"
        "Visited Edna at home on Ash Grove the day after she came home, ESD OT was just "
        "leaving as I arrived. Edna was sat in her front room with the radio on and the cat "
        'on her knee and she was clearly pleased to be home, she said "this is my house" '
        "and she made it very clear she does not want carers. Edna has capacity to make "
        "this decision."
    )
    assert voice_of(text, "case_note").person.first_names == frozenset({"edna"})
    # The name before the speaker's "she", the subject of its own verb in a sentence run
    # on with commas, sets the scene: "she" is Edna.
    assert "she made it very clear she does not want carers" in _voices(text)


def test_a_role_word_before_a_number_is_a_place_not_a_role() -> None:
    text = (
        "DISCHARGE PLANNING MEETING – MINUTES\nGordon Pike, Ward 12\n"
        "Present: Dr A. Shah (Consultant), Jean Pike (wife).\n\n"
        '1. Gordon\'s views\nGordon chose "home" on the picture board and nodded.'
    )
    assert voice_of(text, "case_note").person.first_names == frozenset({"gordon"})
    assert _voices(text) != []


def test_a_reason_in_quotation_marks_is_the_persons_words() -> None:
    text = (
        "SLT review\nPt: J. Nowak\n\n"
        'Pt not taking thickened fluids – drinking ordinary squash "because the thick '
        'stuff is revolting".\nPlan: review in 2/52.'
    )
    assert _voices(text) == ["because the thick stuff is revolting"]
    # A label in quotation marks gives no reason: "as and when".
    assert _voices('SLT review\nPt: J. Nowak\n\nPt to have sips "as and when".') == []


def test_the_answer_after_the_writers_question_is_the_persons() -> None:
    text = (
        "Ward visit - Mr Owen Hughes\n\nSaw Mr Hughes on the ward. His speech was harder to "
        "follow than in May but he knew who I was and when I asked what he wanted to happen "
        'he said "home, home to Julie" and then "not a home".'
    )
    assert 'he said "home, home to Julie" and then "not a home"' in _voices(text)


def test_a_role_beyond_a_labels_colon_is_the_next_fields() -> None:
    text = (
        "Review – Self-Neglect Support Plan\nName: Dennis Oakroyd   Reviewer: R Abernethy SW"
        '\n\nDennis\'s views: He said he is "chuffed" with the kitchen.'
    )
    assert voice_of(text, "assessment").person.first_names == frozenset({"dennis"})
    assert _voices(text, "assessment") == ['He said he is "chuffed" with the kitchen']


def test_a_compound_of_ordinary_words_is_no_first_name() -> None:
    assert an_ordinary_compound("Self-Neglect")
    assert not an_ordinary_compound("Mary-Jane")
    assert not an_ordinary_compound("Neglect")


def test_what_he_said_after_a_name_that_only_acts_is_the_persons() -> None:
    text = (
        "Visit - Mr Edward Hall\n\nVisited Mr Hall at home. Raymond let me in and went out "
        "to the shops. He said he would like to go to the tea dance on Tuesday."
    )
    assert _voices(text) == ["He said he would like to go to the tea dance on Tuesday"]
    # One who spoke may be the "he" who said it: still ambiguous.
    spoke = text.replace("let me in and went out to the shops", "said the boiler is fixed")
    assert _voices(spoke) == []
    # What "she" felt stays with the name before it.
    felt = (
        "Closure summary - Mr George Pappas\n\nGeorge was not involved as he is now in a "
        "home. Anna was difficult about the fees, which she felt the Council should pay."
    )
    assert _voices(felt) == []


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("DAILY LOG - Joel Pritchard - home support (2hrs am)\n08:00 arrived.", "joel"),
        (
            "BRIGHTWELL SUPPORT - 14 ALDER CLOSE\nDaily log - Neil A (night)\n22:00 On shift.",
            "neil",
        ),
    ],
)
def test_a_log_titles_name_with_words_after_it_is_cued(text: str, first: str) -> None:
    assert [m.ref.name for m in cued_first_names(text)] == [first]


@pytest.mark.parametrize(
    "text",
    [
        # A role after the second dash introduces somebody else.
        "Call - Chidi Obi - advocate\nRang about the meeting.",
        # In the body a line's dashes set out what was said.
        "Case note\nVisit.\n\n10:00 Left message - Karen Hale - will ring back.",
    ],
)
def test_a_name_between_dashes_that_is_no_title_is_not_cued(text: str) -> None:
    assert not cued_first_names(text)


def test_a_surname_cut_to_its_initial_gives_the_persons_initials() -> None:
    from recordlint.rules.voice import text_cues
    from recordlint.rules.voice.person import PersonIdentity

    text = "Daily log - Neil A (night)\n23:15 NA up. Colin woke. NA said he wants his dad."
    neil = PersonIdentity(None, None, frozenset({"neil"}))
    assert text_cues.by_initials(text, text.index("NA said"), neil)
    assert "NA said he wants his dad" in _voices(text)


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("Residents + relatives mtg. Mrs Ada Pole, Mrs Jean Tate, Mr Len Ward and Mr Sam "
         "Hurst came. Mrs Pole to Fernleigh. Mr Hurst said he was not leaving.", True),
        # Two others beside the person are no group.
        ("Residents + relatives mtg. Mrs Ada Pole, Mrs Jean Tate and Mr Sam Hurst came. "
         "Mrs Pole to Fernleigh. Mrs Pole to Fernleigh. Mr Hurst said he was not leaving.",
         False),
        # Without the group named, several names are one person's record and its others.
        ("Mrs Ada Pole, Mrs Jean Tate, Mr Len Ward and Mr Sam Hurst came. Mrs Pole to "
         "Fernleigh. Mr Hurst said he was not leaving.", False),
    ],
)  # fmt: skip
def test_a_record_about_the_residents_it_names_hears_each_of_them(
    text: str, credited: bool
) -> None:
    assert bool(_voices(text)) is credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("Visit - Mrs Ann Lee\nMrs Lee spends most of the day in the lounge and enjoys the "
         "entertainment.", False),
        ("Visit - Mrs Ann Lee\nMrs Lee says she likes the home and enjoys the food.", True),
        ("Visit - Mrs Ann Lee\nMrs Lee enjoys the entertainment.", True),
    ],
)  # fmt: skip
def test_a_feeling_joined_to_a_routine_is_the_writers_account(text: str, credited: bool) -> None:
    assert bool(_voices(text)) is credited


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        # "Pt states" read as one noun, the reported clause hung on it.
        (
            "Pt: Derek PASCOE  Ward 7\nCall to duty SW, name not taken.\n"
            'Pt states he wants "home to my own chair". Aware of stairs.',
            ['he wants "home to my own chair'],
        ),
        # Whoever the noun-read verb's speaker is, the clause is theirs.
        ("Pt: Derek PASCOE\nCall to duty SW.\nWife states she wants more visits.", []),
        # What they state is a view only where it is one: a fact they state is not.
        ("Pt: Derek PASCOE\nCall to duty SW.\nSU states she eats well.", []),
    ],
)
def test_who_speaks_before_a_speech_verb_read_as_a_noun_is_the_he_after_it(
    text: str, voices: list[str]
) -> None:
    assert _voices(text) == voices


def test_a_full_name_after_a_person_label_settles_the_titled_person() -> None:
    text = (
        "OT home access visit\nPerson: Derek Pascoe, 14 Quay Street\n"
        "Mr Pascoe still on the ward, not present. Met his wife at the flat.\n\n"
        "Heating: storage heaters, Mrs P says flat cold and damp in winter.\n\n"
        "Mrs P has arthritis in both hands.\n\nMrs P appears overwhelmed."
    )
    person = voice_of(text, "case_note").person
    assert (person.title, person.surname, person.first_names) == ("mr", "pascoe", {"derek"})
    assert _voices(text) == []


@pytest.mark.parametrize(("carer", "heard"), [("Ryan Kitto", True), ("Maureen Kitto", False)])
def test_the_caller_a_header_labels_as_the_carer_speaks_as_a_carer(carer: str, heard: bool) -> None:
    text = (
        f"Case note - Len Kitto (carer: {carer})\nType: Telephone call from Ryan Kitto (son)\n\n"
        "Ryan asked for help because when his pager goes he has to leave Len alone."
    )
    assert bool(_voices(text)) is heard
