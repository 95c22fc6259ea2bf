"""The entries of the lexicons of cues: opinion markers, person evaluations, decisions and
reasons, record-date labels, speech and voice, and cues to the kind of text.

They stand apart because they carry no advice: each entry is a word the rules read, sorted
by the ``kind`` that says what it tells them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from recordlint.lexicon.fields import Entry, Phrase


class OpinionMarkerEntry(Entry):
    """A cue that separates fact, opinion and evidence."""

    kind: Literal[
        "hedge",
        "marked_opinion",
        "evaluative",
        "credibility",
        "vague_evaluation",
        "evidence",
        "capacity",
        "capacity_assessment",
        "capacity_finding",
        "pending",
        "certainty",
        "candour",
        "prediction",
        "negated_prediction",
        "risk",
        "wording_label",
        "attitude_label",
        "verdict_adjective",
        "motive",
        "misstating",
    ]
    habitual: bool = Field(
        default=False,
        description="A verb and 'to' that tell a habit ('tend to'): an infinitive after the "
        "verb says what someone does as a rule ('tends to exaggerate'), not what they set "
        "out to do ('will try to minimise it').",
    )
    progressive_only: bool = Field(
        default=False,
        description="A motive verb and 'to' read only in the present progressive ('is trying "
        "to stir up trouble'): what someone is set on now, the writer's reading of their aim; "
        "'tried to stand', 'tries to walk daily' and 'will try to ring' tell an attempt, a "
        "habit or a plan.",
    )

    @model_validator(mode="after")
    def _habitual_is_a_verb_and_to(self) -> OpinionMarkerEntry:
        words = self.term.split()
        if self.habitual and (len(words) != 2 or words[1] != "to"):
            raise ValueError(f"a habitual term is a verb and 'to', not {self.term!r}")
        if self.progressive_only and (self.kind != "motive" or len(words) != 2 or words[1] != "to"):
            raise ValueError(f"a progressive-only term is a motive verb and 'to': {self.term!r}")
        return self


class PersonEvaluationEntry(Entry):
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
    of_a_clause_only: bool = Field(
        default=False,
        description="Counts only with a clause as its object ('will not accept that she is "
        "ill'), or a thing with what it is taken for ('does not see this as a problem') or a "
        "risk ('does not see the risk'): with a plain noun ('will not accept help') the verb "
        "reports a refusal or what happened.",
    )
    modal_only: bool = Field(
        default=False,
        description="Counts only under a modal ('will not accept that', 'can't accept'): "
        "'does not accept that' states a position someone takes in a dispute.",
    )
    perfect_of_a_clause: bool = Field(
        default=False,
        description="Counts also said plainly in the perfect with a clause as its object "
        "('has accepted that he cannot return home', 'had accepted what was coming', 'had "
        "realised her dad would not change his mind'): a change of mind told as done, the "
        "writer's reading; with a plain noun ('has accepted a carer's assessment') it records "
        "a choice.",
    )
    graded_only: bool = Field(
        default=False,
        description="Counts only with a word of degree on it ('very anxious', 'v low in "
        "mood', 'Agitated +++'): said plainly ('anxious today') it names what was seen; "
        "graded, it weighs how much, which is the writer's reading.",
    )
    vader_valence: float | None = Field(
        default=None,
        description="Mean valence in the VADER sentiment lexicon (-4 to 4) the word was "
        "selected from; empty for words added in review.",
    )


class DecisionEntry(Entry):
    """A decision phrase, or a marker that a reason is being given.

    A ``verdict`` records a decision only when negated ("Checklist not needed", "not
    suitable for the day centre"); a ``not_done`` action only when "not" denies it ("Police
    not informed", where "No concerns raised" reports that nothing happened); a ``change``
    only in a note's shape about a service ("Lunch call to be removed"). An ``own_body`` is
    part of the service, so a decision "by" it is the service's own ("declined by panel",
    "NFA by EDT"). A ``time_limited`` service ends by design ("reablement", "intermediate
    care"), so its planned end is the plan running its course, not a decision that needs a
    reason. A ``prescribed`` word names a medicine or its dose: a change to it is a
    prescriber's decision that the service records ("lorazepam PRN reduced"). A
    ``funded_elsewhere`` word names money that another body awards (a housing grant, the
    NHS's continuing healthcare): its approval is that body's decision, which the service
    records ("DFG approved", "CHC fast track was approved"). A ``handoff``
    passes the case on ("signposted", "passed to locality"): after a decision's dash it
    says what was done next, not why ("Closed - signposted to Age UK"). An ``explaining``
    verb, said ahead with "why" or "the reasons" ("I want to explain why"), announces the
    reasons that follow. An ``asking`` word leads a list of requests or wishes ("Samira
    would like:", "I am asking you to:"): the lines under it ask for decisions, they do not
    make them. A ``hearsay`` verb reports what
    someone else said: opening a note's sentence with its subject dropped ("Said contact was
    cancelled"), or after a dash that follows someone else's clause, the decision it tells
    is theirs. A ``vouching`` verb, denied ("I cannot promise it will be agreed"), leaves
    the outcome in the clause after it still to come: nothing is decided there yet. A
    ``using`` verb, wanted or planned by the person in a clause on a decision ("a payment,
    which you plan to use for taxis"), says what the decision is for. A ``death`` word
    tells that someone died ("passed away", "deceased"): told of the person, it is the reason
    for closing their case and ending their services after it.
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
        "funded_elsewhere",
        "handoff",
        "explaining",
        "asking",
        "hearsay",
        "vouching",
        "using",
        "death",
    ]


class RecordDateEntry(Entry):
    """A label in a note's header that says what a date is: when the contact happened, when
    the note was written, some other date (so never the contact), or a cue that the note
    says why it was written late. ``recorded_field`` labels name the writing only as a
    field's whole label ("Created: 07/11/25"): in a sentence they name something else
    ("Care plan completed 07/11/25"). ``receipt`` labels say a referral, concern or call was
    received ("rec'd"), never that the note was written; ``record_name`` entries name a
    record whose header field for its completion is its writing ("Screening completed",
    "Report completed: 16/03/26 by R Moss"), and ``record_issued`` entries its sending out
    to those it is for, only after such a name ("Minutes circulated: 13/03/2026").
    ``subject`` entries say what a dated note is about ("SP note 17/11/26 re 13/11/26"):
    the earlier date after them is the contact and the heading date the writing;
    ``at_the_time`` entries, after a denied recording word ("not written up at the time"),
    say the note was written later than the contact its header dates. ``other_event``
    entries are other dates that name an event of the case (a discharge, a referral); before
    a contact word they name what the meeting or call was about ("Discharge planning
    meeting 09/11/26", "D/C call 14/01/26"), the contact only where the note labels its
    writing too. ``week_of``
    and ``period`` entries are other dates too, but a header's week ("Week commencing
    11/05/26 - outreach notes") or a contact word's period ("Contact period: 12/10 - 14/10")
    holds the contacts of those days, the last no later than the week's or period's end.
    ``source_notes`` entries name the handwritten or paper notes a record was typed from
    ("Original handwritten notes dated 27/11/25. Typed by admin 05/12/25"): their date is
    the contact, the typing the writing. ``apology`` entries may come before the words
    that say when the note was written ("(sorry writing this up on Monday)")."""

    kind: Literal[
        "contact",
        "recorded",
        "recorded_field",
        "receipt",
        "record_name",
        "record_issued",
        "other_date",
        "other_event",
        "meeting",
        "late_reason",
        "subject",
        "at_the_time",
        "week_of",
        "period",
        "source_notes",
        "apology",
    ]
    short_for: Phrase | None = Field(
        default=None,
        description="The word this term is a short form of ('rec'd' for 'received'): every "
        "other label with that word reads the same with the short form in its place ('Call "
        "rec'd' is 'call received', a contact).",
    )
    recorded_after_a_contact: bool = Field(
        default=False,
        description="A receipt's short form that also shortens 'recorded': alone after a "
        "contact's date on its line, naming nothing received, it is the writing "
        "('18/11/26 - tel call from Mandy Rowe - rec'd 23/11/26', 'Visit - 13/01/26 (rec'd "
        "14/01/26)').",
    )
    after_contact_label: Phrase | None = Field(
        default=None,
        description="With recorded_after_a_contact: the contact's own label the term must "
        "follow to be the writing, where after any other contact it may still name another "
        "date ('DOR' after 'DOC', date of contact and date of recording; after 'DOV' it may "
        "be a date of referral or of review).",
    )


class SpeechEntry(Entry):
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
    needs_content: bool = Field(
        default=False,
        description="A speech verb that gives a view only with what was said or what it was "
        "about: a clause, an object or a quotation ('shouted that she wants to go home'); "
        "alone or at somebody ('shouting and abusive', 'spoke quietly') it describes how "
        "they were.",
    )
    without_words: bool = Field(
        default=False,
        description="A speech verb for a view shown without words (smiling, crying, reaching "
        "for somebody, turning away, vocalising): the view of the one who does it where the "
        "record's writer saw it, with its doer named; not where somebody else reports it "
        "('staff say he calls out at night'), nor in a fragment with nobody named.",
    )


class TextCueEntry(Entry):
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
    "sign below"); ``review_learning`` phrases present what a review teaches the staff who
    must act on it ("key learning", "learning from this review"): one is enough to say a
    text is written for practitioners; ``topic`` words, in a line leading into a list
    ("The review identified themes including:", "Key words:"), say that the list names
    subjects, not people;
    ``reflective`` phrases are those of a student's or practitioner's writing about their
    own learning and practice ("my placement", "in this essay", "case study"), not a
    record about a person; ``document`` words name a kind of document that is not a form
    ("guidance", "procedure", "factsheet"): a title naming one heads a text about forms or
    practice, not a form to fill in; ``own_work`` nouns follow "my" or "our" when a
    practitioner writes of their own working life ("my caseload", "our team meeting"),
    and ``served`` nouns name the people a practitioner works with by their role ("a
    client", "service users"): together they say whose "I" a first-person account is;
    ``public_body`` nouns name the bodies that run and pay for services ("council",
    "local authority", "government"), which a member of the public writing about services
    speaks of in the third person ("the council's plans"); ``press`` nouns name what a
    paper prints, which a reader's letter speaks of to the paper as the paper's own ("your
    article", "your readers", "the edition of May 10"), and ``masthead`` words, capitalised,
    are those papers and their pages are named with ("The Hunts Post", "Letters"), which a
    reader's letter cites with the day the item it answers ran ("(The Hunts Post, August
    8)"); ``street`` nouns, capitalised, end a street's name ("Buckley Lane", "Twyford
    Gardens"), which a reader's letter gives under its writer's name; ``readers_asked``
    phrases put a question to whoever reads the text ("has anybody", "can anyone", "any
    advice"), as a post to an online forum does and a record never does; ``public_call``
    phrases open the demand its signatories put to a public body in a petition or a
    campaign ("we are calling on", "we the undersigned"), the public's own say on services
    that no record or service's letter makes; ``news_time`` phrases tell of a time reckoned
    from the day the text was published ("last month", "recently"), as a newsletter or a
    news post reports what has happened to whoever reads it; ``party_politics`` words name
    the parties, the councillors and the votes of local and national politics
    ("Conservative councillors", "the ruling Tory group", "less likely to vote"), as a
    blog or a column on public affairs argues about them and a record never does;
    ``principles`` words, in a heading or a line leading into a list ("The 5 main
    principles of the Mental Capacity Act", "The Act has five fundamental principles:"),
    say that the list sets out rules a law or guidance makes for everyone, not what a
    practitioner did or decided; ``own_post`` phrases name the text as its writer's own
    post or blog to its readers ("regular blog readers", "this Facebook post", "my
    blog"), as a blogger does and a record never does.
    """

    kind: Literal[
        "mention",
        "professional",
        "own_life",
        "pointer",
        "instruction",
        "practitioner",
        "review_learning",
        "form_guidance",
        "topic",
        "reflective",
        "document",
        "own_work",
        "served",
        "public_body",
        "press",
        "masthead",
        "street",
        "readers_asked",
        "public_call",
        "news_time",
        "party_politics",
        "principles",
        "own_post",
    ]
