"""RL6xx: fact and opinion. Records keep what was seen and heard apart from what the writer
concluded, and give the evidence for a professional opinion.

The cue words live in ``lexicons/opinion-markers.toml`` (evaluative words, marked opinions,
hedges, credibility markers, capacity statements, vague evaluations and evidence markers).
This module decides when a cue counts: only when the words are the writer's own (not the
person's or a relative's reported view), are said of the person or their home, and come with
no evidence in the sentence. Precision comes first: a practitioner who gets three false
alarms stops reading.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text, span_text
from recordlint.evaluative import (
    NOTE_BREAKS,
    EvaluativePredicate,
    Judgement,
    evaluative_predicates,
    fragment_start,
    gate_terms,
    has_evidence,
    next_sentence,
    previous_sentence,
    reports_on,
    reports_speech,
    run_on_part,
    sentence_of,
)
from recordlint.findings import Category, RecordKind, Severity
from recordlint.lexicon import is_advice, load_lexicon, word_list
from recordlint.matching import (
    LemmaPhrases,
    PhraseMatch,
    cancelled_by_exception,
    lexicon_gate,
    longest_first,
    match_root,
)
from recordlint.nlp import Need
from recordlint.rules.registry import ParagraphContext, rule
from recordlint.segments import in_condition_item
from recordlint.subjects import (
    Referent,
    doer_of,
    referent_of,
    speaker_of,
    subject_of,
)
from recordlint.token_view import tokens_with_lower

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PEOPLE = frozenset({Referent.PERSON, Referent.OTHER_PERSON, Referent.PROFESSIONAL})
OPINION_NEEDS = (Need.TAGS, Need.PARSE)

# Appearance hedges put an impression where an observation should be ("appears to be
# struggling"). Other hedges ("it is possible that", "may") are honest uncertainty.
APPEARANCE_HEDGES = frozenset(
    {
        "seem", "appear to", "present as", "come across as", "look as if", "look as though",
        "give the impression", "get the impression", "get the sense", "seemingly",
        "it would appear", "it appears that", "would appear", "it would seem",
        "there is a sense that",
    }
)  # fmt: skip
# Hearsay with no source: the reader cannot tell who said it or how reliable it is.
HEARSAY_HEDGES = frozenset(
    {
        "apparently", "reportedly", "i gather", "it is thought that", "it is believed that",
        "it is felt that", "it was felt that", "presumably",
    }
)  # fmt: skip
# Likelihood words that turn a suspicion about what someone is doing into a record of it
# ("is probably drinking again"); about facts and outcomes they are honest uncertainty.
SUSPICION_HEDGES = frozenset({"probably", "likely", "possibly"})
# Marked opinions that are recommendations or plans: a decision, not a view needing evidence.
RECOMMENDATIONS = frozenset({"i recommend", "i would recommend", "i would suggest"})
CREDIBILITY_ADVERBS = frozenset({"allegedly", "supposedly", "purportedly"})
# Credibility verbs that cast doubt only when they report a statement ("claims she eats",
# "insists that"), not with a plain object ("claims Pension Credit", "insists on tea").
# "Admits" casts what the person told you as a confession, but only when it reports a
# statement ("admits he skips meals"), never in "admitted to hospital".
REPORTING_CREDIBILITY = frozenset({"claim", "insist", "assert", "allege", "maintain", "admit"})
# Who may be doubted: the person and the people around them, whose words the record carries.
DOUBTED = frozenset({Referent.PERSON, Referent.OTHER_PERSON})
# Clinical convention: "denies chest pain" records a symptom review, not disbelief; the
# symptoms are the word list "symptom_noun" in lexicons/domain-words.toml.
DECISION_WORDS = frozenset({"decision", "decisions", "decide", "deciding"})
DECISION_LINKS = frozenset(
    {
        "to", "about", "regarding", "re", "for", "over", "around", "on", "concerning",
        "relating", "specifically", "with", "as", "in", "when", "whether", "where",
    }
)  # fmt: skip
# Words that, with "to" or "of", introduce a reason: "due to", "owing to", "because of".
REASON_HEADS = frozenset({"due", "owing", "because", "thanks"})
# Words that make a clause a condition ("if I seem muddled").
CONDITIONS = frozenset({"if", "unless", "whenever"})
# Quantifiers that make a capacity statement blanket: "lacks capacity in all areas".
UNIVERSAL = frozenset({"all", "every", "any", "everything", "anything", "each"})
# Verbs that make "no concerns" someone's report: "Carers report no concerns", "she has no
# worries about the move".
REPORTED_BY = frozenset({"have", "raise", "express", "voice", "report", "share", "mention"})
# Participles that make "no concerns" an event with someone else behind it, the passive's
# "were" dropped: "No concerns raised" (no one raised any), "no concerns found" (a check found
# none), "no issues reported".
RAISED_OR_FOUND = frozenset({"raise", "express", "voice", "report", "mention", "find", "identify"})
# Predicative vague words that describe a state; their attributive use ("appropriate
# support", "adequate heating") is a plan or a description, not an evaluation.
PREDICATIVE_VAGUE = frozenset(
    {
        "appropriate", "adequate", "satisfactory", "settled", "presentable", "unremarkable",
        "uneventful", "appropriately", "adequately",
    }
)  # fmt: skip
# Prepositions that place a state ("settled in bed", "settled on the ward", "settled with
# 1:1"): the words say where or with whom it was seen, so they record an observation.
PLACING = frozenset({"in", "on", "with", "into"})
# Vague phrases that still describe something visible; left alone, they are observations.
OBSERVABLE = frozenset(
    {
        "clean and tidy", "in good condition", "well presented", "present well", "presentable",
        "well kempt", "well cared for", "well looked after",
    }
)  # fmt: skip
# A short sentence with a vague evaluation is one standing alone; longer ones usually carry
# what was checked.
STANDING_ALONE_WORDS = 12


@dataclass(frozen=True, slots=True)
class _Cue:
    match: PhraseMatch
    term: str

    @property
    def start(self) -> int:
        return self.match.start

    @property
    def end(self) -> int:
        return self.match.end


@functools.cache
def _phrases(kind: str) -> tuple[tuple[str, ...], LemmaPhrases]:
    terms = tuple(e.term for e in load_lexicon("opinion-markers").entries if e.kind == kind)
    return terms, LemmaPhrases(terms)


@functools.cache
def _labels() -> tuple[tuple[str, ...], LemmaPhrases]:
    """Judgemental labels whose only cure is to describe what happened ("frail", "chaotic
    lifestyle", "attention-seeking"): said of a person as fact, each is an opinion. Entries
    with a direct replacement ("wheelchair-bound") are disrespectful words for facts, and
    labels that name behaviour ("aggressive", "non-compliant": opinion-markers of kind
    ``wording_label``) are the wording problem the respectful-language rule reports, so both
    are left to it."""
    wording = {t.lower() for t in _phrases("wording_label")[0]}
    terms = tuple(
        e.term
        for e in load_lexicon("judgemental").entries
        if not e.replaceable
        and any(is_advice(s) for s in e.suggestions)
        and e.term.lower() not in wording
    )
    return terms, LemmaPhrases(terms)


@functools.cache
def _label_exceptions() -> dict[str, tuple[str, ...]]:
    return {e.term.lower(): tuple(e.exceptions) for e in load_lexicon("judgemental").entries}


def _label_cues(doc: Doc) -> list[_Cue]:
    """Label cues, less those the judgemental lexicon lists as exceptions ("defensive
    wounds" is an injury, not a manner)."""
    terms, phrases = _labels()
    exceptions = _label_exceptions()
    found = []
    for match in longest_first(phrases.matches(doc)):
        term = terms[match.entry].lower()
        if not cancelled_by_exception(doc[match.start : match.end], exceptions.get(term, ())):
            found.append(_Cue(match, term))
    return found


def _gate(
    *kinds: str, labels: bool = False, predicates: bool = False, outcomes: bool = False
) -> Callable[[str], bool]:
    def terms() -> list[str]:
        found = [t for kind in kinds for t in _phrases(kind)[0]]
        if predicates:
            found += gate_terms()
        if outcomes:
            found += sorted(word_list("outcome_verb"))
        return found + list(_labels()[0]) if labels else found

    return lexicon_gate(terms)


def cues(doc: Doc | Span, kind: str) -> list[_Cue]:
    """Non-overlapping matches of the opinion markers of ``kind``, longest first."""
    terms, phrases = _phrases(kind)
    return [_Cue(m, terms[m.entry].lower()) for m in longest_first(phrases.matches(doc))]


# --- what counts as evidence: has_evidence, sentence_of and their neighbours live in the
# shared evaluative layer (recordlint.evaluative) ---------------------------------------------


# Marks that open an item of a list: what follows is a note of its own, not a heading.
BULLETS = frozenset({"-", "–", "—", "*", "•", "·"})


def is_heading(sentence: Span) -> bool:
    """A short line with no closing punctuation: a heading or a form label, not a statement.
    An item of a bulleted list ("- Poor insight into risks") is a note, even without its
    full stop."""
    text = span_text(sentence).strip()
    if not text or text[-1] in ".!?":
        return False
    if sum(1 for t in sentence if t.is_alpha) > 8:
        return False
    return not _list_item(sentence)


def _list_item(sentence: Span) -> bool:
    """Whether a line opens with a bullet and has words after it."""
    first = next((t for t in sentence if not t.is_space), None)
    return first is not None and first.text in BULLETS and first.i + 1 < sentence.end


def is_question(sentence: Span) -> bool:
    return span_text(sentence).rstrip().endswith("?")


def _skippable(sentence: Span) -> bool:
    return is_heading(sentence) or is_question(sentence)


CLAIMED = "opinion.claimed"


def _claim(ctx: ParagraphContext, start: int, end: int) -> bool:
    """Record a flagged span for the paragraph; False when an earlier finding of this family
    already covers it, so one clause gets one piece of advice."""
    claimed: list[tuple[int, int]] = ctx.facts.setdefault(CLAIMED, [])
    if any(start < e and s < end for s, e in claimed):
        return False
    claimed.append((start, end))
    return True


# Words that lead into a quotation and so end a clause cut short before it: "and said
# 'everything is fine'", ", telling me '...'".
QUOTE_LEADS = frozenset({"and", "but", "then", "that", "saying", "telling"})


def _clear_of_quotes(
    ctx: ParagraphContext, doc: Doc, start: int, end: int, cue_end: int
) -> tuple[int, int]:
    """The clause [start, end) cut short before the first quotation after the cue's own
    words ("Shanice was clearly frightened and said 'everything is fine now'"): a finding
    that overlaps quoted words is dropped, so the judgement is flagged without them. A
    quotation before the cue's end leaves the span as it is."""
    inside = [q for q in ctx.quotes if q[0] < end and start < q[1]]
    if not inside or inside[0][0] - 1 < cue_end:
        return start, end
    last = None
    for token in doc:
        if token.idx >= start and token.idx + len(token.text) <= inside[0][0] - 1:
            last = token
    while last is not None and last.idx >= cue_end and _leads_into_quote(last):
        last = doc[last.i - 1] if last.i > 0 else None
    if last is None or last.idx + len(last.text) <= start:
        return start, end
    return start, max(cue_end, last.idx + len(last.text))


def _leads_into_quote(token: Token) -> bool:
    return (
        token.is_punct
        or token.is_space
        or token.lower_ in QUOTE_LEADS
        or token.lemma_.lower() in word_list("reporting_verb")
    )


def _own_conjunct(doc: Doc, word: Token, start: int, end: int) -> tuple[int, int] | None:
    """The character span of the coordinated clause that holds ``word`` within the clause
    [start, end) ("... and has no insight into the risks", "... and lives in squalor"):
    from the conjoined verb's first word to the end of the clause, or None when ``word``
    is not in a conjunct of its own."""
    current = word
    for _ in range(6):
        if current.dep_ == "conj" and current.head.i < current.i:
            first = min(
                (t.i for t in current.subtree if t.dep_ not in {"cc", "punct"}), default=current.i
            )
            first = max(first, current.head.i + 1)
            while first < current.i and doc[first].dep_ in {"cc", "punct"}:
                first += 1
            own_start = doc[first].idx
            if start < own_start < end:
                return own_start, end
            return None
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens ``start``..``end`` without trailing punctuation or a
    leading bullet."""
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].text in BULLETS or doc[start].is_space):
        start += 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _clause(
    doc: Doc, cue_start: int, cue_end: int, subject: Token | None, last: Token
) -> tuple[int, int]:
    """The clause from its subject (when it comes first) to the end of the predicate."""
    sentence = sentence_of(doc[cue_start])
    start = cue_start
    if last.dep_ == "amod" and last.head.i > last.i:
        last = last.head  # "has a chaotic lifestyle": the clause ends with the noun
    if subject is not None and subject.i < cue_start and sentence.start <= subject.i < sentence.end:
        start = subject.left_edge.i
    end = max(cue_end, min(last.right_edge.i + 1, sentence.end))
    if last.dep_ == "dobj" and last.head.lemma_ == "have":
        # "has poor insight into her low mood": the parser hangs "into" on "has".
        for child in last.head.children:
            if child.dep_ == "prep" and child.i > last.i:
                end = max(end, min(child.right_edge.i + 1, sentence.end))
    return _trimmed(doc, start, end)


def _opens_note(doc: Doc, cue: _Cue) -> bool:
    """Whether a label is a note of its own after a dash, colon or bracket, ending its
    sentence ("Referral declined by SU - lacks insight."): the parser reads such notes as
    nouns strung onto the words before, but the person is their understood subject."""
    first = doc[cue.start]
    sentence = sentence_of(first)
    start = fragment_start(first)
    if start == sentence.start or doc[start - 1].text not in NOTE_BREAKS:
        return False
    if any(t.pos_ != "ADV" for t in doc[start : cue.start]):
        return False  # only a degree word may come first: "- very hostile"
    return not any(t.is_alpha for t in doc[cue.end : sentence.end])


def _leads_with_verb(doc: Doc, cue: _Cue) -> bool:
    first = doc[cue.start]
    return first.tag_.startswith("VB") and first.lemma_.lower() == cue.term.split()[0]


def _inflected_verb(doc: Doc, cue: _Cue) -> bool:
    """Whether a label cue is a verb in use ("wandered", "kicks off"), not an adjective the
    tagger read as a verb ("is elderly and frail")."""
    first = doc[cue.start]
    return _leads_with_verb(doc, cue) and first.lower_ != first.lemma_.lower()


def _is_predicate(doc: Doc, cue: _Cue) -> bool:
    """Whether a label is what the clause says its subject is ("is frail", "is a bed blocker",
    "has a chaotic lifestyle", "presents as hostile"), not a word in passing."""
    token = doc[cue.end - 1] if doc[cue.end - 1].pos_ in {"NOUN", "PROPN"} else None
    token = token or match_root(doc, cue.match)
    if token.pos_ in {"VERB", "AUX"} and token.dep_ in {"ROOT", "conj"} and token.tag_ != "VBN":
        # "Wife can't cope", "Daughter not coping": a label that is itself the verb of its
        # clause (a participle is left out: "is known to be" reads as a passive).
        return True
    for _ in range(4):
        if token.dep_ in {"acomp", "attr", "oprd"}:
            return True
        if token.dep_ == "dobj" and token.head.lemma_ == "have":
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "as":
            return True  # "presents as hostile", "describes him as volatile"
        if token.dep_ == "pobj" and cue.start <= token.head.i < cue.end:
            return True  # "in denial": the preposition is part of the label
        if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lemma_ == "be":
            return True  # "was in a squalid state"
        if token.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_ == "be" for c in token.children
        ):
            return True  # "she is demanding", "he is not engaging": read as a progressive
        if token.dep_ == "ROOT" and not any(c.dep_ == "nsubj" for c in token.children):
            return True  # a note-style fragment: "Non-compliant with meds."
        if token.dep_ == "acl" and _after_heading(token):
            return True  # "Capacity to care: Jean is frail": the parser hung it on the heading
        if token.dep_ not in {"conj", "amod", "compound", "prep", "advmod"}:
            return False
        token = token.head
    return False


def _after_heading(token: Token) -> bool:
    """Whether ``token`` heads a clause of its own (with its own subject) after a heading's
    colon, which the parser attached to the heading's noun."""
    between = token.doc[token.head.i + 1 : token.i]
    return any(t.text == ":" for t in between) and any(c.dep_ == "nsubj" for c in token.children)


def _a_group(subject: Token) -> bool:
    """Whether the subject names people in general by a plural noun with no determiner
    ("People were at risk of receiving care that did not meet their needs", "residents were
    placed at risk"): in a report or an inspection's findings, what the service did to those
    it serves, not a judgement about someone in particular."""
    return subject.tag_ == "NNS" and not any(
        child.dep_ in {"det", "poss", "nummod"} for child in subject.children
    )


def _predicated_of(doc: Doc, cue: _Cue) -> tuple[Referent, Token | None, Token]:
    """Who or what an evaluative cue is said of, its subject token, and the predicate's last
    word (for the end of the clause). Nouns count only as predicates ("is a liar", "has poor
    insight"), so a noun used in passing does not make a sentence an opinion."""
    root = match_root(doc, cue.match)
    last = doc[cue.end - 1]
    if _leads_with_verb(doc, cue):
        verb = doc[cue.start]
        referent, subject = doer_of(verb)
        if subject is None and cue.start - sentence_of(verb).start > 1:
            return Referent.THING, None, last  # a verb in mid-sentence with no subject
        return referent, subject, verb
    if last.pos_ in {"NOUN", "PROPN"}:
        if last.dep_ in {"attr", "appos"} or (last.dep_ == "dobj" and last.head.lemma_ == "have"):
            root = last
        elif not (last.dep_ == "pobj" and last.head.dep_ == "prep"):
            return Referent.THING, None, last
    subject = subject_of(root)
    if subject is not None and cue.start <= subject.i < cue.end and root.head.i != root.i:
        # "Jordan is attention seeking": the parser took a word of the label for its subject.
        subject = subject_of(root.head)
    if subject is None:
        fragment = cue.start - sentence_of(doc[cue.start]).start <= 1
        return (Referent.UNKNOWN if fragment else Referent.THING), None, last
    if subject.dep_ == "pobj" and subject.head.lower_ == "in" and subject.head.head.lemma_ == "be":
        # "The property was in a squalid state": said of the property.
        subject = subject_of(subject.head.head) or subject
    referent = referent_of(subject)
    if referent is Referent.THING and subject.dep_ == "dobj" and subject.head.lemma_ == "have":
        # "has a chaotic lifestyle", "has unrealistic expectations": said of the haver.
        holder = subject_of(subject.head)
        if holder is not None:
            subject, referent = holder, referent_of(holder)
    if referent is Referent.THING:
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and referent_of(owner) in PEOPLE:
            referent = Referent.PERSON
    predicate = root if root.i >= cue.end - 1 else last
    return referent, subject, predicate


# --- RL601 ---------------------------------------------------------------------------------


@rule(
    code="RL601",
    name="opinion-as-fact",
    category=Category.OPINION,
    standard="2.fact-opinion",
    severity=Severity.WARNING,
    needs=OPINION_NEEDS,
    gate=_gate("evaluative", labels=True, predicates=True),
)
def opinion_as_fact(ctx: ParagraphContext) -> None:
    """Finds judgements about the person, a relative or the home stated as if they were facts:
    labels ("she lacks insight"), certainty frames that turn an impression into a fact ("it is
    clear that", "obviously"), predictions ("will not manage at home much longer"), words
    that judge character ("he is very controlling") and words that read a mind ("is
    frightened of him", "does not understand that", "has no motivation").

    ## Why it matters
    Standard 2 asks for records that are accurate and objective and clearly separate fact
    from professional opinion, with valid supporting evidence. "She lacks insight" or "the
    house was filthy" reads as fact to the next worker, a tribunal or the person, yet it is
    one person's interpretation: the reader cannot see what it was based on or weigh it.

    ## Example
    Before:
    > The house was filthy.

    After:
    > There was food waste on the kitchen floor and a strong smell of urine in the hall.

    ## Stays quiet on
    Observations and reported speech ("Her daughter said the house was filthy" is her view,
    attributed), sentences that give their evidence ("because", "I saw", "for example",
    numbers or details after a colon; for feelings and states of mind, also the next
    sentence when it shows the same thing: the person's own words, what was seen or heard,
    or someone's words about it, not others' words on another matter; in a run-on
    narrative that strings clauses together with commas, only the clauses either side of
    the judgement count as its evidence, and only its own clause for a marked opinion),
    opinions
    already marked as the writer's ("In my opinion ..."), judgements offered as a possibility
    ("It is possible that she is overprotective", "she may be"), judgements asked about or
    set as a condition ("to see if she is at risk", "whether he is frightened of her", "if
    she lacks insight", a list item after a lead-in ending "if:"), evaluative words used of
    things rather than the person or home, negated judgements ("she is not difficult"), a
    feeling or state of mind told as an episode seen ("she got a bit confused about what day
    it was", "became frightened"), who
    someone is to the family ("a very dear friend of the family"), the person's own plans
    ("wants to start college and will need support"), manner adverbs ("explained clearly"),
    a word for a service as well as a state of mind used as a noun ("managed without paid
    care"), a service opening a sentence ("Reablement will end on 21/11/2025"),
    behaviour labels such as "aggressive" or "non-compliant", which the
    respectful-language rule reports as wording, and for the same reason someone's manner
    or look told in the past tense of what was seen, in words of the judgemental lexicon
    ("She was defensive when asked about the cash", "Daughter was difficult", "Dorothy
    looked unkempt"; "She is manipulative" is still a judgement stated as fact). In
    reports, decisions and inspections (professional prose), findings about the people a
    service supports named as a group by a plural noun ("people were placed at risk of
    Legionella") are about the service, not a judgement about someone in particular.

    ## Sentence model
    The trained sentence model (``recordlint.sentence_model``) also scores each sentence for
    opinion stated as fact, but this rule does not use it. Measured by leaving one
    development batch out at a time (``bench/sentence_model_cv.py --engine``: the model
    never saw the writer it scores), flagging sentences it scored above 0.9 where the rule
    had read no judgement (outside quotations, headings and questions, said of a person or
    the home) moved opinion from 0.81 / 0.65 to 0.80 / 0.66 and made four of sixteen
    batches worse; above 0.7 it added a warning on an exemplary record. Flagging them even
    where the rule had spared a judgement did better (0.79 / 0.69) only by overruling what
    the rule spares on purpose ("This is clearly labelled."). Dropping the rule's findings
    the model scored low lost more true findings than false ones.
    """
    doc = ctx.doc
    assert doc is not None
    evaluative = cues(doc, "evaluative")
    labels = [
        c
        for c in _label_cues(doc)
        if not _inflected_verb(doc, c)
        and all(c.end <= e.start or c.start >= e.end for e in evaluative)
    ]  # fmt: skip
    for cue in sorted(evaluative + labels, key=lambda c: c.start):
        note = _opens_note(doc, cue)
        if not note and not _leads_with_verb(doc, cue) and not _is_predicate(doc, cue):
            continue  # a word in passing ("a cluttered flat"), not what the clause asserts
        sentence = sentence_of(doc[cue.start])
        if _skippable(sentence):
            continue
        own_clause = run_on_part(sentence, doc[cue.start], after=0)
        sentence = run_on_part(sentence, doc[cue.start], before=1)
        if cues(own_clause, "marked_opinion"):
            continue
        if any(c.term in APPEARANCE_HEDGES | HEARSAY_HEDGES for c in cues(own_clause, "hedge")):
            continue  # RL603 asks for the observation behind the impression
        root = match_root(doc, cue.match)
        if _reported(root) or _reported(doc[cue.start]):
            continue
        if _denied_outright(root):
            continue  # "she is not difficult to visit": no judgement stated as fact
        if _offered_as_possible(doc, cue, sentence):
            continue  # "It is possible that she is overprotective": not stated as fact
        if _under_condition_or_question(doc, cue.start, cue.end):
            continue  # "checks to see if they are at risk": asked, not stated
        referent, subject, last = _predicated_of(doc, cue)
        if note:
            referent, subject, last = Referent.UNKNOWN, None, doc[cue.end - 1]
        if referent not in PEOPLE | {Referent.HOME, Referent.UNKNOWN}:
            continue
        if ctx.kind is RecordKind.PROFESSIONAL and subject is not None and _a_group(subject):
            continue  # a report's finding about a service's users, not about one person
        if referent in PEOPLE and _wording_in_an_episode(doc, root, cue.start, cue.end):
            continue  # "Son was evasive when asked": the wording is the problem, left to RL501
        if has_evidence(sentence, after=cue.start):
            continue
        start, end = _clause(doc, cue.start, cue.end, subject, last)
        start, end = _clear_of_quotes(ctx, doc, start, end, _trimmed(doc, cue.start, cue.end)[1])
        if not _claim(ctx, start, end):
            # One finding per clause, however many judgements it holds; a judgement in a
            # clause coordinated after one already flagged ("is a hoarder and lives in
            # squalor") gets its own words.
            own = _own_conjunct(doc, root, start, end)
            if own is None or not _claim(ctx, *own):
                continue
            start, end = own
        words = doc[cue.start : cue.end].text
        ctx.flag(
            start,
            end,
            f"'{words}' states a judgement as fact; write what you saw or heard, or mark it "
            "as your professional opinion and give the evidence.",
        )
    for predicate in evaluative_predicates(doc):
        if not _stated_as_fact(doc, predicate):
            continue
        if (
            predicate.kind is Judgement.CHARACTER
            and predicate.referent in PEOPLE
            and _wording_in_an_episode(
                doc, predicate.predicate, predicate.cue_start, predicate.cue_end
            )
        ):
            continue  # "Lorraine was very hostile from the outset": left to RL501
        if _under_condition_or_question(doc, predicate.cue_start, predicate.cue_end):
            continue
        start, end = _trimmed(doc, *predicate.clause())
        cue_end = _trimmed(doc, predicate.cue_start, predicate.cue_end)[1]
        start, end = _clear_of_quotes(ctx, doc, start, end, cue_end)
        if not _claim(ctx, start, end):
            # "Son was evasive and is obviously trying to avoid paying": a second judgement
            # sharing the subject of one already flagged gets its own words.
            own = _clear_of_quotes(ctx, doc, *_trimmed(doc, *predicate.clause(own=True)), cue_end)
            if own == (start, end):
                own = _own_conjunct(doc, predicate.predicate, start, end) or own
            if own == (start, end) or not _claim(ctx, *own):
                continue
            start, end = own
        words = doc[predicate.cue_start : predicate.cue_end].text
        ctx.flag(start, end, PREDICATE_ADVICE[predicate.kind].format(words=words))


PREDICATE_ADVICE = {
    Judgement.CERTAINTY: "'{words}' presents an impression as certain fact; write what you saw "
    "or heard that led to it, or mark it as your professional opinion and give the evidence.",
    Judgement.PREDICTION: "'{words}' states a prediction as fact; mark it as your professional "
    "opinion and say what it rests on.",
    Judgement.CHARACTER: "'{words}' judges someone's character as fact; describe what they said "
    "or did.",
    Judgement.FEELING: "'{words}' states what someone feels as fact; record what they said or "
    "did that showed it, or who told you.",
    Judgement.MENTAL_STATE: "'{words}' states what someone thinks or wants as fact; record what "
    "they said or did that showed it, or who told you.",
    Judgement.PLAUSIBILITY: "'{words}' rules on what someone said or wants as if it were fact; "
    "record what differs from it or stands in its way, and how you know.",
}


@functools.cache
def _wording() -> LemmaPhrases:
    """Every term of the judgemental lexicon: the wording the respectful-language rule reads."""
    return LemmaPhrases(e.term for e in load_lexicon("judgemental").entries)


# Verbs that tell a state or manner as it was seen at the time: "she was defensive", "he
# became difficult", "Dorothy looked unkempt".
EPISODE_VERBS = frozenset({"be", "become", "get", "look"})


def _wording_in_an_episode(doc: Doc, word: Token, start: int, end: int) -> bool:
    """Whether a judgement of someone's manner or appearance is told in the past tense of
    what was seen ("She was defensive when asked about the cash", "Son was evasive",
    "Daughter was difficult", "Dorothy looked unkempt") in words the judgemental lexicon
    holds: a record of how they were at the time, whose wording is the problem (the
    respectful-language rule reports it), not a lasting judgement of them stated as fact
    ("She is manipulative"). Certainty frames are not this: "was obviously drunk" still
    presents an impression as fact."""
    if not any(m.start < end and start < m.end for m in _wording().matches(doc)):
        return False
    holder = word
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head
    if holder.dep_ in {"acomp", "attr", "oprd"}:
        holder = holder.head
    return holder.lemma_.lower() in EPISODE_VERBS and holder.tag_ == "VBD"


def _stated_as_fact(doc: Doc, predicate: EvaluativePredicate) -> bool:
    """Whether an evaluative predicate is the writer's own unmarked claim with nothing to back
    it. A certainty frame counts even beside its evidence ("obviously confused as she could
    not tell me the day"): the frame itself turns the inference into a fact. Feelings and
    mental states count only when neither their sentence nor the next one shows them."""
    sentence = whole = sentence_of(predicate.predicate)
    if _skippable(sentence):
        return False
    if predicate.attributed() and (
        _reported(predicate.predicate) or _reported(doc[predicate.cue_start])
    ):
        return False
    own_clause = run_on_part(sentence, doc[predicate.cue_start], after=0)
    sentence = run_on_part(sentence, doc[predicate.cue_start], before=1)
    if cues(own_clause, "marked_opinion"):
        return False
    if predicate.kind is Judgement.CERTAINTY:
        return True
    if any(c.term in APPEARANCE_HEDGES | HEARSAY_HEDGES for c in cues(own_clause, "hedge")):
        return False  # RL603 asks for the observation behind the impression
    if _after_possibility_frame(sentence, predicate.cue_start):
        return False  # "It is possible that Mrs Hughes is somewhat overprotective"
    if predicate.kind is Judgement.PLAUSIBILITY:
        # What was said often carries numbers of its own ("four cans a day, which is
        # unlikely"): only what follows the ruling can be its evidence.
        return not has_evidence(doc[predicate.cue_start : sentence.end])
    if has_evidence(sentence, after=predicate.cue_start):
        return False
    if predicate.kind in {Judgement.FEELING, Judgement.MENTAL_STATE}:
        if reports_speech(doc[predicate.cue_end : sentence.end]):
            return False  # "pleasantly confused, could not tell me the date": what showed it
        # In a run-on narrative the clause after it is already in ``sentence``.
        following = next_sentence(whole) if sentence.end == whole.end else None
        if following is not None and (has_evidence(following) or reports_on(following, predicate)):
            return False
    return True


# Frames and modals that offer a judgement as a possibility to explore, not a fact.
POSSIBILITY_FRAMES = frozenset({"it is possible that", "it is likely that", "it is unlikely that"})
POSSIBILITY_MODALS = frozenset({"may", "might", "could"})


def _reported(token: Token) -> bool:
    """Whether ``token`` is in someone else's reported words: under a reporting verb whose
    speaker is in its clause or the one before. In a run-on narrative a report some
    clauses back ("she said she wants to go home ..., daughter Carol lives in Ipswich ...,
    Edna is a bit confused at times") has ended: the parser hangs the later clauses on it,
    but they are the writer's own."""
    speaker = speaker_of(token)
    if speaker is None:
        return False
    reach = run_on_part(sentence_of(token), token, before=1, after=0)
    return speaker.i >= reach.start or speaker.sent.start != token.sent.start


def _after_possibility_frame(sentence: Span, start: int) -> bool:
    return any(c.term in POSSIBILITY_FRAMES and c.start < start for c in cues(sentence, "hedge"))


def _offered_as_possible(doc: Doc, cue: _Cue, sentence: Span) -> bool:
    """Whether a label is offered as a possibility: after a frame such as "it is possible
    that" earlier in its sentence, or with "may", "might" or "could" on its verb ("she may be
    overprotective")."""
    if _after_possibility_frame(sentence, cue.start):
        return True
    root = match_root(doc, cue.match)
    holders = [root, root.head] if root.dep_ in {"acomp", "attr", "xcomp", "conj"} else [root]
    return any(
        c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for h in holders for c in h.children
    )


def _denied_outright(root: Token) -> bool:
    """Whether a label is plainly denied ("she is not difficult to visit") with nothing put
    in its place: "not manipulative, just lonely" still states a judgement as fact, and
    "lacks insight" is the label itself, not its denial."""
    if root.dep_ not in {"acomp", "attr"}:
        return False
    if not any(c.dep_ == "neg" for c in root.head.children):
        return False
    rest = root.doc[root.i + 1 : root.sent.end]
    return not any(t.pos_ == "ADJ" for t in rest)


# --- RL602 ---------------------------------------------------------------------------------


@rule(
    code="RL602",
    name="opinion-without-evidence",
    category=Category.OPINION,
    standard="2.fact-opinion",
    severity=Severity.WARNING,
    needs=OPINION_NEEDS,
    gate=_gate("marked_opinion"),
)
def opinion_without_evidence(ctx: ParagraphContext) -> None:
    """Finds professional opinions given with no evidence in the sentence or the next one.

    ## Why it matters
    Standard 2 asks for professional opinion to be clearly marked and backed by valid
    supporting evidence. Marking a view as opinion ("In my opinion", "I believe") is half
    the job: without what it rests on, the reader cannot test it, and a tribunal or the
    person cannot challenge it.

    ## Example
    Before:
    > In my opinion Mrs Tanner is at risk of deterioration.

    After:
    > In my opinion Mrs Tanner is at risk of deterioration, because she has attended the
    > surgery 14 times in 3 months and told me "the days are very long".

    ## Stays quiet on
    Opinions followed by their evidence in the same or the next sentence (reasons, what was
    seen or heard, numbers, quotes, "I base this on ..."), opinions drawn with "so" from the
    clause before ("is not free to leave, so in my opinion ..."), recommendations ("I would
    recommend"), headings such as "What I think and why", opinions about the writer's own
    plans ("I think we should meet again"), and questions weighed rather than answered
    ("We consider whether there was fault"), and a thinking verb with a thing as its
    object ("I considered the information provided by Mr X": what was read, not a view).
    """
    doc = ctx.doc
    assert doc is not None
    for cue in cues(doc, "marked_opinion"):
        if cue.term in RECOMMENDATIONS:
            continue
        sentence = sentence_of(doc[cue.start])
        if _skippable(sentence):
            continue
        complement = _opinion_clause(doc, cue)
        if complement is None:
            continue
        if any(c.dep_ == "mark" and c.lower_ in OPEN_QUESTION for c in complement.children):
            continue  # "We consider whether there was fault": a question weighed, no view yet
        subject = subject_of(complement)
        if subject is not None and referent_of(subject) is Referent.WRITER:
            continue
        if has_evidence(sentence) or _drawn_from_before(doc, cue, sentence):
            continue
        around = [next_sentence(sentence), previous_sentence(sentence)]
        if any(n is not None and (has_evidence(n) or reports_speech(n)) for n in around):
            continue
        if around[0] is not None and _states_its_basis(around[0]):
            continue
        start, end = _trimmed(doc, cue.start, sentence.end)
        words = doc[cue.start : cue.end].text
        ctx.flag(
            start,
            end,
            f"'{words}' marks an opinion but no evidence follows; say what it is based on "
            "(what you saw or heard, or what the person or others told you).",
        )


def _drawn_from_before(doc: Doc, cue: _Cue, sentence: Span) -> bool:
    """'She is under constant supervision and is not free to leave, so in my opinion she is
    deprived of her liberty': the opinion follows "so" from the clause before it."""
    before = doc[sentence.start : cue.start]
    return any(
        t.lower_ == "so" and t.dep_ in {"cc", "mark", "advmod"} and t.i > sentence.start
        for t in before
    ) and any(t.pos_ in {"VERB", "AUX"} for t in before)


def _states_its_basis(sentence: Span) -> bool:
    """'I base this on her description and on the test above', 'This is based on ...': the
    sentence says what the opinion before it rests on."""
    return any(
        t.lemma_.lower() == "base"
        and t.pos_ == "VERB"
        and any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in t.children)
        for t in sentence
    )


def _opinion_clause(doc: Doc, cue: _Cue) -> Token | None:
    """The clause an opinion marker governs, or None for a bare heading ("What I think")."""
    root = match_root(doc, cue.match)
    if root.pos_ == "ADP" or root.dep_ == "prep":
        head = root.head
        return head if head.i >= cue.end or head.i < cue.start else None
    for token in doc[cue.start : cue.end]:
        for child in token.children:
            if child.dep_ in {"ccomp", "xcomp", "attr", "acomp"} and child.i >= cue.end:
                return child
    if any(c.dep_ == "dobj" and c.i >= cue.end for c in root.children):
        return None  # "I considered information provided by Mr X": read, not a view
    if root.i < cue.end and root.head.i >= cue.end:
        return root.head
    # "I think" and "I believe" whose complement the parser hung elsewhere: the next verb.
    following = [
        t for t in doc[cue.end : sentence_of(doc[cue.start]).end] if t.pos_ in {"VERB", "AUX"}
    ]
    return following[0] if following else None


# --- RL603 ---------------------------------------------------------------------------------


@rule(
    code="RL603",
    name="vague-hedge",
    category=Category.OPINION,
    standard="2.fact-opinion",
    severity=Severity.INFO,
    needs=OPINION_NEEDS,
    gate=_gate("hedge"),
)
def vague_hedge(ctx: ParagraphContext) -> None:
    """Finds impressions and unsourced hearsay standing in for what was seen or heard.

    ## Why it matters
    Standard 2 asks for accurate, objective records with evidence for opinions. "She appears
    to be struggling" or "apparently the son has been drinking" tells the reader neither
    what was observed nor who said it, so it cannot be acted on or checked. A likelihood
    word on what someone is doing ("he is probably drinking again") records a suspicion
    the same way.

    ## Example
    Before:
    > She seems to be struggling.

    After:
    > She told me she has not been able to get to the shops for two weeks.

    ## Stays quiet on
    Honest uncertainty about facts not yet known ("She may be eligible for Attendance
    Allowance", "the form seems to have gone missing"), impressions that come with what was
    seen ("He seemed anxious: he paced the room and asked three times when his son would
    come"), what someone did not seem to do ("He did not seem to know it was night-time"),
    hearsay with its source named, other people's reported views, likely outcomes or
    facts ("probably lost in the post", "likely to be in hospital for a week"), and a test
    of who qualifies, said of whoever meets it ("any carer who appears to have a need for
    support", the Care Act's threshold).
    """
    doc = ctx.doc
    assert doc is not None
    for cue in cues(doc, "hedge"):
        sentence = sentence_of(doc[cue.start])
        if _skippable(sentence) or cues(sentence, "marked_opinion"):
            continue
        if cue.term in HEARSAY_HEDGES:
            if _names_a_source(doc, cue, sentence):
                continue
            start, end = _trimmed(doc, cue.start, cue.end)
            words = doc[cue.start : cue.end].text
            ctx.flag(
                start,
                end,
                f"'{words}' passes on something without saying who said it; name the source "
                "('Her son told me that ...') or record what you saw.",
            )
        else:
            for hedges, claimed_span, advice in _HEDGE_CLAIMS:
                if cue.term not in hedges:
                    continue
                span = claimed_span(doc, cue, sentence)
                if span is not None:
                    cue_end = _trimmed(doc, cue.start, cue.end)[1]
                    span = _clear_of_quotes(ctx, doc, *span, cue_end)
                if span is not None and _claim(ctx, *span):
                    ctx.flag(*span, advice.format(words=doc[cue.start : cue.end].text))
                break


def _names_a_source(doc: Doc, cue: _Cue, sentence: Span) -> bool:
    if speaker_of(doc[cue.start]) is not None:
        return True
    return any(c.term in {"according to", "she told me", "he told me", "they told me"}
               for c in cues(sentence, "evidence"))  # fmt: skip


def _impression(doc: Doc, cue: _Cue, sentence: Span) -> tuple[int, int] | None:
    """The clause of an appearance hedge about a person's state, or None when it is honest
    uncertainty about a fact, someone else's view, or comes with its evidence."""
    verb = doc[cue.start]
    if cue.term.startswith(("it ", "there ")):
        verb = next((t for t in doc[cue.start : cue.end] if t.pos_ in {"VERB", "AUX"}), verb)
        complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if complement is None:
            return None
        subject = subject_of(complement)
        last = complement
    else:
        if verb.pos_ not in {"VERB", "AUX"}:
            verb = match_root(doc, cue.match)
        subject = subject_of(verb)
        complements = [
            c for c in verb.children if c.dep_ in {"xcomp", "acomp", "oprd", "prep", "attr"}
        ]
        if not complements and cue.end >= sentence.end - 1:
            return None
        last = complements[-1] if complements else doc[cue.end - 1]
        for complement in complements:
            if complement.dep_ == "xcomp" and _perfect(complement):
                return None  # "appears to have fallen": uncertainty about an event
    if subject is None and verb.i == sentence.start:
        pass  # "Presents as low in mood.": a note about the person
    elif subject is None or referent_of(subject) not in PEOPLE | {Referent.WRITER}:
        return None
    if speaker_of(verb) is not None or has_evidence(sentence, after=cue.start):
        return None
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children):
        return None  # "If I seem muddled, give me time": a condition, not an impression
    if verb.dep_ == "relcl" and _anyone(verb.head):
        return None  # "Any carer who appears to have a need for support": who qualifies
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "He did not seem to know it was night-time": something not seen
    return _clause(doc, cue.start, cue.end, subject, last)


_ANY = frozenset({"any", "every", "each", "anyone", "anybody", "everyone", "everybody"})


def _anyone(noun: Token) -> bool:
    """Whether the noun stands for whoever meets a description ("any carer", "anyone",
    "every adult"), as a law or a page's test of who qualifies does, not for someone in
    particular."""
    return noun.lower_ in _ANY or any(c.dep_ == "det" and c.lower_ in _ANY for c in noun.children)


def _suspicion(doc: Doc, cue: _Cue, sentence: Span) -> tuple[int, int] | None:
    """The clause of a likelihood word on an activity said of a person ("he is probably
    drinking again", "her son is possibly taking her pension"), or None: a likely outcome or
    fact ("probably lost in the post", "likely to be in for some time") is honest
    uncertainty."""
    adverb = doc[cue.start]
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.tag_ != "VBG":
        return None
    subject = subject_of(verb)
    if subject is None or referent_of(subject) not in {Referent.PERSON, Referent.OTHER_PERSON}:
        return None
    # Who reported it is read from a reporting verb before the guess ("her daughter said he
    # is probably drinking"), not from any person the clause mentions ("her daughter's
    # account" is a bank account, not her account of events).
    if _reported_earlier(doc, cue.start, sentence) or has_evidence(sentence, after=cue.start):
        return None
    return _clause(doc, cue.start, cue.end, subject, verb)


# The impressions and suspicions RL603 asks to be sourced: which cues, the words each
# claims, and the advice.
_HEDGE_CLAIMS: tuple[
    tuple[frozenset[str], Callable[[Doc, _Cue, Span], tuple[int, int] | None], str], ...
] = (
    (
        APPEARANCE_HEDGES,
        _impression,
        "'{words}' gives an impression instead of an observation; write what you saw "
        "or what the person told you that led to it.",
    ),
    (
        SUSPICION_HEDGES,
        _suspicion,
        "'{words}' records a suspicion about what someone is doing; write what you "
        "saw or who told you, or mark it as your professional opinion with its grounds.",
    ),
)


def _perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children)


# --- RL604 ---------------------------------------------------------------------------------


# Casting doubt on what someone says is a failure of respect, not an opinion about the
# facts: the words tell the next reader not to believe the person, whatever the facts are,
# and the record gains nothing by them. So the rule reports under judgemental wording and
# Standard 2's respect clause, as the independent annotators of every development batch
# marked "claims" and "admits".
@rule(
    code="RL604",
    name="credibility-undermining",
    category=Category.JUDGEMENTAL,
    standard="2.respectful",
    severity=Severity.WARNING,
    needs=OPINION_NEEDS,
    gate=_gate("credibility"),
    about_wording=True,
)
def credibility_undermining(ctx: ParagraphContext) -> None:
    """Finds words that cast doubt on what the person says ("claims", "admits", "allegedly").

    ## Why it matters
    Standard 2 asks for accurate, objective records written respectfully. Verbs such as
    "claims" and "insists" quietly tell the next reader not to believe the person; studies
    of health records found them among the commonest ways notes undermine patients. Record
    what the person said neutrally, and any evidence that differs separately.

    ## Example
    Before:
    > She claims she eats 3 meals a day.

    After:
    > She told me she eats 3 meals a day. The fridge had bread, milk and cheese in it.

    ## Stays quiet on
    "Claims" as a noun or with a plain object ("benefit claims", "he claims Pension
    Credit", "she has not yet claimed Carer's Allowance"), clinical symptom reviews
    ("denies chest pain"), denying a formal allegation, "admitted to hospital", words about
    organisations and professionals, and claims attributed to a named source. A relative's
    words deserve the same respect as the person's, so "Her son claims ..." is flagged too.
    """
    doc = ctx.doc
    assert doc is not None
    for cue in cues(doc, "credibility"):
        sentence = sentence_of(doc[cue.start])
        if is_heading(sentence):
            continue
        if not _undermines(doc, cue, sentence):
            continue
        start, end = _trimmed(doc, cue.start, cue.end)
        words = doc[cue.start : cue.end].text
        if cue.term in CREDIBILITY_ADVERBS:
            message = (
                f"'{words}' casts doubt without saying who said it; name the source and "
                "record what they said."
            )
        else:
            message = (
                f"'{words}' may suggest you doubt the person; write what they said ('said', "
                "'told me') and record any evidence that differs separately."
            )
        ctx.flag(start, end, message)


def _undermines(doc: Doc, cue: _Cue, sentence: Span) -> bool:
    first = doc[cue.start]
    if cue.term in CREDIBILITY_ADVERBS:
        verb = first.head if first.dep_ == "advmod" else first
        subject = subject_of(verb)
        if subject is not None and referent_of(subject) not in {
            Referent.PERSON,
            Referent.OTHER_PERSON,
        }:
            return False  # "the letter was supposedly sent": about things, not people
        return not _names_a_source(doc, cue, sentence)
    if cue.term in {"so-called", "would have us believe"}:
        return speaker_of(first) is None
    if _fragment_opening(first, cue):
        return speaker_of(first) is None  # "Claims she is eating well.": a note's fragment
    if not first.tag_.startswith("VB") or first.lemma_.lower() != cue.term.split()[0]:
        return False  # "benefit claims", "the claim": nouns
    referent, subject = doer_of(first)
    if subject is not None and any(c.dep_ == "auxpass" for c in first.children):
        return False  # "it is alleged that", "was denied a place"
    if referent not in DOUBTED and not (referent is Referent.UNKNOWN and subject is None):
        return False
    if speaker_of(first) is not None:
        return False
    lemma = first.lemma_.lower()
    clause = any(c.dep_ in {"ccomp", "xcomp"} for c in first.children) or " that" in cue.term
    # "drinks more than he admits": the person's account held up against what is so.
    clause = clause or any(c.dep_ == "mark" and c.lower_ == "than" for c in first.children)
    if lemma in REPORTING_CREDIBILITY:
        if any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in first.children):
            return False  # "she has not yet claimed Carer's Allowance": a plain object
        return clause
    if lemma == "deny":
        if clause:
            return True
        obj = next((c for c in first.children if c.dep_ in {"dobj", "pcomp"}), None)
        if obj is None:
            return False
        if obj.tag_ == "VBG":
            return True  # "denies drinking"
        symptoms = word_list("symptom_noun")
        return obj.lemma_.lower() not in symptoms and obj.lower_ not in symptoms
    return True


def _fragment_opening(first: Token, cue: _Cue) -> bool:
    """Whether a note's fragment opens with the cue verb, which the tagger read as a plural
    noun because it is capitalised ("Claims she is eating well"): a subjectless word that
    heads a clause with a subject of its own."""
    if first.i != first.sent.start or first.tag_ not in {"NNS", "NNPS"}:
        return False
    if cue.term.split()[0] not in {first.lemma_.lower(), first.lower_[:-1]}:
        return False
    if any(c.dep_ in {"nsubj", "det", "poss", "amod", "compound"} for c in first.children):
        return False  # "Claims were paid", "Benefit claims": a noun after all
    if first.dep_ in {"npadvmod", "nmod", "dep"} and _has_own_subject(first.head, after=first):
        return True  # "Claims she has a bath every day": the parser hung the cue on the clause
    return any(
        c.dep_ in {"ccomp", "relcl", "acl", "xcomp"}
        and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        for c in first.children
    )


def _has_own_subject(verb: Token, after: Token) -> bool:
    """Whether ``verb`` is a verb whose subject comes after ``after``: the clause a
    fragment's opening word introduces."""
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i > after.i for c in verb.children
    )


# --- RL605 ---------------------------------------------------------------------------------


@rule(
    code="RL605",
    name="capacity-without-decision",
    category=Category.OPINION,
    standard="2.fact-opinion",
    severity=Severity.WARNING,
    needs=OPINION_NEEDS,
    gate=_gate("capacity"),
)
def capacity_without_decision(ctx: ParagraphContext) -> None:
    """Finds statements that someone has or lacks capacity without naming the decision.

    ## Why it matters
    Under the Mental Capacity Act capacity is decision-specific and time-specific: a person
    may lack capacity to decide where to live and still have capacity to decide what to eat.
    Standard 2 asks for accurate records with evidence; Safeguarding Adults Reviews keep
    finding blanket statements such as "lacks capacity" used to stop asking the person.

    ## Example
    Before:
    > Mrs Osei lacks capacity.

    After:
    > Mrs Osei lacks capacity to decide whether to move into a care home (assessed on 3 March).

    ## Stays quiet on
    Capacity statements that name the decision ("to manage her finances", "about where to
    live", "regarding the move", "for this decision"), capacity given under "Reason:" for the
    decision the line has just recorded ("No police report. Reason: he has capacity, has
    stated his wish ..."), capacity of organisations ("the team
    has capacity to take this on"), conditions and open questions ("if she lacks capacity
    a best interests meeting will be held", "where the person does not have capacity,
    advocates may ...", "when a person with care and support needs lacks capacity the
    duty ... still applies", where "when" speaks of no one in particular, or a procedure's
    list of cases after a lead-in ending "when:"), what an instruction tells its reader to
    write ("Include ... the reasons why ...") and headings.
    """
    doc = ctx.doc
    assert doc is not None
    for cue in cues(doc, "capacity"):
        sentence = sentence_of(doc[cue.start])
        if is_heading(sentence):
            continue
        referent, subject = _capacity_holder(doc, cue)
        if referent not in {Referent.PERSON, Referent.OTHER_PERSON, Referent.UNKNOWN}:
            continue  # "Your father lacks capacity": a letter to a relative names the person
        if _hypothetical(doc, cue):
            continue  # "If she lacks capacity a best interests meeting will be held"
        if speaker_of(doc[cue.start]) is not None:
            continue  # "She said he lacks capacity": her view, recorded as hers
        if _names_decision(doc, cue, sentence) or _reason_for_decision_before(doc, sentence):
            continue
        start, end = _trimmed(doc, subject.left_edge.i if subject else cue.start, cue.end)
        if subject is not None and subject.i > cue.start:
            start, end = _trimmed(doc, cue.start, cue.end)
        words = doc[cue.start : cue.end].text
        ctx.flag(
            start,
            end,
            f"'{words}' does not say which decision; capacity is decision-specific, so name "
            "it (for example 'lacks capacity to decide where to live') and when it was assessed.",
        )


def _blanket(words: list[Token]) -> bool:
    """Whether the words after a decision link cover every decision ("in all areas", "for
    any decisions", "about everything")."""
    return bool(words) and words[0].lower_ in UNIVERSAL


def _capacity_holder(doc: Doc, cue: _Cue) -> tuple[Referent, Token | None]:
    verb = next((t for t in doc[cue.start : cue.end] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and verb.i == sentence_of(verb).start:
        return Referent.UNKNOWN, None  # "Lacks capacity.": a note about the person
    token = verb if verb is not None else match_root(doc, cue.match)
    first = doc[cue.start]
    if cue.start == fragment_start(first) and first.lemma_.lower() in {"lack", "have"}:
        # "Resident not spoken to - lacks capacity."; "- no capacity after 6pm" is an
        # agency's diary, not a verdict on anyone.
        return Referent.UNKNOWN, None
    subject = subject_of(token)
    if subject is None:
        fragment = cue.start - sentence_of(doc[cue.start]).start <= 1
        return (Referent.UNKNOWN if fragment else Referent.THING), None
    return referent_of(subject), subject


def _hypothetical(doc: Doc, cue: _Cue) -> bool:
    """Whether a capacity statement is a condition or an open question ("if she lacks
    capacity", "whether he has capacity"), not a finding."""
    return _under_condition_or_question(doc, cue.start, cue.end)


# Words that open a condition or an open question: what follows them is not asserted.
OPEN_QUESTION = frozenset({"if", "unless", "whether"})


def _under_condition_or_question(doc: Doc, start: int, end: int) -> bool:
    """Whether the words at [start, end) sit in a clause opened by "if", "unless" or
    "whether" ("to identify if they were at risk", "if she lacks capacity"), or in a list
    item that finishes a lead-in ending "when:" or "if:" ("Complete a plan when: - The
    person lacks capacity"): a condition or a question, not something the writer states."""
    if start < end and in_condition_item(doc_text(doc), doc[start].idx):
        return True
    if start < end and _leads_into_conditions(doc[start].sent):
        return True
    if start < end and _what_to_write(doc[start]):
        return True
    for token in doc[start:end]:
        for clause in [token, *token.ancestors]:
            if any(c.dep_ == "mark" and c.lower_ in OPEN_QUESTION for c in clause.children):
                return True
            if _where_condition(clause) or _when_anyone(clause):
                return True
    return False


# Words for no one in particular, as a rule or procedure speaks of whoever a case is about.
_ANYONE = frozenset({"a", "an", "any", "anyone", "anybody", "someone", "somebody", "whoever"})


def _when_anyone(clause: Token) -> bool:
    """Whether a clause is a case a rule covers: opened by "whenever", or by "when" with no
    one in particular as its subject ("When a person with care and support needs lacks
    capacity the duty ... still applies"). "When she was seen she lacked capacity" tells
    of one person at one time, and stays a statement."""
    mark = next((c for c in clause.children if c.dep_ == "advmod" or c.dep_ == "mark"), None)
    if mark is None or mark.i != clause.left_edge.i:
        return False
    if mark.lower_ == "whenever":
        return True
    if mark.lower_ != "when":
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    first = subject.doc[subject.left_edge.i]
    return first.lower_ in _ANYONE


@functools.cache
def _instruction_verbs() -> frozenset[str]:
    return frozenset(
        e.term.lower() for e in load_lexicon("text-cues").entries if e.kind == "instruction"
    )


def _what_to_write(token: Token) -> bool:
    """Whether the word is inside what an instruction tells its reader to write: a
    sentence that opens with the bare verb of an instruction and no subject ("Include ...
    the reasons why the adult is unable to protect themselves, meaning they are an adult at
    risk"), as guidance and form prompts do. The words describe what a record should say;
    they say nothing of anyone."""
    sentence = token.sent
    first = next((t for t in sentence if not (t.is_space or t.is_punct)), None)
    if first is None or first.tag_ != "VB" or first.lower_ not in _instruction_verbs():
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in first.children):
        return False
    for clause in [token, *token.ancestors]:
        if clause.i == first.i:
            return True
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children):
            # "Include her, as she is ...": the writer's own reason for the instruction.
            return False
    return False


def _leads_into_conditions(sentence: Span) -> bool:
    """Whether the sentence is a lead-in that ends "whenever:", "when:" or "if:" before
    the list of cases it applies to ("A light touch review is normally appropriate
    whenever:"): what it says holds in those cases, and is not said of anyone."""
    words = [t for t in sentence if not t.is_space]
    return (
        len(words) >= 2
        and words[-1].text == ":"
        and words[-2].lower_ in {"when", "whenever", "if", "where"}
    )


def _where_condition(clause: Token) -> bool:
    """Whether a clause is a condition opened by "where" ("Where the person does not have
    capacity, advocates may still consult ..."): an adverbial clause that "where" opens,
    as rules and policies set out the cases they cover. "The home where she lives" is a
    relative clause and stays a statement."""
    if clause.dep_ != "advcl":
        return False
    opener = clause.doc[clause.left_edge.i]
    return opener.lower_ == "where" and opener.head.i == clause.i


# A label that gives the reason for what the line says before it: "Reason:", "Reasons:".
_REASON_LABEL_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:reasons?|rationale)\s*:\s*$", re.IGNORECASE)


def _reason_for_decision_before(doc: Doc, sentence: Span) -> bool:
    """'No police report at this stage. Reason: Mr Oduya has capacity, has stated his wish
    ...': capacity given as the reason for the decision just recorded is capacity for that
    decision, which the sentence before names."""
    text = doc_text(doc)
    start = doc[sentence.start].idx
    line_start = text.rfind("\n", 0, start) + 1
    label = _REASON_LABEL_BEFORE.search(text, line_start, start)
    return label is not None and bool(text[: label.start()].strip())


def _names_decision(doc: Doc, cue: _Cue, sentence: Span) -> bool:
    following = [t for t in doc[cue.end : sentence.end] if not t.is_punct]
    if following[:1] and following[0].lower_ in DECISION_LINKS and _blanket(following[1:]):
        return False  # "lacks capacity in all areas": every decision is no decision named
    if any(t.lower_ in DECISION_WORDS for t in sentence):
        return True
    if following and following[0].lower_ in DECISION_LINKS:
        return True
    capacity = next((t for t in doc[cue.start : cue.end] if t.lower_ == "capacity"), None)
    return capacity is not None and any(
        c.dep_ in {"prep", "acl", "relcl"} for c in capacity.children
    )


# --- RL606 ---------------------------------------------------------------------------------


@rule(
    code="RL606",
    name="vague-approval",
    category=Category.OPINION,
    standard="2.fact-opinion",
    severity=Severity.WARNING,
    needs=OPINION_NEEDS,
    gate=_gate("vague_evaluation", "verdict_adjective", outcomes=True),
)
def vague_approval(ctx: ParagraphContext) -> None:
    """Finds vague verdicts ("No concerns.", "All well.", "Home was appropriate.", "Good
    progress.") that do not say what was checked or seen.

    ## Why it matters
    Standard 2 asks for accurate, objective records with evidence. "No concerns" is a
    conclusion without its workings: the next reader cannot tell whether the medication, the
    food in the fridge or the person's mood was looked at, and reviews of serious cases keep
    finding reassuring phrases that hid what nobody checked. "Needs met." and "Outcomes
    achieved." are the same kind of verdict: they do not say which needs or what changed.

    ## Example
    Before:
    > No concerns.

    After:
    > No concerns about her medication: the blister pack was up to date and she told me she
    > takes it with breakfast.

    ## Stays quiet on
    Verdicts that come with detail (after a colon, with "because", numbers or what was
    seen), other people's reported views ("Carers report no concerns", "She said she was
    fine"), a note that no one raised any or a check found none ("No concerns raised.",
    "Outcome: no concerns found."), the person's own view ("She has no concerns about the
    move") or their own words in a plan written in the first person ("I am fine on the
    bus"), attributive uses
    ("appropriate equipment will be ordered"), a state placed where it was seen ("Settled in
    bed", "settled on the ward", "I am fine on the bus"; not "fine in herself"), needs that
    cannot be met ("unable to meet his needs") or are a purpose ("to meet his needs"),
    headings and questions, and verdict words in a clause ("Good to see you") or with their
    detail ("Good progress: she now walks to the shop").
    """
    doc = ctx.doc
    assert doc is not None
    for cue in [*cues(doc, "vague_evaluation"), *_qualified_nothing(doc)]:
        if cue.term in OBSERVABLE:
            continue
        sentence = sentence_of(doc[cue.start])
        if _skippable(sentence) or cues(sentence, "marked_opinion"):
            continue
        if not _vague_verdict(doc, cue, sentence):
            continue
        start, end = _trimmed(doc, cue.start, cue.end)
        if not _claim(ctx, start, end):
            continue  # already flagged as an opinion or an impression
        words = doc[cue.start : cue.end].text
        ctx.flag(
            start,
            end,
            f"'{words}' does not say what was checked or seen; say what you looked at and "
            "what you found (for example 'no concerns about her medication: the blister pack "
            "was up to date').",
        )
    for start, end in _verdict_fragments(doc):
        span = _trimmed(doc, start, end)
        if not _claim(ctx, *span):
            continue
        words = doc[start:end].text
        ctx.flag(
            *span,
            f"'{words}' is a verdict without what it rests on; say what you saw or what "
            "the person told you that led to it.",
        )
    for start, end in _outcome_verdicts(doc):
        sentence = sentence_of(doc[start])
        if _skippable(sentence) or cues(sentence, "marked_opinion"):
            continue
        if len([t for t in sentence if t.is_alpha]) > STANDING_ALONE_WORDS:
            continue
        if has_evidence(sentence, after=start) or _reported_earlier(doc, start, sentence):
            continue
        if any(speaker_of(t) is not None for t in doc[start:end]):
            continue
        if _in_plan(doc[end - 1]):
            continue  # "to confirm that your needs have been met": what a review is for
        span = _trimmed(doc, start, end)
        if not _claim(ctx, *span):
            continue
        words = doc[start:end].text
        ctx.flag(
            *span,
            f"'{words}' does not say which needs or outcomes, or how you know; say what the "
            "person can now do or what they told you (for example 'she washes and dresses "
            "herself with the carers' help and says mornings are easier').",
        )


# Verbless fragments longer than this are descriptions, not one-word-and-a-noun verdicts.
FRAGMENT_WORDS = 4


def _verdict_fragments(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of note-style verdicts: a verbless fragment that stands as its own
    sentence, whose noun carries an adjective of verdict ("Good progress.", "Slightly
    better presentation.", "Deterioration evident."). Headings and questions are not
    verdicts, nor are fragments that carry their evidence."""
    found = []
    for token in tokens_with_lower(doc, _verdict_adjectives()):
        if token.pos_ != "ADJ":
            continue
        sentence = sentence_of(token)
        if _skippable(sentence):
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
        found.append((words[0].i, words[-1].i + 1))
    return found


@functools.cache
def _verdict_adjectives() -> frozenset[str]:
    """The adjectives of verdict, in lower case: worked out once, not per paragraph."""
    return frozenset(t.lower() for t in _phrases("verdict_adjective")[0])


@functools.cache
def _no_nouns() -> tuple[list[str], dict[str, int]]:
    """The vague evaluations in lower case, and the noun of each two-word "no ..." one
    ("no concerns") with its place among them: worked out once, not per paragraph."""
    terms = [t.lower() for t in _phrases("vague_evaluation")[0]]
    nouns = {
        t.split()[1]: i for i, t in enumerate(terms) if t.startswith("no ") and t.count(" ") == 1
    }
    return terms, nouns


def _qualified_nothing(doc: Doc) -> list[_Cue]:
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
        found.append(_Cue(PhraseMatch(no.i, noun.i + 1, entry), terms[entry]))
    return found


# Words that undo a verdict just before its verb: "unable to meet", "can no longer meet",
# "not met"; "to" also marks a plan or purpose ("to meet his needs").
UNDOING = frozenset({"not", "n't", "no", "never", "unable", "longer", "to", "partially", "partly"})


def _outcome_verdicts(doc: Doc) -> list[tuple[int, int]]:
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


def _vague_verdict(doc: Doc, cue: _Cue, sentence: Span) -> bool:
    root = match_root(doc, cue.match)
    if speaker_of(root) is not None or speaker_of(doc[cue.start]) is not None:
        return False
    if _reported_earlier(doc, cue.start, sentence) or any(
        _has_agent(t) for t in doc[cue.start : cue.end]
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
    if any(t.lower_ == "whether" for t in doc[sentence.start : cue.start]):
        return False  # "consider whether a referral is appropriate": an open question
    if _leads_into_conditions(sentence):
        return False  # "A review is normally appropriate whenever:": a procedure's rule
    if _given_as_reason(root):
        return False  # "made due to ongoing concerns around staff safety": a reason
    if cue.term in PREDICATIVE_VAGUE:
        if root.dep_ in {"amod", "compound"} or _in_plan(root):
            return False
        if any(c.dep_ == "dobj" for c in root.children):
            return False  # "has settled status": a verb with an object, not a verdict
        subject = subject_of(root)
        if subject is not None and (
            referent_of(subject) is Referent.WRITER
            or subject.dep_ == "expl"
            or (subject.lower_ == "it" and any(c.dep_ == "xcomp" for c in subject.head.children))
        ):
            return False  # "it is appropriate to close the case": a decision
    else:
        holder = _holder(root)
        if holder is not None or _raised_or_found(root):
            return False
        subject = subject_of(root)
        if subject is not None and referent_of(subject) is Referent.WRITER:
            return False  # "I am fine on the bus": the writer's own state, or in a plan
            # written in the first person, the person's own words
    words = [t for t in sentence if t.is_alpha]
    if len(words) > STANDING_ALONE_WORDS:
        return False
    return not has_evidence(sentence, after=cue.start)


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


def _reported_earlier(doc: Doc, start: int, sentence: Span) -> bool:
    """Whether a reporting verb with someone other than the writer as its subject comes
    before token ``start`` in the sentence: the verdict that follows is part of their
    report."""
    for token in doc[sentence.start : start]:
        if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in word_list("reporting_verb"):
            subject = subject_of(token)
            if subject is not None and referent_of(subject) is not Referent.WRITER:
                return True
    return False


def _has_agent(token: Token) -> bool:
    """Whether a verdict is reported "by" someone ("No concerns raised by the home")."""
    for word in [token, *token.children]:
        for child in word.children:
            if child.dep_ == "agent" or (child.dep_ == "acl" and _has_agent_child(child)):
                return True
    return False


def _raised_or_found(noun: Token) -> bool:
    """Whether "no concerns" is the subject of a participle of raising or finding with its
    "were" dropped ("No concerns raised.", "no concerns found"): a record that no one raised
    any or that a check found none, not the writer's verdict. With an object the verb is
    someone's own ("no carers raised it")."""
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        verbs.append(noun.head)
    return any(
        v.tag_ in {"VBD", "VBN"}
        and v.lemma_.lower() in RAISED_OR_FOUND
        and v.i == noun.i + 1
        and not any(c.dep_ in {"dobj", "ccomp"} for c in v.children)
        for v in verbs
    )


def _has_agent_child(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def _holder(token: Token) -> Token | None:
    """Who holds "no concerns" when a person has, raises or reports them."""
    head = token
    while head.dep_ in {"det", "amod", "compound", "prep", "pobj"} and head.head.i != head.i:
        head = head.head
    if head.dep_ in {"dobj", "attr"} and head.head.lemma_.lower() in REPORTED_BY:
        subject = subject_of(head.head)
        if subject is not None and referent_of(subject) in PEOPLE | {Referent.ORGANISATION}:
            return subject  # "Carers report no concerns", "Homecare 4U report no concerns"
    return None


def _in_plan(token: Token) -> bool:
    """Whether ``token`` sits in a plan or purpose ("to make sure she is adequately fed")."""
    for ancestor in [token, *token.ancestors]:
        if any(c.lower_ in {"will", "should", "must", "would", "to"} and c.dep_ == "aux"
               for c in ancestor.children):  # fmt: skip
            return True
    return False
