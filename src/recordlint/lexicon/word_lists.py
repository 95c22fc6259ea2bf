"""The entries of the lexicons that list words and shapes for the rules to share: words
the acronym rule never flags, titles, export column names, the shared word lists and date
abbreviations.

They stand apart because they name things (a title, a column, a list) rather than judge
wording or mark a cue.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from recordlint.lexicon.fields import Entry, Phrase, check_unique_strings


class NeverFlagEntry(Entry):
    """A word or shape the acronym rule must never flag (titles are in ``titles.toml``), or a
    phrase English borrows whole from Latin ("compos mentis", "ex parte"), whose words are
    never shorthand or misspellings however few of them the dictionary lists alone."""

    kind: Literal["unit", "common", "other", "phrase"]


class TitleEntry(Entry):
    """A title as records write it ("Mrs", "Dr", "PC", "Sister", "OBE"): the one source of
    titles for the name patterns, the person's-voice rule and the acronym rules."""

    kind: Literal["courtesy", "professional", "post_nominal"] = Field(
        description="'courtesy' (Mrs, Mr, Mx, Sir), 'professional' (a professional title or "
        "rank: Dr, Cllr, PC, Sgt, Nurse) or 'post_nominal' (a degree or honour written after "
        "a name: BSc, OBE)."
    )
    gender: Literal["f", "m"] | None = Field(
        default=None, description="The gender the title gives the person it names, if any."
    )
    before_name: bool = Field(
        default=False,
        description="A title only before a capitalised name ('PC Dawn Hilliard', 'Nurse "
        "Foley'); alone the word is a role or an abbreviation ('the PC said').",
    )


class ColumnNameEntry(Entry):
    """An export column heading, as case-management systems and spreadsheets name it, and
    the record field it holds. Headings match ignoring case, spaces, underscores, hyphens
    and camel case ("Contact Date", "contact_date" and "ContactDate" are one heading)."""

    field: Literal[
        "id", "text", "kind", "person_id", "author", "team",
        "contact_date", "contact_time", "recorded_date", "recorded_time",
    ]  # fmt: skip


# The shared word lists, one per concept; a word may be on several ("lady" is a person and a
# courtesy noun). Titles are in ``titles.toml``.
WordListName = Literal[
    "advance_refusal",
    "affect_word",
    "age_shorthand",
    "agreed_goal",
    "animal",
    "approval_noun",
    "approving_verb",
    "asked_decision_verb",
    "attendance_label",
    "bodily_function",
    "body_side",
    "capability_verb",
    "care_outcome",
    "change_word",
    "chasing_verb",
    "checking_verb",
    "clinical_sign",
    "clinical_term",
    "closed_prefix",
    "company_form",
    "compound_particle",
    "conclusion_verb",
    "constant_care",
    "contact_kind",
    "courtesy_noun",
    "day_reference",
    "decided_thing",
    "decision_asking_verb",
    "deficit_manner",
    "deficit_word",
    "dish",
    "dose_frequency",
    "dose_unit",
    "dress_word",
    "effort_need",
    "engaging_verb",
    "everyday_word",
    "faith_word",
    "female_role",
    "finding_process",
    "function_word",
    "home",
    "home_opening",
    "implying_verb",
    "inserted_adverb",
    "inviting_participle",
    "judging_participle",
    "knowing_verb",
    "male_role",
    "manner_fault",
    "money_word",
    "moving_verb",
    "month_preposition",
    "name_honorific",
    "name_particle",
    "open_choice",
    "organisation",
    "place_abbreviation",
    "other_person",
    "outcome_verb",
    "parent_word",
    "pattern_noun",
    "people_in_general",
    "period_postposition",
    "period_preposition",
    "period_shorthand",
    "person",
    "person_attribute",
    "person_field_label",
    "person_in_turn",
    "personal_capacity",
    "plain_descriptor",
    "prescribing_verb",
    "professional",
    "refusing_word",
    "regarding_participle",
    "reporting_verb",
    "served_group",
    "service",
    "side_shorthand",
    "speaking_verb",
    "signed_thing",
    "source_paper",
    "stative_participle",
    "strengthening_shorthand",
    "summing_word",
    "symptom_noun",
    "team",
    "weekday_preposition",
    "weighed_choice",
    "weighing_verb",
    "work_item",
    "young_child",
]


class DomainWordEntry(Entry):
    """A word on one or more of the word lists the rules share: roles, name
    particles, organisation and home nouns, reporting verbs, stative participles, verbs of
    judging."""

    lists: tuple[WordListName, ...] = Field(
        min_length=1, description="The word lists the word is on."
    )

    @model_validator(mode="after")
    def _lists_are_unique(self) -> DomainWordEntry:
        check_unique_strings(self.lists)
        return self


class DateAbbreviationEntry(Entry):
    """A day or month abbreviation ("Tues", "Sept") and the word it stands for."""

    expansion: Phrase = Field(description="The day or month written in full.")
    alone: bool = Field(
        description="Shorthand even away from a number; false for words and names ('Sat', "
        "'Jan') that count only next to a number or a date."
    )
