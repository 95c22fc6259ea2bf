"""`recordlint annotate`: Word documents with each finding as a comment on its own words.

Letters are built on the fly with python-docx (a table with a table inside it, a footer,
formatting that changes mid-finding), annotated, and read back.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from docx import Document
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recordlint import Linter
from recordlint.cli import cli
from recordlint.docx_annotate import (
    AUTHOR,
    annotate_document,
    annotate_file,
    document_segments,
    runs_of,
)
from tests.conftest import linter_for

# Rules that need no language model, so the property test can run many documents.
WORD_LIST_RULES = {"select": ["RL101", "RL102", "RL103", "RL201", "RL304"]}


def build_letter(path: Path) -> Path:
    document = Document()
    document.add_paragraph("Dear Mr Patel,")
    paragraph = document.add_paragraph()
    paragraph.add_run("Thank you for seeing me. The ").bold = True
    # The acronym's run also holds other words, and its formatting differs from its
    # neighbours': the comment must cover "OT" alone and keep the italics on both sides.
    paragraph.add_run("OT and the GP").italic = True
    paragraph.add_run(" will come on Monday to look at the stairs.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "What"
    table.cell(0, 1).text = "Help from the DN with tablets."
    inner = table.cell(1, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "The SW will ring you."
    document.sections[0].footer.paragraphs[0].text = "Ring the ASC team."
    document.add_paragraph("Yours sincerely,")
    document.add_paragraph("Sam Jones")
    document.save(str(path))
    return path


def anchors(path: Path) -> dict[str, str]:
    """Each comment's id and the text between its range start and end, read from the XML."""
    body = Document(str(path)).element.body
    open_ranges: dict[str, list[str]] = {}
    found: dict[str, str] = {}
    for element in body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ranges[element.get(qn("w:id"))] = []
        elif element.tag == qn("w:commentRangeEnd"):
            found[element.get(qn("w:id"))] = "".join(open_ranges.pop(element.get(qn("w:id"))))
        elif element.tag in (qn("w:t"), qn("w:tab"), qn("w:p")):
            piece = {qn("w:t"): element.text or "", qn("w:tab"): "\t", qn("w:p"): "\n"}
            for parts in open_ranges.values():
                if element.tag != qn("w:p") or parts:  # a paragraph break inside a range
                    parts.append(piece[element.tag])
    return found


def formatting(path: Path) -> list[list[tuple[str, Any, Any]]]:
    """Every paragraph's characters with the bold and italic they are shown in."""
    _, segments = document_segments(Document(str(path)))
    return [
        [(ch, run.bold, run.italic) for run in runs_of(seg.paragraph) for ch in run.text]
        for seg in segments
    ]


def test_every_finding_becomes_a_comment_on_exactly_its_words(
    tmp_path: Path, default_linter: Linter
) -> None:
    """Each body finding gets one comment by recordlint whose anchor is the finding's text;
    the footer's finding is returned, not anchored; text and formatting are unchanged."""
    source = build_letter(tmp_path / "letter.docx")
    target = tmp_path / "letter.checked.docx"
    result = annotate_file(source, target, default_linter)
    texts = {f.text for f in result.findings}
    assert {"OT", "GP", "DN", "SW", "ASC"} <= texts  # body, table, nested table, footer
    assert [(part, f.text) for part, f in result.not_anchored] == [("footer", "ASC")]
    assert len(result.anchored) == len(result.findings) - 1

    annotated = Document(str(target))
    comments = list(annotated.comments)
    assert len(comments) == len(result.anchored)
    assert all(c.author == AUTHOR for c in comments)
    by_id = {str(c.comment_id): c for c in comments}
    anchored_texts = anchors(target)
    assert set(anchored_texts) == set(by_id)
    # Anchors equal the findings' texts, as a multiset: nothing wider, nothing narrower.
    assert Counter(anchored_texts.values()) == Counter(f.text for f, _ in result.anchored)
    for comment_id, anchor in anchored_texts.items():
        finding = next(f for f, a in result.anchored if a == anchor)
        first = by_id[comment_id].paragraphs[0].text
        assert first.startswith(f"{finding.code} ")

    ot = next(f for f, _ in result.anchored if f.text == "OT")
    comment = next(
        c for c in comments if c.paragraphs[0].text.startswith("RL101") and "'OT'" in c.text
    )
    assert ot.message in comment.text and "Standard 2" in comment.text
    assert "Suggestion: occupational therapist" in comment.text

    assert document_segments(annotated)[0] == document_segments(Document(str(source)))[0]
    assert formatting(target) == formatting(source)


def test_annotate_command_does_a_folder_into_a_folder(tmp_path: Path) -> None:
    """`recordlint annotate FOLDER -o FOLDER` writes each letter's copy under the same
    name, says how many comments each got, and lists what sits in the footer."""
    letters = tmp_path / "letters"
    letters.mkdir()
    build_letter(letters / "patel.docx")
    (letters / "~$patel.docx").write_bytes(b"a Word lock file")
    out = tmp_path / "checked"
    result = CliRunner().invoke(cli, ["annotate", str(letters), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["patel.docx"]
    assert "comments ->" in result.output
    assert "footer: RL101" in result.output and "not annotated" in result.output
    assert len(list(Document(str(out / "patel.docx")).comments)) >= 4


def test_annotate_command_names_the_copy_and_never_replaces_the_original(
    tmp_path: Path,
) -> None:
    """Without -o the copy is NAME.checked.docx beside the letter; -o naming the letter
    itself is refused (status 2) and leaves it as it was."""
    letter = build_letter(tmp_path / "letter.docx")
    before = letter.read_bytes()
    result = CliRunner().invoke(cli, ["annotate", str(letter), "--select", "RL101"])
    assert result.exit_code == 0, result.output
    assert len(list(Document(str(tmp_path / "letter.checked.docx")).comments)) == 4
    refused = CliRunner().invoke(cli, ["annotate", str(letter), "-o", str(letter)])
    assert refused.exit_code == 2 and "would replace it" in refused.output
    assert letter.read_bytes() == before


def test_annotate_refuses_what_is_not_a_word_document(tmp_path: Path) -> None:
    """A .txt file is a usage error (status 2), not a crash."""
    note = tmp_path / "note.txt"
    note.write_text("The OT came.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["annotate", str(note)])
    assert result.exit_code == 2
    assert "not a Word document" in result.output


_words = st.sampled_from(["OT", "GP", "e.g.", "asap", "the", "utilise", " ", ". ", "DN,"])
_plain = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Co"), max_codepoint=0x2FFF)
    | st.sampled_from(" \t"),
    max_size=12,
)
_run = st.tuples(st.lists(_words | _plain, max_size=5).map("".join), st.booleans())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(st.lists(_run, min_size=1, max_size=4), min_size=1, max_size=4))
def test_any_text_keeps_its_words_and_formatting_and_anchors_match(
    tmp_path_factory: pytest.TempPathFactory, paragraphs: list[list[tuple[str, bool]]]
) -> None:
    """Whatever the runs hold, annotating changes no character or its boldness, and every
    comment's anchor is its finding's text."""
    folder = tmp_path_factory.mktemp("any")
    document = Document()
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for text, bold in runs:
            paragraph.add_run(text).bold = bold
    source = folder / "any.docx"
    document.save(str(source))
    target = folder / "any.checked.docx"
    result = annotate_file(source, target, linter_for(WORD_LIST_RULES))
    assert formatting(target) == formatting(source)
    assert Counter(anchors(target).values()) == Counter(a for _, a in result.anchored)
    for finding, anchor in result.anchored:
        assert anchor == finding.text
    assert len(result.anchored) + len(result.not_anchored) == len(result.findings)


def test_annotate_document_leaves_a_clean_letter_without_comments(tmp_path: Path) -> None:
    """A letter with nothing to flag gets no comments part entries."""
    document = Document()
    document.add_paragraph("We will visit you on Monday.")
    result = annotate_document(document, linter_for(WORD_LIST_RULES))
    assert result.findings == [] and list(document.comments) == []


def _text_as(path: Path, accepted: bool) -> str:
    """The body's text with every tracked change accepted (or every one rejected)."""
    left_out = qn("w:del") if accepted else qn("w:ins")
    lines = []
    for paragraph in Document(str(path)).element.body.iter(qn("w:p")):
        pieces = [
            element.text or ""
            for element in paragraph.iter(qn("w:t"), qn("w:delText"))
            if not any(a.tag == left_out for a in element.iterancestors())
        ]
        lines.append("".join(pieces))
    return "\n".join(lines)


def test_track_changes_offers_safe_replacements_to_accept_or_reject(
    tmp_path: Path, default_linter: Linter
) -> None:
    """With track_changes, each safe replacement is a tracked change by recordlint:
    rejecting them all gives the original text, accepting them all gives the text with the
    suggestions; a finding whose fix needs judgement ('OT': two expansions) is not changed;
    every annotation id is distinct."""
    source = build_letter(tmp_path / "letter.docx")
    target = tmp_path / "tracked.docx"
    result = annotate_file(source, target, default_linter, track_changes=True)
    replaced = {f.text: new for f, new in result.tracked}
    assert replaced["GP"] == "general practitioner" and replaced["DN"] == "district nurse"
    assert "OT" not in replaced
    assert all(f.fix == "safe" for f, _ in result.tracked)
    original = _text_as(source, accepted=True)
    assert _text_as(target, accepted=False) == original
    expected = original
    for old, new in replaced.items():
        expected = expected.replace(old, new)
    assert _text_as(target, accepted=True) == expected
    body = Document(str(target)).element.body
    changes = body.findall(".//" + qn("w:ins")) + body.findall(".//" + qn("w:del"))
    assert {c.get(qn("w:author")) for c in changes} == {AUTHOR}
    change_ids = [c.get(qn("w:id")) for c in changes]
    comment_ids = [c.get(qn("w:id")) for c in body.iter(qn("w:commentRangeStart"))]
    assert len(set(change_ids + comment_ids)) == len(change_ids) + len(comment_ids)
    assert len(list(Document(str(target)).comments)) == len(result.anchored)
