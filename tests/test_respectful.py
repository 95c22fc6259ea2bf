"""Respectful language: inflected suggestions, phrase matching and fix safety."""

from __future__ import annotations

import pytest

from recordlint.inflection import inflect_for_tag as inflect
from recordlint.lexicon import load_lexicon
from recordlint.rules.respectful.attribution import in_a_list_of_kinds
from recordlint.rules.respectful.lexicon import judgemental
from tests.conftest import linter_for


@pytest.mark.parametrize(
    ("phrase", "tag", "expected"),
    [
        ("decline", "VBD", "declined"),
        ("decline", "VBN", "declined"),
        ("decline", "VBZ", "declines"),
        ("decline", "VBG", "declining"),
        ("decline", "VB", "decline"),
        ("have", "VBZ", "has"),
        ("have", "VBD", "had"),
        ("live with", "VBZ", "lives with"),
        ("live with", "VBG", "living with"),
        ("miss", "VBZ", "misses"),
        ("choose not to", "VBD", "chose not to"),
        ("not attend", "VBD", "did not attend"),
        ("not attend", "VBZ", "does not attend"),
        ("stop attending", "VBD", "stopped attending"),
        ("left", "VBD", "left"),
    ],
)
def test_inflect_puts_the_suggestion_in_the_matched_form(
    phrase: str, tag: str, expected: str
) -> None:
    """The first word of a suggestion takes the tense and person of the matched verb."""
    assert inflect(phrase, tag) == expected


@pytest.mark.parametrize(("phrase", "tag"), [("left", "VBZ"), ("declines", "VBD")])
def test_inflect_refuses_forms_it_cannot_build(phrase: str, tag: str) -> None:
    """A suggestion that is not in base form is not guessed at."""
    assert inflect(phrase, tag) is None


def _findings(text: str) -> list:
    report = linter_for({"select": ["RL501"]}).lint(text)
    assert not report.errors, report.errors
    return report.findings


def test_clean_verb_swap_is_a_safe_fix_in_the_same_case() -> None:
    """'Refused' at the start of a sentence becomes 'Declined', marked safe."""
    (finding,) = _findings("Refused personal care this morning.")
    assert finding.suggestions[0] == "Declined"
    assert finding.fix == "safe"


def test_passive_refusal_needs_review() -> None:
    """A passive ('care was refused') cannot take a plain swap, so the fix needs review."""
    (finding,) = _findings("Personal care was refused.")
    assert finding.fix == "review"


def test_adjective_replaced_by_a_verb_phrase_is_not_safe() -> None:
    """'is bed-bound' cannot become 'is spends most of the day in bed'."""
    (finding,) = _findings("He is bed-bound.")
    assert finding.fix != "safe"


def test_progressive_suffering_is_replaced_with_living_with() -> None:
    """'is suffering from' becomes 'is living with', never 'is having'."""
    (finding,) = _findings("She is suffering from depression.")
    assert finding.suggestions[0] == "living with"
    assert finding.fix == "safe"


def test_message_says_why_and_what_to_write() -> None:
    """The message quotes the words, gives the reason and says what to write instead."""
    (finding,) = _findings("Mr Carter is non-compliant with his medication.")
    assert finding.message.startswith("Avoid 'non-compliant': ")
    assert finding.message.endswith(".")
    assert finding.standard == "2.respectful"


def test_lexicon_has_at_least_a_hundred_entries() -> None:
    """The judgemental lexicon the rule relies on is broad enough to be useful."""
    from recordlint.lexicon import load_lexicon

    assert len(load_lexicon("judgemental").entries) >= 100


def test_hyphens_are_optional_in_matching() -> None:
    """'bed-blocker' is found by the entry 'bed blocker'."""
    (finding,) = _findings("She is a bed-blocker.")
    assert finding.text == "bed-blocker"


def test_lexicon_gate_passes_inflections_and_irregular_forms() -> None:
    """The cheap pre-filter lets through inflected and irregular forms of a term."""
    from recordlint.matching import lexicon_gate

    gate = lexicon_gate(lambda: ["refuse", "feed", "suffer from"])
    assert gate("She refused the commode.")
    assert gate("Carers fed her lunch.")
    assert gate("He suffers from dementia.")
    assert not gate("She went to the shops with her daughter.")


def test_lexicon_gate_survives_spelling_changes_in_inflection() -> None:
    """'deny' lets 'denies' through: the stem is cut before a changing last letter."""
    from recordlint.matching import lexicon_gate

    assert lexicon_gate(lambda: ["deny"])("He denies hitting her.")


def test_a_pronoun_slot_stands_for_each_person_and_never_a_thing() -> None:
    """A term with "one's" or "oneself" is read once for each personal pronoun of its kind,
    so the rule's matcher and its gate both see the words a record holds; "its" and
    "itself" are left out, since the idioms blame someone, not something."""
    raw = {entry.term for entry in load_lexicon("judgemental").entries}
    read = {entry.term for entry in judgemental()[0]}
    slotted = {t for t in raw if {"one's", "oneself"} & set(t.split())}
    assert slotted
    assert not slotted & read
    assert {"not pull their weight", "not pull his weight", "let himself go"} <= read
    assert not {t for t in read if {"its", "itself"} & set(t.split())}


def _rl501(text: str) -> list[str]:
    report = linter_for().lint(text, kind="case_note")
    # A rule that failed reports an error and no findings: never let that pass as quiet.
    assert not report.errors, report.errors
    return [text[f.start : f.end] for f in report.findings if f.code == "RL501"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The previous PAs left because of his attitude.", ["attitude"]),
        ("Mr Parfitt's attitude has improved since the last assessment.", ["attitude"]),
        ("He has a positive attitude to his exercises.", []),
        ("The team's attitude to risk has changed.", []),
        ("Society has the attitude that we should manage alone.", []),
    ],
)
def test_an_owned_only_word_counts_only_as_a_persons_own_and_bare(
    text: str, expected: list[str]
) -> None:
    """An ``owned_only`` entry judges only when a person owns it and nothing qualifies it:
    "his attitude" blames a manner; "a positive attitude", a team's attitude or one that
    belongs to no one says nothing against anyone."""
    assert [e.term for e in load_lexicon("judgemental").entries if e.owned_only] == ["attitude"]
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is using fatigue as an excuse to avoid going out.", ["as an excuse"]),
        ("The parents are using the past as an excuse to keep Marian at home.", ["as an excuse"]),
        ("Shane is using MH as an excuse.", ["as an excuse"]),
        ("Using her back as an excuse again.", ["as an excuse"]),
        ("The Council used staff shortages as an excuse for the delay.", []),
        ("I used the leaflet as an excuse to call in.", []),
    ],
)
def test_a_pretext_is_said_of_whoever_uses_it_not_of_the_thing_used(
    text: str, expected: list[str]
) -> None:
    """A ``pretext`` entry labels the one said to use something as it, whatever the thing
    used ("the past", "fatigue"), where "sees X as a burden" labels X: used by a person, a
    relative or no one named it counts; used by a body or by the writer it does not."""
    assert [e.term for e in load_lexicon("judgemental").entries if e.pretext] == ["as an excuse"]
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mrs Kerr complaining about noise again.", ["complaining about"]),
        (
            "Demanding tea and complaining about his daughter-in-law.",
            ["Demanding", "complaining about"],
        ),
        ("A neighbour wrote to the Director complaining about the state of the garden.", []),
        ("Write down the event that you are complaining about.", []),
        ("Write a sentence on what you're complaining about.", []),
        ("His daughter complained about the charges.", []),
    ],
)
def test_a_grievance_counts_as_what_someone_was_doing_not_as_a_complaint_made(
    text: str, expected: list[str]
) -> None:
    """A ``grievance`` entry counts as what someone was doing; as the manner of something
    written, with what was complained of only pointed at, or in another form of the verb
    it tells of a complaint made and stays quiet."""
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mrs Obi at breaking point - carer breakdown imminent.", ["carer breakdown"]),
        ("Classic carer breakdown.", ["carer breakdown"]),
        ("Mrs Chen is at risk of carer breakdown.", []),
        ("Ewa is at high risk of carer breakdown.", []),
        ("Risk of carer breakdown is high.", []),
        ("There is a risk of placement breakdown.", []),
    ],
)
def test_a_risked_event_counts_as_come_or_near_not_as_the_risk_weighed(
    text: str, expected: list[str]
) -> None:
    """A ``risked`` entry names what may become of a care arrangement: said to have come
    or to be near it labels; named as what a risk is of, it is the writer's forecast and
    stays quiet (the opinion rules weigh the forecast)."""
    risked = {e.term for e in load_lexicon("judgemental").entries if e.risked}
    assert risked == {"carer breakdown", "placement breakdown", "placement break down"}
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You have pre-settled status. This means you are allowed to get care.", []),
        ("Joanna must check that Marta is allowed to work in this country.", []),
        ("Her status shows she is allowed to claim housing benefit.", []),
        # A rule said as the writer's or staff's, or a denial, still counts.
        ("Staff said he is only allowed to have two cigarettes a day.", ["allowed to"]),
        ("He is allowed to go out for an hour a day with staff.", ["allowed to"]),
        ("This means he is not allowed to go out alone.", ["not allowed"]),
    ],
)
def test_a_permission_a_fact_or_check_establishes_is_no_rule_over_the_person(
    text: str, expected: list[str]
) -> None:
    """A permission that is what a status means or shows, or what a check is to find, is
    the law's, not a rule held over the person."""
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pt not allowed out after 9pm.", ["not allowed"]),
        ("Mrs Amos is not allowed to use the kitchen on her own.", ["not allowed"]),
        ("Gardener not allowed.", []),
        ("Taxis to the mosque not allowed - not disability related.", []),
        ("He asked for £30 pw for taxis - not allowed as he could not show receipts.", []),
    ],
)
def test_a_restriction_counts_only_with_what_is_restricted_after_it(
    text: str, expected: list[str]
) -> None:
    """A ``restriction`` entry with nothing after it that the person may not do or go to
    ends its clause: a ruling on an expense or an item asked for, not a rule over anyone's
    life."""
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What someone finds hard, with what is found so before "find".
        ("• Things you find difficult", []),
        ("We will talk about the things you find very difficult.", []),
        ("Staff find him difficult at night.", ["difficult"]),
        # A hard choice whose noun the parser read as a modifier of the next one.
        ("The survey shows the difficult decisions adults’ social workers are making.", []),
        ("She is one of the difficult families the team visits.", ["difficult families"]),
    ],
)
def test_a_word_that_also_means_hard_said_of_a_task_or_a_choice_labels_no_one(
    text: str, expected: list[str]
) -> None:
    """ "Difficult" after "find" with nothing between, whatever the parser made of a
    list's bullet, says what the finder finds hard; before a plural noun for a choice it
    says the choice was hard. Said of a person found so, or of people, it still labels."""
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He will not accept her right to decide, he is controlling.", ["controlling"]),
        ("She is controlling her diabetes well.", []),
        ("He is challenging the decision the panel made.", []),
    ],
)
def test_a_clause_before_an_ing_label_is_not_its_object(text: str, expected: list[str]) -> None:
    """A label that looks like an -ing verb is the verb only with an object after it;
    sentences run together with a comma put no object before it."""
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She would not accept that the letters are scams and became quite defensive.",
            ["defensive"],
        ),
        (
            "He rang demanding we put carers in and was quite aggressive.",
            ["demanding", "aggressive"],
        ),
        ("She said the letters are scams and are very aggressive in tone.", []),
    ],
)
def test_a_label_in_the_past_coordinated_into_a_present_reported_clause_is_the_sentences(
    text: str, expected: list[str]
) -> None:
    """The parser may coordinate a label's verb with the verb of a clause reported inside
    the sentence; a verb in the past beside one in the present is the sentence's own, and
    its doer is the sentence's subject. Verbs in one tense stay with the reported clause."""
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mrs Patel, who has been feeding the dog since Saturday, let us in.", []),
        ("His daughter, who feeds the cats while he is away, rang.", []),
        ("His carer, who feeds him at lunch, was late again.", ["feeds"]),
        ("He misses his cat, Smudge, who a neighbour is feeding.", []),
    ],
)
def test_a_relative_clause_whose_pronoun_is_its_subject_names_the_doer(
    text: str, expected: list[str]
) -> None:
    """A done-to verb in a relative clause is done to the noun the clause hangs from only
    where the relative pronoun stands for the one done to; where it is the clause's
    subject and the verb has an object of its own, the noun is the doer."""
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She showed me how she makes soup standing with the frame. Lovely lady.", []),
        ("I popped in to see Margaret. What a lovely lady! She made me tea.", []),
        ("Lovely lady, very settled and well cared for.", ["Lovely lady"]),
        ("Iris is a lovely lady, very settled.", ["lovely lady"]),
    ],
)
def test_a_courteous_aside_that_is_the_words_alone_sums_no_one_up(
    text: str, expected: list[str]
) -> None:
    """A sentence that is a courteous noun phrase and nothing more is the writer's
    exclamation; said of the person, or a note that goes on about them, it sums them up."""
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was polite but very guarded and did not want to talk about money.", []),
        ("Jordan presented as guarded and monosyllabic.", []),
        ("Her son was very guarded on the phone and would not give his address.", ["guarded"]),
    ],
)
def test_how_the_person_presented_is_the_records_assessment(text: str, expected: list[str]) -> None:
    """An ``assessment_of_person`` word said of the person the record is about is left to
    the opinion rules; said of a relative it still labels."""
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shona is choosing to live this way and this is a lifestyle choice.",
            ["lifestyle choice"],
        ),
        ("Mr L won't accept help. This is a lifestyle choice.", ["lifestyle choice"]),
        ("The council wrote to him. This is a lifestyle choice.", []),
        ("This is a lifestyle choice.", []),
    ],
)
def test_a_pronoun_standing_for_a_persons_doing_carries_the_label(
    text: str, expected: list[str]
) -> None:
    """A label noun that "this" or "it" is said to be, where the pronoun opens its clause
    and stands for the clause before, labels that clause's doer when the doer is a person;
    said of a body's doing, or with nothing before it, it labels no one."""
    assert _rl501(text) == expected


def _parsed(words: list[str], tags: list[str], pos: list[str], deps: list[str], heads: list[int]):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    lemmas = [w.lower() for w in words]
    return Doc(Vocab(), words=words, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


def test_a_passive_joined_to_a_verb_before_it_shares_its_subject() -> None:
    """'Residents have capacity and are being refused credit': the joined passive has no
    subject of its own; an active joined verb, or one with its own subject, is not one."""
    from recordlint.rules.respectful.verbs import passive_sharing_a_subject

    doc = _parsed(
        ["Residents", "have", "capacity", "and", "are", "being", "refused", "credit"],
        ["NNS", "VBP", "NN", "CC", "VBP", "VBG", "VBN", "NN"],
        ["NOUN", "VERB", "NOUN", "CCONJ", "AUX", "AUX", "VERB", "NOUN"],
        ["nsubj", "ROOT", "dobj", "cc", "aux", "auxpass", "conj", "dobj"],
        [1, 1, 1, 1, 6, 6, 1, 6],
    )
    assert passive_sharing_a_subject(doc[6])
    active = _parsed(
        ["Residents", "have", "capacity", "and", "are", "refusing", "meds"],
        ["NNS", "VBP", "NN", "CC", "VBP", "VBG", "NNS"],
        ["NOUN", "VERB", "NOUN", "CCONJ", "AUX", "VERB", "NOUN"],
        ["nsubj", "ROOT", "dobj", "cc", "aux", "conj", "dobj"],
        [1, 1, 1, 1, 5, 1, 5],
    )
    assert not passive_sharing_a_subject(active[5])
    assert not passive_sharing_a_subject(doc[1])


def test_a_refusal_named_by_a_decided_thing_or_a_body_is_a_decision() -> None:
    """'Pension Credit refusal' and 'the TFL refusal' are a body's decisions on a claim;
    'SU refusal' names the person's."""
    from recordlint.rules.respectful.said_of import a_decision_on_a_thing

    credit = _parsed(
        ["Pension", "Credit", "refusal", "approved"],
        ["NNP", "NNP", "NN", "VBD"],
        ["PROPN", "PROPN", "NOUN", "VERB"],
        ["compound", "compound", "nsubj", "ROOT"],
        [1, 2, 3, 3],
    )
    assert a_decision_on_a_thing(credit[2])
    body = _parsed(
        ["the", "TFL", "refusal"],
        ["DT", "NNP", "NN"],
        ["DET", "PROPN", "NOUN"],
        ["det", "compound", "ROOT"],
        [2, 2, 2],
    )
    assert a_decision_on_a_thing(body[2])
    person = _parsed(
        ["SU", "refusal", "noted"],
        ["NNP", "NN", "VBN"],
        ["PROPN", "NOUN", "VERB"],
        ["compound", "nsubj", "ROOT"],
        [1, 2, 2],
    )
    assert not a_decision_on_a_thing(person[1])


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Older residents have pre-settled status only and are being refused Pension Credit.",
            False,
        ),
        ("Referral to Welfare Rights re Pension Credit refusal approved.", False),
        ("MINUTES – MDT / Complex Case Meeting", False),
        ("Residents have capacity and are refusing their meds.", True),
        ("SU refusal of care noted again at the evening call.", True),
    ],
)
def test_decisions_and_names_are_no_ones_label(text: str, flagged: bool) -> None:
    """A passive done to residents, a body's refusal of a claim and a meeting's name in
    capitals label no one; the person's own refusals still count."""
    assert bool(_findings(text)) is flagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three forms of self-neglect include:\n- hoarding\n\n- lack of self-care", True),
        ("Her presenting needs were:\n- hoarding\n- lack of self-care", False),
        ("- hoarding\n- lack of self-care", False),
    ],
)
def test_a_list_item_is_one_of_kinds_by_the_lead_in_above_its_items(
    text: str, expected: bool
) -> None:
    assert in_a_list_of_kinds(text, text.index("lack")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You also asked about refusing treatment in the future.", []),
        ("You have the choice to refuse any treatment.", []),
        ("She is free to refuse the placement.", []),
        ("Her fear may make it hard for her to refuse if they contact her.", []),
        ("He is likely to refuse the placement.", ["refuse"]),
        ("She refuses to take her tablets.", ["refuses"]),
    ],
)
def test_a_refusal_held_open_as_a_right_an_option_or_a_topic_labels_no_one(
    text: str, expected: list[str]
) -> None:
    """A refusal talked about, or one someone has the right, the choice or the freedom to
    make, or would find hard to make, tells of no refusal; one foreseen or made does."""
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Graham made ADRT on 15.12.25 refusing PEG feeding, witnessed, copy on file.", []),
        ("P has written an ADRT - refuses ventilation and CPR - wants it on the system.", []),
        ("Her advance decision refuses CPR and ventilation.", []),
        ("He has an ADRT but refused his tablets this morning.", ["refused"]),
    ],
)
def test_a_refusal_an_advance_decision_sets_down_is_the_persons_right(
    text: str, expected: list[str]
) -> None:
    """A refusal of treatment named after the advance decision that sets it down is the
    person's right, written for a time they cannot say it; told in the past it is something
    they did."""
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KB found in the yard feeding calves.", []),
        ('Tenant says she feeds "the strays nobody else wants" and has 4 of her own.', []),
        ('She has four cats of her own and feeds "the ones people dump" on the estate.', []),
        ("Feeding station in use.", []),
        ("Carers feeding Mr Lee in the lounge.", ["feeding"]),
    ],
)
def test_feeding_an_animal_or_naming_a_thing_talks_down_to_no_one(
    text: str, expected: list[str]
) -> None:
    """Animals fed, named after the verb even where a quotation misleads the parser or
    pointed back to by "the ones", and a note that opens on the thing a feeding word
    names, talk down to no one; a person fed still counts."""
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The day centre has staff trained in gastrostomy feeding.", []),
        ("Hoisted out to recliner for tea time, feed on at 17:30 by pump.", []),
        ("Sat with him, birds on feeder, he started looking out again.", []),
        ("Deborah had put birdseed on the window feeder.", []),
        ("Lewis - a feeder at meal times.", ["feeder"]),
        ("He was fed by carers.", ["fed"]),
        ("Needs feeding.", ["feeding"]),
    ],
)
def test_a_feeding_word_of_a_treatment_or_a_thing_talks_down_to_no_one(
    text: str, expected: list[str]
) -> None:
    """A feeding named by its route, a feed switched on or off, and a feeder where birds
    are seen name a treatment or a thing; a person fed, or called a feeder, still counts."""
    assert _rl501(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Risks: pressure damage, autonomic dysreflexia, carer breakdown.", []),
        ("Key risks: carer breakdown imminent.", []),
        ("Wife struggling. Carer breakdown imminent.", ["Carer breakdown"]),
        ("Concerns: carer breakdown imminent.", ["carer breakdown"]),
        ("6. Risks\nLeaving the house at night; falls; carer breakdown.", []),
        ("Risks\nFalls on stairs on bad days. Carer breakdown (son).", []),
        ("Concerns\nWife struggling. Carer breakdown imminent.", ["Carer breakdown"]),
        (
            "Risks were talked through with the family today\nCarer breakdown imminent.",
            ["Carer breakdown"],
        ),
    ],
)
def test_a_breakdown_set_out_in_a_risk_field_is_weighed_as_a_risk(
    text: str, expected: list[str]
) -> None:
    """A form's field labelled as risks lists what may happen, as "at risk of" does, and so
    does a heading naming risks on its own line above; under any other label or heading,
    or none, a breakdown said to be near still counts."""
    assert _rl501(text) == expected


def test_a_label_that_modifies_the_place_after_a_preposition_still_counts() -> None:
    """A label noun after a preposition of place is a thing only where it heads the phrase:
    one that modifies the noun after it ("at the ... shop") is still said of people."""
    from recordlint.matching import PhraseMatch
    from recordlint.rules.respectful.said_of import a_place_a_thing_is

    thing = _parsed(
        ["birds", "on", "the", "window", "feeder"],
        ["NNS", "IN", "DT", "NN", "NN"],
        ["NOUN", "ADP", "DET", "NOUN", "NOUN"],
        ["ROOT", "prep", "det", "compound", "pobj"],
        [0, 0, 4, 4, 1],
    )
    assert a_place_a_thing_is(thing, PhraseMatch(4, 5, 0))
    modifier = _parsed(
        ["at", "the", "feeder", "shop"],
        ["IN", "DT", "NN", "NN"],
        ["ADP", "DET", "NOUN", "NOUN"],
        ["ROOT", "det", "compound", "pobj"],
        [0, 3, 3, 0],
    )
    assert not a_place_a_thing_is(modifier, PhraseMatch(2, 3, 0))


def test_an_assessment_foretold_with_a_modal_is_a_forecast() -> None:
    """ "Jean will not cope" foretells; "Jean can't cope" says how she is now."""
    from recordlint.rules.respectful.said_of import foretold

    will = _parsed(
        ["Jean", "will", "not", "cope"],
        ["NNP", "MD", "RB", "VB"],
        ["PROPN", "AUX", "PART", "VERB"],
        ["nsubj", "aux", "neg", "ROOT"],
        [3, 3, 3, 3],
    )
    assert foretold(will[3])
    can = _parsed(
        ["Jean", "ca", "n't", "cope"],
        ["NNP", "MD", "RB", "VB"],
        ["PROPN", "AUX", "PART", "VERB"],
        ["nsubj", "aux", "neg", "ROOT"],
        [3, 3, 3, 3],
    )
    assert not foretold(can[3])


def test_a_time_taken_for_a_second_object_is_not_done_to() -> None:
    """ "feeds the birds ... most mornings", the parser taking "mornings" for a second
    object: the birds are fed, and the mornings say when."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from recordlint.rules.respectful.verbs import done_to_no_one_else

    doc = Doc(
        Vocab(),
        words=["he", "feeds", "the", "birds", "most", "mornings"],
        tags=["PRP", "VBZ", "DT", "NNS", "JJS", "NNS"],
        pos=["PRON", "VERB", "DET", "NOUN", "ADJ", "NOUN"],
        deps=["nsubj", "ROOT", "det", "dobj", "amod", "dobj"],
        heads=[1, 1, 3, 1, 5, 1],
        lemmas=["he", "feed", "the", "bird", "most", "morning"],
    )
    assert done_to_no_one_else(doc[1])


def test_a_label_that_qualifies_a_body_or_a_job_names_its_work() -> None:
    """'the complex needs panel': the label's noun qualifies a panel, whose work it names;
    'a complex needs case' and 'a complex needs service user' still say it of someone,
    and a label in capitals in a team's field is part of the team's name."""
    from recordlint.matching import PhraseMatch
    from recordlint.rules.respectful.attribution import names_a_body_or_job

    panel = _parsed(
        ["to", "the", "complex", "needs", "panel"],
        ["IN", "DT", "JJ", "NNS", "NN"],
        ["ADP", "DET", "ADJ", "NOUN", "NOUN"],
        ["ROOT", "det", "amod", "compound", "pobj"],
        [0, 4, 4, 4, 0],
    )
    assert names_a_body_or_job(panel, PhraseMatch(2, 4, 0), "to the complex needs panel")
    user = _parsed(
        ["a", "complex", "needs", "service", "user"],
        ["DT", "JJ", "NNS", "NN", "NN"],
        ["DET", "ADJ", "NOUN", "NOUN", "NOUN"],
        ["det", "amod", "compound", "compound", "ROOT"],
        [4, 4, 4, 4, 4],
    )
    assert not names_a_body_or_job(user, PhraseMatch(1, 3, 0), "a complex needs service user")
    field = "Team: Adult Care (Complex Needs)"
    team = _parsed(
        ["Team", ":", "Adult", "Care", "(", "Complex", "Needs", ")"],
        ["NN", ":", "NNP", "NNP", "-LRB-", "NNP", "NNP", "-RRB-"],
        ["NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
        ["ROOT", "punct", "compound", "appos", "punct", "compound", "appos", "punct"],
        [0, 0, 3, 0, 3, 6, 3, 3],
    )
    assert names_a_body_or_job(team, PhraseMatch(5, 7, 0), field)
    said = "Team: says he is aggressive"
    told = _parsed(
        ["Team", ":", "says", "he", "is", "aggressive"],
        ["NN", ":", "VBZ", "PRP", "VBZ", "JJ"],
        ["NOUN", "PUNCT", "VERB", "PRON", "AUX", "ADJ"],
        ["nsubj", "punct", "ROOT", "nsubj", "ccomp", "acomp"],
        [2, 2, 2, 4, 2, 4],
    )
    assert not names_a_body_or_job(told, PhraseMatch(5, 6, 0), said)
