"""Property tests for the readers that narrow an acronym's meanings by its place in arbitrary
text: they only ever take meanings away, and the writer's long form they read is words of
the text that stand just before the bracket."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from recordlint.rules.acronyms.expansions import (
    content_stems,
    meanings_before_a_list,
    meanings_the_record_names,
    meanings_the_writer_allows,
    writers_long_form_before,
)

_MEANINGS = st.lists(
    st.sampled_from(
        [
            "safeguarding adults review",
            "subject access request",
            "annual performance assessment",
            "alternative payment arrangement",
            "that is",
            "for example",
            "occupational therapist",
        ]
    ),
    max_size=4,
    unique=True,
).map(tuple)
_PIECES = st.sampled_from(
    ["annual assessments ", "(", ")", "APAs", "SARs", "i.e.", ", ", "a, b, c", " ", "\n", "é", "x"]
)
_TEXT = st.one_of(st.text(max_size=80), st.lists(_PIECES, max_size=20).map("".join))


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, data=st.data(), meanings=_MEANINGS)
def test_narrowing_readers_only_take_meanings_away(
    text: str, data: st.DataObject, meanings: tuple[str, ...]
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    base = data.draw(st.sampled_from(["APAs", "SARs", "ie", "X", ""]))
    allowed = meanings_the_writer_allows(meanings, text, start, end, base)
    before_list = meanings_before_a_list(meanings, text, end)
    named = meanings_the_record_names(meanings, content_stems(text))
    for narrowed in (allowed, before_list, named):
        assert set(narrowed) <= set(meanings)
        assert list(narrowed) == [m for m in meanings if m in narrowed]  # order kept


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, data=st.data())
def test_a_long_form_is_words_standing_just_before_the_bracket(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    base = data.draw(st.sampled_from(["APA", "SAR", "AA", "OT", "X", ""]))
    long_form = writers_long_form_before(text, start, end, base)
    if long_form is None:
        return
    assert text[end : end + 1] == ")"
    before = text[:start].rstrip().removesuffix("(").rstrip()
    assert " ".join(before.split()).endswith(long_form)
    assert len(long_form.split()) >= 2


def test_the_long_form_read_is_the_writers_own_words() -> None:
    text = "The regulator replaced annual assessments (APAs) in 2008."
    start = text.index("APAs")
    assert writers_long_form_before(text, start, start + 4, "APA") == "annual assessments"
    allowed = meanings_the_writer_allows(
        ("alternative payment arrangement",), text, start, start + 4, "APA"
    )
    assert allowed == ()
