"""How a long "sentence" is cut into the pieces a reader meets as sentences.

A parsed sentence can run over line ends, form labels ("Date of Meeting:"), entries set
between dashes and header lines of names and roles; none of these is one long sentence.
RL301 counts the words of each piece this module gives it.
"""

from __future__ import annotations

import bisect
import sys
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.lexicon import word_list

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def line_pieces(sentence: Span, lines: list[tuple[int, int]]) -> list[list[Token]]:
    """The sentence cut at line ends: list items and headings are not one long sentence
    (a hard-wrapped paragraph counts as one line)."""
    pieces: dict[int, list[Token]] = {}
    # Any bound past every line end will do; reading doc.text per token would rebuild it.
    beyond = sys.maxsize
    for token in sentence:
        if token.is_space:
            continue
        line = bisect.bisect_right(lines, (token.idx, beyond)) - 1
        if line >= 0 and token.idx < lines[line][1]:
            pieces.setdefault(line, []).append(token)
    return list(pieces.values())


MAX_LABEL_WORDS = 4


MIN_COLONS_IN_A_RUN_OF_LABELS = 3


def after_labels(piece: list[Token]) -> list[list[Token]]:
    """The piece cut at the colons of form labels: after a short label ("Guidance note:")
    that opens the piece, a line or a bracket, and at every colon of a run of labels
    ("Name: Date of Birth: Time of Meeting:"). Forms copied as text lose their line
    breaks, and their labels are not one sentence."""
    colons = sum(1 for t in piece if t.text == ":")
    if not colons:
        return [piece]
    parts: list[list[Token]] = []
    current: list[Token] = []
    for token in piece:
        if token.text != ":":
            current.append(token)
            continue
        label_start = _label_start(current)
        label_words = sum(1 for t in current[label_start:] if t.is_alpha or t.like_num)
        if colons >= MIN_COLONS_IN_A_RUN_OF_LABELS:
            label_start = 0
        elif label_words > MAX_LABEL_WORDS or not current[label_start:]:
            current.append(token)
            continue
        if current[:label_start]:
            parts.append(current[:label_start])
        if current[label_start:]:
            parts.append(current[label_start:])
        current = []
    if current:
        parts.append(current)
    return parts


# A dash between spaces that joins a name to what it names ("Jan Cant – Business Support
# Officer"); a list of people and their roles, copied without its line breaks, has one per
# entry.
_ENTRY_DASHES = frozenset({"–", "—", "-"})


MIN_DASHES_IN_A_LIST_OF_ENTRIES = 3


def entries_between_dashes(piece: list[Token]) -> list[list[Token]]:
    """The piece cut at its spaced dashes when it has three or more: a list of entries
    ("Nick Davison – Chief Superintendent, Norfolk Constabulary Stuart Horth – Head of
    ...") that lost its line breaks, not one sentence. A sentence with a dash or two
    around an aside stays whole."""
    text = doc_text(piece[0].doc) if piece else ""

    def spaced_dash(token: Token) -> bool:
        if token.text not in _ENTRY_DASHES or token.i == 0:
            return False
        after = token.idx + len(token.text)
        return text[token.idx - 1 : token.idx].isspace() and text[after : after + 1].isspace()

    dashes = [n for n, token in enumerate(piece) if spaced_dash(token)]
    if len(dashes) < MIN_DASHES_IN_A_LIST_OF_ENTRIES:
        return [piece]
    parts: list[list[Token]] = []
    start = 0
    for n in dashes:
        if piece[start:n]:
            parts.append(piece[start:n])
        start = n + 1
    if piece[start:]:
        parts.append(piece[start:])
    return parts


MIN_ENTRIES_IN_A_LIST_OF_NAMES = 5


MAX_WORDS_IN_A_NAME_ENTRY = 4


def a_list_of_names(piece: list[Token]) -> bool:
    """A header line of names or roles separated by commas or semicolons ("To: Board
    Members, Heads of Service, Team Managers, ..."; "Present: Cllr Ann Lee, Tony Beck,
    ..."): five entries or more, nearly all opening with a capital, most of them short.
    A list of readers or of those present, not a sentence to split. What an entry carries
    in brackets is part of it, not more entries ("Mr D Blacklock (Ms H Horne attended as
    substitute), Mr A Cummings (...)", a list of apologies), and the first entry is the
    name in capitals that ends it, not the lead-in before the name ("Apologies for absence
    were received from Mr D Blacklock")."""
    entries: list[list[Token]] = [[]]
    depth = 0
    for token in piece:
        if token.text in {"(", "["}:
            depth += 1
        elif token.text in {")", "]"}:
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif token.text in {",", ";"}:
            entries.append([])
        elif token.is_alpha or token.like_num:
            entries[-1].append(token)
    entries = [e for e in entries if e]
    if entries:
        first = entries[0]
        lead_in = max((n + 1 for n, t in enumerate(first) if not t.text[:1].isupper()), default=0)
        if first[lead_in:]:
            entries[0] = first[lead_in:]
    if len(entries) < MIN_ENTRIES_IN_A_LIST_OF_NAMES:
        return False
    if _a_list_of_people_and_roles(piece):
        return True
    capitalised = sum(1 for e in entries if e[0].text[:1].isupper())
    short = sum(1 for e in entries if len(e) <= MAX_WORDS_IN_A_NAME_ENTRY)
    return capitalised * 5 >= len(entries) * 4 and short * 4 >= len(entries) * 3


MAX_WORDS_IN_A_ROLE_ENTRY = 10


def _a_list_of_people_and_roles(piece: list[Token]) -> bool:
    """A list of people, each with their role after a comma, the entries separated by
    semicolons ("Sue Orchard, clinical leader, intermediate care ; Jackie Dawson,
    district nurse ; ..."), as a panel or those present are listed: every entry opens with
    a name in capitals and a comma, and is short. The first name may follow a heading
    the line break did not part from it ("Leeds social services and primary care trust
    Sue Orchard")."""
    entries: list[list[Token]] = [[]]
    for token in piece:
        if token.text == ";":
            entries.append([])
        elif token.is_alpha or token.text == ",":
            entries[-1].append(token)
    if len(entries) < MIN_ENTRIES_IN_A_LIST_OF_NAMES:
        return False
    for n, entry in enumerate(entries):
        comma = next((i for i, t in enumerate(entry) if t.text == ","), 0)
        name = entry[:comma]
        if n == 0:
            # The name is the run of capitalised words just before the first comma.
            opens = comma
            while opens and name[opens - 1].text[:1].isupper():
                opens -= 1
            name, entry = name[opens:], entry[opens:]
        if not name or len(name) > MAX_WORDS_IN_A_NAME_ENTRY:
            return False
        if not all(t.text[:1].isupper() for t in name):
            return False
        if sum(1 for t in entry if t.is_alpha) > MAX_WORDS_IN_A_ROLE_ENTRY:
            return False
    return True


def _label_start(tokens: list[Token]) -> int:
    """Where a label before a colon begins: after the last line break or opening mark, or
    at a numbered part's name that ends it ("... to fit your text Section 5:", a form
    copied without its line breaks, whose next part begins mid-line)."""
    text = doc_text(tokens[0].doc) if tokens else ""
    numbered = _numbered_part(tokens)
    for n in range(len(tokens) - 1, 0, -1):
        if n == numbered:
            return n
        before = tokens[n - 1]
        if before.text in "<([>)]" or "\n" in text[before.idx + len(before.text) : tokens[n].idx]:
            return n
    return 0


MIN_CONTENT_WORD = 4


def _numbered_part(tokens: list[Token]) -> int:
    """Where a numbered part's name closes ``tokens``: a capitalised word and its number
    ("Section 5", "Part 2", "Question 3") straight after a word of content in small
    letters that ends the part before ("... to fit your text Section 5:"), not cited after
    a short word or a word of grammar ("as described in Stage 1: ...", "see Part 2:",
    "within Section 3:") or a capitalised word ("See Section 5:"); or -1. Tokens alone:
    the rule needs no tagger."""
    if len(tokens) < 3:
        return -1
    before, name, number = tokens[-3], tokens[-2], tokens[-1]
    if not (name.is_alpha and name.text[0].isupper() and name.text[1:].islower()):
        return -1
    if not (number.is_digit and before.is_alpha and before.text.islower()):
        return -1
    if len(before.text) < MIN_CONTENT_WORD:
        return -1
    return -1 if before.text in word_list("function_word") else len(tokens) - 2
