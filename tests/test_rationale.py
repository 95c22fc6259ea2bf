"""The parse-dependent parts of the rationale rule, one at a time."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recordlint.nlp import Need, load_pipeline
from recordlint.rules import rationale
from recordlint.rules.rationale.bare_notes import bare_note_verb
from recordlint.rules.rationale.context import aims_listed
from recordlint.rules.rationale.deaths import deaths_told
from recordlint.rules.rationale.deciding import (
    agreeing_a_time,
    agreeing_on_a_step,
    agreeing_to_a_contact,
    aside_by_someone_else,
    change_to_no_service,
    funded_from,
    level_reported,
    task_given,
)
from recordlint.rules.rationale.exceptions import _note_predicate, still_to_decide
from recordlint.rules.rationale.headings import heading_over_a_section, title_line
from recordlint.rules.rationale.line_words import (
    a_contact_finished,
    a_place_shut,
    coming_about,
    finding_reported,
)
from recordlint.rules.rationale.lines import (
    _only_dates_after_labels,
    another_body_reports,
    asked_under_a_label,
)
from recordlint.rules.rationale.notes import note_style_decisions, service_changes, step_ruled_out
from recordlint.rules.rationale.others import (
    approval_asked_for,
    funded_elsewhere,
    nothing_changed,
)
from recordlint.rules.rationale.reasons import (
    purpose_given,
    reason_across_a_dash,
    reason_in,
    refused_by_the_person,
)
from recordlint.rules.rationale.service_shapes import (
    request_refused,
    service_ended,
    service_refused_ahead,
)
from recordlint.rules.rationale.services import decided_about
from recordlint.rules.rationale.settled import no_fixed_abode
from recordlint.rules.rationale.syntax import handed_to_someone_else
from recordlint.rules.rationale.undecided import (
    cause_ruled_out,
    decision_still_wanted,
    what_an_item_is_for,
)
from recordlint.rules.rationale.verdicts import (
    eligibility_found,
    negated_verdicts,
    not_for_us,
    service_withheld,
)
from recordlint.rules.rationale.words import DECISION_SECTION, REASONS_SECTION


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_pipeline("en_core_web_sm", frozenset({Need.TAGS, Need.PARSE}))


def _no_quotes(start: int, end: int) -> bool:
    return False


def _unreasoned(nlp: Any, text: str) -> list[str]:
    doc = nlp(text)
    verdicts = rationale.judge(doc, _no_quotes)
    return [doc[v.unit.start : v.unit.end].text for v in verdicts if v.unreasoned]


@pytest.mark.parametrize(
    ("text", "unreasoned"),
    [
        ("No injury needing treatment per LH.", []),
        ("Nephew not to be contacted, per Dennis.", []),
        ("Not suitable for LD per Ms Tolland.", []),
        # the writer's own plan goes on after the source
        (
            "Not for s42 at this stage per MASH, to be screened Monday.",
            ["Not for s42 at this stage per MASH, to be screened Monday."],
        ),
        ("Case closed per week.", ["Case closed per week."]),  # "per week" names no one
        ("Lunch call cancelled per TM today.", ["Lunch call cancelled per TM today."]),
    ],
)
def test_a_sentence_closed_by_per_is_its_sources_account(
    nlp: Any, text: str, unreasoned: list[str]
) -> None:
    assert _unreasoned(nlp, text) == unreasoned


@pytest.mark.parametrize(
    ("text", "reasoned"),
    [
        ("Interp not needed, dtr translating.", True),
        ("Bath board trialled – not suitable, pain on transfer.", True),
        ("Perching stool not suitable, too low for her.", True),
        ("Respite not offered, carers assessment.", False),  # offered instead
        ("Not eligible, case closed.", False),  # a decision of its own
        ("Commode not issued, see notes.", False),  # a pointer
    ],
)
def test_a_refusals_reason_after_a_comma(nlp: Any, text: str, reasoned: bool) -> None:
    assert (_unreasoned(nlp, text) == []) is reasoned


def test_terms_match_on_words_or_lemmas(nlp: Any) -> None:
    doc = nlp("The case was closed and we agreed. NFA.")
    found = [doc[s:e].text for s, e in rationale.find_terms(doc, "decision")]
    assert found == ["closed", "agreed", "NFA"]


def test_the_longest_term_wins(nlp: Any) -> None:
    doc = nlp("Case closed.")
    assert [doc[s:e].text for s, e in rationale.find_terms(doc, "decision")] == ["Case closed"]


def test_sentences_are_cut_at_line_breaks(nlp: Any) -> None:
    doc = nlp("Outcomes\n- Referral to OT for a shower assessment\n- Case closed")
    units = [doc[u.start : u.end].text for u in rationale.units_of(doc)]
    assert units == ["Outcomes", "- Referral to OT for a shower assessment", "- Case closed"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Case closed as she has moved to Leeds.", True),
        ("Case closed, as well as the carers' account.", False),
        ("Extra calls agreed, such as a lunch call.", False),
        ("Calls will stop as soon as the day centre starts.", False),
        ("Calls increased, as agreed.", False),
        ("Calls increased, as she told me twice.", False),
        ("Calls moved to Sunday, as Jasmine asked.", True),
        ("Support withdrawn since March.", False),
        ("Support withdrawn since she no longer needs it.", True),
        ("Care increased following two falls at home.", True),
        ("Following the assessment, the case was closed.", False),
        ("Not eligible due to his savings.", True),
        ("Reason: she has a hot meal at the day centre.", True),
        ("Lunch call removed as not being used.", True),
        ("Tea call removed as no longer needed.", True),
        ("Shopping call stopped 02/11 as pt back near shop.", True),
        ("Lunch call stopped as son does it now.", True),
        ("Tea call removed as TM agreed.", False),
        ("Case closed as carer for her mother.", False),
    ],
)
def test_reasons_are_read_on_the_parse(nlp: Any, text: str, reason: bool) -> None:
    doc = nlp(text)
    (unit,) = rationale.units_of(doc)
    assert reason_in(doc, unit) is reason


@pytest.mark.parametrize(
    "text",
    [
        "She agreed with her daughter that the garden looks nice.",
        "I agreed with her that the garden looks nice.",
        "Mrs Khan decided to stay at home.",
        "Should we close the case?",
        "If we do not hear from you within 14 days, your case will be closed.",
        "A cooker with a safety cut-off would reduce the risk.",
        "Needs are escalating.",
        "NFA by police.",
        "Discharged from hospital on 26 January.",
        "Discharge meeting held on the ward.",
        "Decision to be made: whether she can decide where to live.",
        "Subject: case closure",
        "I am writing to say what we agreed.",
        "Rang Mr Baptiste to arrange a review.",
        "Known to services since 2022, closed to the service in 2024.",
        "The manager says they will withdraw the service.",
    ],
)
def test_not_the_services_decision(nlp: Any, text: str) -> None:
    assert _unreasoned(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Case closed. She has moved to Leeds because her daughter lives there.", []),
        ("She has been tired. Extra respite agreed.", ["Extra respite agreed."]),
        ("Jasmine asked for a sign on her door. Agreed.", []),
        (
            "It has been decided that you are not eligible. Therefore the case will be closed.",
            [
                "It has been decided that you are not eligible.",
                "Therefore the case will be closed.",
            ],
        ),
        (
            "Not eligible because her savings are above the limit. Therefore the case is closed.",
            [],
        ),
        ("Case closed. Follow up in two weeks.", ["Case closed."]),
        ("Referral made to OT for a shower assessment.", []),
    ],
)
def test_reasons_in_the_sentences_around(nlp: Any, text: str, flagged: list[str]) -> None:
    assert _unreasoned(nlp, text) == flagged


@pytest.mark.parametrize(
    "text",
    [
        "Address: 12 Meadow Close, Stockport",
        "Caller: Mr Tomasz Wielgosz (self-referral), 72, Bury",
        "Closure of your homecare service",
        "With your consent I have made a referral to the falls team.",
        "Risk screen done: low risk, so no safeguarding referral.",
        "Care increased: two falls at night in the last week.",
        "The enquiry has finished and the concern has been substantiated.",
        "Outcome: Mrs Lee lacks capacity to decide about her care.",
        "They have moved to a bungalow, which is close to her sister's house.",
        "Mr Bell to stay with his daughter over Christmas.",
        "Her pain will not change with this medicine.",
        "Decision: Ken will stay at Elm House.\nWhy\nHe told me he is settled there.",
    ],
)
def test_labels_findings_and_reasons_without_markers(nlp: Any, text: str) -> None:
    assert _unreasoned(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Placement to continue.",
        "Plan: befriending to end 12/12/2025.",
        "Case kept on waiting list.",
        "Your homecare will end on 4 April.",
        "Your support plan will not change for now.",
        "You will not be offered a further review.",
    ],
)
def test_note_style_decisions(nlp: Any, text: str) -> None:
    assert _unreasoned(nlp, text) == [text]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Continue as is.", "Continue"),
        ("Plan: continue 2 calls.", "continue"),
        ("Mrs Lambert – close.", "close"),
        ("Carers to visit twice daily.", None),  # no verb of the shape: passed over at once
        ("Continue to monitor.", None),
    ],
)
def test_bare_note_verbs(nlp: Any, text: str, verb: str | None) -> None:
    doc = nlp(text)
    found = bare_note_verb(doc[:])
    assert (found.text if found is not None else None) == verb


_NOTE_WORDS = [
    "Case", "closed", "not", "needed", "appropriate", "Checklist", "Lunch", "call", "to", "be",
    "removed", "–", "-", ":", ".", "\n", "- ", "Plan", "continues", "agreed", "declined",
    "offered", "as", "there", "is", "because", "deceased", "no", "ongoing", "needs", "Mrs",
    "Kaur", "I've", "said", "03/11/25", "Entered", "The", "following", "has", "been",
    "Pls", "suspend", "on", "cost", "grounds", "if", "once", "until", "while", "reablement",
    "Discharge", "from", "planned", "DoLS", "authorised", "02/26", "Getting", "out", "met",
    "eligibility", "criteria", "eligible", "NFA", "so", "further", "\n\n",
    "unchanged", "Package", "funded", "via", "LA", "TVN", "hopes", "able", "enough", "would",
    "will", "We", "home", "check", "Risk", "increased", "ended", "and", "Request", "Respite",
    "2023", "by", "bank", "best", "interests", "Khan's", "in", "own", "involvement",
    "OT", "TEC", "referral", "made", "completing", "assessment", "(", ")", "recommended",
    "11/03/25", "decide", "TM", "panel", "Funding", "previously", "49", ",", "want", "this",
    "planned", "move", "set-up", "fee", "Manager", "decision", "reduced", "Agreed", "I",
    "could", "post", "she", "was", "No", "sensor", "Escalated", "substantiated", "To",
    "continue", "close", "Continue", "1.", "calls", "monitor",
    "Outcomes", "Goals", "role", "for", "ASC", "s42", "us", "stopped", "stepped", "down",
    "informed", "raised", "Police", "turned", "mum", "involved", "determined", "that",
    "capacity", "have", "Day", "centre", "suspended", "him", "Reduce", "x5", "nights/yr",
    "paused", "Housing", "claim", "refused", "meets", "Eligibility", "Eligible",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(_NOTE_WORDS), max_size=24),
    noise=st.text(max_size=20),
)
def test_note_shapes_never_fail_and_stay_inside_the_sentence(words: list[str], noise: str) -> None:
    """The note-shape helpers take any text: what they return lies inside the sentence
    they were given, and judging the whole text never fails."""
    nlp = load_pipeline("en_core_web_sm", frozenset({Need.TAGS, Need.PARSE}))
    doc = nlp(" ".join(words) + noise)
    for unit in rationale.units_of(doc):
        span = doc[unit.start : unit.end]
        for found in (
            negated_verdicts(span),
            service_changes(span),
            note_style_decisions(span),
            not_for_us(span),
            eligibility_found(span),
        ):
            for start, end in found:
                assert unit.start <= start < end <= unit.end
        assert isinstance(_only_dates_after_labels(span), bool)
        assert isinstance(another_body_reports(span), bool)
        bare = bare_note_verb(span)
        assert bare is None or unit.start <= bare.i < unit.end
        for token in span:
            words_here = [t for t in span if not t.is_space]
            assert isinstance(reason_across_a_dash(words_here, token), bool)
            for shape in (
                agreeing_on_a_step,
                still_to_decide,
                no_fixed_abode,
                aside_by_someone_else,
                level_reported,
                service_refused_ahead,
                decided_about,
                service_ended,
                finding_reported,
                _note_predicate,
                nothing_changed,
                request_refused,
            ):
                assert isinstance(shape(token), bool)
    for n in aims_listed(doc, rationale.units_of(doc)):
        assert 0 <= n < len(rationale.units_of(doc))
    verdicts = rationale.judge(doc, _no_quotes)
    assert all(0 <= v.unit.start < v.unit.end <= len(doc) for v in verdicts)
    assert all(v.decision is not None for v in verdicts if v.unreasoned)
    # What a decision is about is always a verb and a thing, and only decisions have one.
    assert all(t.count("|") == 1 and all(t.split("|")) for v in verdicts for t in v.topics)
    assert all(v.decided for v in verdicts if v.topics)


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("Council to fund interim.", True),
        ("Hub to transfer payroll to Mrs Wade's name.", True),
        ("Housing to continue with rehousing.", True),
        ("ASC to close.", False),  # closing decides whoever does it
        ("Placement to continue.", False),  # a service kept
        ("She wants to continue.", False),  # a finite verb before the "to"
    ],
)
def test_a_task_given_to_a_body_or_a_practitioner(nlp: Any, text: str, task: bool) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.i > 0 and doc[t.i - 1].lower_ == "to" and t.tag_ == "VB")
    assert task_given(verb, doc[:]) is task


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("We agreed Thursday 12 March.", True),
        ("Review: six weeks, date to be agreed.", True),
        ("A date was agreed for the review.", True),
        ("Agreed 7 nights at Hollybrook Lodge w/c 13/04.", False),  # an amount of support
        ("We agreed extra time for her calls.", False),  # "time" as an amount
    ],
)
def test_agreeing_a_time_is_no_decision(nlp: Any, text: str, time: bool) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_.lower() == "agree")
    assert agreeing_a_time(verb) is time


@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        ("No POC at present.", "No POC"),
        ("No CLDT referral.", "No CLDT referral"),
        ("No POC in place.", None),  # how the service stands
        ("No paid support.", None),  # what kind of support there is
        ("No referral was needed.", None),  # a verb of its own
        ("No concerns.", None),
    ],
)
def test_a_service_withheld_in_a_note(nlp: Any, text: str, withheld: str | None) -> None:
    doc = nlp(text)
    found = [doc[start:end].text for start, end in service_withheld(doc[:])]
    assert found == ([withheld] if withheld else [])


@pytest.mark.parametrize(
    ("text", "word", "no_service"),
    [
        ("The plan aims to reduce reliance on support from NAS.", "reduce", True),
        ("We will look at examining menus, and reducing supply costs.", "reducing", True),
        ("Council at fault for prematurely reducing support hours", "reducing", True),
        ("Please can you reduce Mr Ashdown's PoC from 14 hrs to 10.5 hrs.", "reduce", False),
        ("I have reduced them to 2 x wk.", "reduced", False),  # what "them" names is read on
    ],
)
def test_a_change_to_no_service(nlp: Any, text: str, word: str, no_service: bool) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == word)
    assert change_to_no_service(verb) is no_service


@pytest.mark.parametrize(
    ("text", "death"),
    [
        ("Mr Derek Lowe passed away at home.", "passed"),
        ("Notification of death rec'd from DN.", "Notification"),
        ("Equipment collected (Mrs E Farrow, deceased 27/10).", "deceased"),
        ("Pt died 26/12.", "died"),
        ("Wife deceased 2024.", None),  # a relative's
        ("His dad died last year.", None),  # whose he was
        ("Patricia's husband Derek died this morning.", None),
        ("DN reports pt actively dying.", None),  # still to come
        ("If he dies at home the hospice will be called.", None),
        ("He did not die.", None),
    ],
)
def test_the_persons_death_told(nlp: Any, text: str, death: str | None) -> None:
    doc = nlp(text)
    found = [doc[i].text for i in deaths_told(doc, rationale.units_of(doc))]
    assert found == ([death] if death else [])


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Local Authority has determined that your needs do not meet the criteria.", True),
        ("Ms Mullins does not meet criteria for a treatment requirement.", True),
        ("Does not meet threshold for s42.", True),
        ("People who do not meet the criteria can still get advice.", False),
        ("She does not meet her friends any more.", False),  # no bar
    ],
)
def test_a_case_measured_against_a_bar(nlp: Any, text: str, verdict: bool) -> None:
    doc = nlp(text)
    found = [doc[start].lower_ for start, _ in negated_verdicts(doc[:])]
    assert ("meet" in found) is verdict


@pytest.mark.parametrize(
    ("text", "shut"),
    [
        ("Flat very hot, windows closed, curtains open.", True),
        ("The kitchen door was closed.", True),
        ("The front bedroom is closed off.", True),
        ("Referral closed.", False),
        ("We closed the case.", False),
    ],
)
def test_a_place_found_shut(nlp: Any, text: str, shut: bool) -> None:
    doc = nlp(text)
    closing = next(t for t in doc if t.lemma_.lower() == "close")
    assert a_place_shut(closing) is shut


@pytest.mark.parametrize(
    ("text", "coming"),
    [
        ("Joel's eyes began to close and he made a low humming sound.", True),
        ("The wound on her heel has started to close.", True),
        ("The council began to close its day centres.", False),
        ("We have started to close the case.", False),
        ("Started to close the case.", False),
        ("Case closed.", False),
    ],
)
def test_a_decision_word_after_a_verb_of_beginning(nlp: Any, text: str, coming: bool) -> None:
    doc = nlp(text)
    closing = next(t for t in doc if t.lemma_.lower() == "close")
    assert coming_about(closing) is coming


@pytest.mark.parametrize(
    ("text", "finished"),
    [
        ("10:58 call ended.", True),
        ("Meeting closed approx 16:10, approx 2 hrs.", True),
        ("The visit ended at 2.15pm.", True),
        ("Call ended.", False),  # no time of day: a service's call may be what ended
        ("Lunch call ended from 12/03.", False),
        ("Case closed 14:00.", False),
        ("14:45 Review closed.", False),
        ("The meeting closed the enquiry at 15:00.", False),
    ],
)
def test_a_contact_finished_at_a_time_of_day(nlp: Any, text: str, finished: bool) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_.lower() in {"close", "end"})
    assert a_contact_finished(verb) is finished


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Plan agreed: 08/09/2026 at home with Derek and Ken   Written: 09/09/2026", True),
        ("Plan agreed: 28/05/2025 (with Mandarin interpreter, Ms Fang Liu)", True),
        ("Written: 09/09/2026 (D. Okafor)", True),
        ("Plan agreed at meeting: 17/03/2026 (Aldermoor, Ward 4)", True),
        ("Care agreed: 17/03/2026 (4 calls a day)", False),
        ("Care agreed: 17/03/2026 at 4 calls a day", False),
        ("Care agreed: 17/03/2026 (increase as she asked. Agreed by TM)", False),
    ],
)
def test_a_forms_dates_with_where_and_who(nlp: Any, text: str, dates: bool) -> None:
    doc = nlp(text)
    assert _only_dates_after_labels(doc[:]) is dates


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Shared Lives is funded by the Council's adult social care.", True),
        ("The placement is funded by the NHS.", True),
        ("The works will be funded by ASC.", False),
        ("The works are not funded by the Council.", False),
        ("DP to be funded by ASC.", False),
    ],
)
def test_who_pays_for_a_service_as_it_stands(nlp: Any, text: str, fact: bool) -> None:
    doc = nlp(text)
    funded = next(t for t in doc if t.lemma_.lower() == "fund")
    assert funded_from(funded) is fact


@pytest.mark.parametrize(
    ("text", "word", "purpose"),
    [
        ("To note the delegated decision to agree the Better Care Fund agreement.", "agree", True),
        ("2. To discuss closing the case with the team manager.", "closing", True),
        ("To continue.", "continue", False),
        ("To stop the lunch call.", "stop", False),
        ("He wants to note the decision to close the case.", "close", False),
    ],
)
def test_what_an_agenda_item_is_for(nlp: Any, text: str, word: str, purpose: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == word)
    assert what_an_item_is_for(token) is purpose


def test_a_rating_after_its_evidence_on_the_line(nlp: Any) -> None:
    text = "Risks\n4. Self-neglect - flat cluttered, food hoarding noted. RAG: amber.\n"
    assert _unreasoned(nlp, text) == []
    assert _unreasoned(nlp, "Reviewed today.\nRAG rating: Amber.") == ["RAG rating: Amber."]


@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        ("No further OT input.", "No further OT input"),
        ("No further ASC action.", "No further ASC action"),
        ("No further IMCA involvement once the meeting is held.", "No further IMCA involvement"),
        ("No ASC role.", "No ASC role"),
        ("No ASC involvement.", None),  # how things stand
        ("No further audit action.", None),  # no team's initials
    ],
)
def test_a_teams_work_withheld(nlp: Any, text: str, withheld: str | None) -> None:
    doc = nlp(text)
    found = [doc[start:end].text for start, end in not_for_us(doc[:])]
    assert found == ([withheld] if withheld else [])


def test_a_name_said_of_across_a_dash_is_no_topic(nlp: Any) -> None:
    assert (
        _unreasoned(nlp, "Review\n- Lunch call to stop – carers report Betty already eaten.") == []
    )
    assert _unreasoned(nlp, "Review held.\n- Mrs Kaur – DP agreed.") == ["- Mrs Kaur – DP agreed."]


@pytest.mark.parametrize(
    ("text", "unreasoned"),
    [
        ("11:15 D2A bed not offered.", True),  # read after the log's time
        ("Tues 09:25 – Bed not offered.", True),
        ("11:05 Not for reablement.", True),
        ("11:15 Bed offered as she wants to go home today.", False),
    ],
)
def test_a_note_after_a_log_stamp(nlp: Any, text: str, unreasoned: bool) -> None:
    assert _unreasoned(nlp, text) == ([text] if unreasoned else [])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("No safeguarding concern raised – not needed.", False),  # the topic, not a reason
        ("NRM referral check – not needed.", False),
        ("ASC view: no care and support needs - not for ASC.", True),  # no needs found
        ("Emailed DoLS team - no further action, discharge imminent.", True),
    ],
)
def test_a_topic_before_a_bare_refusal(nlp: Any, text: str, reason: bool) -> None:
    assert (_unreasoned(nlp, text) == []) is reason


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("Agreed h/v tomorrow 10:00.", True),
        ("Agreed to h/v.", True),
        ("Possible visits from foster carer agreed.", True),
        ("Agreed to a home visit next week.", True),
        ("Lunch call agreed.", False),  # care the person gets
        ("Agreed 2 home visits a day.", False),  # an amount of care
        ("Spoke to the ward. Agreed 3x daily calls from Monday.", False),  # a day, not someone
        ("Agreed to increase the calls.", False),
    ],
)
def test_agreeing_to_a_contact(nlp: Any, text: str, contact: bool) -> None:
    doc = nlp(text)
    agreed = next(t for t in doc if t.lemma_.lower() == "agree")
    assert agreeing_to_a_contact(agreed) is contact


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Case not to be referred for a SAR.", "referred"),
        ("- Mr C Fitch not to be contacted by ASC.", "contacted"),
        ("Checked w/ SP – not to commission anything yet.", "commission"),
        ("He is not to be left alone.", None),  # a clause with its own verb
    ],
)
def test_a_step_ruled_out_after_its_topic(nlp: Any, text: str, step: str | None) -> None:
    doc = nlp(text)
    found = [doc[start:end].text for start, end in step_ruled_out(doc[:])]
    assert found == ([step] if step else [])


@pytest.mark.parametrize(
    ("text", "handed"),
    [
        ("SW to close once OT completes.", True),
        ("LT team to close once CMHT allocate.", True),
        ("ASC to close once fitted.", False),  # the service itself
    ],
)
def test_a_step_handed_on_is_not_the_services_own(nlp: Any, text: str, handed: bool) -> None:
    doc = nlp(text)
    close = next(t for t in doc if t.lemma_.lower() == "close")
    assert handed_to_someone_else(close) is handed


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Goals we agreed", True),
        ("Actions we decided on", True),
        ("Needs we agreed on, and how they will be met", True),
        ("Needs we agreed with you", False),  # its object after the preposition: a note
        ("Care we agreed and she moves on Monday", False),  # no question word after "and"
        ("Steps we agreed, one at a time", True),  # how they are taken, after a comma
        ("Steps we agreed, in this order", True),
        ("Steps we agreed, because she wants them", False),  # a reason, with its verb
    ],
)
def test_a_heading_names_what_we_decided_and_what_else_its_section_says(
    nlp: Any, line: str, heading: bool
) -> None:
    doc = nlp(f"{line}\n1. Eating well. Support: the cookery session on Fridays.")
    span = doc[0 : len(nlp(line))]
    assert heading_over_a_section(span) is heading


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        ("Plan agreed: 03/11/25   Entered: 14/11/25", True),
        ("Plan agreed at meeting: 17/03/2026 (Aldermoor, Ward 4)", True),  # where, in brackets
        ("Plan agreed at review meeting: 17/03/2026", True),  # a label of four words
        ("Care package agreed at panel: 17/03/2026 (4 calls a day)", False),  # what, not where
        ("Plan agreed: 17/03/2026 (as he asked)", False),
        ("Plan agreed: two calls a day", False),
    ],
)
def test_a_forms_dates_after_labels(nlp: Any, line: str, dates: bool) -> None:
    doc = nlp(line)
    assert _only_dates_after_labels(doc[:]) is dates


@pytest.mark.parametrize(
    ("text", "line", "title"),
    [
        ("TM decision – Halina Kowalczyk (41760)\nDate: 26/06/25", 0, True),  # a reference
        ("TM decision – Halina Kowalczyk\nDate: 26/06/25", 0, True),
        ("Case closed (41760)\nDate: 26/06/25", 0, False),  # no one named: a note
        ("Seen today.\nTM decision – Halina Kowalczyk (41760)", 1, False),  # not the first line
    ],
)
def test_a_title_read_past_the_aside_closing_it(
    nlp: Any, text: str, line: int, title: bool
) -> None:
    doc = nlp(text)
    start = sum(len(part) + 1 for part in text.split("\n")[:line])
    span = doc.char_span(start, start + len(text.split("\n")[line]))
    assert span is not None
    assert title_line(span) is title


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Support agreed\n- Carer's budget £300 one-off.\n- Sitting service not agreed.",
            ["- Sitting service not agreed."],
        ),
        ("Care package agreed\n- Two calls a day.\n- A pendant alarm.", ["Care package agreed"]),
        (
            "Care package agreed\n- Two calls a day.\n\n- Sitting service not agreed.",
            ["Care package agreed", "- Sitting service not agreed."],
        ),
    ],
)
def test_a_heading_over_a_list_that_decides_on_its_lines(
    nlp: Any, text: str, flagged: list[str]
) -> None:
    assert _unreasoned(nlp, text) == flagged


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("BI decision required.", True),
        ("No BI decision required.", True),
        ("CHC decision awaited.", True),
        ("BI decision made for Mr Sowerby to remain at Willowbank.", False),
        ("Decision: no change to the care package.", False),
    ],
)
def test_a_decision_still_wanted(nlp: Any, text: str, wanted: bool) -> None:
    doc = nlp(text)
    noun = next(t for t in doc if t.lemma_.lower() == "decision")
    assert decision_still_wanted(noun) is wanted


@pytest.mark.parametrize(
    ("text", "word", "elsewhere"),
    [
        ("DFG approved.", "approved", True),
        ("CHC fast track was approved 24/02/2026.", "approved", True),
        ("DHP awarded £300.", "awarded", True),
        ("Grant approved 02/04/25.", "approved", True),
        ("DFG not approved.", "approved", False),  # a refusal stays the service's
        ("Night sitting service approved.", "approved", False),
        ("Referral to Welfare Rights re Pension Credit refusal approved.", "approved", False),
        ("Mrs Grant agreed to move.", "agreed", False),  # a name, not a grant
        ("DFG reduced.", "reduced", False),  # not a verb that grants
    ],
)
def test_money_another_body_awards(nlp: Any, text: str, word: str, elsewhere: bool) -> None:
    """Money another body awards, named as the subject granted, is that body's decision."""
    doc = nlp(text)
    verb = next(t for t in doc if t.text == word)
    assert funded_elsewhere(verb) is elsewhere


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Referral to welfare rights declined by Imran", True),
        ("Colin not interested", True),
        ("Colin declined", True),
        ("Day centre declined by panel", False),  # the service's refusal
        ("The sitting service was declined", False),  # no one named
        ("Colin wants the alarm", False),
    ],
)
def test_refused_by_the_person(nlp: Any, text: str, refused: bool) -> None:
    """The person turning something down, in a clause of their own, is a reason for a step
    not taken after it."""
    assert refused_by_the_person(list(nlp(text))) is refused


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Enquiry concluded.", True),
        ("The Local Authority has now concluded its enquiry.", True),
        ("The assessment was completed on 2 May and concluded that he has capacity.", True),
        ("I have concluded that the qualifying requirements continue to be met.", False),
        ("Panel concluded that he is not eligible.", False),
    ],
)
def test_a_process_concluded_is_reported(nlp: Any, text: str, reported: bool) -> None:
    doc = nlp(text)
    concluded = next(t for t in doc if t.lemma_.lower() == "conclude")
    assert finding_reported(concluded) is reported


@pytest.mark.parametrize(
    ("text", "unreasoned"),
    [
        ("P declined.", False),
        ("UDS: not done – pt declined.", False),
        ("Request for respite declined.", True),
        ("Medical priority band B awarded.", True),
        ("Agrees urgent.", False),
        ("Needs four calls a day really but says no to carers.", False),
        ("Agreed to increase of calls.", True),
        ("Continues to be angry and withdrawn at times.", False),
    ],
)
def test_the_person_named_by_an_initial_or_a_role_word(
    nlp: Any, text: str, unreasoned: bool
) -> None:
    assert bool(_unreasoned(nlp, text)) is unreasoned


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("Request 1: Increase of home care from 3 to 4 calls per day.", True),
        ("Request: Retain the provider's hours during the placement.", True),
        ("Request 2: declined.", False),  # its outcome, with a participle
        ("Request: agreed for six weeks.", False),
        ("Family request re: calls increased.", False),  # more than a numbered label
        ("Decision: increase to 4 calls per day.", False),  # not a request's label
    ],
)
def test_a_request_under_its_label_is_asked_not_decided(nlp: Any, line: str, asked: bool) -> None:
    doc = nlp(line)
    assert asked_under_a_label(doc[:]) is asked


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("Your package of care will be increased to include a teatime call.", False),
        ("Her care will be increased to help her get up safely.", True),
        ("Her care will be increased by 6 hours a week to cover college support.", True),
    ],
)
def test_what_a_changed_service_now_holds_is_no_purpose(nlp: Any, text: str, purpose: bool) -> None:
    doc = nlp(text)
    head = next(t for t in doc if t.lemma_.lower() == "increase")
    assert purpose_given(head, doc[head.i : head.i + 1]) is purpose


@pytest.mark.parametrize(
    ("text", "sets_out_reasons"),
    [
        ("Rationale: Mother unable to provide care alone.", True),
        ("Considerations\n1. Eligible needs.", True),
        ("Request\n...\nReasons for decision\nShe is at risk.", True),
        ("Reason for the decision: the risk at night is high.", True),
        ("Reason: request for help with personal care.", False),  # why someone got in touch
        ("The reasons are set out below.", False),
    ],
)
def test_a_decision_records_section_of_reasons(text: str, sets_out_reasons: bool) -> None:
    assert (REASONS_SECTION.search(text) is not None) is sets_out_reasons


@pytest.mark.parametrize(
    ("line", "decision_section"),
    [
        ("Decision\n1. DP approved.", True),
        ("Decision: APPROVED for 14 days.", True),
        ("Decisions:", True),
        ("Decision maker: D Okafor, TM", False),
        ("Decisions made at the panel were shared.", False),
    ],
)
def test_a_decision_records_decision_section(line: str, decision_section: bool) -> None:
    assert (DECISION_SECTION.match(line) is not None) is decision_section


@pytest.mark.parametrize(
    ("text", "clinical"),
    [
        ("Option 3 was ruled out.", False),
        ("We ruled out residential care.", False),
        ("Infection ruled out.", True),
        ("Fracture was ruled out on x-ray.", True),
        ("Arrange a urine screen to rule out infection.", True),  # what the step is for
    ],
)
def test_only_a_choice_or_a_service_is_ruled_out_by_a_decision(
    nlp: Any, text: str, clinical: bool
) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_.lower() == "rule")
    assert cause_ruled_out(verb) is clinical


@pytest.mark.parametrize(
    ("text", "unreasoned"),
    [
        ("Relatives will not be allowed to transport residents themselves.", True),
        ("He is not allowed to drive.", False),  # how things stand
        ("Relatives will not be allowed to visit because of the outbreak.", False),
        ("Request for 1:1 staff to visit Maureen 3 x per wk not approved.", True),
        (
            "Request for a second carer: not approved, as one carer and the hoist meet her needs.",
            False,
        ),
    ],
)
def test_leave_refused_ahead_and_requests_turned_down(
    nlp: Any, text: str, unreasoned: bool
) -> None:
    assert bool(_unreasoned(nlp, text)) is unreasoned


@pytest.mark.parametrize(
    ("text", "word", "asked"),
    [
        ("I will ask the team manager to agree the funding.", "agree", True),
        ("She asked for agreement to fund a room at Alderbank Lodge.", "fund", True),
        ("We agreed to fund a room at Alderbank Lodge.", "fund", False),
        ("I have asked the agency to increase the calls.", "increase", False),  # an instruction
        # Asked for by its noun, any decision is still to be made.
        ("I am writing to ask for a decision on waiving his care charges.", "waiving", True),
        ("I am writing to ask for agreement to waive the charges.", "waive", True),
        ("I asked the TM to close the case.", "close", False),  # a task handed on
    ],
)
def test_an_approval_asked_for_is_still_to_be_made(
    nlp: Any, text: str, word: str, asked: bool
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == word)
    assert approval_asked_for(token) is asked


@pytest.mark.parametrize(
    ("text", "still_to_come"),
    [
        ("Chase PIP decision with DWP.", True),  # "Chase" read as a name
        ("16:05 Next: chase CHC decision Friday.", True),
        ("SW to chase the funding decision.", True),
        ("Awaiting the panel decision on the placement.", True),
        ("Panel decision to fund the placement.", False),
    ],
)
def test_a_decision_chased_or_waited_on_is_still_to_come(
    nlp: Any, text: str, still_to_come: bool
) -> None:
    doc = nlp(text)
    decision = next(t for t in doc if t.lower_ == "decision")
    assert decision_still_wanted(decision) is still_to_come


@pytest.mark.parametrize(
    ("text", "unreasoned"),
    [
        ("Financial assessment waived.", True),
        ("Care charges waived for four weeks.", True),
        ("Financial assessment waived as he has no income.", False),
    ],
)
def test_a_charge_waived_wants_its_reason(nlp: Any, text: str, unreasoned: bool) -> None:
    assert bool(_unreasoned(nlp, text)) is unreasoned


@pytest.mark.parametrize(
    ("text", "unreasoned"),
    [
        ("Written late: office closed 11-13 Feb because of storm damage, then on duty.", False),
        ("Note written late: the team base was closed because of a power cut.", False),
        ("Case closed today.", True),
    ],
)
def test_what_a_line_on_why_the_note_is_late_tells_is_no_decision(
    nlp: Any, text: str, unreasoned: bool
) -> None:
    assert bool(_unreasoned(nlp, text)) is unreasoned
