"""A carer's own record: the carer the header gives as the one the record is with, whether
a record is a carer's, and whether a bare "carer" names its person.

Apart because it reads the header's wording, not the mentions the paragraphs yield.
"""

from __future__ import annotations

import re

from recordlint.names import CAPITAL
from recordlint.rules.voice.cued_names import CARERS_RECORD
from recordlint.rules.voice.lexicon import ABOUT_WHOM
from recordlint.rules.voice.name_keys import role_word_at
from recordlint.text import Head, head_of

# A header that gives the carer as the one the record is with: a "Carer:" field naming
# somebody, or whom the worker spoke with introduced as a carer ("Spoke with: Maureen
# Fairbrother (wife and carer of Derek Fairbrother)").
_CARER_IN_THE_HEADER = re.compile(
    r"^[ \t]*carer[ \t]*:[ \t]*\S"
    r"|^[ \t]*(?:spoke\s+(?:with|to)|seen|visited|present|caller|referrer)[ \t]*:[^\n]*"
    r"\bcarer\s+(?:of|for|to)\b"
    # "Spoke to Mrs Hebden (daughter/carer of Mrs E Kowalczyk)": the same without the
    # colon, the carer's relation in brackets after the name.
    r"|(?P<spoke>^[ \t]*spoke\s+(?:with|to)[ \t]+[^\n(:]{1,40}\([^\n)]*"
    r"\bcarer\s+(?:of|for|to)\b)"
    # "Call from Mr Patrick Doyle, carer for his wife", "Self-referral by phone from Mr
    # Colin Dray, 70, carer for wife", "Welfare call to Mrs Brenda Stannard, carer for her
    # husband": the one called, or who called, introduced as the carer.
    r"|(?P<caller>\b(?:call|referral|message)[ \t][^\n.]*?\b(?:from|to|with)[ \t]"
    r"[^\n]*?,[ \t]*"
    r"(?:\d+,[ \t]*)?carer[ \t]+(?:of|for|to)\b)",
    re.IGNORECASE | re.MULTILINE,
)


_HEADER_LINES = 8


def _header(text: str) -> Head:
    """The record's first lines, where its header gives whom it is with: ``str.splitlines``'
    lines, read no further than the header, joined by line feeds; a match in it is put
    back on the text through ``Head.span_in_text``, whatever the lines' breaks."""
    return head_of(text, _HEADER_LINES)


def caller_as_carer(text: str) -> tuple[int, int] | None:
    """Where a header introduces the caller, or whom the writer spoke to, as a carer ("Call
    from Mr Patrick Doyle, carer for his wife", "Spoke to Mrs Hebden (daughter/carer of
    Mrs Kowalczyk)"): the words that name them."""
    header = _header(text)
    match = _CARER_IN_THE_HEADER.search(header.text)
    if match is None:
        return None
    for group in ("caller", "spoke"):
        if match.group(group) is not None:
            return header.span_in_text(match.span(group))
    return None


# The field a form's header names the carer in: "Carer: Mrs Harpreet Sandhu     Cared-for
# person: Mr Pritpal Sandhu (husband)", "Carer: Alan Petts | Cared for: June Petts". The
# name runs to the next field: a gap of two spaces or more, a tab, a bar, or the line's end.
_CARER_FIELD = re.compile(
    r"^[ \t]*carer[ \t]*:[ \t]*(?P<name>[^\s|][^\n|\t]*?)(?=[ \t]{2,}|\t|[ \t]*\||[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)


def carer_field(text: str) -> tuple[int, int] | None:
    """Where a header's "Carer:" field names the carer: the one a carer's own record is
    about, whatever role the header gives anybody else beside it ("Cared for: Iris
    Whitlock (wife)" gives the one cared for, not the carer)."""
    lines = text.split("\n", _HEADER_LINES)
    header_end = len("\n".join(lines[:_HEADER_LINES]))
    match = _CARER_FIELD.search(text, 0, header_end)
    return match.span("name") if match is not None else None


# The carer named by the bare role in a carer's own record: "Carer says she is at the end
# of her tether", "Carer declines home care"; not "her carer", "paid carer", "carers".
_BARE_CARER = re.compile(r"(?:\A|[\n.:;(\-–]|\bthe[ \t])[ \t]*\Z", re.IGNORECASE)


# Whom the header gives as the one the writer spoke with or visited: "Incoming call from
# Sharon Dunmore (dtr)", "Phone call with Mrs Joan Greaves about her daughter Pauline",
# "telephone call from Mrs Maureen Faulds, friend and neighbour of Mr Pennock", "Visit to
# Connor's mother, Mrs Siobhan Walsh".
_CONTACT_IN_THE_HEADER = re.compile(
    r"(?i:\b(?:call|tel|telephone|phone|phoned|rang|contact|visit|visited)\b)[^\n.]{0,20}?"
    r"\b(?i:from|with|to)[ \t]+"
    rf"(?:{CAPITAL}[\w-]*['’]s[ \t]+[a-z-]+,?[ \t]+)?"
    rf"(?P<name>{CAPITAL}[\w'’-]*(?:\.?[ \t]+{CAPITAL}[\w'’-]*){{0,2}})"
)

# The same said the other way round, the name as what the writer rang or as who rang about
# somebody: "I rang Anjali Shah, Mr Shah's daughter", "Mrs Gloria Mensah rang about her
# husband".
_CONTACT_NAMED_IN_THE_HEADER = re.compile(
    r"\b(?i:rang|phoned|visited)[ \t]+"
    rf"(?P<name>{CAPITAL}[\w'’-]*(?:\.?[ \t]+{CAPITAL}[\w'’-]*){{0,2}})"
    r"|(?:^|(?<=[.:;][ \t]))[ \t]*"
    rf"(?P<caller>{CAPITAL}[\w'’-]*(?:\.?[ \t]+{CAPITAL}[\w'’-]*){{0,3}})"
    r"[ \t]+(?:rang|phoned|called|telephoned)[ \t]+"
    rf"(?:about|{ABOUT_WHOM}|to[ \t]+discuss)\b",
    re.MULTILINE,
)

# A carer's assessment offered to somebody, taken up or turned down: "Carers assessment
# offered, Sharon declined", "Offered her a carers assessment", "I will offer Joan a
# carer's assessment"; not one only named ("Advised him re carers assessment"); or a
# carer's own needs discussed ("to discuss her needs as a carer").
_CARERS_ASSESSMENT_OFFERED = re.compile(
    r"\bcarers?'?s?'?[ \t]+assess(?:ment)?[ \t]+(?:was[ \t]+|has[ \t]+been[ \t]+)?"
    r"(?:offered|accepted|declined)\b"
    r"|\boffer(?:ed|s)?[ \t]+(?:[\w'’-]+[ \t]+){0,2}carers?'?s?'?[ \t]+assess"
    r"|\bneeds[ \t]+as[ \t]+(?:a|an|his|her|their)[ \t]+(?:[\w-]+[ \t]+)?carer\b"
    # One referred for, or just had ("how she is after her carer's assessment"); not one
    # only named ("his carer's assessment is due").
    r"|\breferr(?:ed|al)\b[^\n.]{0,40}?\bfor[ \t]+(?:a[ \t]+)?carers?'?s?'?[ \t]+assess"
    r"|\b(?:after|since|following)[ \t]+(?:her|his|their)[ \t]+(?:own[ \t]+)?"
    r"carers?'?s?'?[ \t]+assess",
    re.IGNORECASE,
)


# A carer's label inside a header line, after the name of the one cared for: "Case note -
# Len Kitto (carer: Ryan Kitto)". The name runs to the bracket or the line's end.
_CARER_LABEL = re.compile(
    rf"\b(?i:carer)[ \t]*:[ \t]*(?P<name>{CAPITAL}[\w'’-]*(?:\.?[ \t]+{CAPITAL}[\w'’-]*){{0,2}})"
)


def _labelled_as_carer(header: Head, name: str) -> bool:
    """Whether the header gives ``name`` after a carer's label ("(carer: Ryan Kitto)")."""
    return any(match.group("name") == name for match in _CARER_LABEL.finditer(header.text))


def carer_contact(text: str) -> tuple[int, int] | None:
    """Where the header names whom the writer spoke with or visited, in a record that offers
    a carer's assessment or discusses their needs as a carer: the one who rang or was rung
    about somebody they care for ("Incoming call from Sharon Dunmore (dtr) re her father
    ... Carers assessment offered, Sharon declined"), so the record is also about them as
    a carer, and their own wishes and views are voice the record gives. So is one the
    header itself gives as the carer ("Case note - Len Kitto (carer: Ryan Kitto) / Type:
    Telephone call from Ryan Kitto (son)")."""
    header = _header(text)
    match = _CONTACT_IN_THE_HEADER.search(header.text)
    if _CARERS_ASSESSMENT_OFFERED.search(text) is None:
        if match is not None and _labelled_as_carer(header, match.group("name")):
            return header.span_in_text(match.span("name"))
        return None
    if match is not None:
        return header.span_in_text(match.span("name"))
    named = _CONTACT_NAMED_IN_THE_HEADER.search(header.text)
    if named is None:
        return None
    return header.span_in_text(named.span("name") if named.group("name") else named.span("caller"))


def carers_record(title: str, text: str) -> bool:
    """Whether a record is about a carer's own needs, so the carer is its person: its title
    names a carer's assessment, review or conversation, or its header gives the carer as
    whom the record is with."""
    if CARERS_RECORD.search(title):
        return True
    return _CARER_IN_THE_HEADER.search(_header(text).text) is not None


def the_carer(text: str, offset: int | None) -> bool:
    """Whether a role mention is the bare singular "carer" ("Carer says", "the carer")."""
    if offset is None or role_word_at(text, offset) != "carer":
        return False
    return _BARE_CARER.search(text[max(0, offset - 12) : offset]) is not None
