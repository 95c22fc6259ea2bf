"""Who a voice clause is said by: the subject of a voice term, climbing coordination and
relative clauses (:func:`clause_subject`), a note's clause whose subject is understood
(:func:`note_style`, :func:`note_fragment`), and the span of text a clause covers
(:func:`clause_span`).

It stands apart from the clause finder because it reads one voice term's parse at a time and
knows nothing of the other voice terms in the paragraph."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text, span_text
from recordlint.inflection import PAST, inflect
from recordlint.rules.voice.lexicon import speech_lexicon
from recordlint.rules.voice.names import NAMING_POS
from recordlint.rules.voice.roles import forms
from recordlint.rules.voice.speech import (
    ANSWERS_TO_AN_OFFER,
    copula_dropped,
    named_before,
    opening,
    opening_verb_read_as_noun,
    opens_after_negation,
    set_off_by_a_dash,
    speaker_before,
    speech_verb_read_as_subject,
    would_opens,
)
from recordlint.segments import DASHES, is_section_heading
from recordlint.text import line_start

if TYPE_CHECKING:
    from spacy.tokens import Token


def note_fragment(token: Token) -> bool:
    """A feeling or wish with its subject understood: "Is happy with the carers" and
    "Unhappy about the carers coming late" after a mention of the person."""
    if token.dep_ == "acomp" and token.head.lemma_ == "be":
        return note_style(token.head)
    # One that opens the paragraph follows nobody ("Happy to attend any meeting" is the
    # writer's offer), and a heading ("Important to me") says nothing.
    sentence = token.sent
    if set_off_by_a_dash(token) and token.pos_ != "VERB":
        return True  # "Discussed moving bed downstairs - not keen"
    return (
        token.dep_ == "ROOT"
        and opens_after_negation(token)
        and token.pos_ != "VERB"
        and sentence.start > 0
        and not is_section_heading(span_text(sentence))
    )


def clause_subject(token: Token) -> Token | None:
    """The subject of a voice clause, climbing coordination and relative clauses."""
    # A note's passive without "was" names who answered after "by": "declined by Mr Reed".
    agent = next(
        (g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    current = token
    coordinated = False  # climbed "and said" to the verb before it
    for _ in range(8):
        for child in _subjects_first(current):
            # "Mrs Lee was asked if she was happy and said yes": who was asked answers.
            passive = coordinated and child.dep_ == "nsubjpass"
            if child.dep_ in {"nsubj", "csubj"} or passive:
                if child.lower_ in {"who", "that"} and current.dep_ == "relcl":
                    return current.head
                if child.pos_ in {"VERB", "AUX"}:
                    return None  # "- found in bed, said had a bad night": a misparsed note
                if speech_verb_read_as_subject(child):
                    return speaker_before(child)  # "pt says would like", "Says wants"
                if token.tag_ == "VBN" and agent is not None:
                    return agent  # "Tea call offered, declined by Mr Ruddock"
                return _caller(child) or _after_a_dash(child, token) or child
        if current.dep_ == "amod" and copula_dropped(current):
            return current.head  # "SU happy with care"
        if current.dep_ == "acomp" and current.head.lemma_ in {"be", "feel", "seem"}:
            current = current.head
            continue
        if current.dep_ == "prep" and current.pos_ == "ADP" and current.head.lemma_ == "be":
            current = current.head  # "he is against moving"
            continue
        side = current.dep_ == "prep" and current.pos_ == "ADP"
        if side and current.head.dep_ == "ROOT" and current.head.pos_ in NAMING_POS:
            return current.head  # "Mr Brown against the move"
        if named_before(current) is not None:
            return named_before(current)  # "Mrs R reluctant"
        if current.dep_ == "conj" and current.head.i != current.i:
            inner = reported_clause_before(current)
            if inner is not None:
                return inner
            current = current.head  # "and said"
            coordinated = True
            continue
        if current.dep_ == "xcomp" and current.head.pos_ == "VERB":
            current = current.head  # "keeps saying", not "is unable to express"
            continue
        if (
            current.dep_ == "advcl"
            and current.head.pos_ == "VERB"
            and (current.tag_ == "VBG" or any(c.lower_ == "to" for c in current.lefts))
        ):
            current = current.head  # "rang, asking for more hours", "phoned to ask"
            continue
        break
    if current is token and agent is not None and _answer_or_wish_by(token):
        return agent  # "Room overlooks the garden, as requested by Mr B"
    # "Call from Mr Reed asking for a later call": whoever rang asks.
    for word in (current, current.head) if current.dep_ == "acl" else (current,):
        caller = _caller(word)
        if caller is not None:
            return caller
    # "Daughter (Karen) rang and said": note style leaves the speaker hanging off the verb.
    for child in current.lefts:
        if (
            child.dep_ in {"nmod", "npadvmod", "dep"}
            and child.pos_ in {"NOUN", "PROPN"}
            and child.left_edge.i == child.sent.start
        ):
            return child
        # "Martin very upset, says ...": the parser makes how somebody was a clause of
        # its own before the verb; whoever it is about is the one who speaks.
        if child.dep_ == "ccomp" and child.pos_ == "ADJ" and child.left_edge.i == child.sent.start:
            named = next((c for c in child.lefts if c.dep_ == "nsubj"), None)
            if named is not None and named.pos_ in {"NOUN", "PROPN"}:
                return named
    return None


def _answer_or_wish_by(verb: Token) -> bool:
    """A wish, or an answer to what was offered, written as a participle with no subject of
    its own and whoever holds it after "by": "as requested by Mr B", "not preferred by
    Stephen", "agreed by Helen". Saying and writing are left out ("written by the SW")."""
    if verb.tag_ != "VBN" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    terms = speech_lexicon().terms.get(verb.lemma_.lower(), ())
    return any(t.kind == "wish" or t.head in _ANSWERS for t in terms)


_ANSWERS = ANSWERS_TO_AN_OFFER | {"agree"}


def _subjects_first(verb: Token) -> list[Token]:
    """A verb's children, the subject of its own clause first where the parser gave it two,
    one before the word opening that clause ("Mrs Pike, after a neighbour reported shouting":
    the neighbour reported)."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
    mark = next((c for c in children if c.dep_ == "mark" and c.i < verb.i), None)
    if len(subjects) < 2 or mark is None or not subjects[0].i < mark.i < subjects[-1].i:
        return children
    nearest = subjects[-1]
    return [nearest, *(c for c in children if c is not nearest)]


def reported_clause_before(verb: Token) -> Token | None:
    """The subject of a reported clause that a verb after a comma, with no "and", goes on:
    "TSO reports he was slurring, told her to go away" (he told her), though the parser
    joins "told" to "reports"."""
    head = verb.head
    if verb.doc[verb.i - 1].text != "," or any(c.dep_ == "cc" for c in verb.lefts):
        return None
    for clause in head.children:
        if clause.dep_ == "ccomp" and head.i < clause.i and clause.right_edge.i < verb.i:
            subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "PRON":
                return subject
    return None


def _after_a_dash(subject: Token, verb: Token) -> Token | None:
    """The speaker of a list item that opens with whom it is about: in "Mr Arthur Pendle –
    wife admits she can't cope" the parser makes the name the subject and his wife its
    apposition, or a second subject ("Mrs Ann Cole – daughter admits")."""
    doc = subject.doc
    later = [c for c in subject.rights if c.dep_ == "appos"]
    later += [c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i]
    for child in sorted(later, key=lambda t: t.i):
        if child.i > verb.i or child.pos_ not in {"NOUN", "PROPN"}:
            continue
        between = doc[subject.i + 1 : child.left_edge.i]
        # A dash set off by spaces, not the hyphen inside "al-Hassan".
        if any(t.text in _SET_OFF and (t.i == 0 or doc[t.i - 1].whitespace_) for t in between):
            return child
    return None


_SET_OFF = DASHES | {":"}


def _caller(word: Token) -> Token | None:
    """Who a call, email or referral came from: "Call from Mr Reed", "Tel from dtr"."""
    contact = speech_lexicon().contact
    if not any((form, "") in contact for form in forms(word)):
        return None
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def note_style(token: Token) -> bool:
    """A clause that opens with its verb ("Says she is fine", "- found in bed, said had a bad
    night", "Spoke to pt – says he's fine"): the subject is understood. A finite verb with
    no subject of its own, and none before it in its sentence."""
    if only_a_participle(token) and not any(c.dep_ in _SAID for c in token.children):
        # "Written up 27/1": a passive that leaves out "was", nobody speaking; "Chosen to
        # stay at home" leaves out "has" and says what was chosen.
        return False
    answer = token.tag_ == "VBN" and _opens_a_note_line(token)  # "Declined assessment"
    # "Would like more visits", "Would prefer a female carer": a wish opening its line.
    answer = answer or would_opens(token)
    # "Does not want a day centre", "Didn't want to talk tonight": the tense is carried by
    # "do", as a denied wish is written.
    answer = answer or _tense_in_do(token)
    if token.tag_ not in {"VBZ", "VBD"} and not (answer or opening_verb_read_as_noun(token)):
        return False  # "24/7 shared support": a participle describing a noun
    if token.dep_ not in _CLAUSE_HEADS and not _opens_a_note_line(token):
        return False

    def subject(word: Token) -> bool:
        if speech_verb_read_as_subject(word):
            return speaker_before(word) is not None
        return word.dep_ in _SUBJECTS and word.pos_ not in {"VERB", "AUX"}

    if any(subject(c) for c in token.children):
        return False
    if _passive_without_be(token):
        return False
    # "Pt continues to refuse the stool, says she doesn't need it": the parser makes the
    # clause before the comma the object of the fragment; its subject is not the speaker's.
    before = [c for c in token.lefts if c.dep_ == "ccomp" and comma_between(c, token)]
    inside = {t.i for c in before for t in c.subtree}
    words = token.doc[token.sent.start : token.i]
    return not any(subject(t) for t in words if t.i not in inside)


def _tense_in_do(token: Token) -> bool:
    """Whether a verb in its base form takes its tense from "does" or "did" before it:
    "Does not want", "Didn't want"."""
    return token.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in {"VBZ", "VBD"} and c.i < token.i
        for c in token.children
    )


def only_a_participle(token: Token) -> bool:
    """Whether a verb is written in a past participle that is never its past tense
    ("written", "spoken", "given"), whatever the tagger reads: with no "was" or "has" it
    is a passive, as a note's line about the record itself is ("Written up 27/1"). The
    past and participle that share a form ("said", "declined") can still be a note's
    speech."""
    lower = token.lower_
    lemma = token.lemma_.lower()
    if not lower.isalpha() or lower == lemma:
        return False
    participle = inflect(lemma, PAST, participle=True)
    return lower == participle and inflect(lemma, PAST) != participle


def _passive_without_be(token: Token) -> bool:
    """A note's passive that leaves out "was", its thing first and the verb closing it:
    "Bridging care x2 daily requested", "Review requested via brokerage". Nobody speaks in
    it; "Carers assessment offered, declined for now" and "Pt declined" answer."""
    after = [c for c in token.rights if not (c.is_punct or c.is_space)]
    if token.tag_ != "VBD" or any(c.dep_ not in _AFTER_A_PASSIVE for c in after):
        return False  # "Declined assessment", "said had a bad night": what is said follows
    before = token.doc[opening(token.sent) : token.i]
    if not before or any(t.is_punct or t.pos_ == "PRON" or _a_name(t) for t in before):
        return False
    lexicon = speech_lexicon()
    people = lexicon.person | lexicon.relevant_other | lexicon.professional
    if any(t.lower_ in people or t.lemma_.lower() in people for t in before):
        return False
    return any(t.pos_ == "NOUN" for t in before)


_SAID = frozenset({"xcomp", "ccomp"})


_AFTER_A_PASSIVE = frozenset({"prep", "advmod", "npadvmod", "agent"})


def _a_name(word: Token) -> bool:
    return word.pos_ == "PROPN" and word.text[:1].isupper() and not word.text.isupper()


def _opens_a_note_line(token: Token) -> bool:
    """A verb that opens its sentence or bullet, which the parser hung on the words after
    it: "- says carers 'alright, bit rushed'" (read as describing the carers), "- wants AM
    call later". In the past, only an answer to an offer ("Declined assessment"), since
    "Agreed actions" and "Increased package" describe what follows."""
    if opening(token.sent) != token.i:
        return False
    return token.tag_ == "VBZ" or token.lemma_ in ANSWERS_TO_AN_OFFER


def comma_between(clause: Token, verb: Token) -> bool:
    """Whether a comma stands straight before ``verb`` and after ``clause``, which the parser
    may count as the clause's own last word: "Mr Bream - answered, sounded short of breath,
    says leave me be"."""
    if verb.doc[verb.i - 1].text != ",":
        return False
    last = clause.right_edge.i
    return last + 1 < verb.i or (last + 1 == verb.i and last > clause.i)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


_CLAUSE_HEADS = frozenset({"ROOT", "conj", "parataxis", "ccomp"})


_CLAUSES_BEFORE = frozenset({"ccomp", "advcl", "parataxis", "punct", "conj", "cc"})


def clause_span(token: Token, subject: Token | None) -> tuple[int, int]:
    first = token.left_edge
    if subject is None:
        # Note style: "Spoke to pt briefly – says he's fine" is the worker's call, then
        # the fragment; the clause starts at its verb and the words that go with it.
        lefts = [c for c in token.lefts if c.dep_ not in _CLAUSES_BEFORE]
        first = min((c.left_edge for c in lefts), key=lambda t: t.i, default=token)
    if subject is not None and subject.sent == token.sent:
        first = min(first, subject.left_edge, key=lambda t: t.i)
        if subject.i < first.i or first.i < subject.i < token.i:
            first = min(first, subject, key=lambda t: t.i)
    last = token.right_edge
    while last.i > first.i and last.is_punct and last.text not in {'"', "”", "'", "’"}:
        last = last.doc[last.i - 1]
    start, end = first.idx, last.idx + len(last.text)
    # A heading the parser joined to the sentence ("Views of the person: Mrs Tanner
    # wants...") is not part of the clause.
    anchor = subject.idx if subject is not None and subject.idx < token.idx else token.idx
    text = doc_text(token.doc)
    begins = line_start(text, anchor, anchor - start)  # no further back than the clause
    cut = max(begins - 1, text.rfind(": ", start, anchor) + 1)
    if cut > start:
        start = cut + 1
        while start < anchor and text[start].isspace():
            start += 1
    return start, end
