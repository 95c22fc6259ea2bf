"""Infer the kind of record when the caller does not say.

The signals are the ones a reader uses at a glance: an email has From/To/Subject headers
(or opens "Hi Jo,"), a letter has a salutation and a sign-off, an assessment, review or
support plan opens with a title naming the form or with the form's labelled fields. Anything
else is a case note, which is also the safest default: the case-note rules are the general ones.

Some texts people check are not records at all, and the rules that only make sense on a
record (the person's voice, reasons for decisions, timeliness) must not run on them: a
blank form is mostly labels with nothing after them; professional prose (guidance, reports,
minutes, an ombudsman's decision) talks about services and people in general, in its stock
phrases, and names no one person again and again; guidance and public information pages
speak to their reader as "you" throughout with no salutation; the person's own account is
written in the first person about their own life ("my flat", "my son"), or quoted at length
in paragraphs of its own where a publisher introduces a carer or relative, or told as "I"
around a conversation set out line by line (the call from the council); a student's or
practitioner's reflective writing about their own learning ("In this essay I will reflect
on my placement", with references to the literature) is professional prose, even though it
tells of work with one person in the first person; and a professional's published account
of their working days, under a title that calls it a diary ("Social work diary: ..."
included) or an introduction that speaks of the writer before they speak ("Neil spent the
day visiting carers ... Read about his day"), told as "I" of people it does not name, is
the writer's own account, not a record. So is a letter a member of the public writes in
their own name about services, to a newspaper or as an open letter to a council's leader:
its writer says "I", speaks of the council as another party and of the people services are
for in general, and names no one person, in paragraphs under at most a salutation and over
at most a signature; a letter that says it is to a paper (greeting its editor, citing the
paper's item it answers with the day it ran, or printed in a paper's house style, under a
"LETTER:" label or with its first words in capitals) or calls itself an open letter is one
however it argues, and one signed with its writer's street under their name, as papers
print their readers' letters, need not speak of people in general. So is a writer's own say
on public affairs in a blog post or a column of their own, with no letter's shape: "I" in
its paragraphs, arguing about parties, councillors and votes ("the ruling Tory group",
"less likely to vote"), naming no one again and again. A working day its publisher tells of
its worker under a diary's title ("A Day in the Life of a Homecare Assistant"), with no "I",
is professional prose, not a note about the worker or the people visited. A title that
is itself a question ("Is a self assessment the right choice for me?") heads a page or a
post, never a form. A first-person account whose "I" is at work (the writer's own caseload,
team, desk and visits, the people they serve named by their role as clients or service
users) more than it tells of a family and home of its own is a practitioner's account of
their work rather than the person's own: its readers still need its abbreviations written
out and its people spoken of with respect, but its sentences and its writer's views are the
writer's, and no record-only rule runs on it. Such an account needs no diary's title and no
family of its own in it: a week set out by its days alone ("Monday: I have just arrived back
at my office ...") or a post on what the writer's job is ("I work in a community mental
health team"), whose "I" says where it works and speaks of its office, colleagues and
clients, names no one again and again and speaks of no one as "he" or "she" as often as it
says "I", is one too, before its talk of "social workers" and teams is read as professional
prose; a student's reflective writing stays professional prose. Someone's own account need not
stand in paragraphs alone to be known by a single mention of their own family or life:
under a date line, pull quotes, a heading or a publisher's line of introduction, as blogs,
magazines and councils' pages print it, it is theirs where their voice carries it from end
to end ("I" in most of its paragraphs and in every one that speaks of someone as "he" or
"she", no working life of the writer's own, no one named again and again, its words in
prose rather than a profile's headings and lists). And a text of some length that speaks
of no one as "he" or "she" and names no one, whose writer says "I" only in passing ("as I
discover, when talking to physiotherapists"), is professional prose, not a note about
someone spoken of as "they".

The package reads in layers, each module using only those before it:

- ``cues``: the lexicon's cues of each kind of text, a text's first line and whether its
  lines are running paragraphs.
- ``people``: who a text speaks of and who speaks in it, outside its quotations.
- ``forms``: a form's title and fields, and a form left blank.
- ``correspondence``: emails and letters, and letters between professionals.
- ``own_accounts``: the person's own account, a practitioner's account of their work, and
  a paragraph in the first person.
- ``letters_to_papers``: a letter written to a newspaper, read by how papers print their
  readers' letters.
- ``public_letters``: a letter a member of the public writes about services.
- ``public_affairs``: a writer's own say on public affairs in a post of their own, arguing
  about parties, councillors and votes as "I".
- ``forum_posts``: a post to an online forum about the writer's own family, put to its
  readers.
- ``blog_posts``: a post on its writer's own blog or page, which names itself as such to
  its readers.
- ``published_accounts``: accounts a publisher frames in their writer's words (quoted at
  length, told around a dialogue, a diary of working days), and a working day its
  publisher tells of its worker under a diary's title.
- ``professional``: professional prose, reflective writing and pages that speak to their
  reader.
- ``reading``: :class:`TextReading`, what the tests find of one record's whole text, each
  worked out once, for inference and the rules' record steps to share.
- ``inference``: :func:`infer_kind`, which asks the others in order.
"""

from __future__ import annotations

from recordlint.kinds.cues import MIN_PARAGRAPH_WORDS
from recordlint.kinds.forms import (
    MAX_CHOICE_WORDS,
    MAX_TITLE_WORDS,
    MIN_EMPTY_FIELDS,
    MIN_FORM_GUIDANCE,
    title_span,
)
from recordlint.kinds.forum_posts import posted_to_a_forum
from recordlint.kinds.inference import infer_kind
from recordlint.kinds.own_accounts import (
    MIN_LOWER_CASE_I,
    MIN_OWN_VOICE_PARAGRAPHS,
    MIN_QUOTED_RECORD_WORDS,
    in_the_first_person,
    in_the_writers_voice_throughout,
    quoted_from_work,
    the_writers_own,
    told_by_the_writer_alone,
)
from recordlint.kinds.people import (
    EXCERPT_WORDS,
    MIN_FIRST_PERSON_SHARE,
    MIN_NAME_REPEATS,
    MIN_OWN_LIFE_MENTIONS,
)
from recordlint.kinds.professional import (
    MAX_QUESTION_WORDS,
    MIN_PRACTITIONER_CUES,
    MIN_PROFESSIONAL_CUES,
    MIN_PROFESSIONAL_CUES_ABOUT_SOMEONE_NAMED,
    MIN_PROFESSIONAL_CUES_IN_AN_EXCERPT,
    MIN_READER_ADDRESSES,
    MIN_READER_SHARE,
    MIN_REFLECTIVE_CUES,
    is_information_page,
    reports_news,
    tells_of_no_one,
    writes_as_we,
    written_for_practitioners,
)
from recordlint.kinds.public_affairs import writes_on_public_affairs
from recordlint.kinds.public_letters import written_by_a_member_of_the_public
from recordlint.kinds.published_accounts import (
    MIN_DIALOGUE_LINES,
    MIN_QUOTED_ACCOUNT_SHARE,
    MIN_QUOTED_ACCOUNT_WORDS,
)
from recordlint.kinds.reading import TextReading

__all__ = [
    "EXCERPT_WORDS",
    "MAX_CHOICE_WORDS",
    "MAX_QUESTION_WORDS",
    "MAX_TITLE_WORDS",
    "MIN_DIALOGUE_LINES",
    "MIN_EMPTY_FIELDS",
    "MIN_FIRST_PERSON_SHARE",
    "MIN_FORM_GUIDANCE",
    "MIN_LOWER_CASE_I",
    "MIN_NAME_REPEATS",
    "MIN_OWN_LIFE_MENTIONS",
    "MIN_OWN_VOICE_PARAGRAPHS",
    "MIN_PARAGRAPH_WORDS",
    "MIN_PRACTITIONER_CUES",
    "MIN_PROFESSIONAL_CUES",
    "MIN_PROFESSIONAL_CUES_ABOUT_SOMEONE_NAMED",
    "MIN_PROFESSIONAL_CUES_IN_AN_EXCERPT",
    "MIN_QUOTED_ACCOUNT_SHARE",
    "MIN_QUOTED_ACCOUNT_WORDS",
    "MIN_QUOTED_RECORD_WORDS",
    "MIN_READER_ADDRESSES",
    "MIN_READER_SHARE",
    "MIN_REFLECTIVE_CUES",
    "TextReading",
    "in_the_first_person",
    "in_the_writers_voice_throughout",
    "infer_kind",
    "is_information_page",
    "posted_to_a_forum",
    "quoted_from_work",
    "reports_news",
    "tells_of_no_one",
    "the_writers_own",
    "title_span",
    "told_by_the_writer_alone",
    "writes_as_we",
    "writes_on_public_affairs",
    "written_by_a_member_of_the_public",
    "written_for_practitioners",
]
