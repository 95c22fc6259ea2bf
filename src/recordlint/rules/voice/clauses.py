"""The clauses that carry a view: each voice term found in a paragraph, the voice clause it
is reported inside, whether somebody passes on another's view, and the clauses given by a
view noun ("her wish is to go home") or by "according to"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text, span_text
from recordlint.rules.voice.clause_subjects import (
    clause_span,
    clause_subject,
    comma_between,
    note_fragment,
    note_style,
    reported_clause_before,
)
from recordlint.rules.voice.describing import describe, view_noun, view_owner
from recordlint.rules.voice.facts import Clause, Mention, RefKind
from recordlint.rules.voice.lexicon import SpeechLexicon, VoiceTerm, speech_lexicon
from recordlint.rules.voice.names import NAMING_POS
from recordlint.rules.voice.speech import (
    ANSWERS_TO_AN_OFFER,
    VERBS,
    excluded,
    holds_back_from_a_task,
    interpreting,
    names_a_language,
    refuses_the_contact,
    said_of_its_head,
    voice_term,
    would,
)
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def clauses(
    doc: Doc,
    quotes: Sequence[tuple[int, int]],
    lexicon: SpeechLexicon,
    names: dict[int, Mention],
) -> list[Clause]:
    candidates: dict[int, tuple[Token, VoiceTerm]] = {}
    view = token_view(doc)
    for index, (lower, lemma, pos) in enumerate(zip(view.lower, view.lemma, view.pos, strict=True)):
        # Only a verb, or a word the lexicon lists, can be a voice term (see voice_term).
        if pos not in VERBS and lemma not in lexicon.terms and lower not in lexicon.terms:
            continue
        token = doc[index]
        term = voice_term(token, lexicon)
        if term is not None and term.kind == "speech" and names_a_language(token):
            # "Mrs Kowalczyk speaks Polish as first language": a fact about her, and no
            # voice for "... but asked for an Igbo interpreter" to be reported inside.
            continue
        if term is not None and not _in_spans(token.idx, quotes):
            candidates[token.i] = (token, term)
    found_clauses = []
    for token, term in candidates.values():
        if excluded(token, term) or refuses_the_contact(token) or holds_back_from_a_task(token):
            continue
        subject = clause_subject(token)
        if said_of_its_head(token, subject):
            continue
        if subject is None and term.copular:
            # "Mrs Khan is relieved about the move": the parser reads a passive.
            subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        # A clause reported inside another voice clause belongs to the outer speaker:
        # "Mrs Pollard told me she wants..." is one clause of Mrs Pollard's, and "her
        # daughter said she wants..." is the daughter's. One that names its own subject
        # passes somebody's view on ("her son said his dad wants"): whose it is, and
        # whether the one passing it on counts, is decided with the whole record.
        # One whose holder is named after "by" ("as requested by Mr B") says whose it is
        # in the writer's own words, whatever clause it hangs on.
        by_agent = subject is not None and subject.head.dep_ == "agent"
        outer = None if by_agent else _outer_voice(token, candidates)
        if outer is not None and term.kind == "feeling" and would(token):
            continue  # "said her dad would hate a home": the speaker's guess, not his feeling
        relayed_by = None
        if outer is not None and subject is not None and subject == clause_subject(outer):
            # "Daughter feels Mum is not coping and has asked about a home": the parser
            # hangs "asked" inside what she feels, with her own word as its subject. One
            # speaker's clause inside their own is theirs, nobody's view passed on.
            continue
        if outer is not None and (clause_subject(outer) is not None or note_style(outer)):
            if subject is not None and subject.pos_ == "PRON" and _told_the_writer(token, outer):
                pass  # "I explained that he told me he wants to go home": his own words
            elif subject is not None and _somebody_else(
                token, term, subject, outer, candidates, names
            ):
                relayed_by = describe(clause_subject(outer), outer, lexicon, names)
            elif subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
                continue
            else:
                relayed_by = describe(clause_subject(outer), outer, lexicon, names)
        # "Mr Okonkwo is happy with his care", "Mrs Lee is keen to go home": a reported
        # wish or feeling about something is the person's voice, as the practice standards
        # ask records to capture it; whose it is is decided with the whole record, so a
        # relative's or a professional's feelings stay theirs.
        understood = note_style(token) or (term.copular and note_fragment(token))
        if subject is None and (not understood or _told_someone(token, term)):
            continue
        if subject is None and term.without_words:
            continue  # "Awake, calling out": in a log with nobody named, anybody's
        start, end = clause_span(token, subject)
        described = describe(subject, token, lexicon, names)
        found_clauses.append(
            Clause(
                start,
                end,
                term.kind,
                token.text,
                described,
                relayed_by=relayed_by,
                translated=relayed_by is not None and interpreting(outer),
                unspoken=term.without_words,
            )
        )
    # "He was crying and said he cannot go on": the words said carry the view, and the
    # clause of what he showed, the same span, would count it twice.
    spoken = {(c.start, c.end) for c in found_clauses if not c.unspoken}
    found_clauses = [c for c in found_clauses if not (c.unspoken and (c.start, c.end) in spoken)]
    found_clauses.extend(_view_clauses(doc, lexicon, names))
    found_clauses.extend(_attributed_clauses(doc, lexicon, names))
    found_clauses.sort(key=lambda c: c.start)
    return found_clauses


def _somebody_else(
    token: Token,
    term: VoiceTerm,
    subject: Token,
    outer: Token,
    candidates: dict[int, tuple[Token, VoiceTerm]],
    names: dict[int, Mention],
) -> bool:
    """Whether "he" or "she" in what somebody says cannot be the one saying it, so that
    they pass on somebody else's view: "Sister says he wants to stay at home", "Carers
    report she wants to stay in bed". Not "Wife says she is worried" (her own), nor what
    somebody feels or thinks of another ("Roy feels she enjoys the day centre"), nor how
    they see the person feel ("His wife reports he enjoys music"): only a wish, a side
    taken or what the person said."""
    if term.kind not in {"wish", "speech"}:
        return False
    gender = {"she": "f", "he": "m"}.get(subject.lower_)
    speaker = clause_subject(outer)
    if gender is None or speaker is None or candidates[outer.i][1].kind != "speech":
        return False
    # What is said is the view itself, not a deed it comes in ("Staff say he wanders to
    # the door asking for his wife" is what staff saw).
    said = subject.head
    if said.dep_ != "ccomp" or said.head.i != outer.i or subject.dep_ != "nsubj":
        return False
    if said.i != token.i and not (token.dep_ in {"acomp", "prep"} and token.head.i == said.i):
        return False
    said_by = describe(speaker, outer, speech_lexicon(), names)
    if said_by.ref.kind in {RefKind.WRITER, RefKind.YOU, RefKind.OTHER}:
        return False
    return said_by.plural or (said_by.gender is not None and said_by.gender != gender)


def _view_clauses(doc: Doc, lexicon: SpeechLexicon, names: dict[int, Mention]) -> list[Clause]:
    """ "Her priority is to get home", "Mrs Brown's wish is to return home": a view noun as
    the subject of "be" gives its owner's view, in the words of the rest of the sentence."""
    found = []
    view = token_view(doc)
    for index, pos in enumerate(view.pos):
        if pos not in NAMING_POS:
            continue  # only a noun carries a view (see view_noun)
        token = doc[index]
        if token.dep_ != "nsubj" or token.head.lemma_ != "be" or not view_noun(token, lexicon):
            continue
        if span_text(token.sent).rstrip().endswith("?"):
            continue
        owner = view_owner(token, lexicon, names)
        if owner is None or owner.ref.kind is RefKind.OTHER:
            continue
        verb = token.head
        start, end = clause_span(verb, token)
        found.append(Clause(start, end, "wish", token.text, owner))
    found.extend(_done_at_somebodys_request(doc, lexicon, names))
    return found


# The prepositions that give whose request or wish something was done on: "at her
# request", "per Mr A's wishes", "on his own request".
_ON_WHOSE_WORD = frozenset({"at", "per", "on"})


def _done_at_somebodys_request(
    doc: Doc, lexicon: SpeechLexicon, names: dict[int, Mention]
) -> list[Clause]:
    """ "Call moved to 08:30 at Mr A's request", "parents in the next room at Sam's request",
    "space for his music (his own request)": what was done on somebody's request or wish
    gives that view in the writer's words; whose it is is decided with the whole record,
    so "at her mother's request" stays the mother's."""
    found: list[Clause] = []
    view = token_view(doc)
    for index, pos in enumerate(view.pos):
        if pos not in NAMING_POS:
            continue
        token = doc[index]
        prep = token.head
        by_prep = token.dep_ == "pobj" and prep.lower_ in _ON_WHOSE_WORD
        bracketed = (
            token.dep_ in {"appos", "parataxis", "npadvmod", "ROOT"}
            and token.i > 0
            and token.doc[token.left_edge.i - 1].text == "("
        )
        if not (by_prep or bracketed) or not view_noun(token, lexicon):
            continue
        owner = view_owner(token, lexicon, names)
        if owner is None or owner.ref.kind is RefKind.OTHER:
            continue
        governor = prep.head if by_prep else token.head
        start = min(governor.left_edge.idx, token.left_edge.idx)
        if governor.sent.start != token.sent.start:
            start = token.left_edge.idx
        found.append(Clause(start, token.idx + len(token.text), "speech", token.text, owner))
    return found


def _attributed_clauses(
    doc: Doc, lexicon: SpeechLexicon, names: dict[int, Mention]
) -> list[Clause]:
    """ "According to Mr Reed, the carers are often late": a sentence given on somebody's
    word is their account."""
    found: list[Clause] = []
    if "ccording" not in doc_text(doc):
        return found
    for token in doc:
        if token.lower_ != "according" or span_text(token.sent).rstrip().endswith("?"):
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if source is None or source.pos_ not in {"NOUN", "PROPN"}:
            continue  # "according to the care plan" names a document, not a speaker
        sentence = token.sent
        last = sentence[-1] if not sentence[-1].is_punct or len(sentence) < 2 else sentence[-2]
        owner = describe(source, token, lexicon, names)
        found.append(
            Clause(sentence.start_char, last.idx + len(last.text), "speech", token.text, owner)
        )
    return found


def _outer_voice(token: Token, candidates: dict[int, tuple[Token, VoiceTerm]]) -> Token | None:
    """The voice clause ``token`` is part of: "Mrs Pollard told me she wants..." is one clause
    of Mrs Pollard's, "her daughter said she wants..." the daughter's, and "Mr Clarke chose
    this because he would enjoy it" Mr Clarke's. Not the writer's reasons, though: in "We
    decided this because Mr Mehta said it helps him", Mr Mehta's words stand on their own.
    """
    current = token
    explained = False
    for _ in range(12):
        if current.head.i == current.i:
            return None
        if current.dep_ == "conj" and any(c.dep_ == "nsubj" for c in current.children):
            return None  # "I rang Mr Siddiqui and he told me...": a clause of its own
        if current.dep_ == "conj" and reported_clause_before(current) is not None:
            return None  # "TSO reports he was slurring, told her ...": he told her
        if current.dep_ == "ccomp" and comma_between(current, current.head):
            return None  # "Graham does not want carers, says...": misparsed, not reported
        if current.dep_ == "ccomp" and _an_answer_after_the_question(current):
            return None  # "when I asked what he wanted he said ...": his answer, his words
        explained = explained or current.dep_ in {"advcl", "relcl", "acl"}
        current = current.head
        # What somebody showed without words carries nobody's reported words: "He smiled
        # when Sue said his name" is Sue's, "She smiled and said 'yes'" her own answer.
        if current.i in candidates and not candidates[current.i][1].without_words:
            subject = clause_subject(current)
            if explained and subject is not None and subject.lower_ in {"i", "we"}:
                return None
            return current
    return None


def _an_answer_after_the_question(verb: Token) -> bool:
    """Whether a clause the parser hangs on a verb as its complement, with a subject of its
    own, comes after another complement of that verb: "when I asked what he wanted to
    happen he said "home"" is a question and its answer, two clauses the parser joins, for
    a verb takes one complement of what is said or asked, not two in a row."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > verb.i:
        return False
    return any(
        c.dep_ in {"ccomp", "xcomp"} and c.i < subject.i and c.i > verb.head.i
        for c in verb.head.children
        if c.i != verb.i
    )


def _told_the_writer(token: Token, outer: Token) -> bool:
    """Whether a speech verb inside the writer's own words was said to the writer: "I
    explained to his son that when I saw Mr Lee, he told me he wants to go home" recounts
    what Mr Lee said, as "he told me" on its own would."""
    speaker = clause_subject(outer)
    if speaker is None or speaker.lower_ not in {"i", "we"}:
        return False
    for child in token.children:
        if child.dep_ in {"dobj", "dative"} and child.lower_ in {"me", "us"}:
            return True
        to_writer = any(g.lower_ in {"me", "us"} for g in child.children)
        if child.dep_ in {"prep", "dative"} and child.lower_ == "to" and to_writer:
            return True
    return False


def _told_someone(token: Token, term: VoiceTerm) -> bool:
    """A note-style speech verb with somebody other than the writer as its addressee
    ("Told dtr to put complaint in writing", "Advised son"): the writer speaking, as a
    worker's notes leave out "I"; "Told me she wants" stays the person's."""
    if term.kind != "speech" or term.head in ANSWERS_TO_AN_OFFER:
        return False  # "Declined package of care": the offer, not somebody told
    return any(
        c.dep_ in {"dobj", "dative"} and c.pos_ in {"NOUN", "PROPN", "PRON"}
        and c.lower_ not in {"me", "us"}
        for c in token.children
    )  # fmt: skip


def _in_spans(offset: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)
