"""Inferring the kind of record from its shape."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from recordlint import Linter
from recordlint.cli import cli
from recordlint.findings import RecordKind
from recordlint.io.records import parse_kind
from recordlint.kinds import (
    infer_kind,
    posted_to_a_forum,
    the_writers_own,
    writes_as_we,
    written_by_a_member_of_the_public,
    written_for_practitioners,
)
from recordlint.kinds.forms import is_form_title
from recordlint.kinds.letters_to_papers import written_to_a_paper
from recordlint.kinds.own_accounts import parents_named_as_their_child_names_them
from recordlint.kinds.people import given_name_repeated, without_quotations

CORPUS = Path(__file__).parent.parent / "corpus"
NOT_RECORDS = Path(__file__).parent / "data" / "kinds"

LETTER = """Mrs Doreen Pollard
14 Beach Road
Weston-super-Mare BS23 1UJ

Dear Mrs Pollard,

Thank you for seeing me on 2 March.

Yours sincerely,

Sam Hollis"""

EMAIL = """From: Duty Social Worker
To: Sunrise Lodge (manager)
Subject: Mrs Edna Box

Dear Karen,

Thank you for your call this morning.

Kind regards,
Jo"""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (LETTER, RecordKind.LETTER),
        (EMAIL, RecordKind.EMAIL),
        (
            "Hi Jo,\n\nCan Mr Yusuf's payment be released today please?\n\nThanks, Sam",
            RecordKind.EMAIL,
        ),
        (
            "MENTAL CAPACITY ASSESSMENT\n\nPerson: Mrs Edna Box\nDate: 23/02/2026",
            RecordKind.ASSESSMENT,
        ),
        (
            "Six week reablement review.\n\nMr Tate is independent with washing.",
            RecordKind.ASSESSMENT,
        ),
        (
            "Support plan: Mr Winston Clarke\n\nWhat matters to me: my garden.",
            RecordKind.ASSESSMENT,
        ),
        (
            "Person: Mr Gwilym Price\nDecision: where Mr Price should live\n\nNotes follow.",
            RecordKind.ASSESSMENT,
        ),
        # A note of a review call is still a note of a contact.
        (
            "Annual review call to Ms Abena Mensah.\n\nShe said the carers are lovely.",
            RecordKind.CASE_NOTE,
        ),
        # "Review" opening running text is not a form's title.
        ("Review of placement, Oakwood House. Mr Derek Small is settled.", RecordKind.CASE_NOTE),
        ("Date of contact: 02/03/2026\n\nVisited Mrs Pollard at home.", RecordKind.CASE_NOTE),
        ("Phone call to Mr Murphy about his carer's assessment.", RecordKind.CASE_NOTE),
        ("", RecordKind.CASE_NOTE),
        # A worker's note quoting the person in the first person is still the worker's note.
        (
            'Visited Mr Kevin Doyle. Mr Doyle said "I just want my own bed and my dog with me '
            "and my family near, I'm happy in my flat\".",
            RecordKind.CASE_NOTE,
        ),
        # Minutes of a review for one named person are a record, whatever the headings say.
        (
            "Review meeting for Mrs Ada Lowe\n\nRecommendations: Mrs Lowe to keep her "
            "carers. Practitioners should share this with partner agencies.",
            RecordKind.ASSESSMENT,
        ),
        # A short excerpt of a review has room for only a couple of its stock phrases.
        (
            "Adult A's GP had not been told about the safeguarding concern. Practitioners "
            "did not consider her capacity.",
            RecordKind.PROFESSIONAL,
        ),
        ("Spoke to Jo at the council about the recommendation.", RecordKind.CASE_NOTE),
        # Committee minutes: a heading and resolutions in the stock form.
        (
            "Minutes:\n\nThe Committee considered the annual report. Resolved that the "
            "report be noted and the plan be approved.",
            RecordKind.PROFESSIONAL,
        ),
        # Guidance on recording talks about records and social workers in general.
        (
            "This chapter sets out how social workers keep case records. Good case recording "
            "is part of professional practice.",
            RecordKind.PROFESSIONAL,
        ),
        # An inspection report about a service, with its rating.
        (
            "Overall: Requires improvement\n\nAt our last inspection the provider had no "
            "registered manager.",
            RecordKind.PROFESSIONAL,
        ),
        # A form whose fields are printed with the instructions for filling them in.
        (
            "Details of concerns\nGuidance note: record the concerns raised.\nActions "
            "agreed\nGuidance note: say who will do what by when.",
            RecordKind.PROFESSIONAL,
        ),
        # A carer's own story: a describing word or an in-law between "my" and family.
        (
            "I look after my husband. My mother-in-law warned me, and I gave up my job to "
            "care for my elderly parents as well.",
            RecordKind.OWN_ACCOUNT,
        ),
        # A carer's story in her own spelling of "mum", under its "My story" title.
        (
            "My story\n\nLast spring I was worn out. My Mom forgot her keys every day and I "
            "cut my hours to be with her. I felt I had nobody to ask.",
            RecordKind.OWN_ACCOUNT,
        ),
        # A blank form copied from a document: guidance wrapped at the page width, and
        # questions answered by ticking the bare choices on the lines below them.
        (
            "Capacity Assessment Form\nThis form helps you to record whether the person\n"
            "can make the decision at the time it needs to be made, and to show\nhow you "
            "reached your view.\nName:\nDate:\nDecision\nto be made:\nCan the person "
            "understand the information?\nYES\nNO\nAnd\nCan they keep it in mind for long "
            "enough?\nYES\nNO\nPlease give details:",
            RecordKind.TEMPLATE,
        ),
        # A board's page of reviews, summarising one about an anonymised man.
        (
            "SARs - National\n\nPlease find below SARs that have recently been published.\n\n"
            "Mr G was an elderly man with dementia. In June 2017 Mr G was admitted to hospital.",
            RecordKind.PROFESSIONAL,
        ),
        # A page titled as someone's story: a charity's narration joins her quoted words.
        (
            "Caryl's story\n\nCaryl's husband Tom has dementia and she gave up work to care "
            'for him. Caryl said:\n\n"I visit Tom at least once a day and sometimes two.',
            RecordKind.OWN_ACCOUNT,
        ),
        # A form from a word processor: its answer boxes copied as their prompts.
        (
            "Date of concern:\nClick here to enter a date.\nIs this an ongoing concern? "
            "Choose an item.\nDoes this person live alone? Choose an item.\nWhat are the "
            "person's views?\nChoose an item.",
            RecordKind.TEMPLATE,
        ),
        # A carer's story headed with what it is about: paragraphs under the title, no
        # headings or fields, so not an assessment however its title reads.
        (
            "Carer's assessment\n\nLast winter the council rang to offer me an assessment "
            "because I look after my dad and do all his shopping and paperwork.\n\n"
            "It took two long phone calls and I was surprised how much I had taken on "
            "since my mum died, and I said so to the worker who rang.",
            RecordKind.OWN_ACCOUNT,
        ),
        # A plan in the person's voice under a plan's title keeps its headings: an assessment.
        (
            "My support plan\nWritten with my sister on 3 May\n\nAbout me\nI live with "
            "my sister and my cat. I like my garden and my radio.\n\nWhat I need help with"
            "\nGetting dressed in the morning.",
            RecordKind.ASSESSMENT,
        ),
        # A carer's story told mostly of her husband ("he", "we"), after a charity's lead-in
        # in the third person: fewer first-person words than a diary, still her own account.
        (
            "This month's post was written by a member of our carers' group.\n\nMy husband "
            "was diagnosed two years ago. He still walked to the shop each day and he did the "
            "washing up, but he slowly lost interest in the garden and in the friends he used "
            "to meet on Fridays. We talked about what would happen later and he told the "
            "doctor he would rather stay at home. In the spring he fell twice and the "
            "hospital kept him for a month, and by then I was exhausted and my daughter "
            "came to stay with us for a while.",
            RecordKind.OWN_ACCOUNT,
        ),
        # A carer's story that speaks for the family as "we" and "us" as often as for
        # herself as "I": her own account, under the publisher's third-person title line.
        (
            "Linda cares for her mother.\nMy elderly mum has dementia. It is sad seeing how "
            "confused and scared she is, and her memory problems are wearing for all the "
            "family. She knows the kitchen has something to do with food but cannot use it "
            "safely, despite scoring well on the memory tests. Although the paid carers come "
            "three times a day, we realise that she can't live alone. The guilt we feel at "
            "looking at care homes is dreadful, and we are on alert all day and night. The "
            "carers' group has helped us see that we should not feel so guilty, and that it "
            "is important to look after ourselves too. Talking to other carers helps us, and "
            "my sister comes when she can.",
            RecordKind.OWN_ACCOUNT,
        ),
        # A carer's own account in running paragraphs, with no title, heading or
        # signature: one mention of "my husband" is enough, however often she speaks of
        # him as "he".
        (
            "I started being a carer for my husband when he came out of hospital after six "
            "months in a rehabilitation unit. He had a blood clot on his spine.\n\n"
            "I care for him all day with two carers every morning coming in to hoist him "
            "from bed, and I give him his tablets at breakfast, lunch and tea time.\n\n"
            "In the night he wakes up after a couple of hours and I give him a drink.",
            RecordKind.OWN_ACCOUNT,
        ),
        # A blank form whose questions are answered by ticking a row of choices.
        (
            "Concern form\nName of adult\nDoes the adult live alone?\nYes No\nIs the "
            "adult aware of the concern?\nYes No Not Known\nDoes the adult consent?\n"
            "Yes No Not Known\nAre the police involved?\nYes No Not Known\nDetails:",
            RecordKind.TEMPLATE,
        ),
        # A blank form that prints its guidance in full: more lines of writing than empty
        # fields, but guidance that tells whoever fills it in what to do.
        (
            "CAPACITY ASSESSMENT\n\nThe first principle is that a person must be assumed to "
            "have capacity unless it is shown that they lack it.\nName:\n\nDate of Birth:\n\n"
            "Where the person is living:\n\n"
            "Decision to be assessed\nStage 1 - Is there an impairment of the mind or brain?\n"
            "If you have answered Yes, go on to Stage 2.\nIf you have answered No, the person "
            "does not lack capacity for this decision.\nSign below and file the form.\n"
            "Signature of Assessor: Date of Assessment:",
            RecordKind.TEMPLATE,
        ),
        # A labelled field, not the heading of minutes, in a note of a visit.
        ("Meeting: home visit\n\nMrs Ada Lowe said the carers are on time.", RecordKind.CASE_NOTE),
        # Labels with answers after them are a completed form, not a blank one.
        (
            "Person: Mr Gwilym Price\nDate: 02/03/2026\nAssessor: Nia Williams\n"
            "Outcome: eligible\nDecision: home care",
            RecordKind.ASSESSMENT,
        ),
    ],
)
def test_infer_kind(text: str, kind: RecordKind) -> None:
    assert infer_kind(text) is kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("ombudsman-decision.txt", RecordKind.PROFESSIONAL),
        ("ombudsman-analysis.txt", RecordKind.PROFESSIONAL),
        ("review-naming-the-person.txt", RecordKind.PROFESSIONAL),
        ("recording-guidance.txt", RecordKind.PROFESSIONAL),
        ("board-minutes.txt", RecordKind.PROFESSIONAL),
        # A social worker's letter to a doctor about their patient, kept on the record.
        ("letter-to-a-doctor.txt", RecordKind.LETTER),
        ("own-account.txt", RecordKind.OWN_ACCOUNT),
        ("blank-form.txt", RecordKind.TEMPLATE),
        # A form copied as text, several empty fields or choices to tick on one line.
        ("blank-form-rows.txt", RecordKind.TEMPLATE),
        # A carer's account that speaks of social workers is still the carer's own.
        ("carers-account-about-services.txt", RecordKind.OWN_ACCOUNT),
        # A procedure manual's instructions to the practitioner.
        ("procedure-manual.txt", RecordKind.PROFESSIONAL),
        # Texts that speak to their reader as "you", with no salutation: guidance for
        # staff and a page for the public are neither of them a record about someone.
        ("referral-guidance.txt", RecordKind.PROFESSIONAL),
        ("public-information-page.txt", RecordKind.PROFESSIONAL),
        # A student's reflective essay on a placement: first person, past tense, about
        # work with one man, but about the writer's learning, with references to theory.
        ("reflective-essay.txt", RecordKind.PROFESSIONAL),
        # A carer's account quoted at length in paragraphs of its own, after a charity's
        # introduction in the third person.
        ("quoted-carers-account.txt", RecordKind.OWN_ACCOUNT),
        # Committee minutes: agenda items, apologies, declarations of interest, "Resolved".
        ("committee-minutes.txt", RecordKind.PROFESSIONAL),
        # A learning briefing from a safeguarding review, with its key learning points.
        ("learning-briefing.txt", RecordKind.PROFESSIONAL),
    ],
)
def test_texts_that_are_not_records_are_recognised(name: str, kind: RecordKind) -> None:
    assert infer_kind((NOT_RECORDS / name).read_text(encoding="utf-8")) is kind


def _confusion(folder: Path) -> Counter[tuple[str, str]]:
    confusion: Counter[tuple[str, str]] = Counter()
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        text = (folder / f"{gold['id']}.txt").read_text(encoding="utf-8")
        confusion[(gold["kind"], infer_kind(text).value)] += 1
    return confusion


@pytest.mark.skipif(not (CORPUS / "gold.jsonl").is_file(), reason="no annotated corpus")
def test_inferred_kind_agrees_with_the_corpus() -> None:
    """Every record gets the kind its annotator gave it: none is taken for a text that is
    not a record, which would switch the record-only rules off."""
    confusion = _confusion(CORPUS)
    disagreements = {pair: n for pair, n in confusion.items() if pair[0] != pair[1]}
    assert disagreements == {}


RECORD_ONLY_CODES = {"RL202", "RL203", "RL701", "RL801", "RL901", "RL902", "RL911"}


@pytest.mark.parametrize(
    "name",
    [
        "ombudsman-decision.txt",
        "ombudsman-analysis.txt",
        "review-naming-the-person.txt",
        "recording-guidance.txt",
        "board-minutes.txt",
        "blank-form.txt",
        "referral-guidance.txt",
        "public-information-page.txt",
        "reflective-essay.txt",
        "quoted-carers-account.txt",
        "committee-minutes.txt",
        "learning-briefing.txt",
    ],
)
def test_record_only_rules_stay_quiet_on_texts_that_are_not_records(
    default_linter: Linter, name: str
) -> None:
    text = (NOT_RECORDS / name).read_text(encoding="utf-8")
    report = default_linter.lint(text, metadata={"contact_date": "2026-01-01",
                                                 "recorded_date": "2026-02-01"})  # fmt: skip
    assert not report.kind.is_record
    assert {f.code for f in report.findings} & RECORD_ONLY_CODES == set()


def test_the_persons_own_account_is_their_voice_and_is_not_judged(
    default_linter: Linter,
) -> None:
    """An own account is the person's view: no opinion or deficit-wording finding, no
    record-only rule and no acronym finding (the "GP" and "COPD" of their own life are
    theirs: on real carers' stories every acronym flagged was judged their own words);
    jargon and note shorthand are still checked. Checked as a case note, the same text has
    the record rules run on it."""
    text = (NOT_RECORDS / "own-account.txt").read_text(encoding="utf-8")
    own = default_linter.lint(text)
    assert own.kind is RecordKind.OWN_ACCOUNT
    assert not {f.category.value for f in own.findings} & {"opinion", "judgemental"}
    assert not {f.code for f in own.findings} & RECORD_ONLY_CODES
    # Checked as a case note, the record rules run on it, and the person's-voice rule
    # finds Margaret's own words ("My name is Margaret ... I want to stay at home").
    as_note = default_linter.lint(text, kind="case_note")
    assert "person_voice" not in own.metrics
    assert as_note.metrics["person_voice"] > 0
    plan = default_linter.lint(text + "\n\nMy OT comes on Tuesdays.")
    assert plan.kind is RecordKind.OWN_ACCOUNT
    assert not [f.text for f in plan.findings if f.code == "RL101"]
    as_note_with_ot = default_linter.lint(text + "\n\nMy OT comes on Tuesdays.", kind="case_note")
    assert [f.text for f in as_note_with_ot.findings if f.code == "RL101"] == ["OT"]


def test_the_persons_own_account_is_not_corrected_for_style(default_linter: Linter) -> None:
    """Long sentences and formal words in the person's own account are their voice, as in
    a quotation; the same words in a case note are the writer's to change."""
    text = (NOT_RECORDS / "own-account.txt").read_text(encoding="utf-8") + (
        "\n\nI came back every Friday night to see my son and my daughter, doing a week's "
        "worth of shopping over the weekend and then going back to my job in order to keep "
        "the money coming in for all of us.\n"
    )
    style = {"RL301", "RL303", "RL304"}
    own = default_linter.lint(text)
    assert own.kind is RecordKind.OWN_ACCOUNT
    assert not {f.code for f in own.findings} & style
    as_note = default_linter.lint(text, kind="case_note")
    assert {"RL301", "RL304"} <= {f.code for f in as_note.findings}


def test_a_given_kind_overrides_the_inferred_one(default_linter: Linter) -> None:
    """Guidance checked as a case note is read by the record-only rules: a bare closure
    ("The case was closed.") is a decision without a reason there, and nothing in guidance."""
    text = (NOT_RECORDS / "recording-guidance.txt").read_text(encoding="utf-8")
    text += "\n\nThe case was closed.\n"
    assert default_linter.lint(text).kind is RecordKind.PROFESSIONAL
    assert not {f.code for f in default_linter.lint(text).findings} & RECORD_ONLY_CODES
    report = default_linter.lint(text, kind="case_note")
    assert report.kind is RecordKind.CASE_NOTE
    assert {f.code for f in report.findings} & RECORD_ONLY_CODES


def test_the_inferred_kind_is_in_json_and_the_text_summary(tmp_path: Path) -> None:
    guidance = tmp_path / "guidance.txt"
    guidance.write_text((NOT_RECORDS / "recording-guidance.txt").read_text(encoding="utf-8"))
    runner = CliRunner()
    as_json = json.loads(runner.invoke(cli, ["check", str(guidance), "--format", "json"]).output)
    assert as_json["files"][0]["kind"] == "professional"
    text = runner.invoke(cli, ["check", str(guidance)]).output.strip().splitlines()
    assert text[-1].endswith("in 1 record (professional text).")
    forced = runner.invoke(cli, ["check", str(guidance), "--kind", "case_note"]).output
    assert forced.strip().splitlines()[-1].endswith("(case note).")


def test_an_exports_kind_column_names_the_new_kinds() -> None:
    assert parse_kind("Guidance") is RecordKind.PROFESSIONAL
    assert parse_kind("Own account") is RecordKind.OWN_ACCOUNT
    assert parse_kind("Template") is RecordKind.TEMPLATE


@given(st.text(max_size=400))
def test_any_text_gets_a_kind(text: str) -> None:
    assert isinstance(infer_kind(text), RecordKind)


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=300))
def test_a_text_about_one_named_person_is_never_their_own_account(text: str) -> None:
    """Naming the same person twice makes a text a record about them, whatever else it
    holds, so it is never the person's own account."""
    about_someone = f"Visited Mrs Pollard today.\n{text}\nMrs Pollard was well."
    assert infer_kind(about_someone) is not RecordKind.OWN_ACCOUNT


def test_service_words_in_the_persons_own_account_are_theirs() -> None:
    """In an own account, a paragraph in the first person is the person's words, so their
    "respite" is not jargon to correct; the publisher's paragraph about them is still read."""
    text = (
        "Written by a carer for our newsletter. If you need advice, you can reach out to "
        "our helpline.\n\n"
        "My husband has dementia. I get respite one weekend a month, and my daughter "
        "helps with my shopping."
    )
    report = Linter().lint(text, kind="own_account")
    assert [f.text for f in report.findings if f.code == "RL201"] == ["reach out"]


CARERS_ACCOUNT_LEFT_OPEN = (
    "“My mum was increasingly frail and social services arranged care visits. When she came "
    "out of hospital I thought the arrangement would start again, but it didn’t. A carer "
    "turned up from a completely different company.\n\n"
    "Change of plan\n\n"
    "I rang the social worker up. She said they had closed Mum’s case and it was now dealt "
    "with by continuing healthcare, which is run by the NHS. I was given their number.\n\n"
    "Do it yourself\n\n"
    "Sometimes she was an hour late and by that time I’d done all the tough jobs like washing "
    "or bathing my mother and helping her use the commode or toilet, which took me most of "
    "the morning before work.\n"
)


def test_an_account_whose_opening_quotation_mark_is_never_closed_is_the_persons_own(
    default_linter: Linter,
) -> None:
    """A carer's account printed whole inside one quotation mark that the page never closes
    is her voice to its end, headings and all: her long sentences and "NHS" are hers."""
    report = default_linter.lint(CARERS_ACCOUNT_LEFT_OPEN)
    assert report.kind is RecordKind.OWN_ACCOUNT
    assert not {f.code for f in report.findings} & {"RL101", "RL301"}


def test_a_worker_quoting_the_person_unclosed_is_still_a_record(default_linter: Linter) -> None:
    """A note that opens with the person's words left unclosed and goes on in the worker's
    own words about her stays a record, and its terms are still read."""
    text = (
        "“I want to go home to my flat and see my husband and my cat.\n\n"
        "Visited on the ward with the OT. She was settled and ate lunch. Her daughter said "
        "she can stay with her for a week while the carers are arranged. The service user "
        "is to be discharged on Friday. Ward staff said she has been eating well and "
        "walking with her frame. Her daughter will bring clothes on Thursday.\n"
    )
    report = default_linter.lint(text)
    assert report.kind is not RecordKind.OWN_ACCOUNT
    assert "OT" in {f.text for f in report.findings if f.code == "RL101"}
    assert "The service user" in {f.text for f in report.findings if f.code == "RL202"}


@pytest.mark.parametrize(
    ("paragraph", "theirs"),
    [
        ("I found a care home for her when she left hospital.", True),
        ("13 Apr", True),
        ("Wednesday, 24 August 2016", True),
        ("Mum hates it. She is far too compos mentis for the place.", True),
        ("Mum\u2019s room is upstairs and the door is never locked.", True),
        # Someone else telling of the writer's family, or of a parent in general.
        ("Jan cares for her mum, who has dementia.", False),
        ("Jan's mum has lived with her since 2019.", False),
        ("A mum of two, Jan cares for her husband.", False),
        ('The carers said "Mum is fine" when they left.', False),
        ("The service opened on 3 May.", False),
    ],
)
def test_the_writers_own_paragraphs_of_an_own_account(paragraph: str, theirs: bool) -> None:
    assert the_writers_own(paragraph) is theirs


def test_a_writer_that_calls_itself_we_outside_quotations() -> None:
    assert writes_as_we("How we work out what you pay.")
    assert writes_as_we("We'll write to you with the amount.")
    assert not writes_as_we('Your son said "we will manage" and you agreed.')
    assert not writes_as_we("The council will write to you; our office is in town.")


@pytest.mark.parametrize(
    "text",
    [
        # The worker who was there speaks as "I" around the person's quoted words, and
        # the quotation that opens the note is a remark, not an account.
        "\u201cI want to go home to my flat,\u201d Jean told me on the ward. \u201cMy son can "
        "help me with my shopping.\u201d\n\nI explained that the ward team will assess her. "
        "Jean agreed. Plan: refer to OT, review on Friday.",
        # A long quotation inside the note's own sentence, opening no paragraph.
        "Home visit\n\nI visited Jean at home. She said \u201cI miss my husband and my "
        "garden, and I do not want to leave my house. My son comes on Sundays and my "
        "daughter rings every night, so I am not lonely, and I can still make my own tea "
        "and get to the shop at the end of my road with my stick\u201d. I agreed to ask "
        "the OT about a rail by the back door.",
        # A relative's email copied into a record: "my mother" once, but a header line,
        # a salutation and a signature, which an account told in paragraphs has not.
        "Copied into record 19/12/25 - email from Mr Gareth Lloyd\n\nMs Patel,\n\nI have "
        "just read your letter and I am shocked. My mother told me on the phone yesterday "
        "that she wants to go home. I would like a proper meeting before anything is "
        "decided.\n\nGareth Lloyd",
        # A student's case note: "I" and "my practice educator", a diagnosis dated in
        # brackets, and one phrase of reflective writing are not an essay.
        "Visit note\n\nI visited Mr Clarke with my practice educator. He has vascular "
        "dementia (March 2023) and COPD (Since 2019). I reflected afterwards with my "
        "practice educator on how I explained my role. Mr Clarke agreed to a referral.",
    ],
)
def test_case_notes_stay_case_notes(text: str) -> None:
    assert infer_kind(text) is RecordKind.CASE_NOTE


# A record whose header names its person in a field, and whose headings share words with
# reports ("RECOMMENDATIONS", "the council's"), with numbered paragraphs: still a record.
_HEADED_ASSESSMENT = (
    "Home assessment for adaptations\n\n"
    "Name: Priya Lal\nDate of visit: 04/05/2026\n\n"
    "What Priya told me\nPriya wants to bathe on her own again and to use her kitchen.\n\n"
    "Recommendations\n"
    "1. A level access shower, under the council's disabled facilities grant.\n"
    "2. A perching stool for the kitchen, which Priya tried and liked.\n"
    "3. A second stair rail, fitted by the council's handyperson service.\n"
    "4. Review in six weeks, or sooner if Priya asks."
)
# Minutes of a risk meeting about one woman, who is named with a title's initial ("Mrs P
# Okoro", her mother) rather than withheld as "Mrs P".
_RISK_MEETING = (
    "MULTI-AGENCY RISK MEETING - MINUTES\n"
    "Adult: Lena Okoro\nDate of meeting: 02/06/2026\n\n"
    "1. Updates: LO attending the drop-in twice a week. Mrs P Okoro rang the team again.\n"
    "2. Housing: hostel place held until Friday.\n"
    "3. Health: LO seen by the nurse on the van.\n"
    "4. Next meeting in four weeks."
)


@pytest.mark.parametrize("text", [_HEADED_ASSESSMENT, _RISK_MEETING])
def test_records_that_name_their_person_are_not_professional_prose(text: str) -> None:
    assert infer_kind(text) is not RecordKind.PROFESSIONAL


def test_a_titles_initial_before_or_for_a_surname_is_no_withheld_name() -> None:
    from recordlint.kinds.people import anonymised, named_person_repeated

    assert anonymised("Mrs P rang the office.")
    assert anonymised("Adult A moved flats.")
    assert not anonymised("Mrs P Okoro rang the office.")
    # The surname's initial after the person has been named in full shortens, not withholds.
    assert not anonymised("Visit to Mrs Edna Tregarthen. Mrs T was at home.")
    assert anonymised("Visit to Mrs Edna Tregarthen. Mrs K was at home.")
    assert named_person_repeated("Mrs P Okoro rang. Later Mrs Okoro rang again.")
    assert named_person_repeated("Name: Tom Hale\n\nTom wants to go home. Tom likes it.")
    assert not named_person_repeated("Name: Tom Hale\n\nHe wants to go home.")
    assert named_person_repeated("Service user: Tom Hale\n\nTom wants to go home. Tom likes it.")
    assert not named_person_repeated("Name: ____\nAddress: ____\nName: the person")
    assert named_person_repeated("Adult: Kerry-Ann Doyle\n\nKA attending. KAD seen Friday.")
    # A hyphened surname gives a letter for each part, as the person's-voice rule reads it.
    assert named_person_repeated("Name: Gareth Pryce-Evans\n\nGPE attending. GPE seen.")
    assert not named_person_repeated("Name: Gareth Pryce-Evans\n\nGP attending. GP rang.")


_DIARY = (
    "I get in early and discuss a colleague's difficult case, which has got worse over the "
    "weekend. A woman has gone home from a nursing home because her daughter believed she "
    "could manage her care at home.\n\n"
    "Now the daughter is asking us to help her find another home as she is finding her new "
    "role difficult. We agree a plan and I make the first of several calls to homes.\n\n"
    "I attend a carers' forum in a doctor's surgery and tell the group what we do. Back at "
    "the office I take a call from a carer who asks me how he can get more support for his "
    "wife. I feel very humble."
)


@pytest.mark.parametrize(
    "title",
    [
        "Diary of a senior social worker in a local authority adults team",
        "A social worker's diary",
        "A day in the life of a care manager",
        # A magazine's regular column, its label before the colon, over the week's headline.
        "Social work diary: 'The week the printer gave up on me'",
        "Diary: an occupational therapist in a hospital team writes",
    ],
)
def test_a_practitioners_published_diary_is_their_own_account(title: str) -> None:
    """A social worker's diary of their working days, published under a title that says
    so, told as "I" of several people none of whom it names: the writer's own account,
    not a record about anyone, even under a line of introduction."""
    assert infer_kind(f"{title}\n\n{_DIARY}") is RecordKind.OWN_ACCOUNT
    text = f"{title}\n\nA social worker in an adults team writes\n\n{_DIARY}"
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT


def test_a_diary_columns_standfirst_belongs_to_the_publication() -> None:
    """A magazine's diary column opens with its standfirst, which speaks of the writer by
    their job before the writer speaks as "I": still the writer's own account."""
    text = (
        "Social work diary: 'I never did find that parking space'\n\n"
        "A hospital social worker looks back on a week of ward rounds, discharges and one "
        "very long wait for a lift\n\n" + _DIARY
    )
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT


@pytest.mark.parametrize(
    "text",
    [
        # Case notes written as "I" that name the person again and again.
        "Diary of a visit to Mrs Ada Lowe\n\nI visited Mrs Lowe at home with her daughter "
        "and we talked about her care at home. Mrs Lowe said she is finding the stairs hard "
        "and I agreed to refer her to the OT this week.",
        "Visit diary: Mrs Ada Lowe\n\nI visited Mrs Lowe at home with her daughter and we "
        "talked about her care at home. Mrs Lowe said she is finding the stairs hard and I "
        "agreed to refer her to the OT this week.",
        # The same diary with no title naming a diary: a note, as before.
        _DIARY,
        # A record's diary of visits, under dated entries rather than paragraphs alone.
        "Diary of a care worker\n\n09/03/2026\nI visited and helped him wash and dress, and "
        "he ate all of his breakfast with me before I left at nine.\n10/03/2026\nI visited "
        "again and he was in bed, so I helped him up and made him a cup of tea.",
    ],
)
def test_first_person_notes_are_not_a_published_diary(text: str) -> None:
    assert infer_kind(text) is not RecordKind.OWN_ACCOUNT


_BLOG = (
    "I was sitting in the kitchen with the first carer I would shadow when his phone rang. "
    "It was his mother's social worker, calling about what would happen when her stay "
    "ended.\n\n"
    "This was the start of a day organised for me by a carers' charity, to help me "
    "understand the experience of being a carer, so I could do my own job better.\n\n"
    "I met a man caring for two parents and a young woman looking after her husband, and "
    "in between I met a group of carers at an open day."
)


@pytest.mark.parametrize(
    "head",
    [
        # A byline, and an introduction that speaks of the writer by its given name.
        "Hearing from carers first hand\n\n23 July 2014\n\nNeil Churchill\nDirector of "
        "Patient Experience\n\nAs part of Carers Week, Neil spent the day visiting carers "
        "at home and hearing their experiences. Read about his day.",
        # A title and a line that hands over to the writer.
        "A day with carers\n\nThe director of patient experience writes:",
        "A day with carers\n\nFor Carers Week the director of patient experience spent a "
        "day with carers at home and writes:",
    ],
)
def test_a_professionals_published_account_is_their_own_account(head: str) -> None:
    """A director's blog of a day with carers: published under a title, with a byline or
    an introduction that speaks of the writer before the writer speaks as "I", of people
    it names neither by title nor by name."""
    assert infer_kind(f"{head}\n\n{_BLOG}") is RecordKind.OWN_ACCOUNT


@pytest.mark.parametrize(
    "text",
    [
        # A case note under a title, a date and its writer's name and role: no introduction
        # speaks of the writer before they speak.
        f"Home visit\n\n23 July 2025\n\nNeil Churchill\nSocial Worker\n\n{_BLOG}",
        # The same head over a note that names the person again and again.
        "Hearing from carers\n\nNeil Churchill\nSocial Worker\n\nNeil visited Mrs Ada "
        "Lowe at home today about her care and her daughter's worries.\n\nI visited Mrs "
        "Lowe at home with her daughter and we talked about her care at home and the "
        "stairs.\n\nMrs Lowe said she is finding the stairs hard and I agreed to refer her "
        "to the occupational therapist this week.",
        # Dated entries below the introduction: a record's diary of visits.
        "Visits\n\nJo Bell\n\nJo is the care worker who visits him each morning and "
        "writes up each visit below.\n\n09/03/2026\nI visited and helped him wash and "
        "dress, and he ate all of his breakfast with me before I left.\n10/03/2026\nI "
        "visited again and he was in bed, so I helped him up and made him a cup of tea.",
    ],
)
def test_first_person_notes_with_a_writers_name_stay_notes(text: str) -> None:
    assert infer_kind(text) is not RecordKind.OWN_ACCOUNT


def test_a_reflective_essay_is_written_for_practitioners() -> None:
    """An essay on practice is read by tutors and practice educators, who share the
    services' working terms: a student's "placement" is their work placement."""
    essay = (NOT_RECORDS / "reflective-essay.txt").read_text(encoding="utf-8")
    assert written_for_practitioners(essay, infer_kind(essay))
    findings = Linter().lint(essay).findings
    assert not [f for f in findings if f.code == "RL201" and f.text.casefold() == "placement"]
    note = "I visited Mr Clarke at his placement. Mr Clarke said he likes his room."
    assert not written_for_practitioners(note, infer_kind(note))


# A carer's own account of a group, told as "us" and "our loved ones" with no "my" and no
# one spoken of as "he" or "she"; a policy's duties towards "the person" and "they".
_GROUP_ACCOUNT = (
    "Ten years ago a group of family carers met to form a support group. What was "
    "common among us all was the following:\n\n"
    + "".join(
        f"\u2022 None of us knew anything about {topic}, and we had to learn it as we went;\n"
        for topic in (
            "dementia and how it would affect our loved ones",
            "the benefits system and the forms it asks for",
            "how the illness would change our relationships within the family",
            "how caring would change our own working lives",
            "the pressures we would face in the years to come",
            "where to find help at night and at weekends",
            "the support that other carers could give us",
        )
    )
    + "\nTo find out more about how the groups came about, read the series I wrote. If you "
    "are caring for a loved one, please feel free to contact me about joining us."
)
_POLICY = (
    "15.1 The advocate's role is to promote the person's wellbeing, to support them to "
    "express their wishes and feelings, weigh up their options and make their own "
    "decisions.\nAdvocates are expected to:\n"
    + "".join(
        f"- {duty}\n"
        for duty in (
            "meet the person being represented in private wherever possible",
            "consult people who can provide relevant information about the person's wishes",
            "help the person understand the council process they are involved in",
            "help the person understand their own rights and responsibilities",
            "help the person understand their care and support options and make decisions",
            "help the person communicate their views, wishes and feelings",
            "help the person challenge council decisions if they wish to do so",
            "help the person decide what outcomes they want from a safeguarding enquiry",
            "help the person understand when other people's actions may be abusive",
            "help the person understand what advice and help they can expect from others",
            "represent people who cannot do this for themselves even with support",
            "explain what help is available to avoid a recurrence and to recover",
            "record the person's views in their own words wherever they are given",
            "support the person to prepare for meetings about their care and support",
            "make sure the person's views are heard and taken seriously at every meeting",
            "tell the council in writing where they have concerns about its decisions",
        )
    )
)


def test_a_text_that_speaks_of_no_one_person_is_not_a_note() -> None:
    """A text of a couple of hundred words that says "he" or "she" of no one and names no
    one by title tells of no one person: in the first person it is the writer's own
    account, otherwise general prose."""
    assert infer_kind(_GROUP_ACCOUNT) is RecordKind.OWN_ACCOUNT
    assert infer_kind(_POLICY) is RecordKind.PROFESSIONAL
    # The same policy about one named person is a record about them.
    named = _POLICY.replace("the person", "Mrs Jones")
    assert infer_kind(named) is RecordKind.CASE_NOTE
    # So is a note of the same length that speaks of her as "she".
    about_her = _POLICY.replace("the person", "she").replace("person's", "her")
    assert infer_kind(about_her) is RecordKind.CASE_NOTE
    # A short note with no pronoun is still a note: there is too little to tell.
    assert infer_kind("Called. No answer. Will try again on Monday.") is RecordKind.CASE_NOTE
    # A month named twice inside sentences is a date's, not a person's name.
    dated = (
        _POLICY
        + "\n"
        + "".join(
            f"Briefing {n}: published in October 2021 and reviewed in March 2023.\n" for n in (1, 2)
        )
    )
    assert infer_kind(dated) is RecordKind.PROFESSIONAL
    named_twice = dated.replace("published in October", "written with Sunniva in October")
    assert infer_kind(named_twice) is RecordKind.CASE_NOTE


# A capacity form left blank: questions over empty boxes for the answer, a date left to
# fill in a sentence, and the choices to tick.
_BLANK_CAPACITY_FORM = (
    "Mental Capacity Assessment form\n\nName:\nLocation:\n"
    "MENTAL CAPACITY AND BEST INTERESTS ASSESSMENT\n"
    "I am completing this form on (date)\u2026\u2026\u2026\u2026 because the person named "
    "above appears to lack capacity\n"
    "Is there an impairment of, or disturbance in, the functioning of the person's mind?\n"
    "Details:\n"
    "Can the decision be delayed because the person is likely to regain capacity?\n"
    "Details:\nPermanent impairment\nTemporary impairment\nNot appropriate to delay\n"
    + "".join(
        f"{n}. Is the person able to {ability}?\nComments/Evidence:\nYes\nNo\n"
        for n, ability in enumerate(
            ("understand the information", "retain the information", "weigh the information"),
            start=1,
        )
    )
    + "What steps have been taken to help the person make the decision?\n"
    "Mental Capacity Assessment Outcome\n"
)


def test_a_form_whose_questions_are_left_unanswered_is_blank() -> None:
    assert infer_kind(_BLANK_CAPACITY_FORM) is RecordKind.TEMPLATE
    # The same questions answered under their boxes are a completed assessment.
    answered = _BLANK_CAPACITY_FORM.replace(
        "Details:\n", "Details:\nMrs Jones has a diagnosis of dementia since 2021.\n"
    ).replace("Comments/Evidence:\n", "Comments/Evidence:\nShe told me the options back.\n")
    answered = answered.replace("Yes\nNo\n", "Yes\n").replace(
        "(date)\u2026\u2026\u2026\u2026", "3 March"
    )
    assert infer_kind(answered) is RecordKind.ASSESSMENT


# A worker's note about someone spoken of as "they" by first name alone: no "he", no "she"
# and no title, but a record about a person all the same.
_NOTE_ABOUT_SOMEONE_CALLED_THEY = (
    "Home visit today with Sam. Sam told me they want to stay in the flat and that they "
    "are managing the stairs with the rail. I asked Sam about meals; they said their "
    "neighbour brings shopping on Fridays and they cook simple meals. I looked in the "
    "kitchen and the fridge had fresh food. I discussed the falls from last month with "
    "Sam. They said they fell twice at night going to the toilet. I have agreed with Sam "
    "that I will ask the occupational therapy team to look at a grab rail and a night "
    "light, because both falls happened at night on the way to the toilet. We talked about "
    "the pendant alarm. Sam said they do not want one because it feels like being watched. "
    "I explained how it works and left a leaflet. Sam's sister Jo phoned while I was there "
    "and said they worry about Sam at night. I told Jo what we had agreed. I will ring Sam "
    "next Tuesday to see how they are getting on and to check the referral has gone "
    "through. Sam has the duty number and knows to ring if anything changes before then. "
    "I will write to Sam to confirm what we agreed today, in plain words, as they asked."
)


def test_a_note_about_someone_called_they_stays_a_note() -> None:
    """Its writer says "I"; with no "I" (a terse log) the person's name, which comes back
    sentence after sentence, still says whom it is about."""
    assert infer_kind(_NOTE_ABOUT_SOMEONE_CALLED_THEY) is RecordKind.CASE_NOTE
    terse = (
        _NOTE_ABOUT_SOMEONE_CALLED_THEY.replace("I ", "Worker ")
        .replace(" me ", " the worker ")
        .replace("We talked", "Talked")
        .replace(" we ", " the worker ")
    )
    assert " I " not in terse
    assert infer_kind(terse) is RecordKind.CASE_NOTE


# A post in the writer's own words under its own title: she is the one cared for, and the
# one "my" thing of her life she names is the social worker who assessed her.
_TITLED_OWN_POST = (
    "A better month at last\n\n"
    "I have not written here for a while, partly because the fatigue came back and partly "
    "because for once I was busy doing things I actually wanted to do.\n\n"
    "In the spring I was assessed by the council about needing more help at home, and my "
    "new social worker listened to me properly and did not rush me at all.\n\n"
    "I now get two short visits a week from carers who help with the heavy jobs, which "
    "leaves me enough energy to get out to the library and see friends sometimes.\n\n"
    "At my review I said I want to volunteer one day, but I cannot promise to turn up "
    "every week, and they were fine with that and helped me look for something flexible."
)


def test_a_titled_post_in_the_writers_own_words_is_her_account() -> None:
    assert infer_kind(_TITLED_OWN_POST) is RecordKind.OWN_ACCOUNT
    # A practitioner's note in the first person under a visit's title stays a record: it
    # names no thing of the writer's own life.
    note = _TITLED_OWN_POST.replace("A better month at last", "Home visit").replace(
        "my new social worker", "the new carer"
    )
    assert infer_kind(note) is RecordKind.CASE_NOTE
    # A form's title over the same paragraphs is a form, asked as before.
    assert infer_kind(_TITLED_OWN_POST.replace("A better month at last", "Care plan")) in {
        RecordKind.ASSESSMENT,
        RecordKind.OWN_ACCOUNT,
    }


_CIRCULAR_TO_STAFF = """Message from the Director

Dear colleagues

I want to thank every one of you for the work you have done this winter to keep people
safe at home, often in very hard conditions and with little notice.

Your care has made a real difference to the people we support and to their families.

Yours sincerely

Alex Morgan
Director of Adult Services"""


def test_a_letter_to_staff_as_a_group_is_between_professionals() -> None:
    assert infer_kind(_CIRCULAR_TO_STAFF) is RecordKind.PROFESSIONAL
    # A letter to a team about one person, named again and again, stays a letter.
    about_someone = _CIRCULAR_TO_STAFF.replace(
        "I want to thank", "Mrs Brathwaite asked me to write. Mrs Brathwaite wants to thank"
    )
    assert infer_kind(about_someone) is RecordKind.LETTER


def test_a_form_that_names_itself_is_blank_however_long_its_lists_of_choices() -> None:
    # A referral form prints the choices to tick one to a line, with no box before them:
    # more lines of writing than empty fields, but the form speaks of itself.
    choices = "\n".join(
        f"Disability - {kind} - {detail}"
        for kind in ("Physical", "Sensory", "Learning")
        for detail in ("Mild", "Moderate", "Severe", "Other")
    )
    form = (
        "Read the partnership's referral standards and the notes overleaf when filling in "
        "this referral form.\n"
        "About the adult\nCase No.:\nSurname: / Forename(s):\nHome address: / Postcode:\n"
        f"Phone No: / Mobile No:\nKnown conditions:\n{choices}\nFirst language:\n"
    )
    assert infer_kind(form) is RecordKind.TEMPLATE
    # An enquiry form's lettered guidance and its bulleted questions, with answer boxes.
    enquiry = (
        "Northshire Adults Board\nProvider enquiry return\n"
        "a) This return form is to be sent back within 15 working days.\n"
        "b) The team that sent it will read the reply and decide on next steps.\n"
        "Please find out:\n- What took place\n- Why it took place\n"
        "- What outcome is hoped for now\n- What has been done to keep them safe\n"
        "Details of the adult\nName: / Click here to enter text.\n"
        "Address: / Click here to enter text.\nDate of birth: / Click here to enter text.\n"
        "Date received: / Click here to enter text.\n"
    )
    assert infer_kind(enquiry) is RecordKind.TEMPLATE


def test_a_filled_in_form_that_mentions_itself_is_not_blank() -> None:
    # Answers after the labels: a completed form, whatever it says of itself.
    filled = (
        "Carer's assessment\nCarer: Mrs Joan Pike\nDate: 4 May 2026\n"
        "This form was completed with Mrs Pike at her home.\n"
        "Caring role: cares for her husband Ron, who has dementia.\n"
        "Mrs Pike said she wants a break one afternoon a week.\n"
    )
    assert infer_kind(filled) is RecordKind.ASSESSMENT


_STORY_UNDER_A_HEADLINE = (
    "Margaret\n"
    "Margaret looked after her sister at home for eleven years before the family agreed it "
    "was time for a nursing home. Margaret shares what she learnt about choosing one.\n"
    "After her sister's stroke, Margaret gave up her job at the library and relied on a "
    "day centre, a neighbour and a sitting service to keep going. She found the hospital "
    "helpful but the social care side slow, and she believes things have improved since.\n"
)


def test_a_publishers_story_under_a_headline_is_not_a_record() -> None:
    assert infer_kind(_STORY_UNDER_A_HEADLINE) is RecordKind.PROFESSIONAL
    # The same paragraphs under what a record is headed with stay a note: the contact it
    # records, a date, a name after a dash, or a title in a case system's capitals.
    for title in ("Home visit", "Margaret 3/4/26", "Carer support - Margaret", "MARGARET"):
        note = _STORY_UNDER_A_HEADLINE.replace("Margaret\n", f"{title}\n", 1)
        assert infer_kind(note) is RecordKind.CASE_NOTE, title
    # A worker who writes up their own work says "I": not a publisher's story.
    told = _STORY_UNDER_A_HEADLINE.replace("Margaret shares", "I asked Margaret about")
    assert infer_kind(told) is RecordKind.CASE_NOTE
    # Nor is a text that names its person by title again and again.
    titled = _STORY_UNDER_A_HEADLINE.replace("After her sister's", "Mrs Lund said Mrs Lund's")
    assert infer_kind(titled) is RecordKind.CASE_NOTE


def test_a_form_that_asks_for_details_and_no_blanks_is_blank() -> None:
    form = (
        "Date of concern: Time: Completed by:\n"
        "1. Person at risk information:\n"
        "Name: Male: Female:\n"
        "Current Address: / Ethnic Origin:\n"
        "Category of concern: Physical Emotional Financial Neglect\n"
        "Domestic Abuse Modern Slavery Self Neglect Discriminatory\n"
        "Organisational Psychological Sexual Exploitation Other\n"
        "Give details: Full names should be used for everyone named in the concern.\n"
        "Please tick any that apply\n"
        "Moving and Handling\n"
        "Medication Management\n"
        "Infection Control\n"
        "Environmental Concerns\n"
        "Raised by: Email Address:\n"
        "If any information is not known then state why, do not leave blank.\n"
    )
    assert infer_kind(form) is RecordKind.TEMPLATE


_OWN_LETTER_TO_A_REGULATOR = """Complaint to the inspectorate
Date: 3/4/2009
To: The Care Inspectorate

To whom it may concern,

I have watched for years as the homes near us got worse, i thought your job was to stop
that, but you give the homes chance after chance and i have seen nothing change.
You are meant to protect people who live there, not the owners, and i believe you
know it. I look forward to your reply.

Yours sincerely
Pat Lowe"""


def test_a_letter_typed_as_its_writer_types_is_their_own_account() -> None:
    """ "i" in lower case again and again is someone writing as themselves, before the
    letter's or the email's shape is asked."""
    assert infer_kind(_OWN_LETTER_TO_A_REGULATOR) is RecordKind.OWN_ACCOUNT
    # With the capital kept, the same letter is read by its shape, as before.
    assert infer_kind(_OWN_LETTER_TO_A_REGULATOR.replace(" i ", " I ")) is not (
        RecordKind.OWN_ACCOUNT
    )
    # A numbered list's "(i)" is not the writer's "I".
    minutes = "Decision:\n(i) that the report be noted; (i) and (ii) agreed; (i) , (i) ;\n"
    assert infer_kind(minutes) is not RecordKind.OWN_ACCOUNT


_PRACTICE_GUIDANCE = """Mental Capacity Act practice guidance

How to record decisions

It is a legal requirement that evidence of assessments and best interest decisions is
recorded. This can be in a care plan, a daily record or on the capacity assessment form.

A decision-maker must always use the two step method of decision-specific assessment of
capacity.

You can record a capacity assessment and a best interests decision on the form. This form
should be used to record any decision that is complex, controversial or life-changing.

There must be evidence in a care plan that someone's capacity to make a particular decision
has been assessed. The person arranging care needs to know if someone has capacity to make
the decision about this care, and to make this clear in any documentation. Every care plan
concerning a person who may lack capacity must include details of how their capacity has
been assessed, whether they lack capacity and, if they do, what the best interests decision
is. Staff can also use the form as a prompt if they feel unsure of the two step process. It
isn't necessary to complete a form for every decision and would often be inappropriate. If
someone is assessed as having capacity it is important that this is clearly recorded,
particularly if the person may make an unwise decision, or if they are at risk of losing
capacity in the future."""


def test_a_title_naming_guidance_is_no_form_title() -> None:
    """A title that names guidance, a procedure or a factsheet heads a text about forms
    and practice, not a form about one person, though it names capacity or assessment."""
    assert infer_kind(_PRACTICE_GUIDANCE) is RecordKind.PROFESSIONAL
    assert written_for_practitioners(_PRACTICE_GUIDANCE, RecordKind.PROFESSIONAL)
    # The same words under a form's own title are still read as an assessment.
    form = _PRACTICE_GUIDANCE.replace(
        "Mental Capacity Act practice guidance", "Mental Capacity Assessment"
    )
    assert infer_kind(form) is RecordKind.ASSESSMENT


@pytest.mark.parametrize(
    "title",
    ["Is a self assessment the right choice for me?", "An easy capacity assessment for Joan?"],
)
def test_a_title_that_asks_a_question_is_no_form_title(title: str) -> None:
    # A form names itself; a page or a post heads itself with the question it answers.
    assert not is_form_title(title)
    assert is_form_title(title.rstrip("?"))
    # A council's page under such a title speaks to its reader, not of one person.
    page = (
        f"{title}\n\n"
        "Many people can fill in a self assessment on their own, or with help from family, "
        "friends or a support worker. Some people find it hard to explain their situation "
        "and would rather have help with it.\n\n"
        "This section asks you a few questions to find out whether you would like support "
        "to complete the self assessment, and who could give it."
    )
    assert infer_kind(page) is not RecordKind.ASSESSMENT


_QUESTIONS_AND_ANSWERS = """Making a Safeguarding Referral

Who completes this form?

This form is for use by professionals from any agency to raise a safeguarding concern about
an adult who is believed to have care and support needs and is at risk of abuse.

I don't have all the information - what do I do?

Don't delay sending in the concern. We can plan together how key information is to be
obtained. Just note that you don't know on the relevant section of the form.

Where can I discuss concerns before making a formal referral if I am unsure?

The Adult Safeguarding Team provide a duty advice service in office hours, and a worker
within the team will use the information in this form to decide what will happen next, so
the information you provide will be crucial.

What do I do if the concern arises out of office hours?

If you need support to manage an immediate risk please phone the Out of Hours team. If you
assess that the person is at risk of immediate harm, you need to alert emergency services."""


def test_questions_in_the_readers_words_speak_to_the_reader() -> None:
    """A page of questions and answers puts its reader's questions as "I" ("what do I
    do?") and answers them as "you": it speaks to its reader, not of a person."""
    assert infer_kind(_QUESTIONS_AND_ANSWERS) is RecordKind.PROFESSIONAL
    # A note whose writer says "I" in its sentences, not in questions of their own, is
    # still a note.
    note = (
        "Visited Mrs Khan at home. I asked her what she would like to happen next and she"
        " said she wants to stay at home. I will call her daughter tomorrow to arrange a"
        " review. She asked if you could ring her."
    )
    assert infer_kind(note) is RecordKind.CASE_NOTE


# Someone's own account that sets out a conversation with a service line by line: the
# narration is the writer's ("I said", "my dad"), the other party a worker spoken of as
# "she", and no one is named by title again and again.
_ACCOUNT_WITH_ITS_DIALOGUE = (
    "The day the council rang\n\n"
    "Most of the nurses, doctors, etc have been kind, whilst I feel others never listened "
    "to a word I said.\n\n"
    "Last winter I got a call at work from a man in the hospital discharge team. I still "
    "remember how it went:\n\n"
    "‘Is that the daughter of Mr Okafor?’\n\n"
    "‘Yes,’ I said.\n\n"
    "‘He is going home on Friday and you will be looking after him.’\n\n"
    "‘Nobody has asked me,’ I replied. ‘I work full time.’\n\n"
    "‘Well, somebody has to,’ he said, and put the phone down.\n\n"
    "I sat in the car park for an hour before I could drive home."
)


def test_an_account_told_with_its_dialogue_is_the_persons_own() -> None:
    """However it opens (its own title, a title naming what it is about, or straight into
    the story), a first-person narrative that sets out its dialogue line by line is the
    person's own account, and its narration is never corrected."""
    assert infer_kind(_ACCOUNT_WITH_ITS_DIALOGUE) is RecordKind.OWN_ACCOUNT
    untitled = _ACCOUNT_WITH_ITS_DIALOGUE.split("\n\n", 1)[1]
    assert infer_kind(untitled) is RecordKind.OWN_ACCOUNT
    headed = _ACCOUNT_WITH_ITS_DIALOGUE.replace(
        "The day the council rang", "The carer's assessment"
    )
    assert infer_kind(headed) is RecordKind.OWN_ACCOUNT
    report = Linter().lint(headed)
    assert not {f.code for f in report.findings} & {"RL103", "RL304", "RL501", "RL601"}


# A worker's note in the first person that sets out what was said line by line: its
# narration speaks of the person it is about more than of its writer.
_NOTE_WITH_ITS_DIALOGUE = (
    "I visited Jean at home this morning with her daughter present. She was sitting in "
    "her chair and had not eaten breakfast. She said her legs were sore.\n\n"
    "‘How have the nights been?’\n\n"
    "‘Not good,’ she said. ‘I keep waking up.’\n\n"
    "‘Would you like the carers to come earlier?’\n\n"
    "‘Yes, but not before eight,’ she said. Her daughter agreed with her.\n\n"
    "I spoke to her daughter about the medication and she will ring the GP about her pain."
)


def test_a_workers_note_or_a_letter_with_dialogue_stays_what_it_is() -> None:
    assert infer_kind(_NOTE_WITH_ITS_DIALOGUE) is RecordKind.CASE_NOTE
    # The person named by title again and again: a record about them, however many
    # lines of dialogue it sets out and however often its writer says "I".
    titled = (
        "I visited Mrs Pollard at home and I asked about her nights.\n\n"
        "‘Not good,’ she said.\n\n"
        "‘Would you like the carers to come earlier?’ I asked.\n\n"
        "‘Yes, but not before eight,’ Mrs Pollard said.\n\n"
        "I will ring the GP today and I will review the plan with my manager next week."
    )
    assert infer_kind(titled) is RecordKind.CASE_NOTE
    # A letter that quotes a conversation is a letter ("I am writing to ...").
    letter = (
        "Dear Ms Khan\n\n"
        "I am writing to confirm what we discussed when I called you on Tuesday.\n\n"
        + _ACCOUNT_WITH_ITS_DIALOGUE.split("\n\n", 3)[3]
        + "\n\nYours sincerely\n\nPat Hill\nSocial Worker"
    )
    assert infer_kind(letter) is RecordKind.LETTER


_LETTERS_REPORT = (
    "Redcar and Cleveland Adult Social Care Letters\n\n"
    "Redcar and Cleveland Council asked people about the letters they receive. "
    + "Most people found the letters hard to read, and many wanted shorter sentences. "
    * 18
)


def test_a_place_in_a_bodys_name_is_not_a_given_name() -> None:
    # A report on a council's letters that names no one: "Cleveland" runs on in capitals
    # to "Council" wherever it stands, a place in the body's name.
    assert infer_kind(_LETTERS_REPORT) is RecordKind.PROFESSIONAL
    # The same word standing alone where a name would ("Cleveland asked") is a name. (The
    # text, a third-person piece under a headline, is still no record.)
    assert not given_name_repeated(without_quotations(_LETTERS_REPORT))
    named = _LETTERS_REPORT.replace("Cleveland Council asked", "Cleveland asked")
    assert given_name_repeated(without_quotations(named))


_SERVICE_REVIEW = (
    "Funding letters review\n\n"
    "The council has redrafted the letters its finance team sends about funding. "
    + "We asked four members of the public to comment on the drafts and we changed the "
    "wording where they found it unclear. " * 12
)


def test_a_services_review_of_its_own_work_is_professional_prose() -> None:
    # Under a form's title word ("review"), a text that speaks of no one as "he", "she",
    # "I" or "you" and names no one is about the service's work.
    assert infer_kind(_SERVICE_REVIEW) is RecordKind.PROFESSIONAL
    # A review written to the person, or about her, stays a review of someone's care.
    to_you = _SERVICE_REVIEW.replace("members of the public", "of your family")
    assert infer_kind(to_you) is RecordKind.ASSESSMENT
    about_her = _SERVICE_REVIEW.replace("members of the public", "of her friends")
    assert infer_kind(about_her) is RecordKind.ASSESSMENT


@pytest.mark.parametrize(
    "text",
    [
        # A committee's short minute, closed by its resolution on a line of its own.
        "Report of the Director of Adult Services\n"
        "Minutes:\n"
        "Members considered the items planned for the year and asked for an update on the "
        "day centres and on the waiting list for home care.\n"
        "RESOLVED – That the work programme be updated accordingly.",
        # A cabinet's minute: a member introduced the report, spoken of as "she", and the
        # cabinet discussed it.
        "Meeting: 14/03/2024 - Cabinet (Item 5)\n"
        "5 New approach to day support\n"
        "Councillor Ann Reed, Cabinet Member for Adults, introduced the report on plans to "
        "bring the day centres together in one hub. She said that change was hard for "
        "everyone at the centres, and she thanked the staff who had kept them open. She set "
        "out the plans for the consultation, which will run for twelve weeks from April and "
        "include meetings at each centre for families and carers.\n"
        "The Cabinet then discussed the report and heard from members and residents, who "
        "asked how transport would be arranged and whether the hub could open at weekends. "
        "Officers said that both would be looked at during the consultation and reported "
        "back to a later meeting, along with the costs of each option and what families had "
        "said about them.",
    ],
)
def test_minutes_of_a_meeting_are_professional_prose(text: str) -> None:
    # A minute's resolution ("RESOLVED – That ..."), the cabinet and a member introducing
    # the report are minutes' own: not a note about the person spoken of as "she".
    assert infer_kind(text) is RecordKind.PROFESSIONAL


def test_a_note_that_says_she_resolved_to_is_still_a_note() -> None:
    # "resolved" inside a sentence is no minute's resolution.
    text = (
        "Home visit. Mrs Dale said she had resolved to try the day centre again after her "
        "daughter went with her last week.\n"
        "Mrs Dale would like to go on Tuesdays. I will ring the centre tomorrow to book it."
    )
    assert infer_kind(text) is not RecordKind.PROFESSIONAL


_WORKING_WEEK = (
    "I get in early and catch up with my manager about my caseload before our team "
    "meeting. A client is going home from hospital today, so I ring her care agency.\n\n"
    "My first visit is to a man who has just moved into a care home. Back at my desk I "
    "write up my notes and ring the families of two service users about their reviews.\n\n"
    "I spend the afternoon on duty, taking calls about new referrals, and leave feeling "
    "that I have done some good."
)


@pytest.mark.parametrize(
    "title",
    ["Social work diary: 'My desk is where the week ends'", "A day in the life of a social worker"],
)
def test_a_practitioners_account_of_their_work_is_a_practice_account(title: str) -> None:
    """The "I" of a published diary is at work: their own caseload, team and desk, and the
    people they serve named by their role ("a client", "service users")."""
    assert infer_kind(f"{title}\n\n{_WORKING_WEEK}") is RecordKind.PRACTICE_ACCOUNT
    # A web page that prints its title again as a heading over the account.
    again = f"{title}\n\n{title}\n\n{_WORKING_WEEK}"
    assert infer_kind(again) is RecordKind.PRACTICE_ACCOUNT


@pytest.mark.parametrize(
    "text",
    [
        # A carer speaks of the social worker and the care team as other people's, and of
        # their own family again and again.
        "My mum's social worker rang this morning about her care team. My husband and I "
        "have looked after my mum for six years, and my job has had to fit around her. "
        "Our social worker says a client of the agency can ask for a review, and I will.",
        # A carer who was once a worker: their family outweighs the job.
        "Caring for my dad: my story\n\nI used to be a nurse, and my colleagues still ask "
        "after my dad. Now my days are about my dad and my mum, and my own health has "
        "suffered. My sister helps when she can, and we are managing for now.",
        # A carer who says what she is at work: her family still outweighs the job.
        "Caring for my mum\n\nI am a nurse, but nothing prepared me for caring for my mum. "
        "My husband and my son help at weekends, and my mum's neighbours look in on her "
        "while I am at work. My own health has suffered, and I am tired all the time.",
    ],
)
def test_a_carers_account_stays_their_own_account(text: str) -> None:
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT


def test_a_practice_account_is_checked_for_how_it_names_people_not_its_sentences() -> None:
    """Abbreviations, labels by service and deficit wording matter to whoever reads a
    practitioner's published diary; the long sentences, the person's voice and the
    reasons a record must give do not."""
    text = (
        "Social work diary: 'The week the database went down'\n\n"
        "I look up the service user on our database before my first visit. She is "
        "demented and has no family, so I add a note for my manager and log it on the CMS "
        "before I drive across the county to a client who needs a review of her care and "
        "support plan because her needs have changed a great deal since the summer.\n\n"
        "Back at my desk I catch up with my notes and our team's referrals, and ring two "
        "families about their reviews before I leave for the day."
    )
    assert infer_kind(text) is RecordKind.PRACTICE_ACCOUNT
    codes = {f.code for f in Linter().lint(text).findings}
    assert {"RL101", "RL202", "RL501"} <= codes
    assert not codes & {"RL301", "RL304", "RL601", "RL701", "RL801", "RL911"}


# A diary posted with its days alone, no title or byline: the writer's week at work, with
# no family or home of their own in it.
_DIARY_DAYS = (
    "Monday: I am back at my office after a week away, and my first task is a complaint "
    "from a client's brother about a decision I made before I left.\n"
    "Tuesday: I mark essays for the course I teach on, then spend the afternoon on duty "
    "with two of my colleagues, taking calls about new referrals.\n"
    "Wednesday: My peer group meets, and we argue about students for an hour before I "
    "head back to my desk."
)
# A practitioner's post on what their job is: it speaks of "social workers" and teams as
# guidance does, but as "I", of the writer's own working life.
_WHAT_I_DO = (
    "What does a hospital social worker do?\n\n"
    "I work in a discharge team in a large general hospital, and I am often asked what "
    "social workers do on the wards.\n\n"
    "I have worked in a community team too, so I know how different the two can be, and "
    "I think social workers in other hospitals may work differently again.\n\n"
    "We sit with the nurses and therapists, and I spend most mornings on the wards."
)


# A practitioner's blog post that says outright what its writer is at work, and speaks of
# the work as "we" and of families as "they", with no caseload or desk of its own named.
_I_AM_A_SOCIAL_WORKER = (
    "Positive feedback\n\n"
    "When working in social work we do not do it for the thanks. I have found that when I "
    "say that I am a Social Worker people assume that I work with children.\n\n"
    "Families can be frustrated with a process they do not always understand, and I "
    "have had many conversations about why a decision was made and who made it.\n\n"
    "It can be hard, but I know that most families are grateful in the end."
)


@pytest.mark.parametrize("text", [_DIARY_DAYS, _WHAT_I_DO, _I_AM_A_SOCIAL_WORKER])
def test_a_practitioners_own_words_on_their_work_are_a_practice_account(text: str) -> None:
    """No diary title or publisher frames them: the "I" says where it works, speaks of its
    own office, colleagues and clients, and tells of no one person."""
    assert infer_kind(text) is RecordKind.PRACTICE_ACCOUNT


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A worker's note as "I" about one woman: she is spoken of more than the writer.
        (
            "I rang my manager after my visit to a client this morning. She told me she "
            "had not eaten since her carers stopped coming, and she asked me to ring her "
            "son. Her son agreed to call her GP, and she said she was relieved.",
            RecordKind.CASE_NOTE,
        ),
        # The same week, but about a named man again and again: a record of work with him.
        (
            _DIARY_DAYS.replace("a client's brother", "Mr Pollard").replace(
                "new referrals", "Mr Pollard's move"
            ),
            RecordKind.CASE_NOTE,
        ),
        # A student's essay on their placement stays reflective writing.
        (
            "In this essay I will reflect on my placement in a hospital team. I worked "
            "with service users and their families, and I work in the same team now as "
            "a newly qualified social worker (Thompson, 2009).",
            RecordKind.PROFESSIONAL,
        ),
    ],
)
def test_a_first_person_note_or_essay_is_not_a_practice_account(
    text: str, kind: RecordKind
) -> None:
    assert infer_kind(text) is kind


_READERS_LETTER = (
    "I am writing to protest at the county council's plan to shut the two day centres in "
    "our town, which people with learning disabilities have used for over twenty years.\n\n"
    "Families and carers rely on those few hours each day to work, to rest and to shop, "
    "and many parents are already worn out after a year of reduced respite.\n\n"
    "Moving everyone into one large hall across the county will not suit people who find "
    "noise and change hard, and the council has not said how they will get there.\n\n"
    "I urge the councillors to visit the centres before they vote, and to listen to the "
    "people who use them.\n\n"
    "P Okafor,\n"
    "Mill Lane, Stockbridge."
)


def test_a_readers_letter_about_services_is_the_writers_own_say() -> None:
    """A member of the public writing in their own name about what a council does to
    services for people in general is neither a note about someone nor the council's
    letter: it is the writer's own account, and its words are theirs."""
    assert infer_kind(_READERS_LETTER) is RecordKind.OWN_ACCOUNT
    # An open letter to a council's leader keeps its salutation and is the same.
    opened = "Dear Councillor Patel\n\n" + _READERS_LETTER
    assert infer_kind(opened) is RecordKind.OWN_ACCOUNT
    # Its third-person paragraphs ("respite") are the writer's too.
    codes = {f.code for f in Linter().lint(_READERS_LETTER).findings}
    assert not codes & {"RL201", "RL301", "RL501", "RL801", "RL901"}


@pytest.mark.parametrize(
    "text",
    [
        # Two long paragraphs, arguing about what councils in general may charge.
        "I want to reply to last week's letter about the new charge for day services. "
        "Councils may choose whether to charge for this, and the national guidance says "
        "that users and carers should be asked first and that the money raised should go "
        "back into the services rather than towards a gap in the budget.\n\n"
        "No users, carers or parents I know were asked anything before the charge was "
        "announced, and families have been left worried about how they will pay for the "
        "sessions their relatives depend on each week. Nobody has said how the money will "
        "be spent, or whether any of it will improve the centres that people use, and I "
        "would ask the councillors to publish that before the charge begins.\n\n"
        "By email",
        # Under a paper's headline and the line naming the council it is written to, about
        # a bill, speaking of no group of people at all.
        "LETTER: A rise that was hidden\n\n"
        "To Riverside Borough Council\n\n"
        "I have just opened my council tax bill for the coming year.\n\n"
        "Please could you explain why the table shows a small change for the adult social "
        "care part when the amount has in fact more than doubled since last year.\n\n"
        "The notes say the figure is worked out on a combined total, but that does not "
        "change what I will actually pay, and Riverside Borough Council should print it "
        "plainly.\n\n"
        "R Amadi\n\n"
        "Quay Street, Riverside",
        # A parent who tells over a few sentences what the centre means to their own son.
        "I am writing about the council's new charge for day centre sessions, which falls "
        "on people with learning disabilities who already pay for their own lunches and "
        "transport. Many parents were not told about it until last month. Carers were not "
        "asked either.\n\n"
        "One of my sons goes to a work placement at the library, where he sorts returned "
        "books. He is not paid for this but he is proud of it. Now the council wants to "
        "charge for that day too. Nobody explained why.\n\n"
        "I hope councillors will think again before families are asked to pay for "
        "something that helps people take part in the life of the town.",
        # Signed over three lines: the writer's name, their office and their association.
        "SIR - I write because your report on the closure of two homes left out what owners "
        "have said for "
        "years: the council pays less for a place than the care in it costs, and elderly "
        "residents and their families make up the difference.\n\n"
        "Fees paid for older people rose by less than wages this year, while the needs of "
        "residents and carers grew. Owners cannot go on like this.\n\n"
        "Some readers may not know that the local authority must meet the cost of care "
        "for people who cannot pay, and that families only pay top-ups because they want "
        "the best for their relatives.\n\n"
        "A. BRENNAN,\n\nSecretary,\n\nMarshfield Care Providers Group.",
        # Its writer's name and street printed above it, under the paper's headline, and
        # the council called "our council".
        "Ask before you sign\n\n\nFrom: Dana Whitlow\n\nOrchard Lane\n\n"
        "The plan to review the future of the two day centres has brought the same quick "
        "reply as ever, and a petition that asks nothing at all about what they cost.\n\n"
        "Before signing it, I would like some answers. What does each centre cost to run "
        "in a year? How many people use them, and what else is on offer in the town?\n\n"
        "I do not claim to know, but I would rather hear the case made calmly. Why do we "
        "assume that our council members are against the centres? They are doing their "
        "best with less money than before.",
    ],
)
def test_readers_letters_of_other_shapes_are_the_writers_own_say(text: str) -> None:
    """A reader's letter may run to two long paragraphs, stand under the headline a paper
    gives it and the line saying which council it is to, be about a bill rather than the
    people services are for, or tell of the writer's own child for a few sentences: still
    the writer's own words, not a note about someone."""
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT


@pytest.mark.parametrize(
    "text",
    [
        # No "I" at all, and no council spoken of as "the council": it cites the paper's
        # item with the day it ran, and speaks of the official it answers in two sentences.
        "WE read with interest that the district council plans to rethink its scheme to "
        "close the lunch clubs (The Valley Echo, March 4). Little in the new plan differs "
        "from the old one.\n\n"
        "Why is the acting manager of older people's services presenting the plan? She "
        "will have moved on by the spring, and she will take the blame for it.\n\n"
        "The figures given for the club in Low Street are wrong: about 40 people go there "
        "each week, not 15. In order to judge the plan, members need the true numbers.\n\n"
        "Where will those people go for a hot meal and company when the clubs shut?",
        # Under its headline, answering the council's own printed letter line by line and
        # speaking to its writers as "you".
        "Listen to the people you serve\n\n"
        "I am carer to an older relative who is visited by Social Services twice a day, so "
        "I feel able to answer some points in the letter 'Getting it right', Echo talk, "
        "June 12.\n\n"
        "“We plan every visit around the client.” You will only know what clients want by "
        "asking them or listening to their carers and your staff.\n\n"
        "“Visits are never moved without notice.” But you move them most weeks, and "
        "sometimes miss them altogether.\n\n"
        "“The new rota makes better use of our staff.” But clients pay for it, and your "
        "staff and their wishes are being ignored.",
        # Under the paper's headline, the date it was published and a greeting to the
        # editor; the editor's words set in square brackets.
        "Letter: Who is answering the phone?\n\n"
        "Date published: 3 February 2019\n\n"
        "Dear Editor,\n\n"
        "We signed up to the council's home care scheme in the autumn, and since then the "
        "carers have come late or not at all.\n\n"
        "Several times I rang the agency to make a complaint, and was told no manager was "
        "free to take [my call] and that someone would ring back.\n\n"
        "Nobody did, so now I write everything down and send it by email instead.",
        # Printed with its first word in capitals, as papers set a reader's letter, and
        # signed in capitals with the writer's town: no "I", no greeting, no item cited.
        "OUR towns are about to lose more of their care services than at any time since "
        "the war, and the cuts are not finished.\n\n"
        "The county council has asked the public which services it should stop paying for "
        "first, as if frail and vulnerable adults could be left to the kindness of "
        "neighbours and a few small charities.\n\n"
        "Those groups do what they can, but they come and go, and nobody can plan a life "
        "around them.\n\n"
        "MR J TREVELYAN Ledbury",
        # Opening on a reference line that names the report it answers and the day it ran,
        # the month shortened and no year, and signed with the writer's town and postcode
        # district: it speaks of the people services are for hardly at all.
        "Cuts hit the weakest\n\n"
        "RE: CARERS told to pay more for the day centre from April, says the county "
        "council (Mar 4).\n\n"
        "These are people who cannot speak up for themselves, and I have cared for my "
        "daughter for over thirty years.\n\n"
        "The county council says it will save money, but it has never asked families what "
        "the centre does for them.\n\n"
        "I dread the council's cuts and I will say so at the meeting.\n\n"
        "Ann Marsh, Dronfield S18.",
        # Under the paper's headline labelled with its column, about a care home's closure
        # that the writer names again and again, and the officer whose words it answers.
        "LETTER: Moving is hard on the very old\n\n"
        "About the planned closure of Brookfield Lodge care home.\n\n"
        "I have grown tired of reading the council officer's promise that he will find "
        "residents a wider choice of homes somewhere else.\n\n"
        "Does he not understand that a move is frightening for the elderly? They want to "
        "stay where the staff know them and where the rooms are familiar.\n\n"
        "My brother and I have spent a month ringing homes for a week of respite for our "
        "father, and not one of them could promise a room. Brookfield Lodge always could.\n\n"
        "I wish the staff of Brookfield Lodge well in whatever comes next.",
    ],
)
def test_letters_that_say_they_are_to_a_paper_are_the_writers_own_say(text: str) -> None:
    """A letter that says it is to a paper (it cites the paper's item with the day it ran,
    or greets the editor) comes from a member of the public however it argues: without
    "I", answering the council's printed words as "you", or under the paper's headline,
    date line and greeting."""
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT
    assert written_by_a_member_of_the_public(text)


@pytest.mark.parametrize(
    "text",
    [
        # A note whose paragraph opens with shorthand in capitals, under its dated heading.
        "Visit 14/03/26\n\n"
        "PT visit with the therapist to look at the stairs and the kitchen, which went "
        "well on the whole.\n\n"
        "Mrs Ogundipe said she is managing the stairs with one rail and would like a "
        "second one fitted on the other side.\n\n"
        "Mrs Ogundipe agreed that the therapist will order the rail and ring her next week.",
        # A record whose first line runs on from its author's initials in capitals.
        "BI meeting held on the ward today with the consultant, the nurse and the "
        "daughter.\n\n"
        "Mr Adeyemi said he wants to go back to his flat, and the team went through what "
        "help he would need there.\n\n"
        "Mr Adeyemi's daughter will look at the care agencies near him this week.",
    ],
)
def test_a_note_opening_in_capitals_is_not_printed_as_a_readers_letter(text: str) -> None:
    # A paper sets the first ordinary words of a reader's letter in capitals ("WE are
    # ..."); shorthand after a dated heading, or running into a note, is not that.
    assert not written_by_a_member_of_the_public(text)
    assert infer_kind(text) is not RecordKind.OWN_ACCOUNT


@pytest.mark.parametrize(
    ("opening", "to_a_paper"),
    [
        # The report a reader's letter answers and the day it ran, as the paper printed it.
        ("RE: CARERS told to pay more for the day centre from April (Mar 4).", True),
        ("Re the council's plan to close the lunch clubs next year (4 March).", True),
        # A service's reference line: the person or the case, with a whole date.
        ("Re: your care review with the team on Tuesday (12 March 2026).", False),
        # Under a greeting to a person: a service's letter, however its "Re:" line reads.
        ("Dear Mrs Pollard\n\nRe: the council's plan to close the lunch clubs (Mar 4).", False),
        # Too short to be the item's words.
        ("Re: your review (Mar 4).", False),
        # No day in brackets closing the line.
        ("Re: the council's plan to close the lunch clubs next year.", False),
    ],
)
def test_a_reference_line_on_the_item_a_letter_answers(opening: str, to_a_paper: bool) -> None:
    """A reader's letter may open on a reference line naming the report it answers and the
    day it ran, the month perhaps shortened and no year: that says it is to a paper. A
    service's "Re:" line with a whole date, or with no day at all, does not."""
    text = (
        f"Cuts hit the weakest\n\n{opening}\n\n"
        "These are people who cannot speak up for themselves, and I have cared for my "
        "daughter for over thirty years."
    )
    assert written_to_a_paper(text) is to_a_paper


def test_a_workers_note_that_cites_a_paper_is_still_a_note() -> None:
    # A cutting the person showed the worker does not make the note a letter to a paper:
    # the note still speaks of her, by name, sentence after sentence.
    text = (
        "Visited Mrs Hale at home. She showed me a cutting (Evening Post, March 3) about "
        "the day centre closing, and she is worried she will lose her place.\n\n"
        "Mrs Hale said she goes twice a week and it is the only time she sees friends. "
        "She cried when she spoke about it.\n\n"
        "I will ask the centre's manager what is planned and ring Mrs Hale on Friday."
    )
    assert infer_kind(text) is not RecordKind.OWN_ACCOUNT


@pytest.mark.parametrize(
    "text",
    [
        # A service's letter to a person speaks to them of their own care.
        "Dear Mrs Lowe\n\nI am writing to confirm that the council has agreed your request "
        "for a carer's assessment, which your social worker will arrange with you.\n\n"
        "The local authority will then work out whether you are eligible for support, and "
        "you will be sent a copy of your support plan within four weeks.\n\n"
        "If you have any questions please ring the team on 01632 960111 and ask for your "
        "worker.\n\nYours sincerely\nJo Brandt",
        # A worker's note about one man, which speaks of him sentence after sentence.
        "I visited today with the council's housing officer. He told us he wants to stay "
        "in his flat near his friends and the day centre he goes to.\n\n"
        "He said the stairs are getting harder and he has fallen twice this winter, once "
        "on the way back from the shops with his carers and other people from the centre.\n\n"
        "I will ask the local authority's occupational therapist to visit, and he agreed "
        "that his daughter can be there when the families of other residents meet.",
        # A worker's note of two long paragraphs about one woman under a title: she is
        # spoken of sentence after sentence, and the writer names no family of their own.
        "Home visit\n\n"
        "I visited with the council's housing officer to talk about the move. She told us "
        "she wants to stay near her friends and the day centre, where other people and "
        "their carers know her. She said the stairs are harder now.\n\n"
        "She has fallen twice this winter. I will ask the local authority to look at "
        "adaptations, and she agreed that families of other residents can be asked how "
        "the lift in the next block has worked for them and for their relatives.",
    ],
)
def test_a_services_letter_or_a_workers_note_is_no_letter_from_the_public(text: str) -> None:
    assert infer_kind(text) is not RecordKind.OWN_ACCOUNT


def test_a_saints_name_in_a_place_is_not_a_given_name() -> None:
    # "St Michael's" is a day centre's name wherever it stands, not a person named twice.
    text = (
        "My son has gone to St Michael's Day Centre for ten years, and the staff at St "
        "Michael's know him well."
    )
    assert not given_name_repeated(text)
    assert given_name_repeated(text.replace("St Michael's", "Michael"))


def test_a_homes_name_before_the_kind_of_home_is_not_a_given_name() -> None:
    # "Brookfield Lodge care home" names a place wherever "Brookfield" comes back; a
    # person named with their surname ("with Sam Bartlett") is still a person.
    text = (
        "The closure of Brookfield Lodge care home was announced today, and the staff of "
        "Brookfield Lodge were told at the same time as the residents."
    )
    assert not given_name_repeated(text)
    person = "I spoke with Sam Bartlett at home, and later told Sam Bartlett what we agreed."
    assert given_name_repeated(person)


def test_a_readers_letter_signed_with_the_town_it_names_is_still_a_readers_letter() -> None:
    # A paper prints the writer's name and town under the letter; the town the letter
    # itself speaks of once is a place, not a person named again and again.
    text = (
        "Keep the day centre open\n\n"
        "Re your report on the plans to close the day centre in Marbury this spring.\n\n"
        "I have watched older people and their carers go there for twenty years, and the "
        "staff know every one of them by name and by what they like to do.\n\n"
        "The council says people will be offered something else, but nobody has told the "
        "families what that is or how far they would have to travel for it.\n\n"
        "I urge every councillor to visit before they vote, and to listen to the people who "
        "use it.\n\n"
        "P Okafor\n\n"
        "Station Road, Marbury"
    )
    assert written_by_a_member_of_the_public(text)
    # The town its signature gives is the writer's own place, however often the letter
    # names it.
    town_twice = text.replace("the people who use it", "the people who use it in Marbury")
    assert written_by_a_member_of_the_public(town_twice)
    # A given name twice in the letter's own paragraphs is someone the letter is about.
    twice = text.replace(
        "to listen to the people who use it.",
        "to listen to Tamsin and the people who use it, as Tamsin asked.",
    )
    assert not written_by_a_member_of_the_public(twice)


@pytest.mark.parametrize(
    "text",
    [
        # A question set apart as a paragraph of its own, between longer ones, in an open
        # email to a director named on its first line; its writer speaks only as "we", for
        # a group, and signs with their office and the group's town.
        "Open email to Sam Reyes, Director of Adult Services\n\n"
        "At the consultation meeting on the day centres, held in Fenwick last month, several "
        "parish councillors said the invitation had reached them on the morning itself, and "
        "asked for a second meeting with proper notice.\n\n"
        "Could you please tell us whether that has been arranged?\n\n"
        "Families in the north of the district were also upset to be asked to travel to the "
        "Fenwick meeting, two bus journeys away, with nothing held nearer to them.\n\n"
        "Any one of us might need these centres one day, and once they leave the council's "
        "hands they will not come back, so the whole district should be heard.\n\n"
        "How will you include everyone north of Fenwick in a proper local consultation?\n\n"
        "Lee Carver\n\n"
        "Secretary, Fenwick and District Residents' Association",
        # A reader's letter with one short point set apart, signed with the writer's town.
        "I read with interest the letter from a care home owner on how little councils pay "
        "for a place (Weekly Courier, May 3), and I agree with every word of it.\n\n"
        "Seven years ago the county council closed four of its own homes, promising that "
        "better places would be bought elsewhere for the residents who had to move.\n\n"
        "Plainly, the oldest people in our county matter least to those who decide.\n\n"
        "I still thank the councillors who voted against the closures at the time, and I "
        "hope the new ones will remember what happened to the people who moved.\n\n"
        "A Marsh, Kirkby Low.",
    ],
)
def test_a_letter_may_set_a_short_sentence_apart_as_a_paragraph(text: str) -> None:
    """A reader's or an open letter may set one question or point apart as a paragraph of
    its own between its longer ones; it is still the writer's own say."""
    assert written_by_a_member_of_the_public(text)
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT


@pytest.mark.parametrize(
    "text",
    [
        # Under the paper's headline, with no greeting, signed with the writer's street.
        "Cuts that cost more\n\n"
        "The day centres run by the council are to close or be sold off, and with the "
        "equipment store put out to tender this is meant to save a few million pounds over "
        "the next two years.\n"
        "That money could have been found by paying fewer consultants and agency staff, "
        "and I for one would gladly have paid a little more council tax to keep the "
        "centres open for the people who rely on them and the families who look after "
        "them every day of the week. Now the savings cannot be made without the care of "
        "frail residents getting worse again, and the council should be ashamed even to "
        "think of it after the cuts of the last few years.\n"
        "Jan Okoro\n"
        "Willow Terrace",
        # No headline at all; the writer's own working life gives their view.
        "I was dismayed to read about the council's plan to stop delivering hot meals.\n\n"
        "Having worked in home care for most of my life, I know what a hot meal brought to "
        "the door means to someone who cannot cook for themselves any more.\n\n"
        "A frozen meal is no use to a person who cannot open the packet or work the oven, "
        "and nobody delivering it will stay long enough to notice that it was not eaten.\n\n"
        "What kind of town have we become if a pasty through the letterbox counts as care?"
        "\n\nMo Patel\n\nGreen Lane, Hallam",
    ],
)
def test_a_letter_signed_with_the_writers_street_is_the_writers_own_say(text: str) -> None:
    """A paper prints a reader's letter over the writer's name and street: signed so, a
    letter that speaks of the council from outside is the writer's own, even where it
    speaks little of the people services are for."""
    assert written_by_a_member_of_the_public(text)
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT


def test_a_letter_to_a_paper_may_name_the_writer_it_answers_again() -> None:
    # The writer of the letter it answers is named where it is cited and again later by a
    # first name: not a person the letter is about.
    text = (
        "SIR – I agree with the letter from Owain Pritchard about the day centres (Valley "
        "Gazette, May 9).\n\n"
        "He raised many of the worries I have about the county's plans to change what "
        "carers pay, now that the Government has cut its grant to the council.\n\n"
        "I went to the meeting Owain mentioned, and I was worried by how little anyone "
        "could say about what families would be asked to pay.\n\n"
        "The next meeting is on Tuesday at the library, so please make every effort to go "
        "before the consultation closes at the end of the month."
    )
    assert written_by_a_member_of_the_public(text)
    # A given name that comes back without being the writer it answers is still a person.
    other = text.replace(
        "I went to the meeting Owain mentioned, and I was worried",
        "I went to the meeting with Bryn, and Bryn was worried",
    )
    assert not written_by_a_member_of_the_public(other)


def test_a_letter_citing_the_headline_it_answers_without_quotation_marks() -> None:
    # The headline of the paper's item and the day it ran, in brackets without quotation
    # marks, say the letter is to the paper, which may argue without "I".
    text = (
        "Care that saves nothing\n\n"
        "It is odd that the test councils use to ration care for people in the greatest "
        "need is called fair (Councils turn away older people, March 14). These councils "
        "are doing nothing for the quality of life of their disabled and frail residents, "
        "and nothing to stop situations getting worse.\n\n"
        "Still, local authorities are right that they are short of money, since funding "
        "has not kept up with prices. The government wants choice, independence and "
        "early help, but will not accept that while people with urgent needs still need "
        "care, this will cost more, and the money saved elsewhere should pay for it. Much "
        "of what social care does saves the health service money in its hospitals, and "
        "some of that money is owed back.\n"
        "Ann Fairley\n"
        "Policy officer, Northern Carers Network"
    )
    assert written_by_a_member_of_the_public(text)
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT
    # A short aside in a bracket before a date is no headline.
    aside = text.replace("(Councils turn away older people, March 14)", "(seen, March 14)")
    assert not written_by_a_member_of_the_public(aside)


def test_a_letter_to_a_paper_closed_and_dated_under_its_signature() -> None:
    # "Yours faithfully," above the signature and the day it was written below it are
    # the letter's close and date, not lines of its signature.
    text = (
        "Letter: Fees and the family home\n\n"
        "Sir: I am tired of reading that homes like ours charge too much, and your report "
        "this morning on families selling their houses to pay for care is the last straw.\n\n"
        "We home owners pay more each year for staff, food and heating, and the fees the "
        "council pays for the residents it places with us have not kept up with any of it.\n\n"
        "It would be fair, just sometimes, to print what homes do well, and to visit a few "
        "of them before writing about all of them.\n\n"
        "Yours faithfully,\n\n"
        "Beech Lodge\n\n"
        "Residential Home\n\n"
        "12 March"
    )
    assert written_by_a_member_of_the_public(text)
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT
    # Neither a close nor a date: four short lines under the letter are too long a
    # signature.
    unclosed = text.replace("Yours faithfully,", "With the staff").replace("12 March", "Open daily")
    assert not written_by_a_member_of_the_public(unclosed)


def test_a_letter_citing_the_papers_page_and_the_week_it_ran() -> None:
    # The paper's page and the day its item ran, told from the letter's own day ("News,
    # last week"), say the letter is to the paper: a body's letter that says "we" and
    # never "I" is still its writers' own say.
    text = (
        "Care homes are leaving families in the dark\n\n"
        "Jo Marsh's article on rising care home bills (News, last week) mirrors what our "
        "members hear from families across the country every week of the year.\n\n"
        "Our members act for many older people who can no longer manage their own affairs, "
        "and most of them say their fees have gone up sharply with no reason given.\n\n"
        "We argue for them, of course, but moving a frail resident to another home is "
        "rarely fair on them, so the fees are paid whatever they are."
    )
    assert written_by_a_member_of_the_public(text)
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT
    # A bracket that names no page of a paper is no citation of one.
    uncited = text.replace("(News, last week)", "(seen last week)")
    assert not written_by_a_member_of_the_public(uncited)


@pytest.mark.parametrize(
    "text",
    [
        # A worker's note with short lines of its own: fields and fragments, not sentences
        # set apart, and a person named again and again.
        "Home visit to Mrs Ferris with the council's housing officer about the move to the "
        "ground floor flat.\n\n"
        "Outcome: agreed.\n\n"
        "Mrs Ferris said she wants to stay near her friends and the day centre, and that "
        "the stairs are getting harder for her every week.\n\n"
        "Next steps - OT referral.\n\n"
        "Mrs Ferris agreed that I will ring her daughter about the date of the move.",
        # A service's letter to a person, signed with its writer's name and team, and the
        # council's street, speaks to them of their own care.
        "Dear Mr Quinn\n\n"
        "I am writing to let you know that the council has reviewed your care and support "
        "plan, and that your visits will stay the same for now.\n\n"
        "Your social worker will contact you in the spring to see how the visits are "
        "going and whether you would like to change anything.\n\n"
        "If you have any questions about your plan, please ring your worker on the number "
        "above.\n\n"
        "Kim Hollis\n\n"
        "Market Street, Dunford",
    ],
)
def test_a_note_or_a_services_letter_of_these_shapes_is_no_letter_from_the_public(
    text: str,
) -> None:
    assert not written_by_a_member_of_the_public(text)
    assert infer_kind(text) is not RecordKind.OWN_ACCOUNT


# A daughter's blog post under its date line and title, with a note to the reader: told as
# "I" throughout, with one mention of her own family ("my dad").
_BLOG_UNDER_A_DATE = (
    "Tuesday, 3 March 2015\n\n"
    "Finding Dad a Home: Part 2\n\n"
    "[Note: prices quoted here are from 2015 and will have risen since; please check with "
    "each home.]\n\n"
    "When I started looking for a nursing home for my dad, I had a list of nine and a "
    "fortnight before the hospital wanted his bed back.\n\n"
    "I visited six of them in four days, and I found that the glossy brochures told me "
    "very little about what a wet Sunday afternoon would be like.\n\n"
    "Should I choose the one near his old house, where his friends could call, or the one "
    "ten minutes from me, where I could drop in after work? I went back and forth for a "
    "week."
)
# A person's account of using a direct payment, set out under pull quotes, with a sentence
# of their own on what a direct payment gives anyone.
ACCOUNT_WITH_PULL_QUOTES = (
    "“I choose who comes through my door”\n\n"
    "I would tell anyone who wants more say over their week to ask about a direct "
    "payment before they decide against it.\n\n"
    "It gives a disabled person the chance to run their own care package around the "
    "life they want to lead.\n\n"
    "“It took a month to find the right person”\n\n"
    "I was nervous about being an employer at first, and the paperwork looked like a lot "
    "for someone still at college, but I had nothing to lose by trying it.\n\n"
    "Now I have two assistants I chose myself, and my own bank account for the money, "
    "and I plan my week around my course rather than around a rota."
)


@pytest.mark.parametrize("text", [_BLOG_UNDER_A_DATE, ACCOUNT_WITH_PULL_QUOTES])
def test_an_account_in_the_writers_own_voice_throughout_is_their_own(text: str) -> None:
    """One mention of the writer's own family or life is enough where "I" carries every
    paragraph that tells of anyone, though a date line, a pull quote or a note to the
    reader stands among the paragraphs."""
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT


def test_jargon_is_left_alone_in_an_account_in_the_writers_voice_throughout() -> None:
    """Its paragraphs without "I" ("It gives a disabled person the chance to run their own
    care package") are the writer's too: no publisher speaks in it."""
    codes = [f.code for f in Linter().lint(ACCOUNT_WITH_PULL_QUOTES).findings]
    assert "RL201" not in codes


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A worker's note as "I": the worker's part about the man in a paragraph of its own.
        (
            "Home visit\n\n"
            "Present\n\n"
            "I visited this morning with my own notes from the last review, and I stayed for "
            "an hour while we went through the week together.\n\n"
            "I asked about the new carers and I wrote down what was said about the times "
            "of the calls and the help with meals.\n\n"
            "He is unsteady on his feet and has had two falls. He needs two carers for "
            "every transfer and he is at risk of further falls at night.",
            RecordKind.CASE_NOTE,
        ),
        # A profile in the person's voice set out under headings and lists: a plan.
        (
            "All about me\n\n"
            "I am 24 and I live with my brother in a flat near the park.\n"
            "Things I like: buses, football, music, chips\n"
            "Things I do not like: crowds, loud bangs\n"
            "How to help me\n"
            "- Tell me the plan\n"
            "- Give me time\n"
            "- Write it down\n"
            "Support\n"
            "Day service three days a week. Community access with a support worker on "
            "Saturdays, funded through the personal budget agreed at review.",
            RecordKind.ASSESSMENT,
        ),
    ],
)
def test_a_note_or_plan_with_the_persons_i_is_not_an_account_throughout(
    text: str, kind: RecordKind
) -> None:
    assert infer_kind(text) is not RecordKind.OWN_ACCOUNT


def test_a_text_about_no_one_whose_writer_says_i_in_passing_is_professional_prose() -> None:
    """Of some length, it speaks of no one as "he" or "she" and names no one: a post on
    how people leave hospital whose writer says "I" once or twice, not a note about
    someone spoken of as "they"."""
    text = (
        "Going home from hospital can worry families as much as the patient, and the "
        "longer the stay the bigger those worries tend to become for everyone involved.\n\n"
        "Planning for the move early, with the patient and their family, can ease many of "
        "them. People often fear that support will stop at the front door, but as I have "
        "seen, reablement teams can carry on the work of the ward at home.\n\n"
        "More and more hospitals and therapists agree that home is where recovery belongs, and "
        "that therapy can go on there rather than in a hospital bed. That can mean a mix "
        "of health and social care services working together, with equipment, "
        "adaptations and short visits from therapists and support workers over several "
        "weeks, until people can manage the things that matter to them again without "
        "help, or with as little as possible, in their own homes and among their own "
        "neighbours and friends.\n\n"
        "The questions families ask are much the same everywhere: who will come, how "
        "often, for how long, and what happens when the visits end. Clear answers given "
        "early, in plain words and in writing, spare a great deal of worry later on, and "
        "make it more likely that the move home will last."
    )
    assert infer_kind(text) is RecordKind.PROFESSIONAL
    note = (
        "I visited today and they said they were managing. " * 3
        + text.split("\n\n", 1)[1].replace("as I have seen, ", "")
        + " I will ring them next week and I will ask them about the carers, as I agreed."
    )
    assert infer_kind(note) is RecordKind.CASE_NOTE


# A carer's post to an online forum: a title, a greeting to no one by name, what has
# happened to their mother, and a question to whoever reads it.
FORUM_POST = (
    "Council say no to nursing home\n\n"
    "Hi,\n"
    "Quick summary - Mum, a self funder in a nursing home, savings nearly gone.\n"
    "Asked the council for a needs assessment.\n"
    "Heard this morning the request was refused. They think her needs can be met at home!\n"
    "Mum has dementia, is 91 and has not lived alone for ten years. She lived with me for "
    "six years before the home and needed prompting to eat and drink. She cannot stand "
    "without assistance and is up several times a night.\n"
    "If they go ahead I fear for her safety but I cannot take her back as I could not cope.\n"
    "The social worker is kind and said she will take it back to the panel but I do not "
    "know who else could give evidence. Because she was non compliant with carers when she "
    "lived with me there was no point in involving social services. My mother refused "
    "respite too. Has anybody been through something similar?"
)
# The same under a title that names a form, greeting everyone and asking anyone at the end.
FORUM_POST_UNDER_A_FORM_TITLE = (
    "Care Needs Assessment and Direct Payments\n\n"
    "Hello everyone\n\n"
    "I am at the end of my rope today. Last night I got home from work to find mum had "
    "put her shoes in the fridge. I tried to explain but she could not see why it "
    "mattered, she became tearful and I have been awake since three worrying.\n\n"
    "After months of asking we finally had a social care assessment last week. I think "
    "there will be some sort of care package but they only want to cover meals, and "
    "she needs someone to sit with her and make sure she eats.\n\n"
    "I asked about a direct payment so that I could use a local agency I trust, but I "
    "was told I could not because it is not on the council's list.\n\n"
    "Can anyone tell me what I can ask for and how a direct payment works?"
)


@pytest.mark.parametrize("text", [FORUM_POST, FORUM_POST_UNDER_A_FORM_TITLE])
def test_a_carers_post_to_a_forum_is_their_own_account(text: str) -> None:
    """A greeting to no one by name, a question to anyone who reads it and the writer's
    own parent ("Mum", "my mother"): a carer's own words, not a note about the mother or
    an assessment under its title."""
    assert posted_to_a_forum(text)
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT


def test_the_rules_leave_a_carers_forum_post_alone_but_its_spelling() -> None:
    """The carer's long sentences, their words for their mother, the council's decision
    and "care package" are theirs; a typing slip is still worth their attention."""
    report = Linter().lint(FORUM_POST_UNDER_A_FORM_TITLE.replace("worrying", "worying"))
    assert report.kind is RecordKind.OWN_ACCOUNT
    assert [f.code for f in report.findings] == ["RL401"]
    report = Linter().lint(FORUM_POST)
    assert not {"RL301", "RL304", "RL501", "RL701", "RL801", "RL201", "RL202"} & {
        f.code for f in report.findings
    }


@pytest.mark.parametrize(
    "text",
    [
        # A worker's message to the team, greeting everyone and asking anyone: it names the
        # person again and again by title.
        "Team update\n\nHi all,\n"
        "Mrs Okafor's daughter rang again about the care package. I explained the panel "
        "date. Mrs Okafor is refusing personal care and Mum (as the family call her) is "
        "tired. Can anyone cover a joint visit to Mrs Okafor on Friday?",
        # A case note in the first person about a young man's mother puts no question to
        # whoever reads it.
        "Home visit\n\nHi, I visited Daniel at home with his support worker. Mum was there "
        "and said he has been sleeping badly. I explained the respite offer and Mum agreed "
        "to think about it. I will ring next week.",
        # A worker's question to colleagues with no family of the writer's own in it.
        "Duty\n\nHi,\nI have a referral for a man discharged yesterday with no care in "
        "place. He lives alone and has fallen twice. Does anyone know if the reablement "
        "team has a slot this week?",
    ],
)
def test_a_workers_message_or_note_is_no_forum_post(text: str) -> None:
    assert not posted_to_a_forum(text)


def test_a_parent_named_as_only_their_child_names_them_is_counted() -> None:
    text = "I found mum had lipstick in her hair. Mum laughed. Her mum and Jan's dad came."
    assert parents_named_as_their_child_names_them(text) == 2


@pytest.mark.parametrize(
    ("title", "form"),
    [
        ("Case study: Mental Capacity Assessment for placement decisions", False),
        ("Practice example: Strengths-based approach in assessment", False),
        ("Reduced to tears: A social work review during lockdown", False),
        ("Support plan: Mr Winston Clarke", True),
        ("Annual review: Mr Dafydd Llewellyn", True),
        ("Mental capacity assessment: one decision", True),
    ],
)
def test_a_form_named_only_after_a_label_is_what_the_text_is_about(title: str, form: bool) -> None:
    """A title whose label before the colon names no form ("Case study:") says what the
    text is, and the form after it what the text is about; a form's own title names the
    form first."""
    assert is_form_title(title) is form


def test_a_case_study_under_a_label_is_not_read_as_an_assessment() -> None:
    """Teaching material about a made-up person, titled by its kind and then its subject,
    is not a form to fill in, so the rules for plans the person reads do not run on it."""
    study = (
        "Case study: Mental Capacity Assessment for placement decisions\n\n"
        "Eeyore is 68 and lives alone in a bungalow. He has a history of low mood and has "
        "had two falls this winter.\n\n"
        "His daughter worries that he is not eating, and the team has been asked whether "
        "he can decide where to live."
    )
    assert infer_kind(study) is not RecordKind.ASSESSMENT
    titled_as_a_form = study.replace("Case study: ", "")
    assert infer_kind(titled_as_a_form) is RecordKind.ASSESSMENT


# A post that closes on its request as a statement, over a sign-off and a first name.
FORUM_POST_CLOSING_ON_ITS_REQUEST = (
    "Council care home fees pending assessment\n\n"
    "Hi folks, this is my first post on this subject, apologies in advance if I have posted "
    "in the wrong area.\n\n"
    "My 94 yo mother lived independently in her own house for many years after my dad "
    "died, and she managed well with a little help from me.\n\n"
    "She was admitted after a fall about 6 weeks ago and is in a council run assessment "
    "facility. The assessment has been delayed and after six weeks the cost rises to "
    "about £900 a week, which will use up her savings very quickly.\n\n"
    "I would welcome any advice.\n\n"
    "Thanks\n"
    "Dave"
)


def test_a_forum_post_may_close_on_its_request_without_a_question_mark() -> None:
    """ "I would welcome any advice." over "Thanks" and the writer's name asks the forum's
    readers as surely as "Any advice?" does; mid-post, the same words need the question
    mark."""
    assert posted_to_a_forum(FORUM_POST_CLOSING_ON_ITS_REQUEST)
    assert infer_kind(FORUM_POST_CLOSING_ON_ITS_REQUEST) is RecordKind.OWN_ACCOUNT
    mid_post = FORUM_POST_CLOSING_ON_ITS_REQUEST.replace(
        "I would welcome any advice.\n\nThanks\nDave",
        "She has told the home she wants to stay there and the social worker has agreed "
        "to look at it again.\n\nHer room is on the ground floor and she likes the "
        "garden.\n\nThe home has a waiting list.",
    ).replace("My 94 yo mother", "I would welcome any advice. My 94 yo mother")
    assert not posted_to_a_forum(mid_post)


# A post that greets no one, asks its questions of no one by name and closes on its thanks.
FORUM_POST_CLOSING_ON_ITS_THANKS = (
    "Strength Review\n\n"
    "A couple of weeks ago the social worker told me that my brother, who I look after, "
    "should be getting more care. She escalated the case.\n\n"
    "I got a call today from another social worker who told me that if we take his "
    "package to panel we would be risking it getting cut.\n\n"
    "Can they cut his care? What is a strength based review?\n\n"
    "Thanks In advance"
)
# A thread: a post about a friend's mother, then replies, one greeting its writer by name.
FORUM_THREAD = (
    "Care home fees\n\n"
    "An old friend has been phoning me a lot lately as her Mum has had a bad fall. After "
    "several weeks in hospital they have said she needs full care now.\n\n"
    "I know I often complain about how much my Mum had to pay in care home fees, but we "
    "are so glad that we were able to choose the best home for her.\n\n"
    "Your Mum had great care, and that was money well spent.\n\n"
    "Hello, Penny. Let me make sure I have understood what happened to your friend's Mum."
)


@pytest.mark.parametrize("text", [FORUM_POST_CLOSING_ON_ITS_THANKS, FORUM_THREAD])
def test_a_forum_post_without_a_greeting_is_known_by_its_close_or_its_replies(
    text: str,
) -> None:
    """A post that greets no one is still put to the forum where it closes on thanks to
    whoever answers after its questions, or where a reply further down greets its writer
    by name; a case note does neither, and a letter that thanks its reader is addressed."""
    assert posted_to_a_forum(text)
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT


@pytest.mark.parametrize(
    "text",
    [
        # A carer's letter that thanks its reader in advance is addressed and signed.
        "Dear Ms Patel,\n\nMy brother's care was cut last week. Can you tell me why?\n\n"
        "Thanks in advance\n\nYours sincerely\nAnn Wright",
        # A worker's note about a young man's mother, with an email greeting on its first
        # line: no reply greets anyone further down.
        "Hi Jo,\n\nI visited Daniel today. Mum said he has not slept. Can we discuss at "
        "supervision?\n\nThanks in advance",
    ],
)
def test_thanks_in_advance_from_a_letter_or_an_email_is_no_forum_post(text: str) -> None:
    assert not posted_to_a_forum(text)


# A reader's letter printed with its first word in capitals, an outcry set apart as a
# paragraph of its own and the writer's name and street in capitals on one line.
LETTER_WITH_AN_OUTCRY = (
    "YOUR report on care fees on February 25 has a nice picture of me, but omits the main "
    "point of my speech to the county council cabinet the previous day.\n\n"
    "The figures laid down for a disabled person's savings are used in an unreasonable "
    "manner to calculate the person's ability to pay for care.\n\n"
    "Ridiculous!\n\n"
    "The council openly admits in its report that the individual can contribute from "
    "capital. Yes, indeed they will have to, unless they have a large income.\n\n"
    "As you reported, what I ask for is transparency. We need to know the likely cost.\n\n"
    "MICHAEL JONES Headley Way Oxford"
)
# A reader's letter that argues with a minister and a columnist by name, never "he".
LETTER_TO_PUBLIC_FIGURES = (
    "Letters: Denial over tax on elderly deserves contempt\n\n"
    "From: Neil Smith, Yarm.\n\n"
    "I COMPLETELY agree with Tom Richmond's criticism (\"Contempt where empathy is "
    "needed\", The Yorkshire Post, January 21) of Secretary Sajid Javid's denial over the "
    "care of the elderly. I emailed Mr Javid's office to appeal for exemptions.\n\n"
    "My parents pay £27 of their council tax bill toward adult social care when they "
    "already pay over £5,000 a month for their own care in a nursing home.\n\n"
    "My appeal to Mr Javid was that there must be a case for exceptions for those who "
    "already pay for their care. So far my appeal has fallen on deaf ears, as Mr Richmond "
    "says of Mr Javid's department."
)
# A petition's demand of a council in its signatories' own words.
PETITION = (
    "Stop the council taking away the rights of adults with learning disabilities.\n\n"
    "Lewisham Council are forcing adults with learning disabilities to accept changes to "
    "their care package without any consultation.\n\n"
    "This will affect working parents who may need to give up their jobs to make sure "
    "that their adult children are cared for.\n\n"
    "We are calling on Lewisham Council to keep their care packages to the current hours "
    "so that parents can remain in work.\n\n"
    "Suna Clements & Rebecca Jones"
)


@pytest.mark.parametrize("text", [LETTER_WITH_AN_OUTCRY, LETTER_TO_PUBLIC_FIGURES, PETITION])
def test_the_publics_letters_and_petitions_are_their_own_words(text: str) -> None:
    """A reader's letter with a one-word outcry set apart, one that argues with a minister
    named again and again, and a petition's call on a council: members of the public's
    own say on services, not records to correct."""
    assert written_by_a_member_of_the_public(text)
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT


def test_a_petitions_rules_leave_its_words_alone() -> None:
    report = Linter().lint(PETITION)
    assert report.kind is RecordKind.OWN_ACCOUNT
    assert not {"RL201", "RL301", "RL501"} & {f.code for f in report.findings}


@pytest.mark.parametrize(
    "text",
    [
        # A service's letter naming its person again and again, with "he".
        "We are calling on the council to review Mr Okafor's care package. Mr Okafor is "
        "struggling and he has fallen twice.\n\nHe lives alone and his daughter visits "
        "weekly.\n\nMr Okafor wants to stay at home.",
        # A note that names the person and no public body after the call.
        "We call on his family to help.\n\nSam said he would think about it.\n\n"
        "Sam is tired and he wants a rest.",
    ],
)
def test_a_record_that_calls_on_someone_is_no_petition(text: str) -> None:
    assert not written_by_a_member_of_the_public(text)


def test_a_judgment_under_its_heading_is_professional_prose() -> None:
    """A court's judgment (its heading's hearing dates, its numbered paragraphs set on
    lines of their own) is a decision, not a record about the person it concerns."""
    text = (
        "KK v STCC\n\nCase No: COP 12041541\n\nDate: 26/07/2012\n\n"
        "Hearing dates: 17th and 18th May 2012\n\nJudgment\n\n"
        "1.\n\nIn these proceedings, the court is concerned with an 82-year old woman, whom "
        "I shall refer to as “KK”, who is currently living in a nursing home. All the "
        "evidence suggests that she is being looked after very well by the local "
        "authority.\n\n"
        "2.\n\nThis judgment addresses two preliminary issues, first whether KK has "
        "capacity to make decisions about her residence and care.\n\n"
        "3.\n\nKK was born in 1929 and is therefore now aged 82."
    )
    assert infer_kind(text) is RecordKind.PROFESSIONAL


def test_a_note_under_a_header_of_labels_and_dates_is_no_own_account() -> None:
    """A worker's note opening on its record's header ("Contact: <date> ... Entered on:
    <date> - late, I needed ...") is a note, however its first line runs on and whatever
    "my" it says once ("my memory of it"); the same words under a title are a story."""
    note = (
        "Contact: 25-Feb-2026 (home visit)   Entered on: 04-Mar-2026 - late, I needed the "
        "interpreter's written notes because he and his mother gave different accounts and "
        "I wanted to record what she said, not my memory of it.\n\n"
        "Visit with the interpreter to review the package of care. Her son met us at the "
        "door and said his mother does not want the carers any more. She told us through "
        "the interpreter that she does want help but not from a man. He went into the "
        "kitchen while she spoke. She said her hip hurts all the time and she is tired."
    )
    assert infer_kind(note) is RecordKind.CASE_NOTE


def test_a_letter_to_a_doctor_about_their_patient_is_a_letter() -> None:
    """ "Dear Dr Okoro ... Re: Mr Dennis Hale": a letter kept on the person's record, where
    what it says of them is read as any record's is; a circular to staff is not."""
    text = (NOT_RECORDS / "letter-to-a-doctor.txt").read_text(encoding="utf-8")
    assert infer_kind(text) is RecordKind.LETTER
    assert infer_kind(_CIRCULAR_TO_STAFF) is RecordKind.PROFESSIONAL


_WRITTEN_QUESTION = (
    "Question to the Department of Health and Social Care:\n"
    "To ask the Secretary of State for Health and Social Care, what estimate he has made of "
    "the number of people in England who have unmet care needs; and what steps his "
    "Department is taking to help those needs be met.\n"
    "Local authorities are responsible for assessing people's care and support needs and, "
    "where they are eligible, for meeting those needs through the services they arrange.\n"
    "We recognise that there are challenges in adult social care, with people needing to "
    "fight a complicated system or go without the care they need in their own homes.\n"
    "If the regulator finds that a local authority is failing its duties, my Rt Hon. Friend, "
    "the Secretary of State for Health and Social Care, has powers to intervene in it."
)


def test_a_written_question_and_its_answer_is_professional_prose() -> None:
    """A member's written question and the minister's answer: the answer speaks as "we"
    for the department and says "my" only in the formula "my Rt Hon. Friend", never "I";
    it is no member of the public's letter, whose writer says "I", and its acronyms are
    checked as any report's are."""
    assert not written_by_a_member_of_the_public(_WRITTEN_QUESTION)
    assert infer_kind(_WRITTEN_QUESTION) is RecordKind.PROFESSIONAL


def test_a_public_letter_still_needs_its_writer_to_say_i() -> None:
    """The same letter from a member of the public, where the writer says "I" of
    themselves, is still their own say on services."""
    text = (
        "Dear Councillor Smith,\n\n"
        "I am writing about the council's plan to close the day centres that people with a "
        "learning disability use every week, and what it will mean for their carers.\n\n"
        "I have seen how much the centres matter to people and their families, and how the "
        "council has not said where people will go once the doors have closed.\n\n"
        "I ask the council to think again before it decides, and to talk to the people and "
        "the carers who use the centres now.\n\n"
        "A Reader"
    )
    assert written_by_a_member_of_the_public(text)


def test_a_letter_to_a_paper_may_tell_of_the_writers_mother_at_length() -> None:
    """A reader's letter that cites the paper's item and the day it ran, and tells of the
    writer's own mum for most of its sentences ("my mum worked all her life ... she was
    forced to pay"), is still the writer's own say, not a note about her."""
    text = (
        "JOHN as much as I agree with your comments (Warrington Guardian, December 29) you "
        "are just pushing water uphill.\n\n"
        "I have carried on working beyond retirement age, as my mum worked all her life "
        "caring for other people in the town.\n\n"
        "Later on she became a nurse working day and night shifts on the wards of the "
        "hospital in the town centre.\n\n"
        "Then mum began to have dementia and needed care for herself, and she went into a "
        "care home after a while.\n\n"
        "She had worked all her life but now she was made to pay for her own care from "
        "her savings and her house.\n\n"
        "A READER Stockton Heath"
    )
    assert written_by_a_member_of_the_public(text)
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT


def test_a_parents_blog_about_our_son_is_their_own_account() -> None:
    """Parents who write together speak of "our son" ("our sons care package", its
    apostrophe lost): the writer's own family, never a team's, so a carer's blog post
    under its title is their own account, not professional prose, however often it
    names the commissioners and the review."""
    text = (
        "Living in limbo\n\n"
        "I keep wanting to post about progress on the review of our sons care package, but "
        "there is not much progress. We didn't ask for this review, but it is the biggest "
        "thing affecting his future care and it has been dragging on for almost a year.\n\n"
        "In normal circumstances we would sort things out with the commissioners, but "
        "because it's under review we can't. We carry the extra load for now, and I have "
        "to start holding the commissioners to account because no one else will."
    )
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT


def test_a_care_homes_our_residents_is_no_family_of_the_writers() -> None:
    """Only the words for kin follow "our" as the writer's own family: a home's "our
    residents" and "our home" are its service, not its family."""
    from recordlint.kinds.cues import own_life_pattern

    assert own_life_pattern().search("the review of our sons care package")
    assert own_life_pattern().search("Our daughter's carer came today")
    assert not own_life_pattern().search("our residents enjoyed our home's garden")


def test_a_tribunal_summary_is_professional_prose() -> None:
    """A summary of an employment tribunal's judgment names the parties by their part in
    the claim ("the claimant", "the respondent"): a report of proceedings, not a note
    about the resident it mentions."""
    text = (
        "Claimant v A Care Home Ltd\n"
        "The tribunal found the dismissal was unfair because the claimant was not told of the "
        "charges against her. The belief held by the respondent was unreasonable.\n"
        "The claimant was open about her actions and the respondent was not entitled to "
        "dismiss without notice. The holiday pay claim was resolved before the hearing.\n"
        "Facts\n"
        "The claimant, a senior care assistant, was dismissed after an incident where a "
        "resident fell from bed. She left the resident briefly to seek help."
    )
    assert infer_kind(text) is RecordKind.PROFESSIONAL


def test_a_newsletter_reports_news_and_a_letter_does_not() -> None:
    """A newsletter or news post, with no salutation or sign-off and no "you", tells of a
    time reckoned from its publication ("last month", "recently"); a letter to someone,
    or a page that speaks to its reader, does not."""
    from recordlint.kinds import reports_news

    news = (
        "February Newsletter\n\nEach day staff create special moments for our Residents. "
        "Last month we had a few joyful moments, and tea was enjoyed this month."
    )
    assert reports_news(news)
    assert not reports_news(
        "Dear Mrs Khan,\n\nLast month we reviewed your care.\n\nYours sincerely,\nSam"
    )
    assert not reports_news("Paying for care\n\nRecently the rules changed. You may have to pay.")
    assert not reports_news("Shared Lives carers support a person in their own family home.")


# A blogger's own say on what the council's ruling party has cut, and one on the two
# parties' record, telling of a local resident's mother as an example. Invented.
BLOG_ON_LOCAL_CUTS = (
    "After last week's budget meeting it was plain that the Conservative councillors had "
    "little idea what the day centre closures would mean as they voted the cuts through.\n"
    "I was told yesterday that the scrutiny panel will not look at the closures in public "
    "after all. I have asked why, and I am still waiting for an answer from the chair.\n"
    "What worries me most is that the ruling Tory group built its whole budget on savings "
    "it cannot explain. I doubt many of them have visited a day centre this year."
)
BLOG_ON_BOTH_PARTIES = (
    "Whose side are they on?\n\n"
    "What is the difference between a Labour council and a Conservative one? Both talk about "
    "protecting services, but people who use day services are less likely to vote.\n"
    "I was contacted by a resident whose mother, who has dementia, had left hospital without "
    "a care plan. She was sent home alone and I had to ring the council three times before "
    "anyone visited her.\n"
    "I know of another resident who has been told his support will be cut after a review. "
    "This could mean three days a week at home doing nothing, and he dreads it."
)


@pytest.mark.parametrize("text", [BLOG_ON_LOCAL_CUTS, BLOG_ON_BOTH_PARTIES])
def test_a_writers_say_on_public_affairs_is_their_own_account(text: str) -> None:
    """ "I" in the post's paragraphs, arguing about parties, councillors and votes, and no
    one named again and again: the writer's own say on public affairs, not a note."""
    from recordlint.kinds.public_affairs import writes_on_public_affairs

    assert writes_on_public_affairs(text)
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT
    report = Linter().lint(text)
    assert not {"RL301", "RL501", "RL601", "RL801"} & {f.code for f in report.findings}


@pytest.mark.parametrize(
    "text",
    [
        # A worker's note in the first person about one man, named again and again, who
        # mentions the council's budget and a councillor's letter.
        "I visited Mr Grant at home after his councillor wrote to the Conservative group "
        "about the cuts to his day centre.\nMr Grant told me he has not been out for a week "
        "and I agreed to ask the day centre about a place on Tuesdays.\nI rang Labour's "
        "ward office as Mr Grant asked, and they will vote on the closure next month.",
        # A party's statement about the other parties speaks of its spokeswoman, not as "I".
        "Conservatives condemn care cuts\n\nThe Conservative group has hit out at the Labour "
        "and Liberal Democrat administration over cuts to adult social care that councillors "
        "voted for last night.\nThe group's spokeswoman said the cuts would fall on the "
        "people least able to bear them, and called on the administration to think again.",
        # A council leader's column on the council's own budget argues about no party.
        "Earlier this week I met a resident in the supermarket who wanted to thank the "
        "council for the support it gives his wife.\nI mention this because figures rarely "
        "tell a human story, and I would rather not have to make savings anywhere.",
    ],
)
def test_a_note_a_statement_or_a_leaders_column_is_no_say_on_public_affairs(text: str) -> None:
    from recordlint.kinds.public_affairs import writes_on_public_affairs

    assert not writes_on_public_affairs(text)


# An agency's account of one worker's day for would-be recruits, told of him in the third
# person under a diary's title, with times for headings. Invented.
AGENCY_DAY_IN_THE_LIFE = (
    "A Day in the Life of a Homecare Assistant\n\n"
    "We spoke to Amir, our Leeds branch manager, about what his day was like while he "
    "provided care at home to his clients across the city.\n\n"
    "7am\n\n"
    "Amir arrives at his first client's house, where he helps the client wash and dress and "
    "then makes breakfast before he moves on to his next client.\n\n"
    "11:30am\n\n"
    "Lunchtime visits begin, and Amir helps people prepare their meals. A client has asked "
    "for some company over lunch, so Amir will sit with them and have a chat."
)


def test_a_working_day_told_by_its_publisher_is_professional_prose() -> None:
    """A diary's title over a day told of its worker in the third person: not a note about
    the worker or the people visited, so no voice is asked of it and "the client" asks for
    no name; the worker who tells their own day says "I"."""
    from recordlint.kinds.published_accounts import told_of_a_working_day

    assert told_of_a_working_day(
        AGENCY_DAY_IN_THE_LIFE, "A Day in the Life of a Homecare Assistant"
    )
    assert infer_kind(AGENCY_DAY_IN_THE_LIFE) is RecordKind.PROFESSIONAL
    codes = {f.code for f in Linter().lint(AGENCY_DAY_IN_THE_LIFE).findings}
    assert not {"RL801", "RL202"} & codes
    own_day = AGENCY_DAY_IN_THE_LIFE.replace("Amir arrives", "I arrive").replace(
        "We spoke to Amir", "I am Amir"
    )
    assert not told_of_a_working_day(own_day, "A Day in the Life of a Homecare Assistant")
    assert not told_of_a_working_day("Home visit\n\nAmir helped Mr Cole wash.", "Home visit")


# A mother's post on her own blog about the form she was sent, under a title that names the
# form, with her son called by his nickname and no "my son" in it. Invented.
BLOG_ON_A_FORM = (
    "Carer Assessment\n\n"
    "The carer assessment form finally arrived this week. Regular blog readers will know I "
    "have been waiting for it since the spring, and I was not sure I had ever had one.\n\n"
    "It turns out to be two sides of paper with a few prompts and no guidance at all. I "
    "read it twice and I still could not tell what it was for, or who would read it.\n\n"
    "TJ is 16 now, so I have been caring for a long time, and I would give it a fail."
)
# A parent carer's post that names itself as her Facebook post, telling of her son by his
# nickname again and again and of the family as "we". Invented.
POST_ON_FACEBOOK = (
    "Carers Week\n\n"
    "I don't often join in with awareness weeks, but this came up in my memories today and "
    "it still fits.\n\n"
    "This Facebook post was a thank you to the team that helped us claim benefits for "
    "Bobcat. We now have both awards and it makes life easier, and I am grateful to "
    "Bobcat's social worker and the two ladies from the benefits team who filled in his "
    "forms with me."
)


@pytest.mark.parametrize("text", [BLOG_ON_A_FORM, POST_ON_FACEBOOK])
def test_a_post_that_names_itself_its_writers_blog_is_their_own_account(text: str) -> None:
    """A text that speaks to its "blog readers" or calls itself "this Facebook post", in
    its writer's "I", is their own post, under a title that names a form too; no long
    sentence or shorthand of theirs is corrected."""
    from recordlint.kinds.blog_posts import posted_as_its_writers_own

    assert posted_as_its_writers_own(text)
    assert infer_kind(text) is RecordKind.OWN_ACCOUNT


@pytest.mark.parametrize(
    "text",
    [
        # A provider's page that speaks as "we" of "this post".
        "Care needs assessments\n\nIn this blog post, we explain what a care needs "
        "assessment is and how we can help you prepare for one. We support families across "
        "the county and we will answer any questions you have.",
        # A worker's note about a Facebook post someone else made.
        "Home visit\n\nMr Cole showed me a Facebook post his neighbour had written about "
        "him. Mr Cole was upset and Mr Cole asked me to speak to the neighbour.",
        # A social worker's blog on their practice: their "I" is at work.
        "Reablement\n\nRegular blog readers will know I manage a reablement team. My "
        "caseload this week held three people home from hospital, and I visited each.",
    ],
)
def test_a_page_a_note_or_a_practitioners_blog_is_no_writers_own_post(text: str) -> None:
    from recordlint.kinds.blog_posts import posted_as_its_writers_own

    assert not posted_as_its_writers_own(text)


def test_a_carers_account_naming_her_parent_as_her_child_is_her_own() -> None:
    """A carer who names her mother "Mum" again and again, never "my mum", and speaks of
    herself more than of anyone as "he" or "she", tells her own story; a worker's note that
    calls a parent "Mum" speaks of the family in the third person, and stays a note."""
    carer = (
        "When Mum first got her diagnosis, we went to look round a care home together. "
        "I think we both knew it might come to that one day.\n\n"
        "I kept mum at home for as long as I could, and I visit her every week. "
        "I still feel I let her down."
    )
    assert infer_kind(carer) is RecordKind.OWN_ACCOUNT
    note = (
        "Home visit. Mum said he had been unsettled since Monday and she was not sleeping. "
        "He said he wants to stay at home. Mum is worried he will fall again. "
        "She told me he has stopped going to the day centre. I will ring on Friday."
    )
    assert infer_kind(note) is RecordKind.CASE_NOTE
