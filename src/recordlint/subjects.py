"""Who a clause is about, and whose words it carries: helpers on spaCy's dependency parse.

Rules about respectful language and about fact and opinion only count when the words
describe the person the record is about (not a tribunal, a bank or an application), and
only when the writer says them in their own voice (not when a daughter or a doctor is
reported as saying them). This module answers those two questions for a token; it needs a
parsed ``Doc`` (``Need.PARSE``) and reads lemmas, so ``Need.TAGS`` comes with it.

The API is deliberately small:

- :class:`Referent` — what kind of thing a noun phrase names.
- :func:`referent_of` — classify the head token of a noun phrase.
- :func:`subject_of` — the subject a verb, adjective or predicate noun is said of.
- :func:`doer_of` — who does the action of a verb (active subject or passive agent).
- :func:`about_person` — whether a predicate is said of the person (or of their home).
- :func:`speaker_of` / :func:`is_attributed` — the reported speaker, when the words are
  someone's reported view rather than the writer's.

Everything is a heuristic on the parse: callers treat :attr:`Referent.UNKNOWN` as "could be
the person" or "cannot tell" depending on how much a false alarm costs them.
"""

from __future__ import annotations

import functools
from enum import StrEnum
from typing import TYPE_CHECKING

from recordlint.errors import RecordlintError
from recordlint.lexicon import load_lexicon, word_list
from recordlint.names import standing_titles

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "Referent",
    "about_person",
    "doer_of",
    "is_attributed",
    "referent_of",
    "speaker_of",
    "subject_of",
]


class Referent(StrEnum):
    """What a noun phrase refers to, as far as the words show."""

    PERSON = "person"  # the person the record is about: a name, he/she/they, "the person"
    OTHER_PERSON = "other_person"  # family, friends and unpaid carers
    PROFESSIONAL = "professional"  # practitioners: GP, nurse, social worker, landlord
    WRITER = "writer"  # I, we: the practitioner writing the record
    ORGANISATION = "organisation"  # council, tribunal, bank, agency, NHS trust
    HOME = "home"  # the person's home or a room in it
    THING = "thing"  # anything else: documents, decisions, objects, ideas
    UNKNOWN = "unknown"  # no subject (note-style fragments) or nothing to go on


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PERSON_PRONOUNS = frozenset(
    {"he", "she", "they", "him", "her", "them", "you", "himself", "herself", "themselves"}
)
WRITER_PRONOUNS = frozenset({"i", "me", "we", "us", "myself", "ourselves"})
# The nouns for the person, family, professionals, organisations and homes, and the verbs
# that report somebody's words, are shared word lists in lexicons/domain-words.toml.

# Compounds in which "home" is an organisation rather than where the person lives.
ORGANISATION_HOMES = frozenset({"care", "nursing", "residential", "children"})
# Dependencies through which a predicate inherits the subject of the word it hangs from.
CLIMB_DEPS = _words(
    "conj xcomp acomp attr oprd prep pobj dobj advcl neg advmod npadvmod appos dep pcomp"
)
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
# Tags of a verb or auxiliary that carries a tense.
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
# Days as a log entry's stamp writes them ("Mon 09/02 12:30 - ...").
WEEKDAYS = frozenset(
    {"mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
     "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday"}
)  # fmt: skip

# Who can hold a view that a clause after "is worried that", "is sure that" reports; the
# writer's own ("I am concerned that") is a marked opinion, and "it is clear that" is a frame.
VIEW_HOLDERS = frozenset(
    {Referent.PERSON, Referent.OTHER_PERSON, Referent.PROFESSIONAL, Referent.ORGANISATION}
)
# Nouns for a view: with a possessive ("her daughter's view is that") or given to a subject
# ("he expressed the view that", "she is of the opinion that") they make the words theirs.
VIEW_NOUNS = frozenset(
    {"view", "opinion", "words", "account", "understanding", "perspective", "belief",
     "concern", "feeling", "impression", "worry", "fear"}
)  # fmt: skip


def referent_of(token: Token) -> Referent:
    """Classify the noun phrase whose head is ``token``."""
    lower = token.lower_
    if token.pos_ == "PRON" or token.tag_ in {"PRP", "PRP$", "WP"}:
        if lower in RELATIVE_PRONOUNS:
            if token.head.dep_ == "relcl":
                return referent_of(token.head.head)
            return Referent.UNKNOWN if lower in {"who", "whom"} else Referent.THING
        if lower in PERSON_PRONOUNS:
            return Referent.PERSON
        if lower in WRITER_PRONOUNS:
            return Referent.WRITER
        return Referent.THING
    words = _compound_words(token)
    lowered = [w.lower() for w in words]
    forms = {lower, token.lemma_.lower()}
    if "home" in forms and any(w in ORGANISATION_HOMES for w in lowered[:-1]):
        return Referent.ORGANISATION
    if forms & word_list("other_person"):
        return Referent.OTHER_PERSON
    if forms & word_list("professional") or _is_professional_title(lowered):
        return Referent.PROFESSIONAL
    if forms & word_list("person"):
        return Referent.PERSON
    titled = any(w in standing_titles() for w in lowered[:-1]) or _title_before(token)
    if titled and (token.tag_ == "NNP" or _is_initial(token) or _ends_titled_name(token)):
        # "Mrs Hall", "Mr Council", "Mrs G" and "Mrs Jessop senior", where the tagger read
        # an initial or a word after the name as a common noun: a title makes a person.
        return Referent.PERSON
    if forms & word_list("home"):
        return Referent.HOME
    if forms & word_list("organisation"):
        return Referent.ORGANISATION
    if token.pos_ == "PROPN" or token.tag_ == "NNP":
        if any(w in word_list("person") for w in lowered[:-1]):
            return Referent.PERSON  # "Service user Danny Morrow", "client Mr Shah"
        if any(w in word_list("organisation") for w in lowered):
            return Referent.ORGANISATION  # "Bristol City Council", "Sandbank Housing"
        if any(w in standing_titles() for w in lowered) or _title_before(token):
            return Referent.PERSON
        if _initials_of_a_name_before(token):
            return Referent.PERSON  # "Tenant: Kieran M. KM refused": a name, then initials
        if _initials_as_a_subject(token):
            return Referent.PERSON  # "KB was very passive", "TLN is too traumatised to ..."
        if token.text.isupper() and len(token.text) > 1:
            return Referent.ORGANISATION  # DWP, HMRC: acronyms name bodies, not people
        return Referent.PERSON
    if _a_name_read_as_a_noun(token):
        return Referent.PERSON  # "Harvey is demanding": the tagger took a first name for a noun
    if _initials_of_a_name_before(token):
        return Referent.PERSON  # "Accompanied Darren Kelsall ... D was agitated"
    return Referent.THING


def subject_of(token: Token) -> Token | None:
    """The subject that ``token`` (a verb, adjective or predicate noun) is said of.

    Follows the parse through coordination ("came to the door but refused"), control verbs
    ("continues to refuse"), copulas ("is frail", "is in denial"), relative clauses ("the man
    who refused") and attributive use ("a manipulative man" -> man). Passive subjects are
    returned too; use :func:`doer_of` when the difference matters. ``None`` when the clause
    has no subject, as in note-style fragments ("Refused personal care.").
    """
    found = _raw_subject(token)
    if found is not None and _colon_between(found, token):
        return None  # "BPSD: resistive during personal care": a heading, not a subject
    if found is not None:
        found = _past_misread_report(found)
    return found


def _past_misread_report(subject: Token) -> Token:
    """The real subject when the parser took a reporting verb for the subject noun
    ("Provider states pt is often abusive": "states" as a plural noun, "pt" hung on it as an
    appositive): the noun after the reporting word is who the clause is about."""
    if subject.lower_ not in _REPORT_FORMS or subject.pos_ not in {"NOUN", "PROPN"}:
        return subject
    if not any(c.dep_ in {"compound", "nmod", "amod", "det"} for c in subject.children):
        return subject  # "Reports were late": a real noun with nothing naming a reporter
    follower = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    return follower if follower is not None else subject


def _raw_subject(token: Token) -> Token | None:
    seen: set[int] = set()
    current = token
    came_through_as = False
    while current.i not in seen:
        seen.add(current.i)
        for child in _subjects_nearest_first(current):
            if child.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}:
                named = _noun_named_as(child, current)
                if named is not None:
                    return named  # "your role as a carer": said of the role
                if child.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                    return current.head
                if came_through_as:
                    # "describes the family as demanding": said of the object.
                    obj = next((c for c in current.children if c.dep_ == "dobj"), None)
                    if obj is not None:
                        return obj
                return child
        dep = current.dep_
        head = current.head
        if dep == "oprd":
            # "She finds the stairs difficult": said of the object, not of her.
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        if dep == "amod" and head.i > current.i and _next_note_between(current, head):
            # "Pt bed-bound, dtr present": a note's words the parser hung across a comma on
            # the next note's noun describe what came before, not that noun ("a kind, frail
            # man" lists adjectives and keeps its noun).
            return None
        if dep in {"amod", "compound"} and head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            # "a manipulative man": the adjective describes its noun.
            while head.dep_ == "compound" and head.head.i != head.i:
                head = head.head
            return head
        if dep == "conj" and _finite(current) and _infinitive(head):
            # "He has no motivation to change and is not engaging": a verb with a tense of
            # its own is not part of the "to" clause the parser joined it to; it goes on
            # from the clause that one hangs from.
            clause = head.head
            while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                clause = clause.head
            if clause.pos_ in {"VERB", "AUX"} and clause.i not in seen:
                current = clause
                continue
        if dep in {"relcl", "acl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return head
        if head.i == current.i or dep == "ccomp":
            return None  # a clause of its own without a subject: do not borrow one
        if dep in CLIMB_DEPS or dep in {"amod", "compound"}:
            if current.lower_ == "as" and dep == "prep":
                came_through_as = True
            current = head
            continue
        return None
    return None


def _finite(verb: Token) -> bool:
    """Whether a verb carries a tense of its own ("is engaging", "refused", "will go")."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in verb.children
    )


def _infinitive(verb: Token) -> bool:
    """Whether a verb is a bare "to" infinitive ("no motivation to change")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _subjects_nearest_first(verb: Token) -> list[Token]:
    """The children of ``verb``, those before it nearest first. A misread reporting verb
    can leave two subjects on one verb ("Staff report Jordan has had ..."): the one next
    to the verb is the one it is said of."""
    before = sorted((c for c in verb.children if c.i < verb.i), key=lambda c: -c.i)
    return before + [c for c in verb.children if c.i > verb.i]


def _noun_named_as(child: Token, verb: Token) -> Token | None:
    """The noun a subject of ``verb`` is only the role of: the parser can take "as a carer"
    for a subject ("make your role as a carer difficult"), when the words are said of the
    noun just before "as", the verb's other subject or the object of the verb it hangs
    from, with nothing but adverbs between the role and the words. None when the subject
    is a subject ("as the carer was late": a clause of its own)."""
    start = child.left_edge.i
    if start < 2 or child.pos_ != "NOUN" or verb.i <= child.i:
        return None
    if any(t.pos_ != "ADV" for t in child.doc[child.right_edge.i + 1 : verb.i]):
        return None  # "as he is muddled", "as the carer was late": a clause of its own
    marker = child.doc[start - 1]
    if marker.lower_ != "as" or marker.head != verb:
        return None
    named = child.doc[start - 2]
    if named.pos_ not in {"NOUN", "PROPN"}:
        return None
    if named.head == verb and named.dep_ in {"nsubj", "nsubjpass"}:
        return named
    if named.dep_ == "dobj" and named.head == verb.head and verb.head != verb:
        return named
    return None


def _next_note_between(adjective: Token, noun: Token) -> bool:
    """Whether a comma and then a noun of its own stand between an adjective and the noun
    the parser hung it on: the start of the next note, not a list of adjectives."""
    between = adjective.doc[adjective.i + 1 : noun.i]
    comma = next((t.i for t in between if t.text == ","), None)
    return comma is not None and any(
        t.pos_ in {"NOUN", "PROPN", "PRON"} and t.i > comma for t in between
    )


def _colon_between(first: Token, second: Token) -> bool:
    low, high = sorted((first.i, second.i))
    return any(t.text in {":", ";"} for t in first.doc[low + 1 : high])


def doer_of(verb: Token) -> tuple[Referent, Token | None]:
    """Who does what ``verb`` describes: the active subject or the passive agent.

    For a passive without an agent ("Personal care was refused") the doer is unknown and
    the token returned is the passive subject, so callers can look at what was done to what.
    """
    passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive_subject is not None or any(c.dep_ == "auxpass" for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        agent_noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if agent_noun is not None:
            return referent_of(agent_noun), agent_noun
        return Referent.UNKNOWN, passive_subject
    if _opens_entry(verb) and verb.tag_ in {"VBD", "VBN", "VBZ", "VBG"}:
        # A note-style fragment that opens with a verb ("Refused personal care", "Mon 09/02
        # 12:30 - Refused lunch") has the person as its understood subject, whatever the
        # parser attached the verb to.
        return Referent.UNKNOWN, None
    subject = subject_of(verb)
    if subject is None:
        return Referent.UNKNOWN, None
    return referent_of(subject), subject


def _opens_entry(verb: Token) -> bool:
    """Whether ``verb`` is the first word of its sentence, or follows only a log entry's
    stamp: days, dates, times and the dash after them ("Mon 09/02 12:30 - Refused lunch")."""
    return all(_stamp_word(t) for t in verb.doc[verb.sent.start : verb.i])


def _stamp_word(token: Token) -> bool:
    text = token.lower_.rstrip(".,")
    return (
        token.is_punct
        or token.like_num
        or any(c.isdigit() for c in text)
        or text in WEEKDAYS
        or text in {"am", "pm", "hrs"}
    )


def about_person(token: Token, *, include_home: bool = False) -> Referent:
    """The referent a predicate is said of, with possessives resolved to their owner.

    "Her behaviour is challenging" is about her, so an attribute noun with a personal
    possessive counts as the person. Returns :attr:`Referent.UNKNOWN` when there is no
    subject. ``include_home`` keeps :attr:`Referent.HOME` (otherwise it reads as THING).
    """
    subject = subject_of(token)
    if subject is None:
        return Referent.UNKNOWN
    found = referent_of(subject)
    if found is Referent.THING:
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and referent_of(owner) is Referent.PERSON:
            found = Referent.PERSON
    if found is Referent.HOME and not include_home:
        return Referent.THING
    return found


def speaker_of(token: Token) -> Token | None:
    """The subject of the reporting verb ``token`` is reported under, if it is not the writer.

    "Her daughter said the house was filthy" -> daughter for "filthy"; "According to her son,
    she is in denial" -> son. ``None`` when the words are the writer's own: there is no
    reporting verb above them, or the writer is the one speaking ("I told her she was fine").
    A reporting verb that opens a note-style fragment ("Said the house was filthy") has no
    subject to return, so the verb itself stands for the speaker.
    """
    current = token
    seen: set[int] = set()
    while current.i not in seen:
        seen.add(current.i)
        found = _according_to(current)
        if found is not None:
            return found
        head = current.head
        if head.i == current.i:
            break
        if current.dep_ in {"ccomp", "xcomp", "parataxis", "advcl"} and _reports(head):
            speaker = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if speaker is None and head.dep_ == "conj":
                speaker = subject_of(head)
            if speaker is None and head.dep_ in {"advcl", "xcomp"} and _to_infinitive(head):
                # "The home rang to say CQC have suspended ...": the caller speaks.
                speaker = next(
                    (c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None
                )
            if speaker is None:
                speaker = _initials_read_as_interjection(head)
            if speaker is None:
                return head if head.i == head.sent.start else None
            if referent_of(speaker) is Referent.WRITER or speaker.lower_ == "it":
                return None
            return speaker
        if current.dep_ == "conj" and _reports(head) and _continues_report(current, head):
            # "She said she can stay tonight, but that she works full time", "Mum says she
            # never wants them back and she would rather manage": a second reported clause
            # the parser coordinated with the reporting verb itself.
            speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if speaker is not None and referent_of(speaker) is not Referent.WRITER:
                return speaker
        if current.dep_ == "conj" and _reports(head) and _object_read_for_subject(current, head):
            # "Mrs F also complained the care Mrs X received, before ..., was unsuitable":
            # the reported clause's subject was read as the reporting verb's object, and its
            # verb was coordinated with the reporting verb.
            speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if speaker is not None and referent_of(speaker) is not Referent.WRITER:
                return speaker
        if current.dep_ == "ccomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            # "She is worried that he will be lonely": what follows is her worry.
            holder = subject_of(head)
            if holder is not None and referent_of(holder) in VIEW_HOLDERS:
                return holder
        if current.dep_ in {"acl", "ccomp", "relcl"} and _content_clause(current):
            holder = _holder_of_view(head)
            if holder is not None:
                # "Her son expressed the view that she is unsafe", "She is of the opinion
                # that ...": the clause is what the view holds, and the view is theirs.
                return None if _writer_or_frame(holder) else holder
        if current.dep_ == "prep" and current.lower_ == "as" and _reports(head):
            # "Her son described the flat as squalid": the description is the son's.
            speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if speaker is not None and referent_of(speaker) is not Referent.WRITER:
                return speaker
        owner = _views_of_other(head)
        if owner is not None:
            return owner
        current = head
    return _misparsed_report(token)


# Reporting words the tagger sometimes reads as nouns ("Staff report Mrs Box has been ...").
_REPORT_FORMS = frozenset(
    {"say", "says", "said", "report", "reports", "reported", "tell", "tells", "told", "feel",
     "feels", "felt", "think", "thinks", "believe", "believes", "state", "states", "stated"}
)  # fmt: skip


_NOUN_LIKE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "dep"})


def _continues_report(clause: Token, verb: Token) -> bool:
    """Whether a clause coordinated with reporting ``verb`` goes on with the report: it
    opens with "that", or its subject is the same pronoun as the reported clause's."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in PERSON_PRONOUNS:
        return False
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < clause.i]
    return any(
        g.dep_ == "nsubj" and g.lower_ == subject.lower_ for c in reported for g in c.children
    )


_OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _object_read_for_subject(clause: Token, verb: Token) -> bool:
    """Whether a verb coordinated with reporting ``verb`` is really the reported clause's,
    its subject misread as the reporting verb's object: it has no subject of its own, the
    reporting verb has a noun object before it, and no "and", "but" or "or" joins it to
    the reporting verb ("complained the care ..., was unsuitable"). "She reported a fall
    and was upset" is her own second act."""
    if any(c.dep_ in _OWN_SUBJECT_DEPS for c in clause.children):
        return False
    if not any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} and c.i < clause.i
               for c in verb.children):  # fmt: skip
        return False
    before = next((t for t in reversed(verb.doc[verb.i + 1 : clause.i]) if not t.is_punct), None)
    return before is not None and before.pos_ != "CCONJ"


def _content_clause(clause: Token) -> bool:
    """Whether a clause hung on a noun opens with "that" as a conjunction ("the view that
    she is unsafe"), so it says what the noun holds, even where the parser called it a
    relative clause; a real one ("the view that she shared") has "that" as its subject or
    object instead."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _holder_of_view(noun: Token) -> Token | None:
    """Who holds the view ``noun`` names: its owner ("it is her son's view that"), or the
    subject a verb gives it to ("her son expressed the view", "the GP gave the opinion",
    "the neighbour has concerns") or "be of" / "be under" does ("she is of the view", "he
    is under the impression"). A note fragment that opens with the verb ("Expressed the
    view that ...") has no subject to return, so the verb stands for the holder."""
    if noun.lemma_.lower() not in VIEW_NOUNS or noun.head.i == noun.i:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return None if owner.lower_ in {"my", "our"} else owner
    preposition = noun.head
    if noun.dep_ == "dobj" and noun.head.pos_ in {"VERB", "AUX"}:
        verb = noun.head
    elif noun.dep_ == "pobj" and preposition.lower_ in {"of", "under"}:
        if preposition.head.lemma_ != "be":
            return None
        verb = preposition.head
    else:
        return None
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is None and verb.dep_ == "conj":
        holder = subject_of(verb)
    if holder is None:
        return verb if verb.i == verb.sent.start else None
    return holder


def _writer_or_frame(speaker: Token) -> bool:
    return speaker.pos_ not in {"VERB", "AUX"} and (
        referent_of(speaker) is Referent.WRITER or speaker.lower_ == "it"
    )


def _initials_read_as_interjection(verb: Token) -> Token | None:
    """A speaker's initials the tagger read as an interjection ("EH say she is fine"): a
    word in capitals, two or three letters, hung on the reporting verb just before it."""
    for child in verb.children:
        if child.dep_ != "intj" or child.i >= verb.i:
            continue
        letters = child.text.rstrip(".")
        if 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper():
            return child
    return None


def _misparsed_report(token: Token) -> Token | None:
    """The speaker in "<someone> report(s) ..." before ``token`` when the parser took the
    reporting verb for a noun, so no reporting clause shows in the tree."""
    sentence = token.sent
    for word in token.doc[sentence.start : token.i]:
        if word.lower_ not in _REPORT_FORMS:
            continue
        if word.pos_ in {"VERB", "AUX"} and word.dep_ not in _NOUN_LIKE_DEPS:
            continue  # a real reporting verb: the parse above has already been followed
        if word.i == sentence.start:
            continue
        before = word.doc[word.i - 1]
        if before.pos_ in {"NOUN", "PROPN", "PRON"} and referent_of(before) is not Referent.WRITER:
            return before
    return None


def is_attributed(token: Token) -> bool:
    """Whether ``token`` sits in someone else's reported words, thoughts or views."""
    return speaker_of(token) is not None


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _reports(verb: Token) -> bool:
    verbs = word_list("reporting_verb")
    return verb.lemma_.lower() in verbs or verb.lower_ in verbs


def _according_to(verb: Token) -> Token | None:
    """The source in "according to X" or "in X's view" attached to ``verb``."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                if obj is not None and referent_of(obj) is not Referent.WRITER:
                    return obj
        if child.dep_ == "prep" and child.lower_ in {"in", "from"}:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in VIEW_NOUNS | {"point"}:
                owner = next((c for c in obj.children if c.dep_ == "poss"), None)
                if owner is not None and referent_of(owner) is not Referent.WRITER:
                    return owner
    return None


def _views_of_other(verb: Token) -> Token | None:
    """The owner in "her daughter's view is that ..." when ``verb`` is that copula."""
    if verb.lemma_ != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in VIEW_NOUNS:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or referent_of(owner) is Referent.WRITER:
        return None
    return owner


def _a_name_read_as_a_noun(noun: Token) -> bool:
    """Whether a capitalised word the tagger read as a common noun is a first name
    ("Harvey is demanding", "Shanice thinks it is unfair"): it has no determiner, owner or
    modifier, and in lower case it is no everyday word ("Bungalow very dirty" is a bungalow).
    A subject read as a plural noun or an adjective ("Carys claims ...", "Clive claims ...")
    is tested the same way; elsewhere those tags are too often a real plural or adjective."""
    if not noun.text.istitle() or len(noun.text) < 3:
        return False
    if noun.tag_ != "NN" and not (
        noun.tag_ in {"NNS", "JJ"} and noun.dep_ in {"nsubj", "nsubjpass"}
    ):
        return False
    if any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in noun.children):
        return False
    return not _an_everyday_word(noun.lower_)


@functools.cache
def _an_everyday_word(word: str) -> bool:
    try:
        from recordlint.spellcheck import SpellChecker  # loads the dictionary on first use

        return SpellChecker.default().is_correct(word)
    except RecordlintError:
        return True  # without a dictionary no noun is taken for a name


def _compound_words(token: Token) -> list[str]:
    """The words of a name or compound noun ending in ``token`` ("Bristol City Council")."""
    parts = [c for c in token.lefts if c.dep_ in {"compound", "flat"}]
    words: list[str] = []
    for part in parts:
        words.extend(_compound_words(part))
    words.append(token.text)
    return words


def _ends_titled_name(token: Token) -> bool:
    """Whether ``token`` ends an unbroken run of words that starts with a title ("Mrs
    Jessop senior"); a dash or a comma breaks the run ("Mr Gutteridge - CHC checklist")."""
    doc = token.doc
    for position in range(token.i - 1, _sentence_start_within(token, 4) - 1, -1):
        word = doc[position]
        if word.lower_.rstrip(".") in standing_titles():
            return True
        if not word.is_alpha:
            return False
    return False


def _initials_of_a_name_before(token: Token) -> bool:
    """Whether a word of one to three capitals stands for a person the text has already
    named in full: "Tenant: Kieran M. KM refused his meds", "Accompanied Darren Kelsall
    ... D was agitated". The name is two or more capitalised words before it whose first
    letters the word spells (one letter: the first name's), so "DWP" or "HMRC" with no
    such name before them stay bodies."""
    letters = token.text.rstrip(".")
    if not (0 < len(letters) <= 3 and letters.isalpha() and letters.isupper()):
        return False
    doc = token.doc
    for start in range(token.i):
        first = doc[start]
        if not (first.text.istitle() and len(first.text) >= 3 and first.pos_ == "PROPN"):
            continue
        if first.lower_ in standing_titles():
            continue
        name = [first]
        for t in doc[start + 1 : min(start + 3, token.i)]:
            if not (t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.rstrip(".").isalpha()):
                break
            name.append(t)
        if len(name) < 2:
            continue
        spelt = "".join(t.text[0] for t in name)
        if (len(letters) == 1 and letters == spelt[0]) or spelt == letters:
            return True
    return False


@functools.cache
def _known_acronyms() -> frozenset[str]:
    return frozenset(load_lexicon("acronyms").terms())


def _initials_as_a_subject(token: Token) -> bool:
    """Whether two or three capitals that no entry of the acronyms lexicon spells are a
    person's initials, as the subject of a clause: records name the person, or a relative,
    by initials throughout once a heading in another paragraph has spelt the name out, or
    without ever spelling it ("KM refused to let me show her", "KB was very passive",
    "TLN is too traumatised to make safe decisions"). A body takes a plural verb ("OMU
    want to know", "SCA have issued a decision"), so that reads as a body; three capitals
    are more often a body or a form the lexicon lacks ("CEP completed", "FRS fitted two
    alarms"), so they count only with a verb that agrees with one person ("is", "was",
    "says"). "DWP", "HV" and "PC" are bodies and roles the lexicon holds."""
    letters = token.text
    if not (2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()):
        return False
    if token.dep_ not in {"nsubj", "nsubjpass"} or letters in _known_acronyms():
        return False
    verb = token.head
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if "VBP" in tags:
        return False  # "OMU have been informed": a body, in the plural
    if len(letters) == 2:
        return True
    return "VBZ" in tags or (
        "VBD" in tags and any(t.lemma_ == "be" for t in [verb, *verb.children] if t.tag_ == "VBD")
    )


def _is_initial(token: Token) -> bool:
    """Whether a word is an initial standing for a surname ("Mrs G", "Mr P.")."""
    letters = token.text.rstrip(".")
    return 0 < len(letters) <= 2 and letters.isalpha() and letters.isupper()


def _title_before(token: Token) -> bool:
    previous = token.nbor(-1) if token.i > _sentence_start_within(token, 1) else None
    return previous is not None and previous.lower_.rstrip(".") in standing_titles()


def _sentence_start_within(token: Token, reach: int) -> int:
    """``max(token.sent.start, token.i - reach)``, found by looking back ``reach`` words at
    most: ``token.sent`` checks the whole doc for sentence boundaries on every call."""
    doc = token.doc
    start, floor = token.i, max(0, token.i - reach)
    while start > floor and doc[start].is_sent_start is not True:
        start -= 1
    return start


def _is_professional_title(words: list[str]) -> bool:
    return bool(words) and words[-1] in {"worker", "officer", "manager", "nurse", "therapist"}
