"""Lexicon schema, loading and validation.

The words recordlint looks for live in reviewed TOML files under the top-level ``lexicons/``
folder, packaged into the wheel as ``recordlint/lexicons``. Each file has a ``[lexicon]``
header table and one ``[[entry]]`` table per term. The models below are the schema: unknown
keys are rejected, so a typo in a field name fails loudly instead of being ignored, and the
committed JSON schemas in ``lexicons/schema/`` are generated from the same models.

Words are data, judgement is code: an entry says what to look for and what to suggest; the
rules decide when a match counts.
"""

from __future__ import annotations

import datetime
import functools
import importlib.resources
import pathlib
import tomllib
from importlib.resources.abc import Traversable
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from recordlint.data_cache import cached
from recordlint.errors import RecordlintError

__all__ = [
    "ENTRY_MODELS",
    "LEXICON_NAMES",
    "AcronymEntry",
    "ColumnNameEntry",
    "DateAbbreviationEntry",
    "DecisionEntry",
    "DomainWordEntry",
    "JargonEntry",
    "JudgementalEntry",
    "LegalTermEntry",
    "Lexicon",
    "LexiconError",
    "LexiconHeader",
    "NeverFlagEntry",
    "OpinionMarkerEntry",
    "PersonEvaluationEntry",
    "SpeechEntry",
    "TextCueEntry",
    "TitleEntry",
    "WordListName",
    "WordyPhraseEntry",
    "is_advice",
    "lexicon_dir",
    "lexicon_file_model",
    "load_lexicon",
    "load_lexicon_file",
    "word_list",
]

LEXICON_NAMES: tuple[str, ...] = (
    "acronyms",
    "column-names",
    "date-abbreviations",
    "decisions",
    "domain-words",
    "jargon",
    "judgemental",
    "legal-terms",
    "never-flag",
    "opinion-markers",
    "person-evaluations",
    "record-dates",
    "speech",
    "text-cues",
    "titles",
    "wordy-phrases",
)

SCHEMA_VERSION = 1


class LexiconError(RecordlintError):
    """A lexicon file is missing, is not valid TOML, or does not match its schema.

    The message names the file, the entry (by its term) and the field; the same facts are
    kept as attributes so that tools can point at the right place.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        term: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.term = term
        self.field = field


def _check_phrase(value: str) -> str:
    # Matching is token based, so stray or doubled spaces would silently never match.
    if value != value.strip():
        raise ValueError("must not start or end with whitespace")
    if "  " in value or "\n" in value or "\t" in value:
        raise ValueError("must use single spaces between words")
    return value


def _check_unique_strings(values: tuple[str, ...]) -> tuple[str, ...]:
    seen: set[str] = set()
    for value in values:
        key = value.casefold()
        if key in seen:
            raise ValueError(f"lists {value!r} twice")
        seen.add(key)
    return values


Phrase = Annotated[str, Field(min_length=1), AfterValidator(_check_phrase)]
Prose = Annotated[str, Field(min_length=1)]
PhraseList = Annotated[
    tuple[Phrase, ...], Field(min_length=1), AfterValidator(_check_unique_strings)
]
OptionalPhraseList = Annotated[tuple[Phrase, ...], AfterValidator(_check_unique_strings)]

_STRICT = ConfigDict(extra="forbid", frozen=True)


class _Entry(BaseModel):
    model_config = _STRICT

    term: Phrase = Field(description="The word or phrase as it is matched.")
    note: Prose | None = Field(default=None, description="Reviewer's note; never shown as advice.")


class _SuggestingEntry(_Entry):
    @model_validator(mode="after")
    def _suggestions_differ_from_term(self) -> _SuggestingEntry:
        replacements: tuple[str, ...] = getattr(self, "suggestions", ())
        for suggestion in replacements:
            if suggestion.casefold() == self.term.casefold():
                raise ValueError(f"suggestion {suggestion!r} repeats the term")
        return self


class LexiconHeader(BaseModel):
    """The ``[lexicon]`` table at the top of every file."""

    model_config = _STRICT

    name: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$")] = Field(
        description="The file stem; '_' may stand for '-'."
    )
    description: Prose
    schema_version: Literal[1]
    reviewed_by: Prose
    reviewed_on: datetime.date = Field(description="ISO date of the last full review.")
    sources: Annotated[tuple[Prose, ...], Field(min_length=1)] = Field(
        description="Where the words came from."
    )


Domain = Literal[
    "social care",
    "health",
    "mental health",
    "housing",
    "benefits",
    "local government",
    "law",
    "general",
]


class AcronymEntry(_Entry):
    """An acronym, initialism or note shorthand, written as it appears in records."""

    expansions: PhraseList = Field(
        description="What it stands for, most likely first; lower case unless a proper noun."
    )
    domain: Domain
    kind: Literal["acronym", "shorthand", "dotted"]
    widely_known: bool = Field(
        default=False,
        description="Known to almost every reader, as GOV.UK style lets it stand unexplained "
        "(GP, NHS): still reported, one step below a warning.",
    )

    @model_validator(mode="after")
    def _dotted_matches_shape(self) -> AcronymEntry:
        has_dot = "." in self.term
        if self.kind == "dotted" and not has_dot:
            raise ValueError("kind 'dotted' needs a full stop in the term")
        if self.kind != "dotted" and has_dot:
            raise ValueError("a term with a full stop must have kind 'dotted'")
        for expansion in self.expansions:
            if expansion == self.term:
                raise ValueError(f"expansion {expansion!r} repeats the term")
        return self


class JargonEntry(_SuggestingEntry):
    """Service or public-sector jargon with plainer wording."""

    suggestions: PhraseList = Field(description="Plainer alternatives, best first.")
    why: Prose
    standards: Annotated[tuple[Literal[1, 2], ...], Field(min_length=1)]
    exceptions: OptionalPhraseList = Field(
        default=(), description="Context phrases that cancel a match when they contain it."
    )
    depersonalising: bool = Field(
        default=False, description="A label standing in for the person; suggest their name."
    )
    labels_by_service: bool = Field(
        default=False,
        description="A depersonalising label that names people by their use of a service "
        "('service users', 'customers'): worth replacing in professional prose too, not "
        "only where it stands in for one person's name.",
    )
    jargon_for: Literal["everyone", "public", "readers", "letters"] = Field(
        default="everyone",
        description="Who the term is jargon to: 'everyone' (vague or office wording that "
        "helps no reader), or only the 'public' (a working term practitioners share, such as "
        "'contingency plan'): a text written for practitioners is not flagged for it; or "
        "'readers' (a working term so common in records that colleagues' case notes and "
        "emails keep it, such as 'provider'): flagged only where the person or the public "
        "reads the text as written to them (letters, plans, leaflets, reports, decisions); "
        "or 'letters' (a working term annotators leave unmarked in notes, emails and plans, "
        "such as 'transfers'): kept as 'readers' are, reported one step lower in plans and "
        "assessments, flagged in letters and texts for the public.",
    )
    everyday_with_actor: bool = Field(
        default=False,
        description="Someone named as doing it marks the everyday sense, not the service's: "
        "'intervention by the neighbour', 'her intervention' (someone stepped in); in "
        "professional prose, so does the word right after 'a' or 'an' with no word "
        "describing it and no 'of' after it ('would have died but for an intervention').",
    )
    everyday_after_article: bool = Field(
        default=False,
        description="Right after 'the' or 'a', with no word describing it and no 'of' after "
        "it, the everyday sense, not the service's: 'the presentation included in the agenda "
        "papers' is a talk; 'his presentation', 'a better presentation' and 'Presentation on "
        "the day:' are how someone seemed. In a text about services, so is the word given by "
        "someone named in capitals ('presentation by the Board Business Manager') or opening "
        "a short title line ('Presentation on dental services').",
    )

    @model_validator(mode="after")
    def _lower_case_term(self) -> JargonEntry:
        if self.term != self.term.lower():
            raise ValueError("jargon terms are written in lower case")
        if self.labels_by_service and not self.depersonalising:
            raise ValueError("labels_by_service is for depersonalising labels")
        return self


class LegalTermEntry(_Entry):
    """A legal term that must stay but may need explaining the first time it is used."""

    explanation: Prose = Field(description="Plain words a letter could use.")


class WordyPhraseEntry(_SuggestingEntry):
    """A formal or wordy phrase with a shorter, plainer one."""

    suggestions: PhraseList
    exceptions: OptionalPhraseList = Field(
        default=(),
        description="Fixed phrases that keep the word and cancel a match they contain "
        "(a legal formula, a rating's or a service's name).",
    )


class JudgementalEntry(_SuggestingEntry):
    """Wording that blames, labels, stigmatises or talks down to the person."""

    why: Prose = Field(description="Why the wording harms.")
    suggestions: Annotated[tuple[Prose, ...], Field(min_length=1)] = Field(
        description="Better wording, or advice on what to describe instead."
    )
    replaceable: bool = Field(
        description="True when the first suggestion can replace the words directly."
    )
    exceptions: OptionalPhraseList = ()
    about_person: bool = Field(
        default=True, description="Counts only when it describes the person."
    )
    own_words_only: bool = Field(
        default=False,
        description=(
            "Counts only in the writer's own words: a state the writer assesses (\"not"
            " coping\"), which in a relative's or a professional's reported words is their"
            " view to record, not the writer's label."
        ),
    )
    assessment_of_person: bool = Field(
        default=False,
        description=(
            "Said of the person the record is about, the words are the assessment the"
            ' record exists to make ("she is not coping"): an opinion to give evidence for,'
            " which the opinion rules ask for, not a label; said of a carer, a relative or"
            ' staff ("his wife is not coping"), or in a note with no subject, they label.'
        ),
    )
    done_to: bool = Field(
        default=False,
        description=(
            'Names something done to someone ("fed", "put to bed"): it counts only when'
            ' the one it is done to may be a person, not an animal ("feeding the ewes") or'
            ' the doer themselves ("able to feed herself").'
        ),
    )
    verb_only: bool = Field(
        default=False,
        description=(
            'Counts only as a verb the person does ("is hoarding food"), not as the noun'
            " or modifier of the same spelling, which names a service, a heading or a"
            ' diagnosis ("a referral to the hoarding support service", "hoarding disorder").'
        ),
    )
    restriction: bool = Field(
        default=False,
        description=(
            'Names a restriction on someone ("not allowed out alone"): it counts only as a'
            " rule standing over the person the record is about, said now or in a note"
            ' ("Pt not allowed out after 9pm"), not one told as a past event ("he was not'
            ' allowed to go to the funeral"), which says what others did to them, nor one'
            ' on staff, relatives or visitors ("Carers not allowed on the wing").'
        ),
    )


class OpinionMarkerEntry(_Entry):
    """A cue that separates fact, opinion and evidence."""

    kind: Literal[
        "hedge",
        "marked_opinion",
        "evaluative",
        "credibility",
        "vague_evaluation",
        "evidence",
        "capacity",
        "certainty",
        "prediction",
        "risk",
        "wording_label",
        "attitude_label",
        "verdict_adjective",
        "motive",
    ]


class PersonEvaluationEntry(_Entry):
    """A word that judges a person or reads their mind when it is said of them as fact.

    ``character`` words judge character or conduct ("selfish", "controlling"); ``feeling``
    words state what the person feels ("frightened", "relieved"); ``mental_state`` words
    state what they know, want or intend, and count only when negated ("does not understand",
    "has no motivation"); ``plausibility`` words rule on whether what someone said or wants
    is true or realistic ("which is unlikely", "this is not realistic").
    """

    kind: Literal["character", "feeling", "mental_state", "plausibility"]
    negated_only: bool = Field(
        default=False,
        description="Counts only with a negative: 'not', 'no', 'little', 'poor', 'lack of'.",
    )
    vader_valence: float | None = Field(
        default=None,
        description="Mean valence in the VADER sentiment lexicon (-4 to 4) the word was "
        "selected from; empty for words added in review.",
    )


class DecisionEntry(_Entry):
    """A decision phrase, or a marker that a reason is being given.

    A ``verdict`` records a decision only when negated ("Checklist not needed", "not
    suitable for the day centre"); a ``not_done`` action only when "not" denies it ("Police
    not informed", where "No concerns raised" reports that nothing happened); a ``change``
    only in a note's shape about a service ("Lunch call to be removed"). An ``own_body`` is
    part of the service, so a decision "by" it is the service's own ("declined by panel",
    "NFA by EDT"). A ``time_limited`` service ends by design ("reablement", "intermediate
    care"), so its planned end is the plan running its course, not a decision that needs a
    reason. A ``prescribed`` word names a medicine or its dose: a change to it is a
    prescriber's decision that the service records ("lorazepam PRN reduced"). A ``handoff``
    passes the case on ("signposted", "passed to locality"): after a decision's dash it
    says what was done next, not why ("Closed - signposted to Age UK").
    """

    kind: Literal[
        "decision",
        "reason",
        "verdict",
        "not_done",
        "change",
        "own_body",
        "time_limited",
        "prescribed",
        "handoff",
    ]


class RecordDateEntry(_Entry):
    """A label in a note's header that says what a date is: when the contact happened, when
    the note was written, some other date (so never the contact), or a cue that the note
    says why it was written late. ``recorded_field`` labels name the writing only as a
    field's whole label ("Created: 07/11/25"): in a sentence they name something else
    ("Care plan completed 07/11/25"). ``receipt`` labels say a referral, concern or call was
    received ("rec'd"), never that the note was written; ``record_name`` entries name a
    record whose header field for its completion is its writing ("Screening completed",
    "Report completed: 16/03/26 by R Moss").
    ``subject`` entries say what a dated note is about ("SP note 17/11/26 re 13/11/26"):
    the earlier date after them is the contact and the heading date the writing;
    ``at_the_time`` entries, after a denied recording word ("not written up at the time"),
    say the note was written later than the contact its header dates. ``other_event``
    entries are other dates that name an event of the case (a discharge, a referral); before
    a ``meeting`` word (a contact) they name what the meeting was about ("Discharge planning
    meeting 09/11/26"), the contact only where the note labels its writing too. ``week_of``
    and ``period`` entries are other dates too, but a header's week ("Week commencing
    11/05/26 - outreach notes") or a contact word's period ("Contact period: 12/10 - 14/10")
    holds the contacts of those days, the last no later than the week's or period's end.
    ``source_notes`` entries name the handwritten or paper notes a record was typed from
    ("Original handwritten notes dated 27/11/25. Typed by admin 05/12/25"): their date is
    the contact, the typing the writing."""

    kind: Literal[
        "contact",
        "recorded",
        "recorded_field",
        "receipt",
        "record_name",
        "other_date",
        "other_event",
        "meeting",
        "late_reason",
        "subject",
        "at_the_time",
        "week_of",
        "period",
        "source_notes",
    ]


class SpeechEntry(_Entry):
    """Verbs and roles that show whose voice a sentence carries. ``contact_verb`` entries
    reach somebody ("rang", "spoke to"): who was reached is who speaks next. ``view_noun``
    entries carry the view of whoever owns them ("Her wish is", "Mr Cole's views:");
    ``person_role`` entries name the record's person by a role ("the resident", "SU");
    ``view_predicate`` entries say, with "to" and an owner, that something is their view
    ("What matters to Leonard", "Important to her"); ``stance_verb`` entries take a side on
    something proposed and are a view without naming it ("not keen", "is against")."""

    kind: Literal[
        "speech_verb",
        "feeling_verb",
        "wish_verb",
        "stance_verb",
        "contact_verb",
        "view_noun",
        "professional",
        "relevant_other",
        "person_role",
        "view_predicate",
    ]


class TextCueEntry(_Entry):
    """A phrase that tells what kind of text this is, or that a word is being talked about.

    ``mention`` cues come just before a word that is discussed rather than used ("the
    notion of"); ``professional`` cues are the stock phrases of guidance, reports and
    decisions about services; ``own_life`` nouns follow "my" when people write about their
    own lives ("my flat", "my son"), not about their work; ``pointer`` words open a
    bracket that points elsewhere or adds a condition ("(see Question 13)", "(if needed)")
    rather than explaining the words before it; ``instruction`` verbs open a template's
    square bracket that tells whoever fills it in what to write ("[Summarise the impact
    on the adult's wellbeing]"), words that are not the document's own; ``practitioner``
    phrases say a text is written for practitioners ("this procedure", "practitioners"),
    who share the working terms of their services; ``form_guidance`` phrases tell whoever
    fills in a blank form what to do ("if you have answered Yes", "please give details",
    "sign below"); ``topic`` words, in a line leading into a list ("The review identified
    themes including:", "Key words:"), say that the list names subjects, not people;
    ``reflective`` phrases are those of a student's or practitioner's writing about their
    own learning and practice ("my placement", "in this essay", "case study"), not a
    record about a person; ``document`` words name a kind of document that is not a form
    ("guidance", "procedure", "factsheet"): a title naming one heads a text about forms or
    practice, not a form to fill in.
    """

    kind: Literal[
        "mention",
        "professional",
        "own_life",
        "pointer",
        "instruction",
        "practitioner",
        "form_guidance",
        "topic",
        "reflective",
        "document",
    ]


class NeverFlagEntry(_Entry):
    """A word or shape the acronym rule must never flag (titles are in ``titles.toml``)."""

    kind: Literal["unit", "common", "other"]


class TitleEntry(_Entry):
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


class ColumnNameEntry(_Entry):
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
    "agreed_goal",
    "animal",
    "capability_verb",
    "care_outcome",
    "change_word",
    "company_form",
    "constant_care",
    "contact_kind",
    "courtesy_noun",
    "decided_thing",
    "deficit_word",
    "dish",
    "effort_need",
    "engaging_verb",
    "female_role",
    "function_word",
    "home",
    "inserted_adverb",
    "inviting_participle",
    "judging_participle",
    "male_role",
    "name_particle",
    "organisation",
    "place_abbreviation",
    "other_person",
    "outcome_verb",
    "person",
    "person_attribute",
    "personal_capacity",
    "plain_descriptor",
    "professional",
    "refusing_word",
    "reporting_verb",
    "served_group",
    "service",
    "signed_thing",
    "stative_participle",
    "symptom_noun",
    "team",
    "weighing_verb",
    "work_item",
]


class DomainWordEntry(_Entry):
    """A word on one or more of the word lists the rules share: roles, name
    particles, organisation and home nouns, reporting verbs, stative participles, verbs of
    judging."""

    lists: tuple[WordListName, ...] = Field(
        min_length=1, description="The word lists the word is on."
    )

    @model_validator(mode="after")
    def _lists_are_unique(self) -> DomainWordEntry:
        _check_unique_strings(self.lists)
        return self


class DateAbbreviationEntry(_Entry):
    """A day or month abbreviation ("Tues", "Sept") and the word it stands for."""

    expansion: Phrase = Field(description="The day or month written in full.")
    alone: bool = Field(
        description="Shorthand even away from a number; false for words and names ('Sat', "
        "'Jan') that count only next to a number or a date."
    )


ENTRY_MODELS: dict[str, type[_Entry]] = {
    "acronyms": AcronymEntry,
    "column-names": ColumnNameEntry,
    "date-abbreviations": DateAbbreviationEntry,
    "decisions": DecisionEntry,
    "domain-words": DomainWordEntry,
    "jargon": JargonEntry,
    "judgemental": JudgementalEntry,
    "legal-terms": LegalTermEntry,
    "never-flag": NeverFlagEntry,
    "opinion-markers": OpinionMarkerEntry,
    "person-evaluations": PersonEvaluationEntry,
    "record-dates": RecordDateEntry,
    "speech": SpeechEntry,
    "text-cues": TextCueEntry,
    "titles": TitleEntry,
    "wordy-phrases": WordyPhraseEntry,
}

EntryT = TypeVar("EntryT", bound=_Entry)


class Lexicon(BaseModel, Generic[EntryT]):
    """One loaded, validated lexicon."""

    model_config = _STRICT

    header: LexiconHeader
    entries: tuple[EntryT, ...]

    def terms(self) -> list[str]:
        """Return the terms in file order."""
        return [entry.term for entry in self.entries]


class _LexiconFile(BaseModel, Generic[EntryT]):
    """The shape of a lexicon file on disk (the TOML table names)."""

    model_config = _STRICT

    lexicon: LexiconHeader
    entry: Annotated[tuple[EntryT, ...], Field(min_length=1)]


@functools.cache
def lexicon_file_model(name: str) -> type[BaseModel]:
    """Return the model of the file named ``name``; its JSON schema is committed."""
    entry_model = _entry_model(name)
    base = _LexiconFile[entry_model]  # type: ignore[valid-type]
    class_name = "".join(part.title() for part in name.split("-")) + "File"
    config = ConfigDict(extra="forbid", frozen=True, title=f"recordlint lexicon: {name}")
    return type(class_name, (base,), {"model_config": config, "__module__": __name__})


def lexicon_dir() -> Traversable | pathlib.Path:
    """Return the folder holding the shipped lexicons.

    An installed wheel carries them as package data (``recordlint/lexicons``); a source
    checkout keeps them in the repository's top-level ``lexicons/`` folder.
    """
    try:
        packaged = importlib.resources.files("recordlint") / "lexicons"
    except (ModuleNotFoundError, TypeError):
        packaged = None
    if packaged is not None and packaged.is_dir():
        return packaged
    return pathlib.Path(__file__).resolve().parent.parent.parent / "lexicons"


@functools.cache
def load_lexicon(name: str) -> Lexicon[Any]:
    """Load and validate one shipped lexicon by name (see ``LEXICON_NAMES``)."""
    _entry_model(name)
    resource = lexicon_dir() / f"{name}.toml"
    display = f"lexicons/{name}.toml"
    try:
        text = resource.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(
            f"{display}: cannot be read ({exc}); reinstall recordlint", path=display
        ) from exc
    lexicon = _parse(text, name, display, cache=True)
    if lexicon.header.name.replace("_", "-") != name:
        raise LexiconError(
            f"{display}: [lexicon] field 'name' is {lexicon.header.name!r}; it must be {name!r}",
            path=display,
            field="name",
        )
    return lexicon


def load_lexicon_file(path: pathlib.Path, name: str) -> Lexicon[Any]:
    """Load a team's own file that follows the schema of the shipped lexicon ``name``."""
    _entry_model(name)
    try:
        text = pathlib.Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot be read ({exc})", path=str(path)) from exc
    return _parse(text, name, str(path))


def _entry_model(name: str) -> type[_Entry]:
    try:
        return ENTRY_MODELS[name]
    except KeyError:
        known = ", ".join(LEXICON_NAMES)
        raise LexiconError(f"unknown lexicon {name!r}; expected one of: {known}") from None


def _parse(text: str, name: str, display: str, *, cache: bool = False) -> Lexicon[Any]:
    """Read and validate one lexicon's text; with ``cache``, the TOML is read once per
    content of the file and kept for later runs (see :mod:`recordlint.data_cache`), and the
    entries are still validated every time."""
    try:
        if cache:
            raw = cached(f"lexicon-{name}", text, lambda: tomllib.loads(text))
        else:
            raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{display}: not valid TOML: {exc}", path=display) from exc
    validated = _validate_parts(raw, name)
    if validated is None:
        # Something is wrong: the file's model says what, with the entry and field.
        try:
            parsed = lexicon_file_model(name).model_validate(raw)
        except ValidationError as exc:
            raise _describe(exc, raw, display) from None
        validated = parsed.lexicon, parsed.entry  # type: ignore[attr-defined]
    header, entries = validated
    _check_unique_terms(entries, display)
    # Built without validation: the parts were validated just now, and a Lexicon of one
    # entry type would be a generic model of its own to build.
    return Lexicon.model_construct(header=header, entries=entries)


def _validate_parts(raw: Any, name: str) -> tuple[LexiconHeader, tuple[_Entry, ...]] | None:
    """The header and entries of a well-formed lexicon file, each validated by its own
    model; None when anything is wrong. The file's model (:func:`lexicon_file_model`) checks
    the same, but it is a generic model built per lexicon, which costs a noticeable share of
    a cold start, so it is built only to describe a file that fails."""
    if not isinstance(raw, dict) or raw.keys() != {"lexicon", "entry"}:
        return None
    raw_entries = raw["entry"]
    if not isinstance(raw_entries, list) or not raw_entries:
        return None
    entry_model = ENTRY_MODELS[name]
    try:
        header = LexiconHeader.model_validate(raw["lexicon"])
        return header, tuple(entry_model.model_validate(entry) for entry in raw_entries)
    except ValidationError:
        return None


def _check_unique_terms(entries: tuple[_Entry, ...], display: str) -> None:
    first_index: dict[str, int] = {}
    for index, entry in enumerate(entries, start=1):
        key = entry.term.casefold()
        if key in first_index:
            raise LexiconError(
                f"{display}: entry {index} (term {entry.term!r}), field 'term': repeats "
                f"entry {first_index[key]}; merge the two entries",
                path=display,
                term=entry.term,
                field="term",
            )
        first_index[key] = index


def _describe(exc: ValidationError, raw: dict[str, Any], display: str) -> LexiconError:
    """Turn pydantic's error list into one message naming file, entry and field."""
    lines: list[str] = []
    first_term: str | None = None
    first_field: str | None = None
    for number, error in enumerate(_root_causes(exc)):
        location = error["loc"]
        term: str | None = None
        field: str | None = None
        if location and location[0] == "entry" and len(location) >= 2:
            index = location[1]
            if isinstance(index, int):
                raw_entries = raw.get("entry")
                raw_entry = raw_entries[index] if isinstance(raw_entries, list) else None
                if isinstance(raw_entry, dict) and isinstance(raw_entry.get("term"), str):
                    term = raw_entry["term"]
                field = ".".join(str(part) for part in location[2:3]) or None
                where = f"entry {index + 1}"
                where += f" (term {term!r})" if term is not None else " (no term)"
            else:
                where = "[[entry]]"
        elif location and location[0] == "lexicon":
            where = "[lexicon]"
            field = ".".join(str(part) for part in location[1:2]) or None
        else:
            where = "top level"
            field = ".".join(str(part) for part in location[:1]) or None
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown field; check the spelling against lexicons/README.md"
        elif error["type"] == "missing":
            message = "required field is missing"
        described_field = f", field {field!r}" if field else ""
        lines.append(f"{display}: {where}{described_field}: {message}")
        if number == 0:
            first_term, first_field = term, field
    summary = lines[0] if len(lines) == 1 else "\n".join(lines)
    return LexiconError(summary, path=display, term=first_term, field=first_field)


def _root_causes(exc: ValidationError) -> list[Any]:
    """Drop length errors that only follow from a failed item, and put unknown keys first.

    An unknown key is usually a misspelt one, so it explains the "missing" error beside it.
    """
    errors = exc.errors()
    failing_locations = [tuple(error["loc"]) for error in errors]
    causes = [
        error
        for error in errors
        if not (
            error["type"] == "too_short"
            and any(
                len(other) > len(error["loc"]) and other[: len(error["loc"])] == error["loc"]
                for other in failing_locations
            )
        )
    ]
    return sorted(causes, key=lambda error: error["type"] != "extra_forbidden")


# Suggestions that start like this are advice about what to write, not replacement words.
ADVICE_STARTS = frozenset(
    {
        "describe", "record", "say", "quote", "give", "explain", "use", "remove",
        "name", "state", "write", "ask", "check", "note",
    }
)  # fmt: skip


def is_advice(suggestion: str) -> bool:
    """Whether a lexicon suggestion is advice on what to write ("describe what happened")
    rather than words to put in place."""
    lowered = suggestion.lower()
    return lowered.split()[0] in ADVICE_STARTS or lowered in {"leave it out", "remove it"}


@functools.cache
def word_list(name: WordListName) -> frozenset[str]:
    """The words on one shared word list (``lexicons/domain-words.toml``), lower case."""
    return frozenset(
        entry.term.lower() for entry in load_lexicon("domain-words").entries if name in entry.lists
    )
