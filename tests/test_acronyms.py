"""The acronym family's helpers and the behaviour that fixtures cannot show."""

from __future__ import annotations

from pathlib import Path

import pytest

from recordlint import Config, Linter
from recordlint.config import options_from_mapping
from recordlint.nlp import needs_spacy
from recordlint.rules.acronyms import abbreviations, at_sentence_start, lexicons_for
from recordlint.rules.acronyms.context import _last_word_before
from recordlint.rules.acronyms.definitions import _best_long_form
from recordlint.rules.acronyms.expansions import _pluralise, inflect
from recordlint.rules.acronyms.pseudonyms import named_as
from recordlint.rules.acronyms.shapes import split_inflection
from tests.conftest import linter_for

TEAM_FILE = """\
[lexicon]
name = "acronyms"
description = "Our team's acronyms."
schema_version = 1
reviewed_by = "Team lead"
reviewed_on = 2026-01-05
sources = ["Team glossary"]

[[entry]]
term = "QZX"
expansions = ["quality zone panel"]
domain = "social care"
kind = "acronym"

[[entry]]
term = "OT"
expansions = ["occupational therapist from the hospital team"]
domain = "health"
kind = "acronym"
"""


def _findings(text: str, code: str = "RL101") -> list:
    return [f for f in linter_for({"select": [code]}).lint(text).findings if f.code == code]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("GPs", ("GP", "plural")),
        ("OT's", ("OT", "possessive")),
        ("OT’s", ("OT", "possessive")),
        ("OTs'", ("OT", "plural-possessive")),
        ("appts", ("appt", "plural")),
        ("DoLS", ("DoLS", "")),
        ("MDT", ("MDT", "")),
    ],
)
def test_split_inflection_separates_plural_and_possessive(
    word: str, expected: tuple[str, str]
) -> None:
    """Plural and possessive endings come off, leaving the abbreviation as written."""
    assert split_inflection(word) == expected


@pytest.mark.parametrize(
    ("phrase", "plural"),
    [
        ("occupational therapist", "occupational therapists"),
        ("activity of daily living", "activities of daily living"),
        ("district nurse", "district nurses"),
        ("speech and language therapy", "speech and language therapies"),
    ],
)
def test_pluralise_changes_the_head_noun(phrase: str, plural: str) -> None:
    """The noun that heads the expansion takes the plural, even before 'of'."""
    assert _pluralise(phrase) == plural


def test_inflect_adds_possessive_endings() -> None:
    """Possessive and plural possessive expansions read naturally."""
    assert inflect("general practitioner", "possessive") == "general practitioner's"
    assert inflect("general practitioner", "plural-possessive") == "general practitioners'"


def test_best_long_form_finds_where_the_words_start() -> None:
    """The spelled-out words are found from their first matching word."""
    text = "a referral under the Deprivation of Liberty Safeguards"
    assert text[_best_long_form("DoLS", text) :] == "Deprivation of Liberty Safeguards"
    assert _best_long_form("GP", "her doctor") is None


def test_at_sentence_start_knows_lines_bullets_and_full_stops() -> None:
    """Sentence starts are the text start, a line or bullet start, or after a full stop."""
    text = "Seen today. GP told.\n- OT to visit, with SW"
    assert at_sentence_start(text, 0)
    assert at_sentence_start(text, text.index("GP"))
    assert at_sentence_start(text, text.index("OT"))
    assert not at_sentence_start(text, text.index("SW"))


def test_the_word_before_is_read_back_over_what_is_not_a_word() -> None:
    """The last run of word characters before an offset, past spaces, stops and line breaks,
    however far back; nothing where no word comes before."""
    text = "Stage_2 ...\n\n  IV"
    assert _last_word_before(text, text.index("IV")) == "Stage_2"
    assert _last_word_before(text, 5) == "Stage"
    assert _last_word_before("  IV", 2) == ""
    assert _last_word_before("", 0) == ""


@pytest.mark.parametrize(
    ("text", "bases"),
    [
        ("Her cancer is at Stage IV now.", []),
        ("Her cancer is at stage, IV, now.", []),
        ("She was put on IV fluids.", ["IV"]),
    ],
)
def test_a_roman_numeral_after_its_label_is_no_abbreviation(text: str, bases: list[str]) -> None:
    found = abbreviations(text, lexicons_for(None))
    assert [f.base for f in found] == bases


def test_unknown_acronyms_are_found_by_shape() -> None:
    """An acronym the lexicon has never heard of is still found, without suggestions."""
    found = abbreviations("The QZX panel met.", lexicons_for(None))
    assert [(f.base, f.known, f.expansions) for f in found] == [("QZX", False, ())]


@pytest.mark.parametrize(
    ("text", "bases"),
    [
        ("The Report of the Director (IASC/24/04) was considered.", []),
        ("File ASC/2026/04412 and SG/26/11 are closed.", []),
        # Letters joined to one short number are still read.
        ("Seen by the OT/24 team today.", ["OT"]),
    ],
)
def test_a_reference_of_letters_and_numbers_is_an_identifier(text: str, bases: list[str]) -> None:
    found = abbreviations(text, lexicons_for(None))
    assert [f.base for f in found if f.base.isupper()] == bases


def test_single_expansion_is_a_safe_fix_and_ambiguous_is_review() -> None:
    """Only an abbreviation with one meaning gets a fix that may be applied blind."""
    gp, ot = _findings("The GP and the OT visited.")
    assert (gp.fix, gp.suggestions) == ("safe", ("general practitioner",))
    assert ot.fix == "review"
    assert set(ot.suggestions) == {"occupational therapist", "occupational therapy"}


def test_widely_known_acronyms_are_info_and_others_warnings() -> None:
    """GP, NHS and MP (widely known, as the lexicon marks them) keep their advice as info,
    possessive or plural too; an acronym few readers know stays a warning."""
    findings = _findings("Roy saw his GP and the GP's nurse. The NHS and the OT visited.")
    severities = {(f.text, f.severity.value) for f in findings}
    assert severities == {("GP", "info"), ("GP's", "info"), ("NHS", "info"), ("OT", "warning")}


def test_days_and_months_in_a_date_heading_its_line_are_info() -> None:
    """A day or month shortened in a whole date that heads its line (after a label, a word
    or two, or another such date) is the record's date stamp: reported as info. In the
    note's sentences, and in a log line's date without its year, it stays a warning."""
    text = (
        "Call received: Fri 20/11/2026 09:42\n"
        "Contact 18 Mar 26 – recorded 19 Mar 26\n"
        "Wed 11th March - Home visit to Mr Nowak.\n\n"
        "Mon 09/02 08:00 - in bed. I will ring him on Tues 24/11/2026 and visit in Dec."
    )
    severities = [(f.text, f.severity.value) for f in _findings(text, "RL103")]
    assert severities == [
        ("Fri", "info"), ("Mar", "info"), ("Mar", "info"), ("Wed", "info"),
        ("Mon", "warning"), ("Tues", "warning"), ("Dec", "warning"),
    ]  # fmt: skip


def test_an_email_programs_subject_prefixes_are_info() -> None:
    """ "RE:" and "FW:" before an email's subject are the program's: reported as info. A
    letter's own "Re:" line and "re" in a sentence stay warnings."""
    email = "From: Amy Lee\nSubject: FW: RE: Kofi Mensah\n\nHello,\n\nRE: your call."
    found = [(f.code, f.text, f.severity.value) for code in ("RL101", "RL103")
             for f in _findings(email, code)]  # fmt: skip
    assert sorted(found) == [
        ("RL101", "FW", "info"), ("RL103", "RE", "info"), ("RL103", "RE", "warning"),
    ]  # fmt: skip


def test_writer_spelling_out_in_another_paragraph_comes_first() -> None:
    """An acronym spelled out anywhere in the record offers the writer's words, safely."""
    text = (
        "We talked about the Quality Zone Experts (QZX) and the occupational therapist.\n\n"
        "The QZX will meet. QZX's report is due."
    )
    findings = _findings(text)
    definition, use, possessive = findings
    assert definition.text == "Quality Zone Experts (QZX)"
    assert definition.suggestions == ("Quality Zone Experts",)
    assert (use.text, use.suggestions[0], use.fix) == ("QZX", "Quality Zone Experts", "safe")
    assert possessive.suggestions[0] == "Quality Zone Experts'"
    assert "as this record does once" in use.message


def test_writer_spelling_out_goes_before_the_lexicon_expansions() -> None:
    """For a known acronym the writer's words lead and the lexicon's follow."""
    text = "She saw the occupational therapy (OT) team.\n\nOT to visit again."
    use = _findings(text)[-1]
    assert use.suggestions[0] == "Occupational therapy"
    assert "Occupational therapist" in use.suggestions


def test_team_acronym_file_adds_expansions(tmp_path: Path) -> None:
    """A team acronym file teaches new acronyms and puts its expansions first."""
    (tmp_path / "team-acronyms.toml").write_text(TEAM_FILE, encoding="utf-8")
    options = options_from_mapping(
        {"select": ["RL101"], "team": {"acronyms-file": "team-acronyms.toml"}}, "test"
    )
    linter = Linter(Config(options, tmp_path / "recordlint.toml"))
    qzx, ot = linter.lint("The QZX and the OT met.").findings
    assert qzx.suggestions == ("quality zone panel",)
    assert ot.suggestions[0] == "occupational therapist from the hospital team"
    assert "occupational therapy" in ot.suggestions


def test_acronym_rules_alone_need_no_spacy() -> None:
    """Selecting only the acronym rules runs no spaCy component at all."""
    linter = linter_for({"select": ["acronym"]})
    assert {r.code for r in linter.rules} == {"RL101", "RL102", "RL103"}
    assert not needs_spacy(linter.needs)


def test_team_allow_list_drops_an_acronym() -> None:
    """Terms the team allows are not flagged; others still are."""
    linter = linter_for({"select": ["acronym"], "acronyms": {"allow": ["GP"]}})
    assert [f.text for f in linter.lint("The GP and the OT visited.").findings] == ["OT"]


def test_suggestions_match_a_heading_in_capitals() -> None:
    """In a heading written in capitals the expansion is offered in capitals."""
    (finding,) = _findings("PLAN: OT TO VISIT NEXT WEEK")
    assert finding.suggestions[0] == "OCCUPATIONAL THERAPIST"


def test_initials_used_throughout_for_a_person_are_not_abbreviations() -> None:
    text = (
        "I was allocated to work with AB as her advocate. She needed a reassessment.\n\n"
        "AB is dependent on a wheelchair. She is a car user.\n\n"
        "The social worker would not fund AB to get her hair washed."
    )
    assert _findings(text) == []


def test_initials_of_a_body_or_used_once_are_still_abbreviations() -> None:
    # Once with "her" after it is not a pattern; "the QJ" is a thing or a body.
    assert [f.text for f in _findings("She was referred to QJ by her daughter.")] == ["QJ"]
    text = "She went to the QJ with her son. The QJ told her to wait. QJ is open daily."
    assert [f.text for f in _findings(text)][:1] == ["QJ"]


def test_a_month_in_capitals_in_a_heading_date_is_a_word() -> None:
    """ "14 DECEMBER 2009" under a panel's name is a date; an unknown acronym beside it on
    a line of its own is still one."""
    found = {
        a.base for a in abbreviations("Scrutiny panel\n\n14 DECEMBER 2009\n", lexicons_for(None))
    }
    assert "DECEMBER" not in found
    found = {
        a.base for a in abbreviations("Met the HCPT on 14 DECEMBER 2009.\n", lexicons_for(None))
    }
    assert found == {"HCPT"}


def test_words_cut_short_near_a_shorter_word_are_note_shorthand() -> None:
    # "neuro" is a letter from "neuron", "prio" from "prior", "elec" from "elect": notes cut
    # at any letter, so each is shorthand; the front of a word of grammar ("stil", "tho")
    # is a slip, left to the spelling rule.
    text = "Seen by the neuro team; elec meter is a prio. He is stil tired tho."
    found = {f.text: f.suggestions for f in _findings(text, "RL103")}
    assert set(found) == {"neuro", "elec", "prio"}
    assert found["neuro"] == ("neurology", "neurological")


def test_words_contracted_to_their_consonants_are_note_shorthand() -> None:
    # "wkend" keeps the letters that carry "weekend", "mgmt" those of "management".
    text = "No probs at the wkend; mgmt aware."
    assert {f.text for f in _findings(text, "RL103")} == {"probs", "wkend", "mgmt"}


def test_capitals_the_text_gives_as_a_name_are_not_abbreviations() -> None:
    """A judgment or a review names the person and the place it must not identify
    ("whom I shall refer to as “KK”", "hereafter called “STCC”"): those capitals are
    names wherever they stand, even before the words that give them."""
    text = (
        "KK v STCC\n\n"
        "The court is concerned with a woman, whom I shall refer to as “KK”, who lives in a "
        "nursing home, hereafter called “STCC”. KK wants to go home from STCC.\n\n"
        "The OT assessed her."
    )
    assert [f.text for f in _findings(text)] == ["OT"]


def test_capitals_merely_quoted_are_given_no_name() -> None:
    # Quoted without the words that give a name, "QJ" is not named.
    assert not named_as("She said “QJ” would ring her.", "QJ")
    assert named_as("a home, hereafter called “STCC”.", "STCC")


def test_shorthand_listed_with_its_hyphen_is_found_whole() -> None:
    """ "co-ord" is one piece of shorthand, not "co" and "ord"; words made with the same
    prefix that the lexicon does not list ("co-ordinated") stay quiet."""
    found = _findings("Call from the discharge co-ord about the co-ordinated plan.", "RL103")
    assert [(f.text, f.suggestions[:1]) for f in found] == [("co-ord", ("coordinator",))]


def test_initials_signing_each_entry_of_a_log_are_the_writers_signature() -> None:
    from recordlint.rules.acronyms.pseudonyms import signs_the_entries

    log = (
        "09:45 Tel to Brightwater, spoke to co-ordinator. SK\n"
        "10:30 Tel to GP surgery - message left. SK\n\n"
        "Outcome: no further action.\nSK\n"
    )
    assert signs_the_entries(log, "SK")
    # One entry signed is no pattern; capitals used inside a sentence too are not only a
    # signature.
    assert not signs_the_entries("Message left with the GP. SK\n", "SK")
    assert not signs_the_entries(log + "Discussed with SK today.\n", "SK")
    # Capitals closing a line after no sentence's end are a line's last word, not a
    # signature.
    assert not signs_the_entries("Referred to OT\nSeen by the OT\n", "OT")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Bruise R elbow and L upper arm.", ["R", "L"]),
        ("Adm with L sided weakness after a R CVA.", ["L", "R"]),
        ("Fractured wrist (R) after a fall.", ["R"]),
        # Initials: with a full stop, after a title, before a name, after a first name.
        ("Seen by R. Okafor with Mrs L Gough.", []),
        ("L Brannigan and Tasha R will visit.", []),
        # A lower-case "l" is a litre; "(R)" alone opening a line is no side.
        ("She drinks 2 l a day.", []),
        ("(R) marks the reviewed plans.", []),
    ],
)
def test_left_and_right_count_only_beside_what_they_are_the_side_of(
    text: str, sides: list[str]
) -> None:
    found = abbreviations(text, lexicons_for(None))
    assert [a.base for a in found if a.base in {"L", "R", "l"}] == sides
    assert all(a.expansions in {("left",), ("right",)} for a in found if a.base in sides)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Package of 28 hrs/wk, paid at £50/wk.", ["hrs", "wk", "wk"]),
        ("Sitting service 3x/wk.", ["wk"]),
        # A rate in words: writers mark it as often as not.
        ("Day centre 1 day/wk, respite 14 nights/yr.", []),
        # No period after the slash: the pieces of a compound, or a unit of a price.
        ("The carer goes in/out at £28.40/hr.", []),
    ],
)
def test_a_rates_period_cut_short_after_its_slash_is_shorthand(text: str, found: list[str]) -> None:
    assert [a.base for a in abbreviations(text, lexicons_for(None))] == found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # The writer's own long form before the brackets shares no word with the lexicon's.
        ("Local accounts replaced annual assessments (APAs) by the CQC.", "APAs"),
        # Capitals make note shorthand for one word an acronym of its own.
        ("The ESP team rang about the referral.", "ESP"),
        # A restatement does not fit before a list of examples.
        ("Factors i.e. safeguarding concerns, patient feedback, best practice.", "i.e."),
        # Lower case with no vowel is shorthand cut from a word, not the mixed-case "DtR".
        ("Call from dtr today about the bills.", "dtr"),
    ],
)
def test_a_meaning_its_place_rules_out_stays_unsaid(text: str, word: str) -> None:
    """Where the place contradicts the lexicon's meaning, the word is reported with none."""
    found = [f for code in ("RL101", "RL102", "RL103") for f in _findings(text, code)]
    (finding,) = [f for f in found if f.text == word]
    assert finding.suggestions == ()
    assert finding.fix is None or finding.fix == "review"


def test_a_meaning_fits_where_its_place_does_not_rule_it_out() -> None:
    """In "hospital (A&E)" the words before name the place, they are no long form of it;
    "esp" in lower case and "DtR" as the lexicon writes it keep their meanings."""
    text = "Taken to hospital (A&E). Worse esp at night. The DtR was sent."
    findings = {f.text: f.suggestions for code in ("RL101", "RL103") for f in _findings(text, code)}
    assert findings["A&E"] == ("accident and emergency",)
    assert findings["esp"] == ("especially",)
    assert findings["DtR"] == ("duty to refer",)


def test_of_several_meanings_those_the_record_writes_out_are_offered() -> None:
    """An article about Safeguarding Adult Reviews never means subject access requests
    by "SARs"; with neither written out, both meanings are offered."""
    (named,) = _findings("Safeguarding Adult Reviews matter. A review of SARs found trends.")
    assert named.suggestions == ("Safeguarding Adults Reviews",)
    assert named.fix == "safe"
    assert "subject access" not in named.message
    (either,) = _findings("A review of SARs found trends.")
    assert len(either.suggestions) == 2
