"""Text geometry: line positions, paragraphs and the person's quoted words.

Offsets are always Python string indices into the text exactly as given; nothing here
normalises or pads the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*")


_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(text: str) -> str:
    """``text`` with every surrogate code point replaced by U+FFFD, one for one.

    Any Python string may be linted, but a lone surrogate cannot be encoded and breaks the
    libraries downstream; replacing it keeps every offset the same. Returns ``text``
    itself (the same object) when there is nothing to replace.
    """
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


def merged_length(spans: list[tuple[int, int]]) -> int:
    """Characters covered by ``spans``, counting overlaps once."""
    total = 0
    reach = 0
    for start, end in sorted(spans):
        start = max(start, reach)
        if end > start:
            total += end - start
            reach = end
    return total


def line_start(text: str, offset: int, window: int | None = None) -> int:
    """Where the line that offset ``offset`` of ``text`` lies on begins. With ``window``,
    no further back than that many characters, so that a caller reading many places on
    one long line stays linear."""
    floor = 0 if window is None else max(0, offset - window)
    newline = text.rfind("\n", floor, offset)
    return newline + 1 if newline >= 0 else floor


def line_end(text: str, offset: int, window: int | None = None) -> int:
    """Where the line that offset ``offset`` of ``text`` lies on ends, before its line
    break; with ``window``, no further on than that many characters."""
    ceiling = len(text) if window is None else min(len(text), offset + window)
    newline = text.find("\n", offset, ceiling)
    return newline if newline >= 0 else ceiling


_ANY_SPACES = re.compile(r"\s*")


@cache
def _spaces_of(spaces: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(spaces)}]*")


def skip_spaces(text: str, offset: int, spaces: str | None = None) -> int:
    """Where the first character at or after offset ``offset`` of ``text`` that is not one
    of ``spaces`` lies (not whitespace, as ``str.strip`` reads it, where ``spaces`` is
    None); ``len(text)`` where nothing else follows (``offset`` where it is past the end).
    It reads from the position, so a look at what comes next copies nothing:
    ``text[skip_spaces(text, i, " ")]`` is the first character of
    ``text[i:].lstrip(" ")``."""
    if offset >= len(text) or spaces == "":
        return offset
    pattern = _ANY_SPACES if spaces is None else _spaces_of(spaces)
    found = pattern.match(text, offset)
    return found.end() if found is not None else offset


# The line breaks ``str.splitlines`` knows: the LSP's three and the rarer ones (vertical tab,
# form feed, the file, group and record separators, NEL and the line and paragraph
# separators).
_SPLITLINES_BREAK = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def lines_from(text: str, offset: int = 0) -> Iterator[str]:
    """The lines of ``text[offset:]`` one at a time, as ``str.splitlines`` gives them, with
    the same line breaks: a reader that wants the first few lines, or stops at a heading,
    splits and copies no more of the text than it reads."""
    at = offset
    for line_break in _SPLITLINES_BREAK.finditer(text, offset):
        yield text[at : line_break.start()]
        at = line_break.end()
    if at < len(text):
        yield text[at:]


@dataclass(frozen=True, slots=True)
class Head:
    """A text's first lines joined by line feeds, whatever breaks they had (so that one
    pattern reads a header of CRLF, CR or LF lines alike), with where each line began in
    the text, so that a match in the head can be put back on the text."""

    text: str
    starts: tuple[int, ...]

    def offset_in_text(self, position: int) -> int:
        """Where position ``position`` of the head lies in the text it was taken from."""
        line = self.text.count("\n", 0, position)
        column = position - (self.text.rfind("\n", 0, position) + 1)
        return self.starts[line] + column if self.starts else position

    def span_in_text(self, span: tuple[int, int]) -> tuple[int, int]:
        """A span of the head as a span of the text (a span within one line)."""
        return self.offset_in_text(span[0]), self.offset_in_text(span[1])


def head_of(text: str, count: int, offset: int = 0) -> Head:
    """The first ``count`` lines of ``text[offset:]``, as ``lines_from`` gives them, joined
    by line feeds, with where each began."""
    starts: list[int] = []
    lines: list[str] = []
    at = offset
    for line_break in _SPLITLINES_BREAK.finditer(text, offset):
        if len(lines) == count:
            break
        starts.append(at)
        lines.append(text[at : line_break.start()])
        at = line_break.end()
    else:
        if len(lines) < count and at < len(text):
            starts.append(at)
            lines.append(text[at:])
    return Head("\n".join(lines), tuple(starts))


def line_at(text: str, offset: int) -> str:
    """The line of ``text`` that offset ``offset`` lies on, without its line break."""
    return text[line_start(text, offset) : line_end(text, offset)]


def next_line(text: str, offset: int) -> str | None:
    """The line of ``text`` after the one that offset ``offset`` lies on, without its line
    break; None where that line is the last."""
    ends = line_end(text, offset)
    if ends >= len(text):
        return None
    return text[ends + 1 : line_end(text, ends + 1)]


class LineIndex:
    """Maps offsets to 1-based lines and columns, with LSP line breaks (LF, CRLF, CR)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def line_of(self, offset: int) -> int:
        """The 0-based line holding ``offset``."""
        return bisect.bisect_right(self.line_starts, offset) - 1

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of ``offset``; columns count Python characters."""
        line = self.line_of(offset)
        return line + 1, offset - self.line_starts[line] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Start and end offsets of 0-based ``line`` without its line break."""
        start = self.line_starts[line]
        end = self.line_starts[line + 1] if line + 1 < len(self.line_starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph: the unit of analysis and of caching."""

    start: int
    end: int
    text: str


# spaCy's parser needs about a gigabyte per 100,000 characters, and the language server
# re-analyses whole paragraphs: a paragraph longer than this is cut at line or sentence ends.
MAX_BLOCK_CHARS = 5000
_SOFT_BREAK = re.compile(r"(?:\r\n|\r|\n)|(?<=[.!?])\s+")


def paragraphs(text: str) -> list[Block]:
    """Split at blank lines; each block keeps its offsets in the whole text."""
    blocks: list[Block] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            blocks.extend(_cut(text, start, match.start()))
        start = match.end()
    if skip_spaces(text, start) < len(text):
        blocks.extend(_cut(text, start, len(text)))
    return blocks


def _cut(text: str, start: int, end: int) -> list[Block]:
    if end - start <= MAX_BLOCK_CHARS:
        return [Block(start, end, text[start:end])]
    pieces: list[Block] = []
    while end - start > MAX_BLOCK_CHARS:
        window_end = start + MAX_BLOCK_CHARS
        cut = None
        for match in _SOFT_BREAK.finditer(text, start + MAX_BLOCK_CHARS // 2, window_end):
            cut = match
        if cut is None:  # no break at all: cut at a space, or hard
            space = text.rfind(" ", start + 1, window_end)
            cut_at, resume = (space, space + 1) if space > start else (window_end, window_end)
        else:
            cut_at, resume = cut.start(), cut.end()
        pieces.append(Block(start, cut_at, text[start:cut_at]))
        start = resume
    if start < end:
        pieces.append(Block(start, end, text[start:end]))
    return pieces


# Double quotes pair reliably. Single quotes double as apostrophes, so a single-quoted
# passage must open after a space or bracket and close before a space or punctuation, on
# the same line.
_DOUBLE_OPEN = frozenset('"“')
_DOUBLE_CLOSE = frozenset('"”')
_SINGLE_MARKS = frozenset("‘’'")
_BEFORE_SINGLE_OPEN = frozenset("([:—–-")
_AFTER_SINGLE_CLOSE = frozenset(".,;:!?)]—–-")
_QUOTE_OR_BREAK = re.compile(
    "[" + re.escape("".join(sorted(_DOUBLE_OPEN | _DOUBLE_CLOSE | _SINGLE_MARKS))) + "\r\n]"
)


def quote_spans(text: str, *, lost_marks: bool = True) -> list[tuple[int, int]]:
    """Character ranges of quoted words, excluding the quote marks, sorted and disjoint.

    A quotation never runs past its paragraph: marks that would pair across a blank line
    are not one quotation, and a quotation left open ends where its paragraph ends. One
    pass over the text.

    With ``lost_marks`` (the default), words whose marks a copied text lost are quoted too:
    a paragraph set out under a line that hands over to a speaker ("Tora said:"), and a
    line closed by a curly mark that nothing opened. Those are enough to leave the words
    uncorrected, but too uncertain to decide whose text the whole is: kind inference asks
    without them.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    before: tuple[int, int] | None = None
    for match in _PARAGRAPH_BREAK.finditer(text):
        _paragraph_quotes(text, before, start, match.start(), spans, lost_marks)
        before = (start, match.start())
        start = match.end()
    _paragraph_quotes(text, before, start, len(text), spans, lost_marks)
    return spans


def _paragraph_quotes(
    text: str,
    before: tuple[int, int] | None,
    start: int,
    end: int,
    spans: list[tuple[int, int]],
    lost_marks: bool,
) -> None:
    """The quotations of one paragraph: all of it where the paragraph before hands over to
    a speaker and it holds no double mark (a publisher's "Tora said:" on a line of its own,
    over her words set out as a paragraph whose marks the copy lost); else its marks'."""
    if (
        lost_marks
        and before is not None
        and _hands_over_to_a_speaker(text[before[0] : before[1]])
        and _DOUBLE_MARK.search(text, start, end) is None
        and text[start:end].strip()
    ):
        body = text[start:end]
        spans.append((start + len(body) - len(body.lstrip()), start + len(body.rstrip())))
        return
    _quotes_in(text, start, end, spans, lost_marks)


# A line that hands over to a speaker is short: a name and a few words about them ("Lesley,
# who is an experienced foster carer, said:").
MAX_HAND_OVER_WORDS = 12
_HAND_OVER = re.compile(r"([A-Za-z]+)\s*:\s*$")


@cache
def _saying_forms() -> frozenset[str]:
    # The shared list of verbs that report what someone said, in the forms that tell of a
    # speaker ("said", "explains", "added"); "Good recording:" heads a list, not words.
    from recordlint.inflection import PAST, PLURAL, word_forms
    from recordlint.lexicon import word_list

    return frozenset(
        form
        for verb in word_list("reporting_verb")
        for form, inflection in word_forms(verb).items()
        if inflection in {PAST, PLURAL}
    )


@cache
def _speaker_words() -> frozenset[str]:
    # The shared nouns for people who may speak: the person, family, friends, professionals
    # and people in general ("Her daughter explained:", "The manager said:").
    from recordlint.lexicon import word_list

    return frozenset(
        word.casefold()
        for name in ("person", "other_person", "professional", "people_in_general")
        for word in word_list(name)
    )


# The pronouns that can stand as a speaker ("I was told:", "She added:").
_SPEAKER_PRONOUNS = frozenset({"i", "he", "she", "we", "they", "you"})


# Words that open a clause leading into the main one ("If you are unable to make some
# decisions, the Act explains:"). Such a clause is not the verb's subject, and a person it
# names ("you") is not the one who speaks: the subject stands after its comma.
_LEADING_CLAUSE_OPENERS = frozenset(
    {
        "if",
        "when",
        "whenever",
        "where",
        "while",
        "whilst",
        "although",
        "though",
        "because",
        "as",
        "since",
        "unless",
        "until",
        "once",
        "after",
        "before",
    }
)


def _subject_before(before: str) -> list[str]:
    """The words of the subject before a verb of saying: up to any aside after a comma
    ("Lesley, who is ..."), after any clause that leads into the main one ("If you are
    unable to decide, the Act")."""
    clauses = before.split(",")
    opener = clauses[0].split()[:1]
    if len(clauses) > 1 and opener and opener[0].casefold() in _LEADING_CLAUSE_OPENERS:
        clauses = clauses[1:]
    return clauses[0].split()


def _names_a_speaker(before: str) -> bool:
    """Whether the words before a verb of saying name someone who speaks: a name (every
    word capitalised, up to any aside after a comma: "Tora", "Lesley, who is ..."), a
    pronoun or a word for a person. A heading whose participle describes a thing
    ("Alternative options considered:", "The following outcomes are considered:") names
    no one, and the list set out under it is the writer's own; nor does a clause leading
    into the subject ("If you are unable ..., the Act explains:")."""
    subject = _subject_before(before)
    if not subject:
        return False
    if all(word[:1].isupper() for word in subject):
        return True
    people = _speaker_words()
    for word in subject:
        bare = word.strip("()[]'’\"“”").casefold()
        if bare.endswith(("'s", "’s")):
            bare = bare[:-2]
        if bare in _SPEAKER_PRONOUNS or bare in people or bare.removesuffix("s") in people:
            return True
    return False


def _hands_over_to_a_speaker(paragraph: str) -> bool:
    """Whether a paragraph is one short line that ends in a verb of saying and a colon,
    after words that name a speaker."""
    line = paragraph.strip()
    if "\n" in line or len(line.split()) > MAX_HAND_OVER_WORDS:
        return False
    found = _HAND_OVER.search(line)
    if found is None:
        return False
    verb = found.group(1)
    # a capitalised verb is a title's ("Options Considered:"), not a speaker's
    return (
        verb.islower()
        and verb.casefold() in _saying_forms()
        and _names_a_speaker(line[: found.start()])
    )


_DOUBLE_MARK = re.compile("[" + re.escape("".join(sorted(_DOUBLE_OPEN | _DOUBLE_CLOSE))) + "]")


def running_quote_spans(text: str, *, lost_marks: bool = True) -> list[tuple[int, int]]:
    """Like :func:`quote_spans`, but a quotation of several paragraphs is read whole, for
    questions asked of a text as a whole (whose words it is), never of one paragraph.

    A quotation that opens its paragraph and is left open there runs on through the
    paragraphs after it that hold no quotation mark, to the closing mark of the paragraph
    that ends it, or to the text's end where no mark follows at all: a person's account
    printed in their words, whose publisher opened it and closed it only at the end, or
    never. Where the next paragraph opens a quotation of its own (the printed convention:
    each paragraph of the quotation opens with a mark, only the last closes), each
    paragraph is already quoted to its end, and the reading stays as it is.
    """
    spans = quote_spans(text, lost_marks=lost_marks)
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    if start < len(text):
        bounds.append((start, len(text)))
    running: list[tuple[int, int]] = []
    index = 0
    for span_start, span_end in spans:
        if running and span_start < running[-1][1]:
            # inside a quotation already run on; one that goes on past where the run-on
            # closed (a single mark opened before the closing double one) is part of it
            running[-1] = (running[-1][0], max(running[-1][1], span_end))
            continue
        while index < len(bounds) and bounds[index][1] < span_end:
            index += 1
        para_start, para_end = bounds[index] if index < len(bounds) else (span_start, span_end)
        opens = not text[para_start : span_start - 1].strip()
        if not (opens and span_end == para_end and text[span_start - 1] in _DOUBLE_OPEN):
            running.append((span_start, span_end))
            continue
        end = span_end
        for next_start, next_end in bounds[index + 1 :]:
            mark = _DOUBLE_MARK.search(text, next_start, next_end)
            if mark is None:
                end = next_end
                continue
            at = mark.start()
            if mark.group() == "“" or (mark.group() == '"' and not text[next_start:at].strip()):
                break  # the next paragraph opens a quotation of its own
            end = at
            break
        running.append((span_start, end))
    return running


def _quotes_in(
    text: str, start: int, end: int, spans: list[tuple[int, int]], lost_marks: bool = True
) -> None:
    """Append the quotations of ``text[start:end]`` (one paragraph) to ``spans``."""
    double_open: int | None = None  # offset just after the opening mark
    single_open: int | None = None
    # A curly opening single mark that starts the paragraph opens a quotation as surely as
    # a double one (British style quotes a person's account in single marks, and opens
    # each paragraph of it so): left open, it too runs to the paragraph's end.
    opening = start + len(text[start:end]) - len(text[start:end].lstrip())
    single_opens_paragraph = False
    # A curly closing mark that ends a paragraph in which no double mark came before it
    # closes words quoted from the start of its line, whose opening mark the copy lost
    # ("When he went into the home, I felt I had lost ... but also guilt.”"): a curly
    # closing mark never opens anything, and nothing else could have opened it.
    closing = end - (len(text[start:end]) - len(text[start:end].rstrip()))
    seen_double = False
    first_span = len(spans)
    # Only quote marks and line breaks change anything: the scan jumps from one to the next.
    for mark in _QUOTE_OR_BREAK.finditer(text, start, end):
        position = mark.start()
        char = mark.group()
        if double_open is not None:
            if char in _DOUBLE_CLOSE:
                spans.append((double_open, position))
                double_open = None
            continue
        if lost_marks and char == "”" and not seen_double and position == closing - 1:
            line_start = max(text.rfind("\n", opening, position) + 1, opening)
            if position > line_start:
                # single-quoted words inside it are part of the one quotation now
                spans[first_span:] = [q for q in spans[first_span:] if q[1] <= line_start]
                spans.append((line_start, position))
                return
        if char in _DOUBLE_OPEN or char in _DOUBLE_CLOSE:
            seen_double = True
        if char in _DOUBLE_OPEN:
            if char == '"' and position > start and text[position - 1].isdigit():
                continue  # inches ("a 32" television"), not a quotation left open
            single_open = None  # a double quotation outranks an uncertain single one
            single_opens_paragraph = False
            double_open = position + 1
        elif char in "\r\n":
            if not single_opens_paragraph:
                single_open = None
        elif char in _SINGLE_MARKS:
            if (
                single_open is not None
                and char != "‘"
                and _closes_single(text, position, end, single_open)
            ):
                spans.append((single_open, position))
                single_open = None
                single_opens_paragraph = False
            elif single_open is None and char != "’" and _opens_single(text, position, end):
                single_open = position + 1
                single_opens_paragraph = char == "‘" and position == opening
    if double_open is not None and double_open < end:
        spans.append((double_open, end))
    elif single_opens_paragraph and single_open is not None and single_open < end:
        spans.append((single_open, end))


def _opens_single(text: str, position: int, end: int) -> bool:
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < end else " "
    return (before.isspace() or before in _BEFORE_SINGLE_OPEN) and not after.isspace()


def _closes_single(text: str, position: int, end: int, opened: int) -> bool:
    if position <= opened or text[position - 1].isspace():
        return False
    after = text[position + 1] if position + 1 < end else " "
    return after.isspace() or after in _AFTER_SINGLE_CLOSE


def overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps any of ``spans``, which are sorted and disjoint (as
    :func:`quote_spans` gives them): a binary search, not a scan."""
    after = bisect.bisect_left(spans, (end,))  # the first span starting at or after ``end``
    if after == 0:
        return False
    last_start, last_end = spans[after - 1]
    # Disjoint sorted spans end in order too, so only the last one starting before ``end``
    # can reach past ``start``; an empty finding touches a span it sits strictly inside.
    return start < last_end and last_start < end


# Direct speech set down without its quotation marks ("He said I dont mean it, I'm just
# scared."): a verb of speaking, then the speaker's words opening with a first- or
# second-person word whose verb is not put back a tense, running to the sentence's end.
# Backshifted words ("She said I could ring her", "he said you would be told") are the
# writer's report, often of what was said to the writer, and stay the writer's own.
MAX_UNMARKED_SPEECH_CHARS = 300
# "We" and "our" are left out: after a third person ("Our manager says we can only offer
# it") they are as often the writer's team as the speaker's.
_SPEAKER_OPENERS = r"i['’](?:m|ve|ll)|i\s+am|i|my|you['’](?:re|ve|ll)|you|your"
_BACKSHIFTED = (
    r"could|would|should|might|must|was|were|had|did|ought|used|wanted|needed|felt|thought"
    r"|knew|said|told|'d|’d"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\r|\n")


@cache
def _speech_opening() -> re.Pattern[str]:
    from recordlint.inflection import PAST, PLURAL, word_forms
    from recordlint.lexicon import word_list

    forms = sorted(
        {
            form
            for verb in word_list("speaking_verb")
            for form, inflection in word_forms(verb).items()
            if inflection in {PAST, PLURAL}
        },
        key=len,
        reverse=True,
    )
    return re.compile(
        rf"(?<![\w'’])(?:{'|'.join(map(re.escape, forms))})[ \t]*,?[ \t]+"
        rf"(?=(?:{_SPEAKER_OPENERS})(?![\w'’])(?![ \t]+(?:{_BACKSHIFTED})(?![\w'’])))",
        re.I,
    )


def unmarked_speech_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of direct speech whose quotation marks were never typed, sorted and
    disjoint: after a verb of speaking ("said", "replied", "shouted", from the
    ``speaking_verb`` word list), words that open with "I", "I'm", "my", "you", "your" and
    the like (never "we" or "our", as often the writer's team as the speaker's), their verb
    not put back a tense, up to the sentence's end ("Ruth said I want to go back to the art
    group but I cant face the bus."). Nothing when the words hold a quotation mark or no
    sentence end comes within ``MAX_UNMARKED_SPEECH_CHARS``: a bounded reading, for setting
    the words aside from correction, never for deciding whose text the whole is."""
    spans: list[tuple[int, int]] = []
    for opening in _speech_opening().finditer(text):
        start = opening.end()
        if spans and start < spans[-1][1]:
            continue
        end_mark = _SENTENCE_END.search(text, start, start + MAX_UNMARKED_SPEECH_CHARS)
        end = end_mark.start() if end_mark else len(text)
        if end_mark is None and len(text) - start > MAX_UNMARKED_SPEECH_CHARS:
            continue
        # A double mark or an opening single one means the words are marked after all, or
        # not simply the speaker's; an apostrophe ("I'm") is neither.
        if end <= start or _DOUBLE_MARK.search(text, start, end) or "‘" in text[start:end]:
            continue
        speaker = _clause_before(text, opening.start())
        if not _names_a_speaker(speaker) or _spoken_by_writer_or_reader(speaker):
            continue  # "The letter says your GP is aware": a paper, not a speaker
        spans.append((start, end))
    return spans


_CLAUSE_START = re.compile(r"[.!?;:\r\n]")
_SPEAKER_WORDS_BEFORE = 8


def _clause_before(text: str, end: int) -> str:
    """The last few words of the sentence before ``end``: where its speaker is named."""
    start = max(0, end - 120)
    breaks = [found.end() for found in _CLAUSE_START.finditer(text, start, end)]
    words = text[breaks[-1] if breaks else start : end].split()
    return " ".join(words[-_SPEAKER_WORDS_BEFORE:])


# The writer and the one a letter is to: their words reported in the first or second
# person ("I said I will ask", "You said you want to stay") are the writer's report, and
# where the speaker is the writer's own ("My granddaughter says I make the best cake"),
# "I" is the writer too.
_WRITER_OR_READER = frozenset({"i", "we", "you", "my", "our"})
_BETWEEN_SPEAKER_AND_VERB = frozenset({"also", "then", "just", "have", "has", "had"})


def _spoken_by_writer_or_reader(speaker: str) -> bool:
    """Whether the words before a verb of speaking make the writer, or the one a letter is
    to, the speaker: their reported words stay the writer's own."""
    words = [word.strip(",()").casefold() for word in speaker.split()]
    while words and words[-1] in _BETWEEN_SPEAKER_AND_VERB:
        words.pop()
    if not words:
        return False
    if words[-1] in _WRITER_OR_READER or (len(words) > 1 and words[-2] in {"my", "our"}):
        return True
    # "I introduced myself and said ...": the clause's first pronoun is the one speaking
    first = next((word for word in words if word in _SPEAKER_PRONOUNS | {"my", "our"}), None)
    return first in _WRITER_OR_READER


def merged_spans(*lists: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of several lists of spans, sorted and disjoint (as :func:`overlaps_any`
    wants them)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(span for spans in lists for span in spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
