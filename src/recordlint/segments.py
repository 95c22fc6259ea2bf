"""How a paragraph falls into units: list items, headings, labels and the sentences between.

Every rule sees the same units. The engine's spaCy pipeline carries a small component
(:func:`mark_line_units`) that starts a sentence at each unit, so a bullet line is a sentence
whatever its bullet glyph, a heading is never folded into the sentence after it, and a label
("Client:") stands apart from what follows it. Rules that work on raw text call
:func:`line_units` and the tests here directly; :func:`in_a_heading` says whether words sit
in a line that heads the text or a part of it (a subject line, a title, a heading, a label),
for every rule that treats such lines apart.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from recordlint.dates.shapes import WEEKDAY_FULL_OR_SHORT
from recordlint.doc_access import doc_text
from recordlint.lexicon import load_lexicon
from recordlint.names import standing_titles
from recordlint.text import line_end, line_start

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

# One set of list markers for every rule: bullet glyphs, "1." / "(2)" and "a)" / "(b)".
# Used with ``match``, which anchors at the position given.
# Dashes that set off a title, an aside or an answer when spaced ("Plan - continue");
# the hyphen inside a word ("al-Hassan") is the same glyph, so callers check the spacing.
DASHES = frozenset({"-", "–", "—"})
BULLET_GLYPHS = "-*•▪◦·–‣⁃●○■□►✓"
BULLET_CLASS = "[" + re.escape(BULLET_GLYPHS) + "]"
LIST_MARKER = re.compile(r"[ \t]*(?:" + BULLET_CLASS + r"|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+")
# A line this short that does not end a sentence is a heading or a label, not wrapped prose.
MAX_HEADING_WORDS = 10
MAX_LABEL_WORDS = 6
# A heading of a section that is not a question or a label ("My goals") is this short.
MAX_SECTION_HEADING_WORDS = 8
# A title or a heading line standing alone runs to at most this many words; longer, it is
# a sentence. Here, in the text layer, so that kind inference and the rules share it.
MAX_TITLE_WORDS = 14
# A short label opening a line: "Views of others: His niece said...", "Outcome: ...". Read
# on any line of a paragraph, not only the first.
_LABEL = re.compile(r"^[ \t]*[^\s:][^:\n]{0,40}?:[ \t]+(?=\S)", re.MULTILINE)
# "She said:" and "He told me:" introduce somebody's words; they are not labels.
_INTRODUCES_WORDS = re.compile(
    r"^\s*(?:she|he|they|i|we|you)\b|\b(?:said|says|told|tells|asked|explained|stated|wrote|"
    r"replied|added|words)\b",
    re.IGNORECASE,
)
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”")
_QUESTION_WORDS = frozenset({"what", "how", "who", "why", "where", "when", "things"})


def list_marker(line: str) -> re.Match[str] | None:
    """The bullet or number opening ``line`` (with the space after it), if any."""
    return LIST_MARKER.match(line)


def _clock_time(*, bare_full_stop: bool) -> str:
    """A clock time, as a regular expression: "10:58", "16:10 hrs", "0930hrs", "2.15pm".
    A time written with a full stop needs "am" or "pm" after it, so that an amount ("85.00")
    is none, unless ``bare_full_stop``: a log entry's stamp ("Tues 09.25 -") holds no amount.
    The one clock time the stamp and the test of a whole line share."""
    full_stop = r"\d{1,2}\.\d{2}" + (
        r"(?:[ \t]*(?:hrs|am|pm))?" if bare_full_stop else r"[ \t]*(?:am|pm)"
    )
    return rf"(?:\d{{1,2}}:\d{{2}}(?:[ \t]*(?:hrs|am|pm))?|{full_stop}|\d{{4}}[ \t]*hrs)"


# A log entry's stamp opening a line: a bullet or a number, a weekday, a date, then a clock
# time, and the dash or colon after them ("11:15 ", "05/03/25 14:12 – ", "Tues 09:25 – ",
# "- 0930hrs: "). The stamp
# says when, not what: the words after it are read as the line's opening.
ENTRY_STAMP = re.compile(
    r"[ \t]*(?:" + BULLET_CLASS + r"[ \t]+|\(?\d{1,2}[.)][ \t]+)?"
    rf"(?:{WEEKDAY_FULL_OR_SHORT}[ \t]+)?"
    r"(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?[ \t]+)?"
    + _clock_time(bare_full_stop=True)
    + r"(?![\w/:.]\w)"
    + r"(?:[ \t]*[:\-–—][ \t]*|[ \t]+)(?=\S)",
    re.IGNORECASE,
)


# A clock time written anywhere in a line: "10:58", "approx 16:10", "0930hrs", "2.15pm";
# never an amount ("85.00", "£12.50").
_CLOCK_TIME_IN_LINE = re.compile(
    r"(?<![\w/:.£$])" + _clock_time(bare_full_stop=False) + r"(?![\w/:]|\.\d)",
    re.IGNORECASE,
)


def holds_clock_time(line: str) -> bool:
    """Whether ``line`` writes a clock time ("10:58 call ended", "closed approx 16:10")."""
    return _CLOCK_TIME_IN_LINE.search(line) is not None


def entry_stamp(line: str) -> int:
    """The length of the log entry's stamp opening ``line`` (0 when it has none)."""
    found = ENTRY_STAMP.match(line)
    return found.end() if found else 0


@functools.lru_cache(maxsize=64)
def entry_stamps(text: str) -> tuple[tuple[int, int], ...]:
    """The stamps opening the lines of ``text``, as (start, end), in order: read once per
    text, so that every test asking whether words lie in a stamp shares one reading."""
    stamps: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        length = entry_stamp(line)
        if length:
            stamps.append((position, position + length))
        position += len(line) + 1
    return tuple(stamps)


def stamp_end(text: str, offset: int) -> int:
    """Where the log entry's stamp that offset ``offset`` of ``text`` lies in ends, so that
    the line's note opens there ("11:15 Bed not offered.", "Tues 09:25 – Refer to OT.");
    ``offset`` itself where it lies in no stamp."""
    stamps = entry_stamps(text)
    n = bisect.bisect_right(stamps, (offset, len(text) + 1)) - 1
    if n >= 0 and stamps[n][0] <= offset < stamps[n][1]:
        return stamps[n][1]
    return offset


# A line leading into a list of conditions: it ends with the word that opens a condition
# and a colon ("Complete a plan when:", "... you must also do so whenever:").
_CONDITION_LEAD_IN = re.compile(
    r"\b(?:if|when|whenever|where|unless|until|provided)[ \t]*:[ \t]*$", re.IGNORECASE
)


@functools.lru_cache(maxsize=64)
def condition_items(text: str) -> tuple[tuple[int, int], ...]:
    """The list items that finish a lead-in ending "when:", "if:" or "where:" ("Complete a
    plan when: - The person lacks capacity"), as (start, end). Each is a condition under
    which something applies, not a statement about anyone."""
    return _items_led_into(text, lambda line: bool(_CONDITION_LEAD_IN.search(line)))


def _items_led_into(text: str, leads_in: Callable[[str], bool]) -> tuple[tuple[int, int], ...]:
    """The list items, as (start, end), under the last line that is not an item where
    ``leads_in`` holds of that line. A blank line may stand between the lead-in and its
    list, and between items; any other line ends the list."""
    items: list[tuple[int, int]] = []
    position = 0
    under_lead_in = False
    for line in text.split("\n"):
        end = position + len(line)
        if LIST_MARKER.match(line):
            if under_lead_in:
                items.append((position, end))
        elif line.strip():
            under_lead_in = leads_in(line)
        position = end + 1
    return tuple(items)


def in_condition_item(text: str, start: int) -> bool:
    """Whether offset ``start`` of ``text`` lies in a list item that states a condition."""
    return any(s <= start < e for s, e in condition_items(text))


@functools.lru_cache(maxsize=64)
def topic_items(text: str) -> tuple[tuple[int, int], ...]:
    """The list items under a lead-in that names them as subjects ("The review identified
    a number of themes including:", "Topics:"), and the words after a label that
    does ("Key words: hospital discharge, equipment provision"), as (start, end). Each
    names a theme of a review or a report, not anybody in particular. "Topics discussed
    with Mrs Patel:" leads into what was said, which is about her."""
    items: list[tuple[int, int]] = []
    position = 0
    under_topics = False
    for line in text.split("\n"):
        end = position + len(line)
        if LIST_MARKER.match(line):
            if under_topics:
                items.append((position, end))
        elif line.strip():
            label = _TOPIC_LABEL.match(line)
            if label and _topic_lead_in().search(label.group(1) + ":"):
                items.append((position + label.end(), end))
            under_topics = bool(_topic_lead_in().search(line))
        position = end + 1
    return tuple(items)


def in_topic_item(text: str, start: int) -> bool:
    """Whether offset ``start`` of ``text`` lies in a list of themes or key words."""
    return any(s <= start < e for s, e in topic_items(text))


# A label with the list on the same line: "Key words: hospital discharge, ...".
_TOPIC_LABEL = re.compile(r"[ \t]*([^:\n]{1,40}):[ \t]+(?=\S)")


@functools.lru_cache(maxsize=64)
def principle_items(text: str) -> tuple[tuple[int, int], ...]:
    """The list items under a heading or a lead-in that names the principles a law or
    guidance sets out ("The 5 main principles of the Mental Capacity Act", "The Act has
    five fundamental principles:"), as (start, end). Each states a rule that binds
    everyone ("A person must be assumed to have capacity"), not what a practitioner did
    or decided about someone."""
    return _items_led_into(text, _leads_into_principles)


def in_principle_item(text: str, start: int) -> bool:
    """Whether offset ``start`` of ``text`` lies in a list of a law's or guidance's
    principles."""
    return any(s <= start < e for s, e in principle_items(text))


def _leads_into_principles(line: str) -> bool:
    """A heading ("The 5 main principles of the Mental Capacity Act") or a line ending in a
    colon ("The Mental Capacity Act 2005 has five fundamental principles:") that names
    principles: what follows is the principles themselves. A sentence that only mentions
    them ("We applied the principles of the Act.") leads into nothing."""
    stripped = line.strip()
    if not _principles_word().search(stripped):
        return False
    return stripped.endswith(":") or (
        len(stripped.split()) <= MAX_HEADING_WORDS and not stripped.endswith((".", "?", "!"))
    )


@functools.cache
def _principles_word() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_cue_alternatives('principles')})(?![\w-])", re.IGNORECASE)


def _cue_alternatives(kind: str) -> str:
    """The ``text-cues`` lexicon's phrases of one kind as a regular expression's
    alternatives, longest first, any run of spaces in a phrase matching any space."""
    terms = sorted(
        (e.term for e in load_lexicon("text-cues").entries if e.kind == kind),
        key=len,
        reverse=True,
    )
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)


@functools.cache
def _topic_lead_in() -> re.Pattern[str]:
    """A topic word ending a lead-in, with at most a verb of listing between it and the
    colon: "themes including:", "Key words:", "The topics were:"."""
    return re.compile(
        rf"(?<![\w-])(?:{_cue_alternatives('topic')})"
        r"(?:\s+(?:include|includes|included|including|are|were|identified|such\s+as))?"
        r"[ \t]*:[ \t]*$",
        re.IGNORECASE,
    )


def is_label(words: str) -> bool:
    """Whether ``words`` (ending in a colon) is a field label such as "Views of others:"."""
    return len(words.split()) <= MAX_LABEL_WORDS and not _INTRODUCES_WORDS.search(words)


def is_heading(line: str) -> bool:
    """A heading or label ("What matters to me", "Views of the person:"), which states no
    view of anybody's even when it has a subject and a verb ("What Daniela told us")."""
    stripped = line.strip()
    if not stripped:
        return False
    if stripped.endswith(":"):
        return is_label(stripped)
    words = stripped.split()
    return (
        len(words) <= MAX_HEADING_WORDS
        and not stripped.endswith((".", "!", "?", '"', "”"))
        and words[0].lower() in _QUESTION_WORDS
    )


# A line that names something in title case ("Team: Community Mental Health and Adult
# Social Care (Complex Needs)"): every longer word capitalised, only short linking words in
# small letters, at least this many words and no closing punctuation.
_TITLE_CASE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
MIN_TITLE_CASE_WORDS = 4
MAX_TITLE_CASE_LINK_WORD = 4


def in_title_case(line: str) -> bool:
    """Whether ``line`` is a name or a title written in title case, with or without a
    field's label before it ("Team: Community Mental Health and Adult Social Care (Complex
    Needs)", "Appendix Three: Information Required when Raising a Concern"): the words name
    a team, a service or a document, and state nothing about anybody."""
    stripped = line.strip()
    if not stripped or stripped.endswith((".", "!", "?", ",", ";")):
        return False
    words = _TITLE_CASE_WORD.findall(stripped)
    if len(words) < MIN_TITLE_CASE_WORDS:
        return False
    small = [w for w in words if not w[0].isupper()]
    return len(small) < len(words) / 2 and all(len(w) <= MAX_TITLE_CASE_LINK_WORD for w in small)


def is_section_heading(line: str) -> bool:
    """A line that names a section rather than saying something: a heading or label as
    :func:`is_heading` reads them, or a short capitalised line on its own that is neither a
    list item nor a finished sentence ("My goals", "Important to me", "Reablement team
    input"). ``line`` is the whole line, as a unit that stands alone on it."""
    if is_heading(line):
        return True
    stripped = line.strip()
    if not stripped or LIST_MARKER.match(line) or stripped.endswith((*_SENTENCE_END, ",")):
        return False
    first = next((c for c in stripped if c.isalpha()), "")
    return first.isupper() and len(stripped.split()) <= MAX_SECTION_HEADING_WORDS


# A line that heads a text or a part of it. An email's or a letter's subject line opens with
# one of these words and a colon; a label opens any line.
_SUBJECT_LINE = re.compile(r"[ \t]*(?:subject|re|title)[ \t]*:", re.IGNORECASE)
_LINE_LABEL = re.compile(r"[ \t]*[^\s:][^:\n]{0,60}?:(?=[ \t]|$)")
_SENTENCE_OR_CLAUSE_END = (".", "!", "?", ",", ";")


def in_a_heading(text: str, start: int, end: int) -> bool:
    """Whether [start, end) of ``text`` is in a line that heads the text or a part of it
    rather than saying something: an email's subject line ("Subject: Your dad's reablement
    visits"), a section heading (:func:`is_section_heading`: "Reablement closure summary"),
    the label that opens a line, up to its colon ("Why I am closing the case: ..."), or a
    short line standing alone between blank lines, or at the text's start or end, that
    finishes no sentence ("Mr Gotts, 22 Brook Road - end of reablement"). A heading names
    a subject in a few words and has no room to explain it; the text under it does. The
    rules that ask whether words sit in a heading or a form's title all ask this."""
    begins, ends = line_start(text, start), line_end(text, end)
    line = text[begins:ends]
    if _SUBJECT_LINE.match(line):
        return True
    label = _LINE_LABEL.match(line)
    if label and start < begins + label.end() and is_label(label.group().strip()):
        return True
    if is_section_heading(line):
        return True
    stripped = line.strip()
    if stripped.endswith(_SENTENCE_OR_CLAUSE_END) or len(stripped.split()) > MAX_TITLE_WORDS:
        return False
    # Blank lines (or the text's start and end) either side of it; only those two lines
    # are read, never the whole text before or after.
    above = text[line_start(text, begins - 1) : begins - 1] if begins else ""
    below = text[ends + 1 : line_end(text, ends + 1)]
    return not above.strip() and not below.strip()


def line_units(text: str, *, labels: bool = True) -> list[tuple[int, int]]:
    """Stretches of a paragraph that are read as sentences of their own, as (start, end).

    Lines are joined where a sentence runs on (hard-wrapped prose) and cut after headings,
    labels, list items and finished sentences, which a parser would otherwise fold into
    the next sentence. With ``labels`` off, a label stays with the words after it on its
    line ("Decision: she will stay"), for rules that read the two together.
    """
    units: list[tuple[int, int]] = []
    start = 0
    lines = text.split("\n")
    position = 0
    for number, line in enumerate(lines):
        end = position + len(line)
        following = lines[number + 1] if number + 1 < len(lines) else None
        stripped = line.strip()
        if following is None or (
            stripped.endswith(_SENTENCE_END)
            or len(stripped.split()) <= MAX_HEADING_WORDS
            or LIST_MARKER.match(following)
            or _closed_before_a_new_sentence(stripped, following)
        ):
            if labels:
                units.extend(_split_label(text, start, end))
            elif text[start:end].strip():
                units.append((start, end))
            start = end + 1
        position = end + 1
    return units


def _closed_before_a_new_sentence(line: str, following: str) -> bool:
    """A line that ends by closing a bracket it opened, before a line that opens with a
    capital: a title of any length ("Carer's assessment - Mrs Sue Hill (wife of Mr Ken
    Hill)") ends there. Wrapped prose goes on in lower case, or inside its bracket."""
    if not line.endswith(")") or line.count("(") != line.count(")"):
        return False
    first = following.lstrip()[:1]
    return first.isupper()


def _split_label(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if not text[start:end].strip():
        return []
    label = _LABEL.match(text, start, end)
    if label is None or not is_label(label.group()):
        return [(start, end)]
    return [(start, label.end()), (label.end(), end)]


# A titled initial that ends a sentence: "Mr G complains for Mrs C. He says ..." The
# tokenizer keeps "C." whole, as it would in "Mrs C. Jones", so the full stop is missed.
_LABELS = frozenset({"adult", "person"})  # anonymised people: "Adult A", "Person C"


def _titles() -> frozenset[str]:
    return standing_titles() | _LABELS


_INITIAL = re.compile(r"[A-Z]\.")


def _ends_at_initial(doc: Doc, i: int) -> bool:
    """Token ``i`` ("C.") follows a title, and the next token opens a sentence: a title
    or a capitalised common word ("He", "The"), never a surname ("Mrs C. Jones")."""
    if i < 1 or i + 1 >= len(doc) or not _INITIAL.fullmatch(doc[i].text):
        return False
    after = doc[i + 1]
    opens = after.lower_ in _titles() or (after.is_stop and after.text[:1].isupper())
    return doc[i - 1].lower_.rstrip(".") in _titles() and opens


def mark_line_units(doc: Doc) -> Doc:
    """Start a sentence at the first token of every line unit (a list item, a heading, a
    finished line); within a unit the parser or the sentencizer still finds the sentences.
    Labels stay with their line: "Decision: she will stay" is read as one sentence. A
    sentence also starts after an anonymised name's initial that ends the one before."""
    text = doc_text(doc)
    if len(doc) < 2:
        return doc
    from spacy.attrs import IDX

    starts: list[int] = doc.to_array(IDX).tolist()
    # Only a token written as a capital and a full stop can be such an initial; finding
    # those in the text spares a look at every token.
    for initial in _INITIAL.finditer(text):
        i = bisect.bisect_left(starts, initial.start())
        if i < len(doc) - 1 and starts[i] == initial.start() and _ends_at_initial(doc, i):
            doc[i + 1].is_sent_start = True
    if "\n" not in text:
        return doc
    for unit_start, _ in line_units(text, labels=False)[1:]:
        i = bisect.bisect_left(starts, unit_start)
        while i < len(doc) and doc[i].is_space:
            i += 1
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
    return doc


# An entry of a contents list: a number (after any bullet) and the section's name, short
# and with no sentence in it ("- 8. Establishing whether Someone has Mental Capacity",
# "7. Provider Information"); a full stop or a question mark may close the name ("1. Aims
# and Objectives.", "5. To Whom Does this Policy Apply?").
_CONTENTS_ENTRY = re.compile(
    r"[ \t]*(?:" + BULLET_CLASS + r"[ \t]+)?\d{1,2}[.)][ \t]+(?P<name>[^\n.!?;:]+?)[.?]?[ \t]*$"
)
_CONTENTS_HEADING = re.compile(r"[ \t]*(?:table[ \t]+of[ \t]+)?contents[ \t]*:?[ \t]*$", re.I)
# A contents list runs to at least this many entries, and at least this many of them name
# sections that the text then heads with the same words.
MIN_CONTENTS_ENTRIES = 3
MIN_SECTIONS_HEADED_AGAIN = 2


def _contents_entry(line: str) -> str | None:
    """The section's name a contents list's line gives, or None where it is no entry."""
    found = _CONTENTS_ENTRY.match(line)
    if found is None or len(found.group("name").split()) > MAX_TITLE_WORDS:
        return None
    return found.group("name").strip()


def in_a_contents_list(text: str, start: int, end: int) -> bool:
    """Whether [start, end) of ``text`` is in an entry of a contents list: a run of at least
    three numbered lines, each a section's name alone (blank lines may stand between them),
    under a heading that says it is the contents ("CONTENTS", "Table of contents"), or
    whose sections the text then heads with the same words, at least two of them. A
    contents list repeats the headings of the sections where the terms are used, and
    explained; a numbered list of things to do or of needs met says something of its own
    and is neither under such a heading nor repeated as the text's headings."""
    begins, ends = line_start(text, start), line_end(text, end)
    if _contents_entry(text[begins:ends]) is None:
        return False
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    at = bisect.bisect_right(offsets, begins) - 1
    first = last = at
    for step in (-1, 1):
        index = at + step
        while 0 <= index < len(lines):
            if not lines[index].strip():
                index += step
                continue
            if _contents_entry(lines[index]) is None:
                break
            first, last = min(first, index), max(last, index)
            index += step
    names = [name for line in lines[first : last + 1] if (name := _contents_entry(line))]
    if len(names) < MIN_CONTENTS_ENTRIES:
        return False
    above = next((line for line in reversed(lines[:first]) if line.strip()), "")
    if _CONTENTS_HEADING.match(above):
        return True
    later = [line.strip().casefold() for line in lines[last + 1 :] if line.strip()]
    headed_again = 0
    for name in names:
        wanted = name.casefold()
        if any(
            line == wanted or (_contents_entry(line) or "").casefold().startswith(wanted)
            for line in later
        ):
            headed_again += 1
    return headed_again >= MIN_SECTIONS_HEADED_AGAIN
