"""Which verbs are passive, and what each passive keeps from the reader.

:func:`passive_verbs` finds "be" passives that describe an action; the tests after it say
whether one hides who acted, acts on the reader, reports a view without its holder, does
something to a person without saying who, or sets a duty that names no one to bear it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.lexicon import word_list
from recordlint.names import titles
from recordlint.subjects import PERSONAL_SUBJECT_PRONOUNS
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Participles that describe a state rather than an action someone did ("she is married",
# "the door was locked") are the word list "stative_participle" in
# lexicons/domain-words.toml: a passive reading is possible, but active voice would not help.
_DEGREE_WORDS = frozenset({"very", "so", "too", "quite", "really", "more", "less", "rather"})


def passive_verbs(sentence: Span) -> list[Token]:
    """Verbs in the passive voice that describe an action ("was made", "was seen").

    Only "be" passives count; "got married" and adjectival uses ("was very worried") do not.
    """
    found = []
    doc = sentence.doc
    lemmas = token_view(doc).lemma  # lower case, read once per doc
    for index in range(sentence.start, sentence.end):
        if lemmas[index] != "be":
            continue  # passed over without a token object
        token = doc[index]
        if token.dep_ != "auxpass":
            continue
        verb = token.head
        if verb.tag_ != "VBN" or verb.text.lower() in word_list("stative_participle"):
            continue
        if "-" in verb.text:
            continue  # compounds describe a state: "bed-bound", "well-kept"
        if any(child.dep_ == "expl" for child in verb.children):
            continue  # "there were raised stickers": an adjective after "there"
        if any(child.text.lower() in _DEGREE_WORDS for child in verb.children):
            continue
        found.append(verb)
    return found


def agent_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return child
    return None


def hides_who_acted(verb: Token) -> bool:
    """Whether a passive verb reports something someone did or has done without saying
    who ("a referral was made", "she has been told").

    A passive that names its agent ("was seen by the GP") hides nothing.
    A rule or a plan in the passive ("records should be kept", "a review will be
    arranged", "needs to be met", "visits are arranged weekly") says what is to happen or
    usually happens; whoever does it is not hidden, it is anyone whose job it is.
    """
    if agent_of(verb) is not None:
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(h.tag_ == "MD" or h.tag_ == "TO" for h in helpers):
        return False
    return any(h.tag_ == "VBD" or h.lower_ in ("has", "have", "had") for h in helpers)


def acts_on_the_reader(verb: Token) -> bool:
    """Whether a passive verb has the reader as the one acted on and does not say who acts:
    "you will be contacted", "you are required to pay", "money that is allocated to you".

    Written to the person, such a sentence leaves them not knowing who will do it, or who
    asks it of them, which is what they need to know to act on the letter.
    """
    if agent_of(verb) is not None:
        return False
    if any(child.dep_ == "oprd" for child in verb.children):
        # "You're considered a young carer": what the reader counts as, not something
        # someone will do to them.
        return False
    if verb.lower_ in word_list("inviting_participle") and any(
        child.dep_ == "xcomp" for child in verb.children
    ):
        # "You are encouraged to talk about what is working well": the writer's invitation
        # or advice to the reader, who knows who gives it.
        return False
    if _a_condition(verb):
        # "If you have been assessed as needing care, you could choose ...", or a list
        # item after "You'll be entitled to support if:": a condition the reader may be
        # in, not something still to be done to them.
        return False
    if _ensured(verb):
        # "We will link with interpreting services to ensure you are supported": whoever
        # ensures it is the one who acts.
        return False
    if _asks_the_reader(verb):
        # "How will you be supported?", a plan's heading: the reader is asked to say who
        # will support them, not told that someone unnamed will.
        return False
    for child in verb.children:
        if child.dep_ == "nsubjpass" and child.lower_ == "you":
            return True
        if (
            child.dep_ in ("dative", "prep")
            and child.lower_ in ("to", "for")
            and any(grandchild.lower_ == "you" for grandchild in child.children)
        ):
            return True
    return False


def _asks_the_reader(verb: Token) -> bool:
    """Whether the passive is a question put to the reader, its helping verb before its
    subject "you" and the sentence closed by a question mark ("How will you be
    supported?", "Have you been offered a carer's assessment?"): the reader is asked, and
    who acts is theirs to say."""
    sentence = verb.sent
    if not sentence.text.rstrip().endswith("?"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ == "you"]
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(subjects and helpers) and min(h.i for h in helpers) < subjects[0].i


def _ensured(verb: Token) -> bool:
    """Whether the passive is what someone ensures or makes sure of ("to ensure you are
    supported", "did not ensure Mr X was provided with care", "we will make sure you are
    left with"): the one who ensures it is its actor, named or plain from the sentence."""
    head = verb.head
    if verb.dep_ != "ccomp" or head is verb:
        return False
    if head.lemma_.lower() == "ensure":
        return True
    if head.lower_ == "sure":
        return head.head.lemma_.lower() == "make"
    return head.lemma_.lower() == "make" and any(c.lower_ == "sure" for c in head.children)


def _a_condition(verb: Token) -> bool:
    """Whether the passive is set as a condition, opened by "if" or "unless" (a list
    item under a lead-in ending "if:" is read as one in the document phase)."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


def judged_without_judge(verb: Token) -> bool:
    """Whether a passive verb reports a view someone held of a person, or a judgement
    someone made, without saying whose it was: "she was viewed as having an
    overreliance on morphine", "he was labelled as difficult", "it was felt that his
    condition was behavioural".

    A view is only as good as whoever holds it; left without them, it reads as a fact.
    Only a past "was"/"were" passive of a verb of judging (the word list
    "judging_participle" in lexicons/domain-words.toml) counts, with a person as its
    subject and what they were judged to be after "as", or "it" and what was judged in a
    clause after it. Rules and advice ("should be considered", "can be seen as"), what a
    thing was thought to be ("options were considered"), and views whose holder is named
    ("was viewed by staff as") are left alone.
    """
    if verb.lower_ not in word_list("judging_participle") or agent_of(verb) is not None:
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if len(helpers) != 1 or helpers[0].dep_ != "auxpass" or helpers[0].tag_ != "VBD":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.lower_ == "it":
        return any(child.dep_ == "ccomp" for child in verb.children)
    if subject.lower_ not in PERSONAL_SUBJECT_PRONOUNS and subject.pos_ != "PROPN":
        return False
    return any(child.lower_ == "as" or child.dep_ in ("oprd", "xcomp") for child in verb.children)


def person_acted_on_unnamed(verb: Token) -> bool:
    """Whether a passive verb reports something done to a person, in the past, without
    saying who did it: "he was placed in residential care", "he was transferred to a
    nursing home", "she has been denied visits".

    In a decision or a review, who placed or moved the person is often what the complaint
    or the review is about; left out, the reader cannot tell whether it was the council,
    the hospital or the family. Only a person as the subject counts ("he", "she" or a
    titled name such as "Mrs Y"; "the case was closed" is about a thing), with "was",
    "were" or "has been" and no modal, and not where the verb itself says where it came
    from ("he was evicted from the care home") or the sentence names whom the person
    dealt with ("during a call with the ward"). Events whose verb names who acts ("she was
    admitted", "he was hospitalised") are states, left alone before this is asked.
    """
    if agent_of(verb) is not None or _a_condition(verb) or _ensured(verb):
        # "the distress she would have felt if she had been moved": not done; "the Council
        # did not ensure Mr X was provided with care": the Council is who acts
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(h.tag_ in ("MD", "TO") for h in helpers):
        return False
    if not any(h.tag_ == "VBD" or h.lower_ in ("has", "have", "had") for h in helpers):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1 or not _a_person(subjects[0]):
        return False
    if any(
        child.dep_ == "oprd" and child.lower_ in word_list("stative_participle")
        for child in verb.children
    ):
        # "Ms B was left distressed and uncertain": the state she was left in (a state the
        # word list "stative_participle" holds), whose cause the report tells around it,
        # not an act whose actor it hides. "He was not made aware" is still an act.
        return False
    sources = word_list("organisation") | word_list("professional") | word_list("home")
    # "he was evicted from the care home", "she was suspended from her post at the care
    # home": the place taken from, or the one whose post it was, is who acted.
    if _taken_from_a_source(verb, sources):
        return False
    # "she was given the wrong information during a call with the ward": the sentence
    # names whom the person dealt with.
    return not any(
        token.dep_ == "pobj" and token.head.lower_ == "with" and token.lemma_.lower() in sources
        for token in verb.sent
    )


def _taken_from_a_source(verb: Token, sources: frozenset[str]) -> bool:
    """Whether ``verb`` says what a person was taken from, and that is an organisation, a
    worker or a home ("evicted from the care home"), or the place of what they held there
    ("suspended from her post at the care home", "removed from his place at the day
    centre"): the one they were taken from is who acted."""
    prepositions = [child for child in verb.children if child.dep_ == "prep"]
    taken_from = [
        noun
        for prep in prepositions
        if prep.lower_ == "from"
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]
    if not taken_from:
        return False
    # The place may hang on the verb ("from her post at the care home", as the parser
    # attaches it) or on what was held.
    places = [
        noun
        for head in (verb, *taken_from)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("at", "of")
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]
    return any(noun.lemma_.lower() in sources for noun in (*taken_from, *places))


def _a_person(subject: Token) -> bool:
    """ "He", "she", or a titled name ("Mrs Y", "Mr G")."""
    if subject.lower_ in ("he", "she"):
        return True
    return subject.pos_ == "PROPN" and any(
        child.lower_.rstrip(".") in titles() for child in subject.children
    )


_DUTY_MODALS = frozenset({"must", "should", "shall"})


def duty_without_bearer(verb: Token) -> bool:
    """Whether a passive verb puts a duty on no one: "this should be agreed before the
    first payment", "the form must be returned within a week".

    In a letter to the person, such a sentence leaves the reader not knowing whether the
    duty is theirs or the council's. Only "must", "should" and "shall" with a subject
    that is not the reader ("you should be sent" is the reader's own passive).
    """
    if agent_of(verb) is not None:
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(h.tag_ == "MD" and h.lower_ in _DUTY_MODALS for h in helpers):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1 or subjects[0].lower_ == "you":
        return False
    return not (_duty_of_the_clause_around(verb) or _weighed_by_the_clause_around(verb))


def instruction_to_weigh(verb: Token) -> bool:
    """Whether a passive verb tells the reader, with "must", "should" or "shall", to weigh
    or regard something without saying that it is theirs to do: "the principles of the
    Act should be considered throughout the meeting", "it should be recognised and valued
    as part of what we do".

    In guidance, procedures and prompts written to practitioners, the one who is to
    consider or recognise it is the reader; the passive turns a plain instruction
    ("consider the principles of the Act") into a rule that seems to bind no one. Only a
    verb of the word list "regarding_participle" in lexicons/domain-words.toml counts,
    with a subject of its own and no agent, and not where a party named around it is the
    one who weighs ("the panel will decide whether it should be considered") or the
    passive is a condition.
    """
    if verb.lower_ not in word_list("regarding_participle") or agent_of(verb) is not None:
        return False
    if _a_condition(verb):
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(h.tag_ == "MD" and h.lower_ in _DUTY_MODALS for h in helpers):
        return False
    if len([c for c in verb.children if c.dep_ == "nsubjpass"]) != 1:
        # "a serious incident they think should be considered": the clause's own
        # subject is elsewhere, and so, as a rule, is who weighs it.
        return False
    return not (_duty_of_the_clause_around(verb) or _weighed_by_the_clause_around(verb))


_OPEN_QUESTION = frozenset({"whether", "if"})


def _weighed_by_the_clause_around(verb: Token) -> bool:
    """Whether the passive is an open question that the writer, or a body or a professional
    named as the subject of the clause around it, weighs ("we will consider whether an
    advocate should be appointed", "the panel will decide if the care should stop"): who
    decides whether it should be done is who would do it. Someone asking ("She asked
    whether the form should be returned") weighs nothing."""
    if verb.dep_ != "ccomp" or not any(
        c.dep_ == "mark" and c.lower_ in _OPEN_QUESTION for c in verb.children
    ):
        return False
    head = verb.head
    if head.lemma_.lower() not in word_list("weighing_verb"):
        return False
    actors = word_list("professional") | word_list("organisation")
    return any(
        child.dep_ == "nsubj" and (child.lower_ == "we" or child.lemma_.lower() in actors)
        for child in head.children
    )


def _duty_of_the_clause_around(verb: Token) -> bool:
    """Whether the passive is a relative clause on what a third party named as the subject
    of the clause around it does with the thing ("If they have missed out any of the
    information that should be included in your assessment"): its actor is that party.
    The reader ("you") or the writer ("we") as that subject leaves whose duty it is open
    ("We will send you a form that must be returned within a week")."""
    if verb.dep_ != "relcl":
        return False
    token = verb.head
    while token.dep_ in ("pobj", "prep", "dobj") and token.head is not token:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            break
    if token.pos_ not in ("VERB", "AUX"):
        return False
    actors = word_list("professional") | word_list("organisation")
    return any(
        child.dep_ == "nsubj"
        and (child.lower_ in PERSONAL_SUBJECT_PRONOUNS or child.lemma_.lower() in actors)
        for child in token.children
    )
