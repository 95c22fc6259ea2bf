"""RL8xx: the person's voice. Records show what the person said, wants and feels.

The work happens in two steps. For each paragraph, :func:`paragraph_voice` reads the
dependency parse and writes down plain facts: who is mentioned where (titled names, first
names, family and professional roles), and each clause in which somebody says, feels or
wants something, with its subject as written ("she", "Mrs Pollard", "her daughter", "you").
Then, for the whole record, :func:`resolve_voice` decides who the person is (the most
mentioned titled name, preferring one introduced as "re Mr X" or "Person: Mrs Y", and never
one introduced as somebody's daughter or nurse), follows "he" and "she" back to the nearest
person they could mean, and sorts each clause into the person's voice, a relevant other's
view (family, friends, unpaid carers) or a professional's view.

The resolution is conservative: "she" after "the GP" or "her daughter" is not taken to be
the person, because wrongly crediting the person with a view is worse than missing one.

The family is a package, one concern a module:

* ``lexicon``: the speech lexicon compiled for lookups, and the shared word sets.
* ``facts``: the typed facts a paragraph yields (mentions, clauses, quotes, own lines).
* ``role_words``: the role a word names (the person, a relevant other, a professional) and
  its gender.
* ``reaching``: whether somebody was reached (rang, was rung or was spoken to).
* ``written_roles``: the role written beside a name, read from the text, and a name listed
  apart from the bare role after it.
* ``roles``: who is who: the mention a token makes (a role, or a name with its role).
* ``titled``: titled names read from the text (:func:`titled_names`).
* ``cued_names``: untitled names given where a record names its person, read without the
  parse (:func:`cued_first_names`).
* ``names``: mentions in a paragraph (names, roles, object pronouns) and spoken words.
* ``speech``: the words of saying, feeling and wanting, and the readings that are no view.
* ``describing``: how a clause's subject is written, and view nouns with their owners.
* ``clause_subjects``: a voice term's subject, a note's understood subject, a clause's span.
* ``clauses``: the clauses that carry a view, and whose view is passed on.
* ``paragraph``: one paragraph's facts read from the parse (:func:`paragraph_voice`).
* ``person``: who the record's person is, and the names that tell them from others.
* ``sorting``: each clause sorted to the person, a relevant other or a professional.
* ``gate``: which text is worth parsing (:func:`may_carry_voice`, :func:`worth_parsing`).
* ``own_lines``: lines in the person's own voice: headings about "me", first-person lines,
  introductions, a quotation under a heading about "me" (:func:`own_line`).
* ``messages``: messages copied into a record, and the lines of one the person sent.
* ``owners``: whose view a label, heading or question announces, and the units given them.
* ``lines``: a paragraph's facts read line unit by line unit (:func:`units_voice`).
* ``text_cues``: what the record's text shows of who a mention is (a record about several
  people, family words that introduce the person, the person's initials, a line's opening).
* ``namesakes``: the facts rewritten across the record (namesakes told apart, attendees'
  roles, first names gendered).
* ``resolve``: the record-wide step (:func:`resolve_voice`, :func:`own_voice`).
* ``checks``: the registered rule RL801 and its document step, and :func:`voice_of`.
"""

from __future__ import annotations

from recordlint.rules.voice import checks as checks  # registers RL801
from recordlint.rules.voice.checks import voice_of
from recordlint.rules.voice.cued_names import cued_first_names
from recordlint.rules.voice.facts import VOICE_FACTS, LineKind, Mention, ParagraphVoice, RefKind
from recordlint.rules.voice.gate import may_carry_voice
from recordlint.rules.voice.lexicon import speech_lexicon
from recordlint.rules.voice.own_lines import own_line
from recordlint.rules.voice.paragraph import paragraph_voice
from recordlint.rules.voice.person import VoiceSummary, initial_of, same_first_name
from recordlint.rules.voice.resolve import resolve_voice

__all__ = [
    "VOICE_FACTS",
    "LineKind",
    "Mention",
    "ParagraphVoice",
    "RefKind",
    "VoiceSummary",
    "checks",
    "cued_first_names",
    "initial_of",
    "may_carry_voice",
    "own_line",
    "paragraph_voice",
    "resolve_voice",
    "same_first_name",
    "speech_lexicon",
    "voice_of",
]
