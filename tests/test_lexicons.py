"""Structure tests for the shipped lexicons and the lexicon loader.

Set ``RECORDLINT_UPDATE_SCHEMAS=1`` to rewrite ``lexicons/schema/*.schema.json`` from the
models after a deliberate schema change.
"""

from __future__ import annotations

import json
import os
import pathlib
import tomllib

import pytest

from recordlint.lexicon import (
    ENTRY_MODELS,
    LEXICON_NAMES,
    Lexicon,
    LexiconError,
    acronym_terms,
    lexicon_dir,
    lexicon_file_model,
    load_lexicon,
    load_lexicon_file,
)

REPOSITORY_LEXICONS = pathlib.Path(__file__).resolve().parent.parent / "lexicons"
SCHEMA_DIR = REPOSITORY_LEXICONS / "schema"

FLOORS = {"acronyms": 300, "jargon": 200, "judgemental": 100}
BRIEF_FLOORS = {
    "acronyms": 320,
    "jargon": 210,
    "legal-terms": 25,
    "wordy-phrases": 80,
    "judgemental": 110,
    "opinion-markers": 150,
}

HEADER_TEMPLATE = """\
[lexicon]
name = "jargon"
description = "Team jargon."
schema_version = 1
reviewed_by = "team"
reviewed_on = "2026-11-23"
sources = ["team review"]
"""


def _suggestions(entry: object) -> tuple[str, ...]:
    return tuple(getattr(entry, "suggestions", ())) + tuple(getattr(entry, "expansions", ()))


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_lexicon_loads_and_validates(name: str) -> None:
    """Every shipped lexicon parses and matches its schema."""
    lexicon = load_lexicon(name)
    assert isinstance(lexicon, Lexicon)
    assert lexicon.entries
    assert all(isinstance(entry, ENTRY_MODELS[name]) for entry in lexicon.entries)


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_file_model_accepts_each_shipped_lexicon_as_loaded(name: str) -> None:
    """Loading validates the header and each entry by its own model and builds the file's
    model only for a file that fails; the file's model, which also checks the tables and
    the entry count, accepts every shipped lexicon and gives the same entries."""
    raw = tomllib.loads((REPOSITORY_LEXICONS / f"{name}.toml").read_text(encoding="utf-8"))
    parsed = lexicon_file_model(name).model_validate(raw)
    loaded = load_lexicon(name)
    assert parsed.entry == loaded.entries  # type: ignore[attr-defined]
    assert parsed.lexicon == loaded.header  # type: ignore[attr-defined]


def test_an_unknown_table_is_still_named(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "jargon.toml"
    path.write_text(
        HEADER_TEMPLATE + '[[entry]]\nterm = "step down"\n\n[extras]\nnote = "x"\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="top level, field 'extras': unknown field"):
        load_lexicon_file(path, "jargon")


def test_lexicon_names_match_files() -> None:
    """The declared names are exactly the TOML files in the lexicon folder."""
    stems = sorted(path.stem for path in REPOSITORY_LEXICONS.glob("*.toml"))
    assert stems == sorted(LEXICON_NAMES)
    assert tuple(sorted(LEXICON_NAMES)) == LEXICON_NAMES


def test_lexicon_dir_finds_the_files() -> None:
    """The lexicon folder resolves to a place that holds every lexicon."""
    folder = lexicon_dir()
    for name in LEXICON_NAMES:
        assert (folder / f"{name}.toml").is_file()


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_header_name_matches_file(name: str) -> None:
    """Each header names its own file."""
    assert load_lexicon(name).header.name.replace("_", "-") == name


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_terms_unique_ignoring_case(name: str) -> None:
    """No term appears twice in a file, whatever its case."""
    folded = [term.casefold() for term in load_lexicon(name).terms()]
    duplicates = sorted({term for term in folded if folded.count(term) > 1})
    assert duplicates == []


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_terms_sorted_ignoring_case(name: str) -> None:
    """Entries are sorted by term, ignoring case, so diffs stay clean."""
    terms = load_lexicon(name).terms()
    assert terms == sorted(terms, key=str.casefold)


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_no_suggestion_repeats_its_term(name: str) -> None:
    """A suggestion or expansion never equals the term it replaces."""
    repeats = [
        entry.term
        for entry in load_lexicon(name).entries
        if entry.term.casefold() in {text.casefold() for text in _suggestions(entry)}
    ]
    assert repeats == []


def test_no_term_in_both_jargon_and_legal_terms() -> None:
    """Legal terms are explained, never replaced, so they cannot also be jargon."""
    jargon = {term.casefold() for term in load_lexicon("jargon").terms()}
    legal = {term.casefold() for term in load_lexicon("legal-terms").terms()}
    assert sorted(jargon & legal) == []


@pytest.mark.parametrize("other", ["judgemental", "wordy-phrases"])
def test_jargon_does_not_repeat_other_lexicons(other: str) -> None:
    """A phrase belongs to one plain-language lexicon, so it is reported once."""
    jargon = {term.casefold() for term in load_lexicon("jargon").terms()}
    terms = {term.casefold() for term in load_lexicon(other).terms()}
    assert sorted(jargon & terms) == []


def test_jargon_suggestions_are_not_jargon() -> None:
    """A plainer alternative is never itself a jargon term."""
    jargon = {term.casefold() for term in load_lexicon("jargon").terms()}
    offenders = [
        (entry.term, suggestion)
        for entry in load_lexicon("jargon").entries
        for suggestion in entry.suggestions
        if suggestion.casefold() in jargon
    ]
    assert offenders == []


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floor_counts(name: str) -> None:
    """The lexicons hold at least the number of entries the plan sets."""
    assert len(load_lexicon(name).entries) >= FLOORS[name]


@pytest.mark.parametrize("name", sorted(BRIEF_FLOORS))
def test_reviewed_counts(name: str) -> None:
    """The reviewed lexicons keep the sizes they were accepted at."""
    assert len(load_lexicon(name).entries) >= BRIEF_FLOORS[name]


def test_no_acronym_is_a_title() -> None:
    """Titles such as Mr and Dr are never listed as acronyms; a title only before a name
    ("PC Dawn Hilliard") may be one alone ("PC": personal care)."""
    entries = load_lexicon("titles").entries
    titles = {entry.term for entry in entries if not getattr(entry, "before_name", False)}
    assert sorted(titles & set(load_lexicon("acronyms").terms())) == []


def test_no_acronym_is_a_unit() -> None:
    """Units such as mg and ml are never listed as acronyms. The parts of a day are the one
    exception: "am" and "pm" beside a number are a clock time's unit ("9am"), and after a
    word naming the day they are shorthand for the morning and the afternoon ("Fri pm")."""
    units = {entry.term for entry in load_lexicon("never-flag").entries if entry.kind == "unit"}
    assert sorted(units & set(load_lexicon("acronyms").terms())) == ["am", "pm"]


@pytest.mark.parametrize(
    ("term", "expansion"),
    [
        ("w/c", "wheelchair"),
        ("w/c", "week commencing"),
        ("NFA", "no further action"),
        ("NFA", "no fixed abode"),
        ("SAR", "Safeguarding Adults Review"),
        ("SAR", "subject access request"),
        ("DoLS", "Deprivation of Liberty Safeguards"),
        ("s42", "section 42"),
    ],
)
def test_ambiguous_acronyms_list_each_meaning(term: str, expansion: str) -> None:
    """Acronyms with several meanings list every one."""
    entries = {entry.term: entry for entry in load_lexicon("acronyms").entries}
    assert expansion in entries[term].expansions


def test_depersonalising_labels_are_marked() -> None:
    """Labels that stand in for the person are marked so the rule can suggest their name."""
    marked = {entry.term for entry in load_lexicon("jargon").entries if entry.depersonalising}
    assert {"service user", "client", "the adult", "the individual", "customer"} <= marked


def test_refuse_is_replaceable_and_excepts_the_tribunal() -> None:
    """The entry for refuse offers a direct replacement and spares a tribunal's decision."""
    entries = {entry.term: entry for entry in load_lexicon("judgemental").entries}
    refuse = entries["refuse"]
    assert refuse.replaceable
    assert refuse.suggestions[0] == "decline"
    assert "refused by the tribunal" in refuse.exceptions


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_committed_schema_matches_model(name: str) -> None:
    """The committed JSON schema is the one the models generate."""
    expected = json.dumps(lexicon_file_model(name).model_json_schema(), indent=2) + "\n"
    path = SCHEMA_DIR / f"{name}.schema.json"
    if os.environ.get("RECORDLINT_UPDATE_SCHEMAS") == "1":
        SCHEMA_DIR.mkdir(exist_ok=True)
        path.write_text(expected, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == expected, (
        f"{path.name} is out of date; rerun with RECORDLINT_UPDATE_SCHEMAS=1"
    )


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_files_point_editors_at_their_schema(name: str) -> None:
    """Each file names its JSON schema on the first line for editors that validate TOML."""
    first_line = (REPOSITORY_LEXICONS / f"{name}.toml").read_text(encoding="utf-8")
    assert first_line.splitlines()[0] == f"#:schema ./schema/{name}.schema.json"


def test_team_file_loads_with_shipped_schema(tmp_path: pathlib.Path) -> None:
    """A team's own file loads with the schema of the lexicon it extends."""
    path = tmp_path / "team-jargon.toml"
    path.write_text(
        HEADER_TEMPLATE
        + '\n[[entry]]\nterm = "huddle"\nsuggestions = ["team meeting"]\n'
        + 'why = "Team slang."\nstandards = [2]\n',
        encoding="utf-8",
    )
    lexicon = load_lexicon_file(path, "jargon")
    assert lexicon.terms() == ["huddle"]
    assert lexicon.entries[0].depersonalising is False


def test_bad_field_names_file_term_and_field(tmp_path: pathlib.Path) -> None:
    """A misspelt field raises an error naming the file, the term and the field."""
    path = tmp_path / "bad-jargon.toml"
    path.write_text(
        HEADER_TEMPLATE
        + '\n[[entry]]\nterm = "huddle"\nsugestions = ["team meeting"]\n'
        + 'suggestions = ["team meeting"]\nwhy = "Team slang."\nstandards = [2]\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError) as caught:
        load_lexicon_file(path, "jargon")
    message = str(caught.value)
    assert str(path) in message
    assert "'huddle'" in message
    assert "'sugestions'" in message
    assert (caught.value.term, caught.value.field) == ("huddle", "sugestions")


def test_bad_value_names_file_term_and_field(tmp_path: pathlib.Path) -> None:
    """A wrong value raises an error naming the file, the term and the field."""
    path = tmp_path / "bad-jargon.toml"
    path.write_text(
        HEADER_TEMPLATE
        + '\n[[entry]]\nterm = "huddle"\nsuggestions = ["team meeting"]\n'
        + 'why = "Team slang."\nstandards = [3]\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError) as caught:
        load_lexicon_file(path, "jargon")
    message = str(caught.value)
    assert str(path) in message
    assert "'huddle'" in message
    assert "'standards'" in message


def test_suggestion_equal_to_term_is_rejected(tmp_path: pathlib.Path) -> None:
    """A suggestion that repeats its term is a schema error."""
    path = tmp_path / "wordy.toml"
    path.write_text(
        HEADER_TEMPLATE.replace('"jargon"', '"wordy-phrases"')
        + '\n[[entry]]\nterm = "utilise"\nsuggestions = ["Utilise"]\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="'utilise'"):
        load_lexicon_file(path, "wordy-phrases")


def test_a_habitual_opinion_marker_is_a_verb_and_to(tmp_path: pathlib.Path) -> None:
    """Only a verb and "to" may be marked habitual: the rule reads the verb before an
    infinitive."""
    path = tmp_path / "opinion.toml"
    path.write_text(
        HEADER_TEMPLATE.replace('"jargon"', '"opinion-markers"')
        + '\n[[entry]]\nterm = "usually"\nkind = "hedge"\nhabitual = true\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="'usually'"):
        load_lexicon_file(path, "opinion-markers")


@pytest.mark.parametrize(
    ("term", "kind"), [("try to", "hedge"), ("on purpose", "motive"), ("try", "motive")]
)
def test_a_progressive_only_marker_is_a_motive_verb_and_to(
    tmp_path: pathlib.Path, term: str, kind: str
) -> None:
    """Only a motive marker that is a verb and "to" may be read in the present progressive
    alone: the rule reads that verb's tense."""
    path = tmp_path / "opinion.toml"
    path.write_text(
        HEADER_TEMPLATE.replace('"jargon"', '"opinion-markers"')
        + f'\n[[entry]]\nterm = "{term}"\nkind = "{kind}"\nprogressive_only = true\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=repr(term)):
        load_lexicon_file(path, "opinion-markers")


def test_duplicate_terms_are_rejected(tmp_path: pathlib.Path) -> None:
    """Two entries with the same term, whatever the case, are an error naming the term."""
    path = tmp_path / "speech.toml"
    path.write_text(
        HEADER_TEMPLATE.replace('"jargon"', '"speech"')
        + '\n[[entry]]\nterm = "Say"\nkind = "speech_verb"\n'
        + '\n[[entry]]\nterm = "say"\nkind = "speech_verb"\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r"'say'.*'term'"):
        load_lexicon_file(path, "speech")


def test_invalid_toml_names_the_file(tmp_path: pathlib.Path) -> None:
    """A file that is not TOML raises an error naming the file."""
    path = tmp_path / "broken.toml"
    path.write_text("[lexicon\nname = ", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"broken\.toml"):
        load_lexicon_file(path, "jargon")


def test_unknown_lexicon_name_is_an_error() -> None:
    """Asking for a lexicon that does not exist lists the ones that do."""
    with pytest.raises(LexiconError, match="acronyms"):
        load_lexicon("acronym")


def test_header_fields_are_checked(tmp_path: pathlib.Path) -> None:
    """A header with an unknown schema version is rejected, naming the field."""
    path = tmp_path / "jargon.toml"
    path.write_text(
        HEADER_TEMPLATE.replace("schema_version = 1", "schema_version = 2")
        + '\n[[entry]]\nterm = "huddle"\nsuggestions = ["team meeting"]\n'
        + 'why = "Team slang."\nstandards = [2]\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r"\[lexicon\], field 'schema_version'"):
        load_lexicon_file(path, "jargon")


def test_lexicon_files_are_plain_toml() -> None:
    """The files read with the standard library alone, without recordlint."""
    for name in LEXICON_NAMES:
        data = tomllib.loads((REPOSITORY_LEXICONS / f"{name}.toml").read_text(encoding="utf-8"))
        assert set(data) == {"lexicon", "entry"}


@pytest.mark.parametrize("term", ["s2", "s3", "s42", "s117"])
def test_section_shorthand_expands_to_the_bare_section(term: str) -> None:
    """A fix replaces "s42" in the sentence, so its expansion must read as "section 42"."""
    entries = {entry.term: entry for entry in load_lexicon("acronyms").entries}
    assert entries[term].expansions[0] == f"section {term[1:]}"


def test_acronym_terms_are_every_term_of_the_acronyms_lexicon() -> None:
    """The one set of known acronyms holds each term as written, shorthand included."""
    terms = acronym_terms()
    assert terms == frozenset(load_lexicon("acronyms").terms())
    assert {"OT", "CMHT"} <= terms
