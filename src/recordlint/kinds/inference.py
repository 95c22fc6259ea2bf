"""The kind of a record, inferred from its text when the caller does not say.

The tests run in order, the first that holds deciding: a blank form, the person's own
writing, an email, a letter from a member of the public about services, a writer's own say
on public affairs in a post of their own, a post to an online forum about the writer's own
family, a post that names itself its writer's own blog or page, a letter (or one between
professionals), professional prose, an own account told with its dialogue, an assessment by
its title or fields, the person's own account, a published account of work, a working day
told by its publisher under a diary's title, a page that speaks to its reader, a
publisher's story under a headline, a text about no one; anything else is a case note. A
first-person account whose writer is at work is then a practitioner's account of their
work, not the person's own; one told in the writer's words alone, with no diary's title and
no family of their own in it, is known before professional prose, its "I" at work and
telling of no one person. The person's own account is known by one mention of their own
family or life where their voice carries the whole text, whatever date line, pull quotes or
headings it stands under; a text about no one whose writer says "I" only in passing is
professional prose.
"""

from __future__ import annotations

from recordlint.findings import RecordKind
from recordlint.kinds.correspondence import (
    EMAIL_GREETING,
    EMAIL_HEADER,
    SALUTATION,
    SIGN_OFF,
    between_professionals,
)
from recordlint.kinds.cues import first_line, only_paragraphs_after_title
from recordlint.kinds.forms import FORM_FIELD, is_blank_form, is_form_title
from recordlint.kinds.own_accounts import (
    STORY_TITLE,
    tells_of_own_work,
    told_by_a_practitioner,
    written_for_oneself,
)
from recordlint.kinds.people import (
    MIN_FIRST_PERSON_SHARE,
    about_no_one,
    addressed_to_no_one,
    first_person,
    given_name_repeated,
    without_quotations,
)
from recordlint.kinds.professional import (
    is_professional_prose,
    is_reflective_writing,
    speaks_to_its_reader,
)
from recordlint.kinds.published_accounts import (
    is_published_account_of_work,
    is_quoted_own_account,
    told_of_a_working_day,
    told_under_a_headline,
    told_with_its_dialogue,
)
from recordlint.kinds.reading import TextReading


def infer_kind(text: str, reading: TextReading | None = None) -> RecordKind:
    """Blank form by its empty fields, email by its headers, letter by salutation or
    sign-off, professional prose by its stock phrases, assessment by its title, the
    person's own account by its first person, a practitioner's account of their work by
    whose "I" it is; anything else is a case note. ``reading``, the same text's, keeps
    what the tests find of the whole text for the rules to read (the engine passes the
    record's own)."""
    kind = _infer_kind(text, reading if reading is not None else TextReading(text))
    if kind is RecordKind.OWN_ACCOUNT and told_by_a_practitioner(text):
        # The same first person, but the writer's working life rather than their own: a
        # social worker's published diary, not the person's story.
        return RecordKind.PRACTICE_ACCOUNT
    return kind


def _infer_kind(text: str, reading: TextReading) -> RecordKind:
    head = text[:2000]
    if is_blank_form(text):
        return RecordKind.TEMPLATE
    if written_for_oneself(text):
        # Before the letter's and the email's shapes: a carer's own letter to a regulator,
        # posted with its "Date:" and "To:" lines, is still the carer's own words.
        return RecordKind.OWN_ACCOUNT
    if len(EMAIL_HEADER.findall(head)) >= 2:
        return RecordKind.EMAIL
    if reading.by_a_member_of_the_public:
        # Before the letter's shape: an open letter to a council's leader ("Dear Cllr ...")
        # is its writer's own say on services, not the council's letter to a person; nor
        # is a reader's letter to a paper a note about someone.
        return RecordKind.OWN_ACCOUNT
    if reading.on_public_affairs:
        # Before the letter's shape: a blogger's post on what the council's ruling party
        # has cut is their own say, whatever its shape.
        return RecordKind.OWN_ACCOUNT
    if reading.posted_to_a_forum:
        # Before the email's greeting and the form's title: a carer's post that opens
        # "Hi," under a title naming what it asks about ("Social Care Assessment and
        # Personal budgets") is their own words about their family, put to the forum.
        return RecordKind.OWN_ACCOUNT
    if reading.posted_as_its_writers_own:
        # Before the letter's shape and the form's title: a mother's post headed "Carer
        # Assessment" that speaks to its "blog readers" is her own say on the form.
        return RecordKind.OWN_ACCOUNT
    first = first_line(text)
    if SALUTATION.search(head) or SIGN_OFF.search(text[-1500:]):
        if EMAIL_GREETING.match(first):
            return RecordKind.EMAIL
        if between_professionals(head):
            return RecordKind.PROFESSIONAL
        return RecordKind.LETTER
    if EMAIL_GREETING.match(first):
        return RecordKind.EMAIL
    # Before professional prose: a social worker's post on what their job is speaks of
    # "social workers" and teams as guidance does, but as "I", of their own work. Writing
    # for a course about one's placement (reflective writing) stays professional prose.
    if tells_of_own_work(text) and not is_reflective_writing(text):
        return RecordKind.PRACTICE_ACCOUNT
    if is_professional_prose(text, reading) or is_reflective_writing(text):
        return RecordKind.PROFESSIONAL
    # Before the form's title: a post headed with what it tells of ("The carer's assessment")
    # may set out the conversation with the social worker line by line.
    if told_with_its_dialogue(text):
        return RecordKind.OWN_ACCOUNT
    # Someone's own story may be headed with what it is about ("Carer's assessment"); a plan
    # or form under such a title has headings and fields, a story only paragraphs.
    if is_form_title(first) and only_paragraphs_after_title(text) and reading.own_account:
        return RecordKind.OWN_ACCOUNT
    if is_form_title(first) or len(FORM_FIELD.findall(head)) >= 2:
        if about_no_one(text) and addressed_to_no_one(text):
            # "Non-discretionary funding communications review": a service's review of its
            # own work, which speaks of no one as "he", "she", "I" or "you" and names no
            # one, not an assessment or a review of a person's care.
            return RecordKind.PROFESSIONAL
        return RecordKind.ASSESSMENT
    if reading.own_account or STORY_TITLE.match(first) or is_quoted_own_account(text):
        return RecordKind.OWN_ACCOUNT
    if is_published_account_of_work(text, first):
        return RecordKind.OWN_ACCOUNT
    if told_of_a_working_day(text, first):
        # "A Day in the Life of a Homecare Assistant" told of the worker by the agency:
        # written for would-be recruits about the job, not a note about the people visited.
        return RecordKind.PROFESSIONAL
    if speaks_to_its_reader(text):
        return RecordKind.PROFESSIONAL
    if told_under_a_headline(text):
        # A publisher's story about someone, not a record of work with them: written for
        # readers who never met the person, about services as much as about them.
        return RecordKind.PROFESSIONAL
    if about_no_one(text):
        # Not a note about a person: the writer's own account of what they and theirs
        # went through ("None of us knew ... our loved ones"), or a policy's or a page's
        # general statements about "the person" and "people", whose writer may say "I"
        # in passing ("as I discover, when talking to physiotherapists ..."). A worker's
        # note about someone spoken of as "they" is neither: its writer tells of what they
        # did as "I" again and again, or it names the person again and again ("Sam told
        # me they want to stay").
        unquoted = without_quotations(text)
        writer = first_person(unquoted)
        if writer.plural > writer.singular and writer.share >= MIN_FIRST_PERSON_SHARE:
            return RecordKind.OWN_ACCOUNT
        in_passing = writer.singular < MIN_FIRST_PERSON_SHARE * writer.words
        if in_passing and not given_name_repeated(unquoted):
            return RecordKind.PROFESSIONAL
    return RecordKind.CASE_NOTE
