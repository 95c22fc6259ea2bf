"""Text geometry: positions, paragraphs and the person's quoted words."""

from __future__ import annotations

import pytest

from recordlint.text import (
    MAX_BLOCK_CHARS,
    LineIndex,
    head_of,
    lines_from,
    paragraphs,
    quote_spans,
    skip_spaces,
)


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quote_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'She said "I don\'t want a package of care." Then left.',
            ["I don't want a package of care."],
        ),
        ("He told me \u2018I refused it\u2019 and she\u2019s fine.", ["I refused it"]),
        ("Mrs Khan said \u201cno way\u201d.", ["no way"]),
        ("He said 'I'm fine' today, it's Tom's.", ["I'm fine"]),
        ("The person's dog and the carers' rota.", []),
        ('She said "first" and then "second".', ["first", "second"]),
    ],
)
def test_quote_spans_find_quoted_words_not_apostrophes(text: str, expected: list[str]) -> None:
    """Quoted words are found in straight and curly quotes; apostrophes are not quotes."""
    assert quoted(text) == expected


def test_quote_spans_cross_a_line_break_but_not_a_paragraph() -> None:
    """A quote may wrap onto the next line but never runs past a blank line: one left open
    ends with its paragraph."""
    text = 'He said "I want to\ngo home" today.\n\nShe said "unclosed\n\nnext para'
    assert quoted(text) == ["I want to\ngo home", "unclosed"]


def test_line_index_handles_every_line_break() -> None:
    """LF, CRLF and CR all end lines; columns are 1-based."""
    index = LineIndex("a\nb\r\nc\rd")
    assert [index.position(i) for i in (0, 2, 5, 7)] == [(1, 1), (2, 1), (3, 1), (4, 1)]
    assert index.line_span(1) == (2, 3)


def test_paragraphs_keep_their_offsets() -> None:
    """Each paragraph's text equals the slice of the original at its offsets."""
    text = "First para.\nStill first.\n\n  \nSecond.\r\n\r\nThird."
    blocks = paragraphs(text)
    assert [b.text for b in blocks] == ["First para.\nStill first.", "Second.", "Third."]
    assert all(text[b.start : b.end] == b.text for b in blocks)


def test_paragraphs_cut_very_long_blocks_at_sentence_ends() -> None:
    """A paragraph longer than the block limit is cut, and no text is lost or moved."""
    text = "She is well. " * (MAX_BLOCK_CHARS // 5)
    blocks = paragraphs(text)
    assert len(blocks) > 1
    assert all(len(b.text) <= MAX_BLOCK_CHARS for b in blocks)
    assert all(text[b.start : b.end] == b.text for b in blocks)
    assert all(b.text.endswith(".") for b in blocks[:-1])


@pytest.mark.parametrize(
    ("text", "spaces"),
    [
        ("etc.  Then", " "),
        ("etc. \n Then", " "),
        ("w/c \t 23/03", " \t"),
        ("w/c", " \t"),
        ("", None),
        ("closed\u201d  \n\u00a0\u2028 next", None),
        ("   ", None),
        ("a\x1c\x85b", None),
    ],
)
def test_skip_spaces_reads_what_lstrip_leaves(text: str, spaces: str | None) -> None:
    """From every offset, the first character not skipped is the first of what
    ``str.lstrip`` leaves of the rest, and the end of the text where it leaves nothing."""
    for offset in range(len(text) + 2):
        rest = text[offset:].lstrip(spaces)
        at = skip_spaces(text, offset, spaces)
        assert text[at:] == rest
        assert (at >= len(text)) == (not rest)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "one line",
        "Carer: Ann Hill\nCared for: Bob Hill\n\nBody.\n",
        "a\r\nb\rc\n\r\nd",
        "form\x0cfeed\x0bvtab\x1cfs\x1dgs\x1ers\x85nel\u2028ls\u2029ps",
        "\n\n",
        "ends\r",
    ],
)
def test_lines_from_gives_what_splitlines_gives(text: str) -> None:
    """From every offset, the lines are those ``str.splitlines`` gives of the rest, with
    all its line breaks, CRLF read as one."""
    for offset in range(len(text) + 2):
        assert list(lines_from(text, offset)) == text[offset:].splitlines()


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r", "\u2028"])
def test_a_head_reads_any_line_breaks_and_puts_its_matches_back_on_the_text(
    line_break: str,
) -> None:
    lines = ["From: A Smith", "To: B Jones", "Sent: Tuesday 15 September 2026", "", "Body."]
    text = line_break.join(lines) + line_break
    head = head_of(text, 3)
    assert head.text == "From: A Smith\nTo: B Jones\nSent: Tuesday 15 September 2026"
    assert head.text == "\n".join(text.splitlines()[:3])
    found = head.text.index("Tuesday")
    start, end = head.span_in_text((found, found + len("Tuesday")))
    assert text[start:end] == "Tuesday"


def test_a_head_from_an_offset_and_of_a_short_text() -> None:
    text = "  Name: Ann\r\nCarer: Bob"
    head = head_of(text, 8, 2)
    assert head.text == "Name: Ann\nCarer: Bob"
    assert text[head.offset_in_text(head.text.index("Bob")) :] == "Bob"
    assert head_of("", 8).text == ""


def test_a_carer_named_in_a_crlf_header_is_found_on_the_same_words() -> None:
    """The voice rule's header readers put their matches back on the text through the
    head's line starts, so a record with CRLF lines names the same words as with LF."""
    from recordlint.rules.voice.carers import caller_as_carer, carer_contact

    note = "Telephone note\n12/03/2026\nCall from Mr Patrick Doyle, carer for his wife\n\nOk."
    contact = (
        "Visit note\n12/03/2026\nIncoming call from Sharon Dunmore (dtr) re her father\n\n"
        "Carers assessment offered, Sharon declined."
    )
    for reader, text in ((caller_as_carer, note), (carer_contact, contact)):
        crlf = text.replace("\n", "\r\n")
        lf_span, crlf_span = reader(text), reader(crlf)
        assert lf_span is not None and crlf_span is not None
        assert crlf[crlf_span[0] : crlf_span[1]] == text[lf_span[0] : lf_span[1]]
