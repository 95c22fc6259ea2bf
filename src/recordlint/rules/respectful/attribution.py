"""Words set out in a text without being the writer's label.

Someone else's complaint or claim in professional prose ("Mr X says an officer was
rude"), a list of whom something may be true ("may be: frail, isolated"), a list of the
kinds of a thing ("forms of self-neglect include:"), a word that is part of a proper
name, and a word that names what a panel, team, service or job works with.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recordlint.lexicon import word_list
from recordlint.matching import PhraseMatch, match_root
from recordlint.names import standing_titles
from recordlint.segments import LIST_MARKER
from recordlint.subjects import Referent, referent_of, speaker_of
from recordlint.text import line_end, line_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _marker_end(line: str) -> int:
    """Where a list item's text starts, after its bullet, dash or number (0 if none)."""
    marker = LIST_MARKER.match(line)
    return marker.end() if marker else 0


def _lead_in(text: str, begins: int, *, items_may_lead: bool = False) -> str:
    """The list's lead-in above the line that starts at ``begins``: the nearest line above
    that is neither blank nor a list item ("" at the text's start). With
    ``items_may_lead``, an item that ends in a colon leads in too. Back line by line; only
    the lines walked over are read, never the whole text before."""
    end = begins - 1
    while end > 0:
        begin = line_start(text, end)
        line = text[begin:end]
        if line.strip() and (
            not LIST_MARKER.match(line) or (items_may_lead and line.rstrip().endswith(":"))
        ):
            return line
        end = begin - 1
    return ""


# What may be true of whoever a text speaks of: "may be:", "could be caring for ...".
_POSSIBILITY = re.compile(r"\b(?:may|might|could|can)\b", re.IGNORECASE)
# Someone not in particular: "a relative", "a partner or friend", "someone", "people".
_ANYONE = re.compile(
    r"\b(?:(?:a|an)\s+(?:[a-z]+\s+)?(?:relative|partner|friend|person|adult|family\s+member)"
    r"|someone|somebody|anyone|anybody|people)\b",
    re.IGNORECASE,
)
# One word of a list of conditions run together with commas and a last "or" or "and".
_LISTED_BEFORE = re.compile(r",\s*$")
_LISTED_AFTER = re.compile(r"\s*,|\s+(?:or|and)\b")
MAX_LIST_ITEM_WORDS = 6
# The first of such a run, straight after the relative clause's verb: "a relative or friend
# who is elderly or has an illness or disability".
_FIRST_LISTED_BEFORE = re.compile(r"\bwho\s+(?:is|are)\s+$", re.IGNORECASE)
# A case put to the reader, as "may" or "could" puts one: "If you are caring for a relative
# or friend who is elderly or has an illness ... you are a carer".
_READERS_CASE = re.compile(r"\bif\s+you\b", re.IGNORECASE)


def in_a_list_of_whom_it_may_be(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are one of a list of conditions that someone not
    in particular may have: a short item of a list whose lead-in says what such people may
    be ("The people you care for may be:" then "• frail", "• ill"), or a word in a run of
    them said of "a relative" or "someone" under "may" or "could" ("caring for a relative,
    partner or friend who is ill, frail, disabled or has mental health problems") or in a
    case put to the reader ("If you are caring for a relative or friend who is elderly or
    has an illness or disability, you are a carer"). Such a
    list says whom a service is for; it labels no one. "She may be:" over the same list
    speaks of someone in particular and is still read."""
    begins = line_start(text, start)
    line = text[begins : line_end(text, start)]
    if LIST_MARKER.match(line):
        if len(line.split()) > MAX_LIST_ITEM_WORDS + 1:
            return False
        lead_in = _lead_in(text, begins).strip()
        return (
            lead_in.endswith(":")
            and bool(_POSSIBILITY.search(lead_in))
            and bool(_ANYONE.search(lead_in))
        )
    on_line = text[begins:start]
    if not (
        (_LISTED_BEFORE.search(on_line) or _FIRST_LISTED_BEFORE.search(on_line))
        and _LISTED_AFTER.match(text, end)
    ):
        return False
    sentence_start = max(text.rfind(". ", begins, start), begins)
    opening = text[sentence_start:start]
    return bool(
        (_POSSIBILITY.search(opening) or _READERS_CASE.search(opening)) and _ANYONE.search(opening)
    )


# A lead-in that names the kinds of a thing and gives them as examples: "Three recognised
# forms of self-neglect include:", "Caring can take a variety of forms, such as:".
_KINDS_LEAD_IN = re.compile(
    r"\b(?:forms|types|kinds|signs|examples|themes|indicators)\b[^:]*"
    r"\b(?:include|includes|including|such\s+as)\s*:$",
    re.IGNORECASE,
)


def in_a_list_of_kinds(text: str, start: int) -> bool:
    """Whether the words at ``start`` stand in an item of a list whose lead-in gives the
    kinds of a thing as examples ("Three recognised forms of self-neglect include:" then
    "- Lack of self-care ...", "- Refusal of services that could alleviate the above"):
    such a list defines the thing in general and labels no one. "Her presenting needs
    were:" or "Concerns include:" over the same items speaks of someone."""
    begins = line_start(text, start)
    if not LIST_MARKER.match(text, begins):
        return False
    return _KINDS_LEAD_IN.search(_lead_in(text, begins).strip()) is not None


# A lead-in that reports what someone else says or complains of, over the items it lists:
# "In particular, he says the Council:", "The complainant, Mr C, said the Council was at
# fault for:". The writer's own lead-in ("I have considered:", "We found:") is not one.
_REPORTED_LEAD_IN = re.compile(
    r"^(?!\W*(?:i|we)\b).*\b(?:says?|said|complains?|complained|alleges?|alleged|claims?"
    r"|claimed|told\s+(?:us|the\s+ombudsman))\b[^:]*:$",
    re.IGNORECASE,
)


def _after_a_complaint(doc: Doc, match: PhraseMatch) -> bool:
    """Whether the matched words follow, in their sentence, a complainant's verb of
    complaining or alleging with its subject ("Ms Z, for her sister, complained the Council
    failed to involve them, failed to provide ..."): a decision lists the complaint's points
    after it, however the parser hangs the later ones, and they are the complainant's."""
    sentence = doc[match.start].sent
    return any(
        token.lemma_.lower() in _COMPLAINING
        and token.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
        for token in doc[sentence.start : match.start]
    )


# The verbs with which a decision sets out what its complainant says went wrong.
_COMPLAINING = frozenset({"complain", "allege"})


def reported(doc: Doc, match: PhraseMatch, text: str) -> bool:
    """Whether the matched words, in professional prose, are what someone other than the
    writer says, complains of or alleges: a clause under another's reporting verb ("Mr X
    says an officer was rude") or an item under a lead-in that reports a complaint ("Mr C
    said the Council was at fault for:" over "Refusal to provide him with care"). A decision
    or review sets out the complaint in the complainant's words and judges it after; the
    words are theirs, not the writer's label of anyone. A case note's "Daughter says mum is
    aggressive" is not read here."""
    if speaker_of(match_root(doc, match)) is not None or _after_a_complaint(doc, match):
        return True
    start = doc[match.start].idx
    begins = line_start(text, start)
    line = text[begins : line_end(text, start)]
    if not LIST_MARKER.match(line):
        return False
    lead_in = _lead_in(text, begins, items_may_lead=True)
    lead_in = lead_in[_marker_end(lead_in) :].strip()
    return bool(_REPORTED_LEAD_IN.match(lead_in))


def in_a_name(doc: Doc, match: PhraseMatch) -> bool:
    """Whether the matched words are part of a capitalised name that runs on after them
    ("Veterans Complex Case Panel", "MDT / Complex Case Meeting"), or a surname written
    after a title ("Mr Dyke", "Mrs Batty")."""
    first, last = doc[match.start], doc[match.end - 1]
    after = doc[match.end] if match.end < len(doc) else None
    if (
        first.text.istitle()
        and first.i > 0
        and doc[first.i - 1].text.rstrip(".").lower() in standing_titles()
    ):
        return True
    if after is None or not (last.text.istitle() and after.text.istitle()):
        return False
    if after.tag_ in {"NNP", "NNPS"}:
        return last.i > last.sent.start
    # "MDT / Complex Case Meeting": a name in capitals whose last word the tagger took
    # for a common noun; every word of the label is capitalised, none opens the sentence,
    # and the label modifies the words after it ("Mr Hale is Difficult Today" says he is).
    return (
        after.tag_ == "NN"
        and first.i > first.sent.start
        and last.head.i > last.i
        and all(t.text.istitle() for t in doc[match.start : match.end])
    )


# A field whose value is a team's or a service's name: "Team:", "Service name:".
_FIELD_LABEL = re.compile(r"[ \t]*(?:[\w'’-]+[ \t]+){0,2}?(?P<noun>[\w'’-]+)[ \t]*(?:name)?[ \t]*:")


def names_a_body_or_job(doc: Doc, match: PhraseMatch, text: str) -> bool:
    """Whether the matched words name what a panel, a team, a service or a job works with,
    not a person: a noun that qualifies the noun of a body or a job ("referred to the
    complex needs panel", "the substance misuse service", "the vulnerable adults team",
    "a challenging behaviour nurse"), or words in the value of a field that gives a team's
    or a service's name ("Team: Adult Social Care (Complex Needs)"). The label is the
    body's name for its work, said of no one. "She is a complex needs case" and "a complex
    needs service user" still say it of someone, and an adjective on a job's noun ("an
    aggressive support worker") still labels the worker."""
    last = doc[match.end - 1]
    if last.pos_ in {"NOUN", "PROPN"} and last.dep_ == "compound":
        if match.start > 0 and _someone(doc[match.start - 1]):
            return False  # "Bev says Jade manipulates staff": a verb the parser took for a noun
        head = last.head
        while head.dep_ == "compound" and head.head is not head:
            head = head.head  # "the complex needs panel meeting": the phrase's own noun
        return head.i > last.i and _a_body_or_job(head)
    start = doc[match.start].idx
    field = _FIELD_LABEL.match(text, line_start(text, start), start)
    return (
        field is not None
        and field.group("noun").casefold() in word_list("organisation")
        and all(token.text[:1].isupper() for token in doc[match.start : match.end])
    )


def _a_body_or_job(noun: Token) -> bool:
    """Whether a noun names a body (a panel, a team, a service) or a job (a nurse)."""
    bodies = word_list("organisation") | word_list("professional")
    return noun.lower_ in bodies or noun.lemma_.lower() in bodies


# Who a word before a label may name, when the label is then said of them.
_SOMEONE = frozenset({Referent.PERSON, Referent.OTHER_PERSON, Referent.PROFESSIONAL})


def _someone(token: Token) -> bool:
    """Whether a noun or a name before a label names someone, not a body or a place: the
    label is then what they do, however the parser joined it to the noun after it."""
    return token.pos_ in {"NOUN", "PROPN"} and referent_of(token) in _SOMEONE
