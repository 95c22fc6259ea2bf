"""Who is who: a mention made of a token (a role, or a name with the role beside it, who was
reached and whether it acts), from the role words, the roles written beside a name and who
was reached, which stand in modules of their own; the names other modules import from here
are imported from there."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.lexicon import acronym_terms, load_lexicon
from recordlint.names import a_regular_past
from recordlint.rules.voice.facts import Mention, Ref, RefKind
from recordlint.rules.voice.lexicon import SpeechLexicon, person_cue

# The names other modules import from here, from the modules that now hold them.
from recordlint.rules.voice.reaching import CALLER_BEFORE as CALLER_BEFORE
from recordlint.rules.voice.reaching import IRREGULAR_PAST as IRREGULAR_PAST
from recordlint.rules.voice.reaching import called_just_before
from recordlint.rules.voice.reaching import forms as forms
from recordlint.rules.voice.reaching import reached as reached
from recordlint.rules.voice.role_words import clean as clean
from recordlint.rules.voice.role_words import organisation_only
from recordlint.rules.voice.role_words import role_gender as role_gender
from recordlint.rules.voice.role_words import role_kind as role_kind
from recordlint.rules.voice.role_words import role_of as role_of
from recordlint.rules.voice.role_words import role_word_ends as role_word_ends
from recordlint.rules.voice.role_words import title_role as title_role
from recordlint.rules.voice.speech import speaker_of_a_verb_read_as_noun
from recordlint.rules.voice.written_roles import ROLE_BEFORE as ROLE_BEFORE
from recordlint.rules.voice.written_roles import (
    about_somebodys_relative as about_somebodys_relative,
)
from recordlint.rules.voice.written_roles import listed_apart as listed_apart
from recordlint.rules.voice.written_roles import role_in_text as role_in_text
from recordlint.rules.voice.written_roles import role_word_in_text
from recordlint.segments import DASHES
from recordlint.subjects import WEEKDAYS, Referent, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def mention(token: Token, lexicon: SpeechLexicon) -> Mention | None:
    role = role_of(token, lexicon)
    if role is not None:
        role_mention = _role_mention(token, role)
        called = not organisation_only(token, lexicon) and _called_before(
            token, role_mention.at or token.idx, lexicon, folded=True
        )
        if reached(token, lexicon) or called:
            return replace(role_mention, is_subject=True, reached=True)
        if role == "professional" and organisation_only(token, lexicon):
            # "Bath board - refused. She prefers": a service or thing nobody rang is never
            # "she" or "he"; as a group it stands only between "they" and its person.
            return replace(role_mention, plural=True)
        return role_mention
    if token.pos_ != "PROPN" and token.tag_ != "NNP":
        return None
    # Untitled names count when they act or are acted on (as a subject, a passive's too:
    # "Albert was asked about his stay and said"), were reached ("I rang Sidney") or carry
    # a role beside them: place and organisation names would otherwise stand between a
    # pronoun and its person.
    beside = _role_beside(token, lexicon)
    if beside is None:
        # "Son Brian (lives in Spain) by phone - he feels": the role written before the
        # name, where the parser hangs the name on nothing in particular.
        parts = _name_parts(token)
        if parts and role_kind(parts[0].lower_, lexicon) in {"relevant_other", "professional"}:
            beside = parts[0].lower_
    # "I spoke to Grace Oduya's nurse": the call reached the one the name owns.
    contacted = reached(token, lexicon) or (
        token.dep_ != "poss"
        and _called_before(token, _first_token_of(token).idx, lexicon, folded=False)
    )
    if token.dep_ not in {"nsubj", "nsubjpass", "appos"} and not beside and not contacted:
        return None
    words = _name_words(token)
    capitals = surname_in_capitals(token)
    if referent_of(token) is Referent.ORGANISATION and not capitals:
        # "I rang Bright Care. They said...": an organisation is a "they" of its own.
        return replace(_role_mention(token, "professional"), plural=True)
    if (
        (token.text.isupper() and not capitals)
        or not token.text[:1].isupper()
        or _ABBREVIATION.fullmatch(token.text)
        or any("." in w or not w[:1].isupper() for w in words)
        or any(w.lower() in WEEKDAYS for w in words)
        or (len(words) == 1 and words[0].lower() in note_shorthands())
    ):
        # "PoC", "NoK": abbreviations in mixed case; "Sun 15/02": a day; "Meds & MAR
        # handed over": a note's shorthand with the capital of the sentence it opens.
        return None
    first = _first_token_of(token)
    text = doc_text(token.doc)
    end = token.idx + len(token.text)
    # "Wife Abena rang": a role written before the name, as note style does, is not
    # the first name but the role.
    while len(words) > 1 and role_kind(words[0].lower(), lexicon) is not None:
        beside = beside or words[0].lower()
        words = words[1:]
    if len(words) > 1 and _a_notes_verb_before_a_name(first, words[0]):
        # "Visited Irene at home", "Met Kieran at college": a note's verb opening the
        # sentence, which the parser may join to the name after it, is no part of it.
        words = words[1:]
        first = token.doc[first.i + 1]
    # "her daughter Ana", "Sam, the OT": the parse does not always join the role to the name.
    role = role_kind(beside, lexicon) if beside else None
    if role is None:
        # "Mrs Ashworth's son, Michael Ashworth": the role gives the name a gender too.
        role, word = role_word_in_text(text, first.idx, end, lexicon)
        beside = beside or word
    cue = bool(person_cue().search(text[max(0, first.idx - 24) : first.idx]))
    if role == "relevant_other" and about_somebodys_relative(text, first.idx, lexicon):
        role, cue = None, True  # "Mrs Rao phoned about her son, Arjun": the call is about him
    return Mention(
        Ref(RefKind.FIRST, clean(words[0])),
        at=first.idx,
        surname=clean(words[-1]) if len(words) > 1 else None,
        gender=role_gender(beside) if beside else None,
        role=role,
        # "Son Brian (lives in Spain) by phone - he feels": a relative or worker that
        # opens a line with their role is whom the line goes on about.
        is_subject=token.dep_ in {"nsubj", "nsubjpass"}
        or contacted
        or (role is not None and beside is not None and not text[: first.idx].strip()),
        reached=contacted,
        cue=cue,
    )


def _a_notes_verb_before_a_name(first: Token, word: str) -> bool:
    """Whether ``word``, the first of a name's words at ``first``, is a verb in the past
    tense opening its sentence or line ("Visited Irene", "Met Lee", "Saw Stanley")."""
    opens = first.is_sent_start or first.i == 0 or "\n" in first.doc[first.i - 1].text_with_ws
    lower = word.lower()
    return opens and (lower in IRREGULAR_PAST or a_regular_past(lower))


def surname_in_capitals(token: Token) -> bool:
    """Whether ``token`` is a surname printed in capitals after a first name, as case
    systems print names ("Rasa JANKAUSKIENE", "T/C from Linh NGUYEN (dau)"), not an
    organisation's initials ("Greenway HA", "Fens ASC"): a word of four letters or more
    with a vowel that the acronyms lexicon does not list, straight after a first name
    written with one capital."""
    word = token.text
    if len(word) < 4 or not word.isalpha() or not word.isupper():
        return False
    if not _VOWEL.search(word) or word in acronym_terms():
        return False
    parts = _name_parts(token)
    return (
        bool(parts)
        and parts[-1].i == token.i - 1
        and all(p.text.isalpha() and p.text[:1].isupper() and p.text[1:].islower()
                for p in parts)
    )  # fmt: skip


_VOWEL = re.compile(r"[AEIOUY]")


@cache
def note_shorthands() -> frozenset[str]:
    """The lower-case shorthands of notes the acronyms lexicon lists ("meds", "approx",
    "hosp"), which are never somebody's name."""
    entries = load_lexicon("acronyms").entries
    return frozenset(
        e.term for e in entries if e.kind == "shorthand" and e.term.isalpha() and e.term.islower()
    )


_ABBREVIATION = re.compile(r"[A-Z][a-z]?[A-Z][A-Za-z]?")


def _role_mention(token: Token, role: str) -> Mention:
    return Mention(
        Ref(RefKind.ROLE, role),
        at=_first_token_of(token).idx,
        gender=role_gender(token.lower_) or role_gender(token.lemma_.lower()),
        role=role,
        is_subject=token.dep_ == "nsubj" or _heads_a_note(token) or _speaks(token),
        plural=token.tag_ in {"NNS", "NNPS"} or token.lower_ in {"family", "staff", "police"},
    )


def _called_before(token: Token, start: int, lexicon: SpeechLexicon, *, folded: bool) -> bool:
    """Whether a call written straight before the role or name, where the parse does not
    say so, says it was rung or rang: "T/C from dtr", "Tel to son". A role the parser joins
    the call to ("T/C SU") is read from its own word (``folded``); a name is read from its
    first word, since a call joined to it would be taken for a first name ("Visited
    Jade")."""
    text = doc_text(token.doc)
    starts = {start, token.idx} if folded else {start}
    return any(called_just_before(text, s, lexicon) for s in starts)


def _heads_a_note(token: Token) -> bool:
    """Whether ``token`` opens a note the parser hangs on it, with what it does after it
    ("Pt refusing pendant alarm"): the subject of the note in all but the parse."""
    return token.dep_ == "ROOT" and any(
        c.dep_ == "acl" and c.pos_ == "VERB" and c.i > token.i for c in token.children
    )


def _speaks(token: Token) -> bool:
    """Whether ``token`` is who speaks before a speech verb the tagger read as a noun ("Pt
    states he wants to go home"): the subject in all but the parse, whom the "he" after
    it follows. What they state is theirs only where it is a view of its own ("he wants"),
    as after any speech verb."""
    if token.head.i == token.i:
        return False
    speaker = speaker_of_a_verb_read_as_noun(token.head)
    return speaker is not None and speaker.i == token.i


def _first_token_of(token: Token) -> Token:
    first = token
    for child in _name_parts(token):
        if child.i < first.i:
            first = child
    return first


def _name_words(token: Token) -> list[str]:
    """The words of a name, a first name joined with a hyphen kept whole ("Kerry-Ann")."""
    words: list[str] = []
    previous: Token | None = None
    for part in [*_name_parts(token), token]:
        if previous is not None and words and _joined_by_a_hyphen(previous, part):
            words[-1] += "-" + part.text
        else:
            words.append(part.text)
        previous = part
    return words


def _joined_by_a_hyphen(left: Token, right: Token) -> bool:
    """Whether two words of a name are written as one with a hyphen and no space:
    "Kerry-Ann"."""
    doc = left.doc
    if right.i != left.i + 2 or left.whitespace_:
        return False
    hyphen = doc[left.i + 1]
    return hyphen.text == "-" and not hyphen.whitespace_


def _name_parts(token: Token) -> list[Token]:
    """The words the parser joined to a name before it, up to a dash, a bracket or a line
    break: in "Mr Derek Fothergill – Sophie reports" and "Village Agent – Mr Yeo" the words
    before the dash are a heading of their own, and in "Carer: Shannon / Edna was sat in
    her chair" the line before ends with somebody else's name. The end of a call's
    shorthand written with a slash is no part of a lone first name after it ("T/C José",
    "T/C Farid")."""
    doc = token.doc
    parts = [c for c in token.lefts if c.dep_ in {"compound", "flat"}]
    if len(parts) == 1 and parts[0].i > 0 and doc[parts[0].i - 1].text == "/":
        return []
    # "Kerry-Ann Doyle": the parser may hang the first half of a joined name on the second.
    while (
        parts
        and parts[0].i > 1
        and doc[parts[0].i - 2].text[:1].isupper()
        and _joined_by_a_hyphen(doc[parts[0].i - 2], parts[0])
    ):
        parts.insert(0, doc[parts[0].i - 2])
    breaks = (
        [
            t.i
            for t in doc[parts[0].i : token.i]
            if (t.is_punct and not _joined_by_a_hyphen(doc[t.i - 1], doc[t.i + 1]))
            or "\n" in t.text_with_ws
        ]
        if parts
        else []
    )
    return [c for c in parts if not breaks or c.i > max(breaks)]


def _role_beside(token: Token, lexicon: SpeechLexicon) -> str | None:
    """A role noun in apposition: "Mrs Linda Shaw, daughter of", "her niece, Sian Price"."""
    neighbours = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        neighbours.append(token.head)
    if token.dep_ in {"nmod", "compound"}:
        neighbours.append(token.head)
    for neighbour in neighbours:
        if neighbour.i > token.i and _names_its_own(neighbour):
            continue  # "Present: Joan, son Gary": the son is Gary, not Joan
        low, high = sorted((token.i, neighbour.i))
        if any(t.text == ";" for t in token.doc[low:high]):
            continue  # "Present: Daniel; his mother, Mrs Carol Whitcombe": two people
        if neighbour.i > token.i and any(t.text in DASHES for t in token.doc[low:high]):
            continue  # "MDT – Roy CASTELL – Ward 4": a title's next field, not his role
        if _numbered(neighbour):
            continue  # "Clifford Ashdown, Ward 22", "Kevin Rourke, Ward 12": a place
        if neighbour.i > token.i and (_labels_a_field(neighbour) or _labels_a_field(token)):
            # "Name: Dennis Oakroyd   Reviewer: R Abernethy SW": a role beyond a label's
            # colon is the next field's, whichever word the parse hangs it on.
            continue
        if organisation_only(neighbour, lexicon) and _a_place_of_the_name(token, neighbour):
            continue  # "Chloe Marr, Larchfield Unit", "Lucy v tearful re court": no role
        word = neighbour.lemma_.lower()
        if role_kind(word, lexicon) in {"relevant_other", "professional"}:
            return word
        if neighbour.lower_ in lexicon.professional:
            return neighbour.lower_
    return None


def _labels_a_field(word: Token) -> bool:
    """Whether a role word after a name is the label of a header's next field, written
    with its colon ("Name: Dennis Oakroyd   Reviewer: R Abernethy SW"): the role is the
    next name's, as a label's always is."""
    following = word.nbor() if word.i + 1 < len(word.doc) else None
    return following is not None and following.text == ":"


def _numbered(word: Token) -> bool:
    """Whether a word goes straight on to the number that makes it a place ("Ward 22",
    "Bay 4"), as the roles read from the text leave "Ward 4" alone."""
    following = word.nbor() if word.i + 1 < len(word.doc) else None
    return following is not None and following.text[:1].isdigit() and bool(word.whitespace_)


def _a_place_of_the_name(name: Token, organisation: Token) -> bool:
    """Whether an organisation or place the parse joins to a name says where its bearer is,
    not whom they work for: a name the parser hangs on the noun as a modifier ("Lucy v
    tearful re court"), or a place's own name after a comma ("Chloe Marr, Larchfield
    Unit"), as the text reading takes "Mr Alan Hirst, 79, Larkspur Ward". A bracket names
    a worker's employer ("Kieran Doyle (Harbourside Homes)")."""
    if name.dep_ in {"nmod", "compound"} and organisation.i == name.head.i:
        return True
    if organisation.i < name.i or organisation.tag_ not in {"NNP", "NNPS"}:
        return False
    between = name.doc[name.i + 1 : organisation.i]
    return any(t.text == "," for t in between) and not any(t.text == "(" for t in between)


def _names_its_own(role: Token) -> bool:
    """Whether a role noun goes straight on to a name of its own ("son Gary", "his advocate
    Mo Shah", where the first name hangs on the surname and the surname on the role)."""
    following = role.nbor() if role.i + 1 < len(role.doc) else None
    if following is None or following.pos_ != "PROPN":
        return False
    name = following
    while name.dep_ in {"compound", "flat"} and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    return following.head.i == role.i or name.head.i == role.i
