"""Words talked about rather than used: "the term 'service user'", "so-called".

:func:`is_mentioned` finds a term named by a cue, quoted on its own, set against its own
negation, inside a template's instruction, about to be defined, or disowned by the text.
:func:`names_a_topic` and :func:`in_a_definition` tell a rule where the words name a
subject or anyone a definition is about, rather than someone in particular.
"""

from __future__ import annotations

import re
from functools import lru_cache

from recordlint.names import COURTESY_TITLE
from recordlint.segments import in_topic_item
from recordlint.text import line_end, line_start
from recordlint.usage.cues import (
    instruction_opening,
    mention_cue_alone,
    mention_cue_before,
)
from recordlint.usage.sentence import CLOSING_MARKS, OPENING_MARKS, sentence_around

# A quoted word or short phrase: opened after a space or bracket, closed before a space or
# punctuation, no more than a few words ("the word 'placement' is", "called “respite”").
MAX_QUOTED_WORDS = 5
_QUOTE_WINDOW = 60


def is_mentioned(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are talked about rather than used: named by "the
    term", "the notion of", "so-called" and the like, or set in quotation marks on their own.
    A cue such as "so-called" is itself a mention when a quoted term follows it."""
    before = text[max(0, start - _QUOTE_WINDOW) : start]
    if mention_cue_before().search(before):
        return True
    if mention_cue_alone().fullmatch(text[start:end]):
        return bool(re.match(r"\s*[\"“‘']", text[end : end + 3]))
    if _set_against_its_negation(text, start, end):
        return True
    if _in_quotation_marks(text, start, end) or _in_template_instruction(text, start, end):
        return True
    if _being_defined(text, start, end):
        return True
    return _disowned(text, text[start:end])


# "The Department of Health defines a vulnerable person as: ...", "what the Act defines as
# abuse", "a vulnerable adult is defined as ...": the words are the term a definition is
# given for, talked about, not said of anyone.
_DEFINES_BEFORE = re.compile(
    r"\b(?:defines?|defined|defining|definition\s+of)\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE
)
_DEFINED_AS_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+as\b", re.IGNORECASE)
_IS_DEFINED_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+(?:is|are)\s+defined\s+(?:as|in|by)\b", re.IGNORECASE
)


def _being_defined(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are the term a definition is about to be given for:
    "defines a vulnerable person as", "the definition of a vulnerable adult", or "a
    vulnerable adult is defined as"."""
    cue = _DEFINES_BEFORE.search(text[max(0, start - 60) : start])
    if cue is not None:
        return cue.group().lower().startswith("definition") or bool(
            _DEFINED_AS_AFTER.match(text, end)
        )
    return bool(_IS_DEFINED_AFTER.match(text, end))


# A writer who says a term is not used, or no longer ("we don't use a term vulnerable
# adults today", "'service user' is no longer used"), is talking about it wherever it
# stands in the text: quoting the old guidance's title, rejecting it, correcting it.
_NOT_USED_BEFORE = (
    r"(?:do\s+not|don['’]t|does\s+not|doesn['’]t|no\s+longer|never|stopped)\s+"
    r"(?:use|using|say|saying)\s+(?:(?:a|the|this|that)\s+)?"
    r"(?:(?:term|word|label|phrase|expression)s?\s+)?[\"“‘']?"
)
_NOT_USED_AFTER = r"[\"”’']?\s+(?:is|are)\s+(?:no\s+longer|not)\s+used\b"
# What every sentence that disowns a term holds, whatever the term: a text without it needs
# no pattern compiled for its terms.
_DISOWNING = re.compile(
    r"(?:do\s+not|don['’]t|does\s+not|doesn['’]t|no\s+longer|never|stopped)\s+"
    r"(?:use|using|say|saying)\b|\s(?:is|are)\s+(?:no\s+longer|not)\s+used\b"
)


def _disowned(text: str, words: str) -> bool:
    """Whether the text says the words, or a word of them, are not, or no longer, used
    ("It's not the adult who's vulnerable" after "we don't use a term vulnerable
    adults"): every use of them in it is then talked about, not used on anyone."""
    lowered = text.lower()
    if not words.strip() or _DISOWNING.search(lowered) is None:
        return False  # no sentence of that shape; spares compiling one for every term
    candidates = dict.fromkeys(
        [words.lower(), *(w for w in words.lower().split() if len(w) > 3 and w.isalpha())]
    )
    return any(_disowned_pattern(c).search(lowered) is not None for c in candidates)


@lru_cache(maxsize=1024)
def _disowned_pattern(words: str) -> re.Pattern[str]:
    term = r"\s+".join(map(re.escape, words.split()))
    return re.compile(
        rf"\b{_NOT_USED_BEFORE}{term}(?![\w-])|(?<![\w-]){term}(?:\s+[a-z]+)?{_NOT_USED_AFTER}"
    )


def _set_against_its_negation(text: str, start: int, end: int) -> bool:
    """Whether the paragraph sets the words against their own negation ("boards refer to
    statutory and non-statutory reviews"; "All reviews are statutory ... not statutory and
    non-statutory"): the term itself is what the paragraph discusses, a category it
    draws or corrects, not a word used on the reader."""
    words = text[start:end]
    if not words.strip() or "\n" in words:
        return False
    begins = line_start(text, start)
    line = text[begins : line_end(text, end)]
    bare = re.sub(r"(?i)^non-?", "", words)
    lowered = line.lower()
    # Each search below compiles a pattern for its words; most lines cannot match at all.
    if bare != words:
        if bare.lower() not in lowered:
            return False
        return re.search(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", line, re.IGNORECASE) is not None
    if "non" not in lowered:
        return False
    return re.search(rf"(?<![\w])non-?{re.escape(words)}(?![\w-])", line, re.IGNORECASE) is not None


def names_a_topic(text: str, start: int) -> bool:
    """Whether the words at ``start`` are a theme in a list of a review's subjects ("The
    review identified themes including: - Alcohol misuse and self-neglect", "Key words:
    hospital discharge, ..."): the name of a subject, neither a label put on someone nor a
    working term used on the reader. A wordy phrase there is still wordy."""
    return in_topic_item(text, start)


def _in_template_instruction(text: str, start: int, end: int) -> bool:
    """Whether the words are inside a template's square bracket that tells whoever fills it
    in what to write ("[Summarise the impact on the adult's wellbeing]"): a note to the
    writer, not the letter's words."""
    opening = text.rfind("[", max(0, start - _QUOTE_WINDOW * 2), start)
    if opening < 0 or "]" in text[opening:start] or "\n" in text[opening:start]:
        return False
    closing = text.find("]", end)
    if closing < 0 or "\n" in text[end:closing]:
        return False
    return bool(instruction_opening().match(text, opening + 1))


def _in_quotation_marks(text: str, start: int, end: int) -> bool:
    begins = line_start(text, start)
    ends = line_end(text, end)
    opening = max(text.rfind(mark, max(begins, start - _QUOTE_WINDOW), start + 1)
                  for mark in OPENING_MARKS)  # fmt: skip
    if opening < 0:
        return False
    mark = text[opening]
    if opening > begins and text[opening - 1].isalnum():
        return False  # an apostrophe inside a word: "carer's"
    closing = next(
        (i for i in range(max(end, opening + 1), min(ends, end + _QUOTE_WINDOW))
         if text[i] in CLOSING_MARKS and _closes(mark, text[i])),
        -1,
    )  # fmt: skip
    if closing < 0 or (closing + 1 < ends and text[closing + 1].isalnum()):
        return False
    quoted = text[opening + 1 : closing]
    return 0 < len(quoted.split()) <= MAX_QUOTED_WORDS


def _closes(opening: str, closing: str) -> bool:
    pairs = {'"': '"', "“": "”", "‘": "’", "'": "'"}
    return pairs.get(opening) == closing or (opening in '"“' and closing in '"”')


# A sentence that opens by defining a thing by what is done in it or what it is: "Reablement
# is about working with the patient, ...", "Respite is when the carer has a break". Its
# subject is a word or a few in small letters after the first, never a person ("Mrs Lowe
# is about ...", "She is ...", "The patient is ...").
_OPENS_AS_A_DEFINITION = re.compile(
    r"\W*(?!(?:he|she|they|it|this|that|the|his|her|their|my|your|our|its"
    rf"|{COURTESY_TITLE}|dr)\b)"
    r"[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\s+(?:is|are)\s+"
    r"(?:(?:all\s+)?about\s+[a-z]+ing|when|where)\s",
    re.IGNORECASE,
)


def in_a_definition(text: str, start: int, end: int, sentences: list[tuple[int, int]]) -> bool:
    """Whether the words at [start, end) stand in a sentence that opens by defining a thing
    ("Reablement is about working with the patient, ..."), after its subject: whoever they
    name there is anyone the thing is for, not someone in particular."""
    sentence_start, _ = sentence_around(sentences, start, end, len(text))
    found = _OPENS_AS_A_DEFINITION.match(text, sentence_start)
    return found is not None and found.end() <= start
