"""The vague verdicts RL606 reads: note-style verdict fragments, qualified "no concerns", needs
and outcomes said to be met, and when a vague evaluation is the writer's verdict."""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.evaluative import ASPECTUAL, has_evidence, sentence_of
from recordlint.lexicon import word_list
from recordlint.matching import PhraseMatch, match_root
from recordlint.rules.opinion.cues import Cue, phrases
from recordlint.rules.opinion.framing import in_plan, leads_into_conditions
from recordlint.rules.opinion.sentences import skippable
from recordlint.rules.opinion.speakers import (
    has_agent,
    holder,
    raised_or_found,
    reported_earlier,
    said_in_a_note,
)
from recordlint.rules.opinion.words import (
    PLACING,
    PREDICATIVE_VAGUE,
    REASON_HEADS,
    STANDING_ALONE_WORDS,
)
from recordlint.segments import LIST_MARKER, entry_stamps
from recordlint.subjects import Referent, referent_of, speaker_of, subject_of
from recordlint.text import line_start
from recordlint.token_view import tokens_with_lower

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Verbless fragments longer than this are descriptions, not one-word-and-a-noun verdicts.
FRAGMENT_WORDS = 4


def verdict_fragments(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of note-style verdicts: a verbless fragment that stands as its own
    sentence, whose noun carries an adjective of verdict ("Good progress.", "Slightly
    better presentation.", "Deterioration evident."). Headings and questions are not
    verdicts, nor are fragments that carry their evidence."""
    found = []
    for token in tokens_with_lower(doc, _verdict_adjectives()):
        if token.pos_ != "ADJ":
            continue
        sentence = sentence_of(token)
        if skippable(sentence):
            continue
        colon = max((t.i for t in sentence if t.text == ":" and t.i < token.i), default=None)
        if colon is not None:
            sentence = doc[colon + 1 : sentence.end]  # "Verdict: Good placement."
        words = [t for t in sentence if t.is_alpha]
        if len(words) > FRAGMENT_WORDS or has_evidence(sentence):
            continue
        if any(t.pos_ in {"VERB", "AUX", "PRON", "PROPN"} for t in sentence):
            continue  # a clause or a name: "Good to see you", "Good news for Mrs Shah"
        noun = token.head if token.dep_ == "amod" else token
        if noun.pos_ != "NOUN" and not any(c.pos_ == "NOUN" for c in token.children):
            continue
        if _charts_a_sign(words):
            continue  # "Poor oral intake.", "Poor eye contact.": a clinical observation
        found.append((words[0].i, words[-1].i + 1))
    return found


def _charts_a_sign(words: list[Token]) -> bool:
    """Whether a verdict fragment rates a bodily sign that staff chart by watching or
    measuring it (the word list "clinical_sign": intake, appetite, sleep, eye contact,
    mobility): "Poor oral intake." is what a nurse or carer saw at the bedside, as "Sips 50ml
    water" is, not a judgement of the person. "Poor insight.", "Poor engagement." and "Good
    progress." rate a person or their work, and stay verdicts."""
    lowered = [t.lower_ for t in words]
    grams = {*lowered, *(" ".join(pair) for pair in itertools.pairwise(lowered))}
    return bool(grams & word_list("clinical_sign"))


@functools.cache
def _verdict_adjectives() -> frozenset[str]:
    """The adjectives of verdict, in lower case: worked out once, not per paragraph."""
    return frozenset(t.lower() for t in phrases("verdict_adjective")[0])


@functools.cache
def _no_nouns() -> tuple[list[str], dict[str, int]]:
    """The vague evaluations in lower case, and the noun of each two-word "no ..." one
    ("no concerns") with its place among them: worked out once, not per paragraph."""
    terms = [t.lower() for t in phrases("vague_evaluation")[0]]
    nouns = {
        t.split()[1]: i for i, t in enumerate(terms) if t.startswith("no ") and t.count(" ") == 1
    }
    return terms, nouns


def qualified_nothing(doc: Doc) -> list[Cue]:
    """A listed "no concerns" verdict with words between ("No further concerns.", "no new
    issues"), found on the parse so that any qualifier counts."""
    terms, nouns = _no_nouns()
    found = []
    for noun in tokens_with_lower(doc, nouns):
        no = next((c for c in noun.children if c.lower_ == "no" and c.dep_ == "det"), None)
        if no is None or noun.i - no.i < 2:
            continue  # bare "no concerns" is the listed phrase itself
        if any(t.pos_ != "ADJ" for t in doc[no.i + 1 : noun.i]):
            continue
        entry = nouns[noun.lower_]
        found.append(Cue(PhraseMatch(no.i, noun.i + 1, entry), terms[entry]))
    return found


# Words that undo a verdict just before its verb: "unable to meet", "can no longer meet",
# "not met"; "to" also marks a plan or purpose ("to meet his needs").
UNDOING = frozenset({"not", "n't", "no", "never", "unable", "longer", "to", "partially", "partly"})


def outcome_verdicts(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of verdicts that needs or outcomes are met ("Needs met.", "Placement
    meeting needs", "all outcomes achieved"): the words are read in order, not from the
    parse, because note-style fragments are where the parser is least reliable ("Placement
    meeting needs" comes out with "needs" as its verb)."""
    nouns, verbs = word_list("care_outcome"), word_list("outcome_verb")
    found = []
    for token in tokens_with_lower(doc, verbs):
        sentence = sentence_of(token)
        before = list(doc[max(sentence.start, token.i - 4) : token.i])
        after = list(doc[token.i + 1 : min(sentence.end, token.i + 4)])
        if any(t.lower_ in UNDOING for t in before) or any(c.dep_ == "neg" for c in token.children):
            continue
        if token.lower_ in {"meet", "meets", "meeting", "achieve", "achieving"}:
            # Active: "is meeting his needs"; only determiners may come between.
            target = next((t for t in after if t.pos_ not in {"DET", "PRON"}), None)
            if target is None or target.lower_ not in nouns:
                continue
            if token.tag_ == "VBG" and before and before[-1].pos_ == "ADP":
                continue  # a gerund after a preposition: "the cost of meeting your needs"
            subject_start = token.i
            while subject_start > sentence.start and doc[subject_start - 1].is_alpha:
                subject_start -= 1  # the clause from its subject: "Placement meeting needs"
            found.append((max(subject_start, token.i - 6), target.i + 1))
        else:
            # Passive or a fragment: "needs are being met", "Outcomes achieved".
            words = [t for t in before if not t.is_punct]
            noun = next((t for t in reversed(words) if t.lower_ in nouns), None)
            between = [t for t in words if noun is not None and t.i > noun.i]
            if noun is None or any(t.pos_ not in {"AUX", "VERB"} for t in between):
                continue
            if noun.dep_ in {"pobj", "dobj"}:
                continue  # a noun phrase in a larger clause: "a focus on the outcomes achieved"
            start = noun.left_edge.i if noun.left_edge.i >= sentence.start else noun.i
            found.append((max(start, sentence.start), token.i + 1))
    return found


def vague_verdict(doc: Doc, cue: Cue, sentence: Span) -> bool:
    root = match_root(doc, cue.match)
    if speaker_of(root) is not None or speaker_of(doc[cue.start]) is not None:
        return False
    if said_in_a_note(doc[cue.start]):
        return False  # "States he is managing well."
    if reported_earlier(doc, cue.start, sentence) or any(
        has_agent(t) for t in doc[cue.start : cue.end]
    ):
        return False  # "Alison says mum is fine, no concerns", "No concerns raised by staff"
    if cue.term in PREDICATIVE_VAGUE and any(
        c.dep_ == "neg" for c in [*root.children, *root.head.children]
    ):
        return False  # "Day centre not appropriate": a decision, not a reassurance
    if (cue.term in PREDICATIVE_VAGUE or cue.term.startswith("be ")) and any(
        c.dep_ == "prep" and c.lower_ in PLACING and not _in_oneself(c) for c in root.children
    ):
        return False  # "Settled in bed", "I am fine on the bus": where and how, seen
    if _sums_up_a_check(doc, cue.start, sentence):
        return False  # "MW checked BP, all fine": the clause before names what was checked
    if any(t.lower_ == "whether" for t in doc[sentence.start : cue.start]):
        return False  # "consider whether a referral is appropriate": an open question
    if leads_into_conditions(sentence):
        return False  # "A review is normally appropriate whenever:": a procedure's rule
    if _given_as_reason(root):
        return False  # "made due to ongoing concerns around staff safety": a reason
    if _an_activity_listed(doc, cue.start):
        return False  # "- get dressed appropriately": one of the activities a page lists
    if cue.term in PREDICATIVE_VAGUE:
        if root.dep_ in {"amod", "compound"} or in_plan(root):
            return False
        if any(c.dep_ == "dobj" for c in root.children):
            return False  # "has settled status": a verb with an object, not a verdict
        if _an_event(root):
            return False  # "Sat with him and he settled.": what happened, seen at the time
        if _at_a_moment(doc, root):
            return False  # "02:20 Settled.", "settled once Carol arrived": seen then
        subject = subject_of(root)
        if subject is not None and (
            referent_of(subject) is Referent.WRITER
            or subject.dep_ == "expl"
            or (subject.lower_ == "it" and any(c.dep_ == "xcomp" for c in subject.head.children))
        ):
            return False  # "it is appropriate to close the case": a decision
    else:
        who = holder(root)
        if who is not None or raised_or_found(root):
            return False
        if root.tag_ == "VB" and root.head.lemma_ not in ASPECTUAL:
            return False  # "to help him do well at college": an aim, not a verdict
        subject = subject_of(root)
        if subject is not None and referent_of(subject) is Referent.WRITER:
            return False  # "I am fine on the bus": the writer's own state, or in a plan
            # written in the first person, the person's own words
    words = [t for t in sentence if t.is_alpha]
    if len(words) > STANDING_ALONE_WORDS:
        return False
    return not has_evidence(sentence, after=cue.start)


def _sums_up_a_check(doc: Doc, start: int, sentence: Span) -> bool:
    """Whether a short verdict follows, after a comma or dash, a clause of its sentence that
    names a check and what it was of ("MW checked BP, all fine", "Tested all to ARC, all
    fine", "Care plan and MAR chart checked, all in order"): the verdict is that check's
    result, and the check says what was looked at. A check of nothing named ("Checked, all
    fine") or one not done ("not checked") still leaves the verdict bare."""
    checks = word_list("checking_verb")
    for token in doc[sentence.start : start]:
        if token.pos_ != "VERB" or token.lemma_.lower() not in checks:
            continue
        if any(c.dep_ == "neg" for c in token.children):
            continue
        if not any(t.text in {",", "-", "–", "—"} for t in doc[token.i + 1 : start]):
            continue  # the verdict must be a clause of its own after the check
        arguments = [c for c in token.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}] + [
            g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        if any(
            a.pos_ in {"NOUN", "PROPN"} and referent_of(a) is not Referent.WRITER for a in arguments
        ):
            return True
    return False


def _an_event(verb: Token) -> bool:
    """Whether a verdict word is a bare simple past of what someone did at the time, in a
    log's order of events ("02:58 SU settled back to bed", "talked about the railway, he
    settled"): the person calmed or went to rest, as seen. A perfect, a copula or a word of
    how well or how much ("has settled well", "is settled", "Mrs G more settled") sums up
    how things are."""
    if verb.tag_ != "VBD" or verb.pos_ != "VERB":
        return False
    return not any(c.dep_ in {"aux", "auxpass"} or c.lower_ in HOW_SETTLED for c in verb.children)


def _at_a_moment(doc: Doc, word: Token) -> bool:
    """Whether a word for a mood ("settled") is tied to one moment: the bare word, with no
    "has" or "is" and no degree ("Mrs G more settled", "has settled well"), in a line that
    opens with a log entry's clock time ("02:20 Settled.", "03:30 Abbey 1. Settled."), a
    night check's record of what was seen then, or with a clause of when after it or before
    it ("settled once Carol arrived", "Sat with him till settled"): the change seen at a
    visit, not a verdict on how someone is getting on."""
    if word.lower_ not in word_list("affect_word"):
        return False
    children = list(word.children)
    if any(c.dep_ in {"aux", "auxpass"} or c.lower_ in HOW_SETTLED for c in children):
        return False
    if word.dep_ in {"acomp", "attr"}:
        return False  # "is settled": a state summed up
    if any(c.dep_ == "mark" and c.lower_ in MOMENT_MARKS for c in children):
        return True  # "till settled"
    if any(
        c.dep_ == "advcl"
        and any(m.dep_ in {"mark", "advmod"} and m.lower_ in MOMENT_MARKS for m in c.children)
        for c in children
    ):
        return True  # "settled once Carol arrived"
    text = doc_text(doc)
    at = word.idx
    start = line_start(text, at)
    stamps = entry_stamps(text)
    return any(begin == start for begin, _ in stamps)


# Words that tie what follows or precedes them to a moment: "settled once she arrived",
# "sat with him till settled".
MOMENT_MARKS = frozenset({"once", "when", "after", "until", "till", "til"})


# Words of degree or manner that make a settled state of "settled" ("Mrs G more settled",
# "settled well", "now fully settled"), the tagger reading it as a past tense.
HOW_SETTLED = frozenset(
    {"well", "better", "nicely", "more", "less", "much", "very", "quite", "fully", "now",
     "really", "completely"}
)  # fmt: skip


def _an_activity_listed(doc: Doc, at: int) -> bool:
    """Whether the token at ``at`` is in a list item that names an activity or an outcome
    rather than what was seen: an item opening with a verb's base form or with "being"
    ("- get dressed appropriately", "• Being appropriately clothed", the Care Act outcomes a
    page lists). A note's item says what was seen ("- Dressed appropriately", "- Appears
    fine") and is still read."""
    text = doc_text(doc)
    item = LIST_MARKER.match(text, line_start(text, doc[at].idx))
    if item is None:
        return False
    if doc[at].idx < item.end():
        return False
    first = at
    while first > 0 and doc[first - 1].idx >= item.end():
        first -= 1
    return doc[first].lower_ == "being" or (doc[first].tag_ == "VB" and first != at)


def _in_oneself(preposition: Token) -> bool:
    """'fine in herself': a general verdict on how someone is, placed nowhere."""
    return any(
        c.dep_ == "pobj" and c.lower_.endswith(("self", "selves")) for c in preposition.children
    )


def _given_as_reason(token: Token) -> bool:
    """Whether a verdict word sits in the noun phrase of a reason ("due to concerns around
    staff safety", "because of concerns"): it says why something was done, not how things
    are."""
    for ancestor in [token, *token.ancestors]:
        preposition = ancestor.head
        linked = ancestor.dep_ == "pobj" and preposition.lower_ in {"to", "of"}
        if linked and preposition.head.lower_ in REASON_HEADS:
            return True
        if ancestor.pos_ in {"VERB", "AUX"}:
            return False
    return False
