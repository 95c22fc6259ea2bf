"""The paragraph facts of short units (:func:`units_voice`): a paragraph read line unit by
line unit, each unit's facts joined with the own lines, messages and announced owners that
the modules before it find."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from recordlint.doc_access import doc_text, remember_text, span_copy
from recordlint.rules.voice.facts import LineKind, Mention, ParagraphVoice, Ref, RefKind
from recordlint.rules.voice.messages import message_line
from recordlint.rules.voice.own_lines import own_line, section_words
from recordlint.rules.voice.owners import (
    announced_owner,
    given_to,
    named_by_a_label,
    names_own_view,
    person_label,
)
from recordlint.rules.voice.paragraph import paragraph_voice
from recordlint.segments import is_heading, line_units

if TYPE_CHECKING:
    from spacy.tokens import Doc


# ---------------------------------------------------------------------------------------------
# On the engine's parse: facts per paragraph, the person resolved per record


def units_voice(doc: Doc, quotes: Sequence[tuple[int, int]]) -> ParagraphVoice:
    """The facts of one paragraph, read line unit by line unit (a heading states no view).

    Each unit is read as a document of its own, so what precedes it on the page (a label,
    the line before) is not taken for words that introduce a name.
    """
    merged = ParagraphVoice()
    text = doc_text(doc)
    owner: Mention | None = None  # of the view a label, heading or question announced
    in_their_words = False  # "In her words:", or a question to "you": "I" is the owner
    # The paragraph's annotations as one array, read once for all its units rather than
    # by each unit's copy. Units never share a token, so each copy adjusts (in place) only
    # the rows of its own tokens.
    columns: tuple[Any, Any] | None = None
    label: int | None = None  # where a "Person:" or "Name:" unit before this one starts
    for start, end in line_units(text):
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or len(span) == 0:
            continue
        first, last = span.start_char, span.end_char
        inside = [(max(qs, first) - first, min(qe, last) - first)
                  for qs, qe in quotes if qs < last and first < qe]  # fmt: skip
        # A paragraph that is one unit is read as it stands; copying it would change nothing.
        whole = len(span) == len(doc) and first == 0 and last == len(text)
        if whole:
            unit = doc
        else:
            if columns is None:
                attributes = doc._get_array_attrs()
                columns = (attributes, doc.to_array(attributes))  # type: ignore[arg-type]
            unit = span_copy(span, columns[0], columns[1])
        # The unit's text is a slice of the paragraph's (with its last token's trailing
        # space), which spares spaCy joining it again token by token.
        remember_text(unit, text[first : span[-1].idx + len(span[-1].text_with_ws)])
        facts = paragraph_voice(unit, inside)
        if label is not None:
            facts = named_by_a_label(facts, text, label, first, end)
        label = start if person_label(text[start:end]) else None
        line = own_line(text, start, end)
        if line is not None and line.kind is LineKind.HEADING_FIRST and names_own_view(facts, unit):
            line = replace(line, kind=LineKind.HEADING_ME)
        # A line that says something in note style ("Pt wants to go home") may look like
        # a heading; only one that says nothing announces a view.
        heading = line is not None and line.kind in _HEADINGS and not facts.clauses
        if is_heading(text[start:end]) or is_heading(section_words(text, start, end)[0]):
            # "2. What Danny told me matters to him" names a section and states no view.
            facts = replace(facts, clauses=())
            heading = True
        words = text[start:end]
        if heading and len(words.strip(" \t:.-")) <= MAX_ANSWER_MARK:
            pass  # "A:" before an answer keeps the question's owner
        elif heading:
            # "Mr Cole's wishes: to go home", "Views of the person:" over what she said.
            announced = announced_owner(unit)
            owner, in_their_words, about = (None, False, False) if announced is None else announced
            named = any(m.ref.kind is not RefKind.PRONOUN for m in facts.mentions)
            if owner is not None and owner.ref.kind is RefKind.FIRST and about and not named:
                # "What matters to Rhiannon" names whom the record is about.
                facts = replace(facts, mentions=(replace(owner, cue=True),))
            owner = owner.shifted(first) if owner is not None else None
        elif _QUESTION_TO_YOU.search(words):
            # "What would you like to happen?" and the answer below it, in a review's
            # questions and answers: the one asked is the person.
            owner, in_their_words = Mention(Ref(RefKind.YOU), at=first), True
        elif owner is not None:
            facts = given_to(facts, owner, first, words, in_their_words=in_their_words)
            owner = None
        merged = merged + facts.shifted(first)
        line = message_line(text, start, end) or line
        if line is not None:
            merged = merged + ParagraphVoice(lines=(line,))
    return merged


_HEADINGS = frozenset({LineKind.HEADING_ME, LineKind.HEADING_FIRST, LineKind.HEADING})


MAX_ANSWER_MARK = 2  # "A:", "Q.", "Ans" is longer and a label of its own


_QUESTION_TO_YOU = re.compile(r"\byou\b[^\n]*\?\s*$", re.IGNORECASE)
