"""The entries of the lexicons of words to replace or explain: acronyms and shorthand,
service jargon, legal terms, wordy phrases and judgemental wording.

They stand apart from the cues and word lists because each carries the advice a finding
gives: expansions, plainer words, explanations, why the wording harms.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from recordlint.lexicon.fields import Entry, OptionalPhraseList, PhraseList, Prose, SuggestingEntry

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


class AcronymEntry(Entry):
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


class JargonEntry(SuggestingEntry):
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
    everyday_without_object: bool = Field(
        default=False,
        description="Used of something that grows by itself, with nothing passed to anyone, "
        "the everyday sense, not the service's: the verb with nothing after it in its clause "
        "('seek advice when risks escalate', 'if things escalate, ...'), or its '-ing' form "
        "describing a noun after an article or a possessive ('her escalating needs'). "
        "'Escalate concerns to managers', 'escalating this' and 'was escalated' are the "
        "service's sense.",
    )

    @model_validator(mode="after")
    def _lower_case_term(self) -> JargonEntry:
        if self.term != self.term.lower():
            raise ValueError("jargon terms are written in lower case")
        if self.labels_by_service and not self.depersonalising:
            raise ValueError("labels_by_service is for depersonalising labels")
        return self


class LegalTermEntry(Entry):
    """A legal term that must stay but may need explaining the first time it is used."""

    explanation: Prose = Field(description="Plain words a letter could use.")


class WordyPhraseEntry(SuggestingEntry):
    """A formal or wordy phrase with a shorter, plainer one."""

    suggestions: PhraseList
    exceptions: OptionalPhraseList = Field(
        default=(),
        description="Fixed phrases that keep the word and cancel a match they contain "
        "(a legal formula, a rating's or a service's name).",
    )


class JudgementalEntry(SuggestingEntry):
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
            " which the opinion rules ask for, not a label, as in a note that names no one"
            ' before them ("Clearly confused, not coping."); said of a carer, a relative or'
            ' staff ("his wife is not coping", "Daughter at breaking point, not coping"),'
            " they label."
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
    act: bool = Field(
        default=False,
        description=(
            'Names an act of the person ("hits out"): it counts only said as their habit,'
            ' in the present or after a modal ("sometimes lashes out", "can hit out"), not'
            ' told as an event in the past or as an ongoing act ("hit out at a carer'
            ' during personal care", "when he was hitting out"), which says what happened.'
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
    grievance: bool = Field(
        default=False,
        description=(
            'Casts what someone said as a grievance ("complaining about the carers"): it'
            " counts as what someone was doing, not as the manner of something written"
            ' ("wrote to the Director complaining about ...") nor with what was complained'
            ' of left out ("the event that you\'re complaining about"), which tell of a'
            " complaint made."
        ),
    )
    owned_only: bool = Field(
        default=False,
        description=(
            "A noun that judges a person only when it is theirs and nothing qualifies it"
            ' ("his attitude", "Mr Parfitt\'s attitude has improved"): owned bare, it says'
            " the person's manner is at fault without saying what they did; qualified or"
            ' owned by no one ("a positive attitude", "the attitude that ...", "its'
            ' attitude"), it names nothing against anyone and stays quiet.'
        ),
    )
    risked: bool = Field(
        default=False,
        description=(
            "Names what may become of a care arrangement (a carer's or a placement's"
            ' breakdown): named as the risk weighed ("at risk of carer breakdown", "Risk'
            " of placement breakdown is high\") it is the writer's forecast, which most"
            " writers leave unmarked or call service jargon; said to have come or to be"
            ' near ("carer breakdown imminent", "Classic carer breakdown") it labels.'
        ),
    )
    pretext: bool = Field(
        default=False,
        description=(
            'Names a pretext: what someone is said to use something as ("using fatigue as'
            ' an excuse"). It is said of whoever uses it, not of the thing used, as "sees'
            ' recording as a burden" is said of the recording: used by a person, or in a'
            ' note that names no one, it labels them; used by a body ("the Council used'
            ' staff shortages as an excuse"), it labels no person.'
        ),
    )
    slur: bool = Field(
        default=False,
        description=(
            "A slur: a word that insults a group of people (by race or ethnicity, as Gypsy,"
            " Roma or Traveller people, by sex or sexuality, by disability or mental health,"
            " for using drugs or alcohol, for an offence). Besides being reported where the"
            " writer uses it, it is never offered as a spelling correction, in any of its"
            " inflected forms."
        ),
    )
    hard_sense: bool = Field(
        default=False,
        description=(
            'Also means hard to do ("a difficult decision", "a challenging time"): said of a'
            ' thing or of a task someone is made to face ("would make living alone'
            ' difficult"), it says what is hard, not what a person is like, and stays quiet.'
        ),
    )
