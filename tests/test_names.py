"""The en_GB word list as the name helpers read it: stems grouped by first letter give the
same answers as searching the whole list."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recordlint import names


def _searched(text: str, stem: str) -> bool:
    """The whole-list search the groups stand in for."""
    return f"\n{stem}/" in text or f"\n{stem}\n" in text


def _grouped(text: str, stem: str) -> bool:
    group = names._group_stems(text).get(stem[:1])
    return group is not None and f"\n{stem}\n" in group


_SMALL_LIST = "4\nab/X\n\ncd\nef/G/H\nlast"


@pytest.mark.parametrize(
    ("stem", "listed"),
    [
        ("ab", True),  # before its flags
        ("cd", True),  # a whole line
        ("", True),  # the empty line
        ("ef", True),
        ("ef/G", True),  # up to a later "/" too, as the search finds it
        ("4", False),  # the first line counts the lines
        ("last", False),  # no newline ends it
        ("a", False),
        ("X", False),
        ("G", False),
    ],
)
def test_a_small_word_list_is_grouped_as_it_is_searched(stem: str, listed: bool) -> None:
    assert _searched(_SMALL_LIST, stem) is listed
    assert _grouped(_SMALL_LIST, stem) is listed


def test_the_groups_answer_as_the_whole_dictionary_is_searched() -> None:
    text = names._decoded(names._dictionary_bytes())
    lines = text.split("\n")
    stems = set()
    for line in lines[:: max(1, len(lines) // 2000)] + lines[:3] + lines[-3:]:
        stem = line.split("/", 1)[0]
        for word in (stem, line, stem[:3], stem + "s", stem.lower(), stem.capitalize()):
            stems.add(word)
    assert any(names._in_dictionary(stem) for stem in stems)
    assert not all(names._in_dictionary(stem) for stem in stems)
    for stem in sorted(stems):
        assert names._in_dictionary(stem) is _searched(text, stem), stem


def test_a_word_with_a_line_break_is_never_in_the_list() -> None:
    """No line of the list holds a line break: "a\nb" is not read as the end of one line
    and the start of the next."""
    text = names._decoded(names._dictionary_bytes())
    pairs = [line.split("/", 1)[0] for line in text.split("\n")[1:4]]
    across = f"{pairs[0]}\n{pairs[1]}"
    assert _searched(text, across)  # the whole-text search would have said yes
    assert names._in_dictionary(across) is False
    assert names.only_an_ordinary_word(across) is False


def test_a_word_list_with_carriage_returns_reads_as_one_with_newlines() -> None:
    assert names._decoded(b"2\r\nab/X\r\ncd\rlast") == "2\nab/X\ncd\nlast"


def test_the_courtesy_titles_the_patterns_share_are_the_lexicons() -> None:
    """The everyday courtesy titles every pattern compiled at load time shares are titles
    of ``lexicons/titles.toml``, each a courtesy title there."""
    courtesy = {
        entry.term
        for entry in names.load_lexicon("titles").entries
        if isinstance(entry, names.TitleEntry) and entry.kind == "courtesy"
    }
    assert set(names.COURTESY_TITLE.split("|")) <= courtesy


def test_no_module_writes_the_courtesy_titles_out_again() -> None:
    """Patterns that name a person by their courtesy title take the titles from
    ``names.COURTESY_TITLE``, so no two of them can list different ones."""
    source = Path(names.__file__).parent
    # As the alternatives of a pattern ("Mr|Mrs|") or as a set of words ("mr", "mrs", "ms",
    # "miss"); a list of abbreviations that take a full stop lists no "Miss".
    listed = re.compile(
        r"\bmrs?\|mrs?\||[\"']mr[\"'],\s*[\"']mrs[\"'],\s*[\"']ms[\"'],\s*[\"']miss[\"']",
        re.IGNORECASE,
    )
    offenders = [
        str(path.relative_to(source))
        for path in sorted(source.rglob("*.py"))
        if path.name != "names.py" and listed.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Tom", "T"),
        ("Kerry-Ann Doyle", "KAD"),
        ("Gareth Pryce-Evans", "GPE"),
        ("Mary‐Jane Ross", "MJR"),  # the Unicode hyphen
        ("kerry-ann", "KA"),
        ("  Tom   Hale ", "TH"),
        ("", ""),
    ],
)
def test_initials_take_a_letter_for_each_word_and_each_hyphened_part(
    name: str, expected: str
) -> None:
    assert names.initials(name) == expected


@pytest.mark.parametrize(
    ("label", "gives_the_person"),
    [
        ("Name", True),
        ("Service user", True),
        ("Service \t user", True),
        ("Client", True),
        ("Named", False),
        ("Address", False),
    ],
)
def test_a_person_field_label_comes_from_the_shared_word_list(
    label: str, gives_the_person: bool
) -> None:
    pattern = re.compile(rf"(?i:{names.person_field_label()})")
    assert bool(pattern.fullmatch(label)) is gives_the_person


@pytest.mark.parametrize(
    ("text", "given"),
    [
        (
            "Person: Akash Mistry (HD, mid stage)    Carer: Ben Carter (partner)",
            ["Akash Mistry", "Ben Carter"],
        ),
        ("Assessor: Tom Keeling, SW", ["Tom Keeling"]),
        ("Name: Mr Dennis Oakroyd\nDate of visit: 15 Sept 2025", ["Dennis Oakroyd"]),
        ("Service user: Dean Fairclough", ["Dean Fairclough"]),
        # A field's answer in words, not a name.
        ("Carer: Happy with the plan as it stands.", []),
        ("Outcome: Akash wants to stay at home.", []),
    ],
)
def test_names_given_in_header_fields(text: str, given: list[str]) -> None:
    assert list(names.names_given_in_fields(text)) == given
