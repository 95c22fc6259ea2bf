"""UTF-16 offsets and LanguageTool's annotated text, for any text."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recordlint.offsets import Utf16Offsets, utf16_length
from recordlint.serve.languagetool import AnnotatedText, BadCheckRequest, parse_check_form

# Astral characters (emoji, mathematical letters) are the point; mix them with plain ones.
TEXT = st.text(
    alphabet=st.sampled_from(list("ab \n😀𝒜é")) | st.characters(exclude_categories=("Cs",)),
    max_size=80,
)


def _utf16_slice(text: str, offset: int, length: int) -> str:
    return text.encode("utf-16-le")[2 * offset : 2 * (offset + length)].decode("utf-16-le")


@given(TEXT, st.data())
def test_python_and_utf16_offsets_convert_both_ways(text: str, data: st.DataObject) -> None:
    offsets = Utf16Offsets(text)
    assert offsets.length == utf16_length(text) == len(text.encode("utf-16-le")) // 2
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    utf16_start, utf16_end = offsets.to_utf16(start), offsets.to_utf16(end)
    assert offsets.to_index(utf16_start) == start
    assert offsets.to_index(utf16_end) == end
    assert _utf16_slice(text, utf16_start, utf16_end - utf16_start) == text[start:end]


def test_an_offset_inside_an_emoji_moves_past_it() -> None:
    offsets = Utf16Offsets("a😀b")
    assert [offsets.to_utf16(i) for i in range(4)] == [0, 1, 3, 4]
    assert offsets.to_index(2) == 2  # between the emoji's two halves: after the emoji


PART = st.one_of(
    TEXT.map(lambda text: {"text": text}),
    st.builds(lambda markup: {"markup": markup}, TEXT),
    st.builds(
        lambda markup, meaning: {"markup": markup, "interpretAs": meaning},
        TEXT,
        st.sampled_from(["\n", "\n\n", " "]),
    ),
)


@given(st.lists(PART, max_size=6), st.data())
def test_annotated_offsets_select_the_same_words_in_the_clients_text(
    parts: list[dict[str, str]], data: st.DataObject
) -> None:
    annotated = AnnotatedText.from_data(json.dumps({"annotation": parts}))
    original = "".join(part.get("text", part.get("markup", "")) for part in parts)
    assert annotated.original_length == utf16_length(original)
    assert annotated.plain == "".join(
        part.get("text", part.get("interpretAs", "")) for part in parts
    )
    # Any stretch of one text part maps to exactly its characters in the client's text.
    texts = [(i, part["text"]) for i, part in enumerate(parts) if part.get("text")]
    if not texts:
        return
    index, chosen = data.draw(st.sampled_from(texts))
    start = data.draw(st.integers(0, len(chosen)))
    end = data.draw(st.integers(start, len(chosen)))
    plain_before = sum(len(part.get("text", part.get("interpretAs", ""))) for part in parts[:index])
    offset, length = annotated.original_span(plain_before + start, plain_before + end)
    assert _utf16_slice(original, offset, length) == chosen[start:end]


@pytest.mark.parametrize(
    "data",
    [
        '{"annotation": [{"text": "a", "markup": "<b>"}]}',
        '{"annotation": [{"markup": "<b>", "interpretAs": 3}]}',
        '{"annotation": "text"}',
        "[]",
    ],
)
def test_malformed_annotations_are_refused(data: str) -> None:
    with pytest.raises(BadCheckRequest):
        parse_check_form({"data": data, "language": "en"})
