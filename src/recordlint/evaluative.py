"""Evaluative predicates: where a sentence states a judgement about someone as if it were fact.

The fact-and-opinion rules ask, of a clause, four questions that this module answers on
spaCy's dependency parse (``Need.PARSE``), with the subjects layer (:mod:`recordlint.subjects`)
for who the clause is about:

- is the predicate evaluative? a certainty frame that turns an impression into a fact ("it is
  clear that", "obviously"), a prediction stated as fact ("will not manage at home", "is
  frail and will burn out"), a verdict on risk ("at high risk of falls"), a word
  that judges character or conduct ("is controlling"), one that reads a mind ("is
  frightened of him", "does not understand that", "has no motivation"), a verdict that
  someone cannot run their own affairs ("is unable to manage her finances") or a need that
  judges them ("Needs a push.", "needs 24hr supervision");
- is it said of the person or a relative (not of the writer, a thing or a service)?
- is it attributed to someone who said it (``speaker_of``)?
- is it evidenced, in the sentence or the next one ("because", numbers, what was seen)?

The words come from ``lexicons/opinion-markers.toml`` (certainty frames, prediction verbs,
risk words, evidence markers) and ``lexicons/person-evaluations.toml`` (character, feeling and
mental-state words, selected from a sentiment lexicon and reviewed). The rules decide which
combination counts; this module only finds and describes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.lexicon import load_lexicon, word_list
from recordlint.matching import LemmaPhrases, PhraseMatch, longest_first
from recordlint.segments import DASHES
from recordlint.subjects import Referent, referent_of, speaker_of, subject_of
from recordlint.token_view import token_view, tokens_with_lemma, tokens_with_lower
from recordlint.verbless import verbless_state

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "EvaluativePredicate",
    "Judgement",
    "clause_start",
    "evaluative_predicates",
    "fragment_start",
    "gate_terms",
    "has_evidence",
    "marker_matches",
    "next_sentence",
    "previous_sentence",
    "reports_speech",
    "run_on_part",
    "sentence_of",
]


class Judgement(StrEnum):
    """What kind of judgement a predicate states."""

    CERTAINTY = "certainty"  # "it is clear that ...", "obviously": an impression made fact
    PREDICTION = "prediction"  # "will not manage at home much longer"
    CHARACTER = "character"  # "is controlling", "a very difficult man"
    FEELING = "feeling"  # "is frightened of him", "is relieved"
    MENTAL_STATE = "mental_state"  # "does not understand that", "has no motivation"
    PLAUSIBILITY = "plausibility"  # "which is unlikely", "this is not realistic"
    RISK = "risk"  # "at high risk of falls", "is a fire risk", "not safe at home"
    MOTIVE = "motive"  # "is doing this for attention", "deliberately being difficult"
    CHANGE = "change"  # "has deteriorated significantly", "has got much worse"


# Who a judgement can be about: the person, their family and carers, or nobody named (a
# note-style fragment, where the person is the understood subject).
ABOUT_PEOPLE = frozenset({Referent.PERSON, Referent.OTHER_PERSON, Referent.UNKNOWN})
# Who else conduct can be judged of: "this provider is unreliable" is an opinion about the
# provider stated as fact. Feelings and minds are read only of people, and so are words that
# judge only when negated ("the office is not open" says when it opens).
SERVICES = frozenset({Referent.PROFESSIONAL, Referent.ORGANISATION})
# What a fragment can describe without judging anybody.
THINGS = frozenset({Referent.THING, Referent.HOME})
# Counted or measured details are observations ("several out of date items in the fridge").
QUANTITIES = frozenset({"several", "many", "numerous", "lots", "piles", "bags", "dozens"})
# Modal auxiliaries that turn an outcome verb into a prediction ("will", "won't", "'ll").
PREDICTIVE_MODALS = frozenset({"will", "wo", "'ll", "would"})
# Modals that offer a reading as a possibility, not a fact ("may be struggling").
POSSIBILITY_MODALS = frozenset({"may", "might", "could"})
# Verbs of going on that carry a forecast's modal for the outcome after them ("will keep
# falling", "will continue to struggle").
ASPECTUAL = frozenset({"keep", "continue", "carry", "go", "start", "begin"})
# Words that make a clause subordinate, so its "will" is not the writer's forecast ("how he
# will manage", "if she will need").
SUBORDINATING = frozenset({"if", "whether", "how", "when", "unless", "what", "until"})
# Negatives for words that only read a mind when negated ("no motivation", "not motivated").
NEGATIVES = frozenset(
    {"not", "n't", "no", "never", "little", "poor", "poorly", "lack", "lacks", "without"}
)
# Verbs that "clearly" modifies as manner, not certainty: "explained clearly", "clearly
# labelled", "could clearly see".
MANNER_HEADS = frozenset(
    {"see", "hear", "label", "mark", "write", "display", "visible", "audible", "show", "speak",
     "explain", "state", "say", "tell", "express", "set", "communicate", "understand",
     "document", "record", "sign", "read"}
)  # fmt: skip
# Degree words that make an adjective a matter of degree, and so of judgement: "a very
# challenging man" sums a person up however neutral the adjective looks alone.
# "so" and "most" are left out: they rarely intensify there, and as a rule's gate they would
# open almost every paragraph.
INTENSIFIERS = frozenset(
    {"very", "extremely", "really", "incredibly", "exceptionally", "particularly", "terribly",
     "awfully", "thoroughly"}
)  # fmt: skip
# Words that grade a risk ("at high risk", "Risk remains high", "a significant risk").
RISK_DEGREES = frozenset(
    {"high", "higher", "low", "significant", "serious", "considerable", "substantial",
     "severe", "great", "greater", "increased", "extreme", "moderate", "medium"}
)  # fmt: skip
# Verbs that state what someone or something is ("is at risk", "remains high", "became a
# danger"): a risk word hung on any other verb ("putting herself at risk", "explained the
# fire risk") reports an act, not a verdict; a likelihood of one ("likely to be in
# hospital") is of a state, not of what someone will do.
COPULAS = frozenset({"be", "remain", "become", "stay"})
# Who a forecast or a risk verdict can be said of: the person, a relative or their home.
FORECAST_SUBJECTS = frozenset({Referent.PERSON, Referent.OTHER_PERSON, Referent.HOME})
# Heads that state a state or a judgement, so a forecast coordinated after one is inferred
# from it ("is frail and will burn out", "lacks insight and will not accept help").
STATIVE_HEADS = frozenset({"be", "have", "lack", "seem", "appear", "remain", "cope", "manage"})
# Subjects that point back at what was just said ("this is clearly not the case").
DEMONSTRATIVES = frozenset({"this", "that"})
# Perception verbs whose report of the next sentence is evidence for an impression.
PERCEPTION = frozenset({"see", "observe", "notice", "find", "hear", "smell", "watch"})
SPEECH = frozenset({"say", "tell", "report", "explain", "describe", "show"})


@dataclass(frozen=True, slots=True)
class EvaluativePredicate:
    """One evaluative predicate: its kind, the cue's tokens, the predicate's head, and who it
    is said of (``subject`` is None in fragments and impersonal frames)."""

    kind: Judgement
    cue_start: int
    cue_end: int
    predicate: Token
    subject: Token | None
    referent: Referent

    def clause(self, *, own: bool = False) -> tuple[int, int]:
        """Token range of the clause: from the subject (when it comes first) or the cue to the
        end of the predicate, within the sentence. With ``own``, a predicate that borrows its
        subject through coordination starts at its own words (see :func:`clause_start`)."""
        sentence = sentence_of(self.predicate)
        start = min(self.cue_start, self.predicate.i)
        if self.subject is not None and sentence.start <= self.subject.i < start:
            start = (
                clause_start(self.predicate, self.subject, start)
                if own
                else self.subject.left_edge.i
            )
        end = max(self.cue_end, min(_own_right_edge(self.predicate) + 1, sentence.end))
        return max(start, sentence.start), min(end, sentence.end)

    def attributed(self) -> bool:
        """Whether the judgement is someone else's reported view ("her son said ...")."""
        doc = self.predicate.doc
        pointer = self.subject.lower_ if self.subject is not None else None
        if self.kind is Judgement.PLAUSIBILITY and pointer == "which":
            # "He says he has cut down, which is unlikely": the parser hangs the comment
            # inside the report, but it rules on the report, so it is the writer's.
            return False
        return speaker_of(self.predicate) is not None or speaker_of(doc[self.cue_start]) is not None


# --- sentences and evidence ----------------------------------------------------------------


def sentence_of(token: Token) -> Span:
    """The sentence holding ``token``, cut at line breaks: in records a new line starts a new
    statement even when the writer left out the full stop ("Managing toilet needs / No
    issues.")."""
    sent = token.sent
    doc = token.doc
    breaks = _line_breaks(doc)
    is_space = token_view(doc).is_space
    start = token.i
    while start > sent.start and not breaks[start - 1]:
        start -= 1
    end = token.i + 1
    while end < sent.end and not breaks[end - 1] and not is_space[end]:
        end += 1
    return doc[start:end]


_BREAKS_KEY = "recordlint.line_breaks"


def _line_breaks(doc: Doc) -> tuple[bool, ...]:
    """Per token, whether it or the space after it breaks the line (``_breaks_line``), read
    once per doc from its text and kept on it: no token object is made."""
    breaks: tuple[bool, ...] | None = doc.user_data.get(_BREAKS_KEY)
    if breaks is None:
        text = doc_text(doc)
        starts = [*doc.to_array("IDX").tolist(), len(text)] if len(doc) else [len(text)]
        # A token's text and the space after it run from its start to the next one's.
        breaks = tuple("\n" in text[a:b] for a, b in pairwise(starts))
        doc.user_data[_BREAKS_KEY] = breaks
    return breaks


# A sentence longer than this many words that strings clauses together with commas ("she
# is 86 and was admitted on 27/10 after a fall ..., I went through the pathway with her
# ..., Edna is a bit confused at times ...") is a run-on narrative: each clause is a
# statement of its own.
RUN_ON_WORDS = 30
# Marks that join the clauses of a run-on narrative when a new subject follows.
CLAUSE_JOINS = frozenset({",", ";", "and", "but", "so"})


def run_on_part(sentence: Span, token: Token, *, before: int = 0, after: int = 1) -> Span:
    """The part of a run-on sentence that can bear on the statement holding ``token``: its
    own clause and the one after it, where a clause starts after a comma, a semicolon or a
    conjunction that a new subject follows. A sentence of ordinary length is returned
    whole. Evidence, a marked opinion or a hedge several clauses away is about something
    else ("..., Edna is a bit confused at times but she has capacity for this decision in
    my view ..., P1 referral sent to the hub at 12:30"). ``before`` and ``after`` say how
    many clauses either side to take."""
    if sum(1 for t in sentence if t.is_alpha) <= RUN_ON_WORDS:
        return sentence
    doc = sentence.doc
    joins = [sentence.start]
    for join in sentence:
        if join.lower_ not in CLAUSE_JOINS or join.i == sentence.start:
            continue
        ahead = doc[join.i + 1 : min(join.i + 4, sentence.end)]
        subject = next(
            (t for t in ahead
             if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i > t.i
             and t.head.pos_ in {"VERB", "AUX"}),
            None,
        )  # fmt: skip
        if subject is not None and not any(t.dep_ == "mark" for t in doc[join.i + 1 : subject.i]):
            joins.append(join.i + 1)  # not "..., but that she works full time": still reported
    joins.append(sentence.end)
    own = max(i for i, j in enumerate(joins[:-1]) if j <= token.i)
    end = joins[min(own + 1 + after, len(joins) - 1)]
    return doc[joins[max(own - before, 0)] : end]


def clause_start(predicate: Token, subject: Token, start: int) -> int:
    """Where the clause of ``predicate`` begins, given its subject before ``start``: at the
    subject, unless the predicate borrows it through coordination ("Son was evasive and is
    obviously trying to avoid paying"); then the second judgement's clause begins with its
    own words, so the first one's finding does not swallow it."""
    current = predicate
    while current.dep_ == "conj" and current.head.i != current.i:
        if any(c.i == subject.i for c in current.children):
            break
        current = current.head
        if any(c.i == subject.i for c in current.children):
            return min(start, predicate.left_edge.i)
    return subject.left_edge.i


def _own_right_edge(predicate: Token) -> int:
    """The last token of the predicate's own words: a clause coordinated after it with a
    subject of its own ("is clearly burnt out and the family are not coping") is another
    statement, so it and the conjunction before it are left out."""
    end = predicate.right_edge.i
    for child in predicate.children:
        if child.dep_ != "conj" or child.i < predicate.i:
            continue
        if any(g.dep_ in {"nsubj", "nsubjpass"} and g.i < child.i for g in child.children):
            end = min(end, child.left_edge.i - 1)
    while end > predicate.i and (predicate.doc[end].dep_ == "cc" or predicate.doc[end].is_punct):
        end -= 1
    return end


def _breaks_line(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_


def next_sentence(sentence: Span) -> Span | None:
    doc = sentence.doc
    position = sentence.end
    while position < len(doc) and doc[position].is_space:
        position += 1
    return sentence_of(doc[position]) if position < len(doc) else None


def previous_sentence(sentence: Span) -> Span | None:
    doc = sentence.doc
    position = sentence.start - 1
    while position >= 0 and doc[position].is_space:
        position -= 1
    return sentence_of(doc[position]) if position >= 0 else None


@functools.cache
def _markers(kind: str) -> tuple[tuple[str, ...], LemmaPhrases]:
    terms = tuple(e.term for e in load_lexicon("opinion-markers").entries if e.kind == kind)
    return terms, LemmaPhrases(terms)


def marker_matches(doc: Doc | Span, kind: str) -> list[tuple[PhraseMatch, str]]:
    """Non-overlapping matches of the opinion markers of ``kind``, longest first, each with
    its term in lower case."""
    terms, phrases = _markers(kind)
    return [(m, terms[m.entry].lower()) for m in longest_first(phrases.matches(doc))]


def has_evidence(sentence: Span, after: int | None = None) -> bool:
    """Whether a sentence carries its own evidence: an evidence marker ("because", "I saw",
    "for example"), numbers, the person's quoted words, a causal clause, or details after a
    colon (only after token ``after`` when given, so a heading colon does not count)."""
    if marker_matches(sentence, "evidence"):
        return True
    for token in sentence:
        if token.like_num and token.lower_ not in {"one"} and not _clock_time(token):
            return True
        if token.lower_ in QUANTITIES:
            return True
        if token.text in {'"', "“", "”"}:
            return True
        causal = token.dep_ == "mark" and token.lower_ in {"because", "since", "as"}
        if causal and not _temporal_since(token):
            return True
        if token.text in {":", ";", "–", "—"} and (after is None or token.i > after):
            rest = [t for t in sentence if t.i > token.i and t.is_alpha]
            if len(rest) >= 3:
                return True
    return False


# A time of day written as a decimal or a four-digit 24-hour clock: "09.25", "14.30", "0925".
CLOCK_TIME = re.compile(r"(?:[01]?\d|2[0-3])[.:]?[0-5]\d")
# Words that make the number before them a time of day: "9 am", "1430 hrs".
CLOCK_UNITS = frozenset({"am", "pm", "a.m.", "p.m.", "hrs", "hr", "h"})
CLOCK_LEADS = frozenset({"at", "@", "-", "–", "—", "(", "approx", "around", "by", "until", "till"})


def _clock_time(token: Token) -> bool:
    """Whether a number stamps when something was written or happened ("09.25 Mr G very low",
    "9am", "1430 hrs") rather than counting or measuring what was seen ("fell 3 times",
    "2.5 litres", "£12.50"): a log line's time says nothing about the judgement beside it."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ in CLOCK_UNITS:
        return True
    if token.i > 0 and not token.nbor(-1).is_alpha and token.nbor(-1).is_currency:
        return False  # "£12.50": a sum
    text = token.text
    if CLOCK_TIME.fullmatch(text) is None or not ("." in text or len(text) == 4):
        return False
    # Where a log line puts its time: opening the line, or after "at", "@", a dash or a
    # bracket ("Call 2 (09.25)"); "12.50 pounds" or "weighs 60.25" measure.
    before = token.nbor(-1) if token.i > token.sent.start else None
    return before is None or before.lower_ in CLOCK_LEADS


def _temporal_since(mark: Token) -> bool:
    """Whether "since" gives a starting time, not a reason: its clause hangs on a present
    perfect ("has become withdrawn since his wife died"), which asks "since when"."""
    if mark.lower_ != "since":
        return False
    main = mark.head.head
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in main.children) and main.tag_ == "VBN"


def reports_speech(sentence: Span) -> bool:
    """Whether a sentence reports what someone said or showed, or what the writer saw or
    heard: evidence for a judgement in the sentence before."""
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma in SPEECH:
            subject = subject_of(token)
            if subject is None or referent_of(subject) is not Referent.WRITER:
                return True
        if lemma in PERCEPTION:
            return True
    return False


def reports_on(sentence: Span, predicate: EvaluativePredicate) -> bool:
    """Whether a sentence reports what someone said or showed, or what the writer saw or
    heard, that bears on the judgement in ``predicate``: the one judged speaking ("She said
    she misses him" after "She is lonely"), an observation, or anyone's words about the same
    thing (a content word of the judgement's clause again). Others' words about something
    else ("He knows exactly what he is doing. Staff say he is fine with the day team") do not
    show the judgement."""
    doc = predicate.predicate.doc
    topic = _content_lemmas(doc[slice(*predicate.clause())])
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma in PERCEPTION:
            return True
        if lemma not in SPEECH:
            continue
        speaker = subject_of(token)
        if speaker is not None and referent_of(speaker) is Referent.WRITER:
            continue
        if speaker is None or _same_one(speaker, predicate.subject):
            return True
        if topic & _content_lemmas(doc[token.i + 1 : sentence.end]):
            return True
    return False


def _content_lemmas(span: Span) -> set[str]:
    return {
        t.lemma_.lower()
        for t in span
        if t.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"}
        and not t.is_stop
        and t.lemma_.lower() not in SPEECH | PERCEPTION
    }


def _same_one(speaker: Token, subject: Token | None) -> bool:
    """Whether the speaker may be the one a judgement is said of: the same words, a personal
    pronoun for a person, or the person the record is about in both."""
    if subject is None:
        return referent_of(speaker) is Referent.PERSON
    if speaker.lower_ == subject.lower_:
        return True
    said_of = referent_of(subject)
    if speaker.pos_ == "PRON":
        return referent_of(speaker) is Referent.PERSON and said_of in ABOUT_PEOPLE
    return referent_of(speaker) is Referent.PERSON and said_of is Referent.PERSON


# --- finding evaluative predicates ---------------------------------------------------------


@functools.cache
def _person_words() -> dict[str, tuple[Judgement, bool]]:
    """Person-evaluation words by lower-case form: their kind and whether only negated."""
    return {
        e.term.lower(): (Judgement(e.kind), e.negated_only)
        for e in load_lexicon("person-evaluations").entries
    }


def feeling_stated_as_fact(token: Token) -> bool:
    """Whether ``token`` is a feeling this layer reads as the writer's reading of someone
    when stated as fact ("she is frightened of her son", "is relieved"), with no evidence
    in its sentence or the next. The opinion rules flag it; a rule looking for the person's
    own voice must not count the same words as theirs."""
    words = _person_words()
    entry = words.get(token.lemma_.lower()) or words.get(token.lower_)
    if entry is None or entry[0] is not Judgement.FEELING:
        return False
    sentence = sentence_of(token)
    following = next_sentence(sentence)
    return not has_evidence(sentence) and not (following is not None and has_evidence(following))


@functools.cache
def _person_phrases() -> tuple[tuple[str, ...], LemmaPhrases]:
    terms = tuple(_person_words())
    return terms, LemmaPhrases(terms)


@functools.cache
def _prediction_verbs() -> frozenset[str]:
    """Outcome verbs that a modal turns into a forecast, by their head word ("manage",
    "end up" -> "end", "be able" -> "able")."""
    heads = set()
    for term in _markers("prediction")[0]:
        words = term.lower().split()
        heads.add(words[-1] if words[0] == "be" else words[0])
    return frozenset(heads)


@functools.cache
def _prediction_particles() -> dict[str, str]:
    """The particle a phrasal outcome verb forecasts with ("give" -> "out", "end" -> "up"),
    for verbs the list has only as phrasal verbs: "will give you a copy" and "will end the
    call" forecast nothing."""
    alone = set()
    phrasal = {}
    for term in _markers("prediction")[0]:
        words = term.lower().split()
        if words[0] == "be":
            continue
        if len(words) == 1:
            alone.add(words[0])
        elif len(words) == 2:
            phrasal[words[0]] = words[1]
    return {head: particle for head, particle in phrasal.items() if head not in alone}


def _phrase_root(doc: Doc, match: PhraseMatch) -> Token:
    """The word of a match whose head lies outside it (compared by index: spaCy makes a new
    token object on every access, so identity says nothing)."""
    span = doc[match.start : match.end]
    for token in span:
        if not match.start <= token.head.i < match.end or token.head.i == token.i:
            return token
    return span[0]


def _referent(subject: Token | None) -> Referent:
    """What a subject names; a capitalised bare noun ("Florence is ...") or a noun after a
    name ("Mrs Jessop senior") is a person the tagger read as a common noun."""
    if subject is None:
        return Referent.UNKNOWN
    if subject.pos_ in {"NOUN", "PROPN"} and _a_service_not_a_someone(subject.lower_):
        # "Reablement will end on 21/11/2025": a service, though the tagger may take it,
        # capitalised at the start of a sentence, for a name
        return Referent.THING
    found = referent_of(subject)
    if found is Referent.THING:
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and referent_of(owner) in {Referent.PERSON, Referent.OTHER_PERSON}:
            return referent_of(owner)  # "Dad's back will give out": said of Dad
    if found is not Referent.THING or subject.pos_ != "NOUN":
        return found
    if any(c.dep_ in {"det", "poss"} for c in subject.children):
        return found
    if subject.text.istitle() or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.text.istitle() for c in subject.children
    ):
        # "Florence is ...", "Mrs Jessop senior is ..."; an acronym before a noun names a
        # thing ("CHC checklist"), not a person.
        return Referent.PERSON
    return found


def gate_terms() -> list[str]:
    """Every word this module can start from, for a rule's cheap paragraph gate."""
    return [
        *_markers("certainty")[0],
        *_markers("prediction")[0],
        *_markers("risk")[0],
        *_markers("motive")[0],
        *sorted(word_list("change_word")),
        "likely",
        "unlikely",
        *_person_words(),
        *INTENSIFIERS,
    ]


def evaluative_predicates(doc: Doc) -> list[EvaluativePredicate]:
    """Every evaluative predicate in ``doc`` said of a person, a relative or nobody named
    (certainty frames also of things), in text order. Attribution and evidence are left to
    the caller: see :meth:`EvaluativePredicate.attributed` and :func:`has_evidence`."""
    found = [*_certainty(doc), *_predictions(doc), *_person_predicates(doc), *_rulings(doc)]
    found += _risk_verdicts(doc)
    found += _inabilities(doc)
    found += _needs_verdicts(doc)
    found += _motives(doc)
    found += _changes(doc)
    found += _summing_up(doc, {p.predicate.i for p in found})
    return sorted(found, key=lambda p: (p.cue_start, p.kind))


def _certainty(doc: Doc) -> list[EvaluativePredicate]:
    found = []
    for match, term in marker_matches(doc, "certainty"):
        first = doc[match.start]
        if " " in term:
            # "it is clear that she ...": the judgement is the clause the frame governs.
            root = _phrase_root(doc, match)
            verb = root if root.pos_ in {"AUX", "VERB"} else root.head
            predicate = next(
                (c for c in verb.subtree if c.dep_ == "ccomp" and c.i >= match.end), None
            )
            if predicate is None:
                continue
            subject = subject_of(predicate)
            referent = _referent(subject)
            if referent is Referent.WRITER:
                continue
            found.append(
                EvaluativePredicate(
                    Judgement.CERTAINTY, match.start, match.end, predicate, subject, referent
                )
            )
            continue
        predicate = first.head  # the root is its own head
        if _manner(first, predicate):
            continue
        subject = subject_of(predicate)
        referent = _referent(subject)
        if referent is Referent.WRITER:
            continue  # "I obviously explained": the writer's own account of what they did
        opens = first.i == sentence_of(first).start
        if (
            referent not in ABOUT_PEOPLE | {Referent.HOME, Referent.PROFESSIONAL}
            and not opens
            and not _judges_a_statement(subject, predicate)
        ):
            continue  # "the form was clearly signed": said of a thing
        found.append(
            EvaluativePredicate(
                Judgement.CERTAINTY, match.start, match.end, predicate, subject, referent
            )
        )
    return found


def _judges_a_statement(subject: Token | None, predicate: Token) -> bool:
    """Whether a certainty frame rules on what was just said ("she says she manages, this is
    clearly not the case"): a demonstrative subject of "be" points back at a statement, not
    at a thing that could be clearly labelled or signed."""
    if subject is None or subject.lower_ not in DEMONSTRATIVES or subject.dep_ != "nsubj":
        return False
    return predicate.lemma_ == "be"


def _manner(adverb: Token, head: Token) -> bool:
    """Whether a certainty adverb says how something was done ("explained clearly"), not how
    sure the writer is."""
    if head.lemma_.lower() in MANNER_HEADS or head.lower_ in MANNER_HEADS:
        return True
    if head.pos_ == "ADP" and head.dep_ == "prep" and head.head.i != head.i:
        # Beside a phrase of how ("Tell us: yes, clearly and in words", "Shows pain:
        # clearly, by rubbing her arm"): as manner as the phrase, where the verb it hangs
        # on is one; "She was clearly in pain" is still certainty.
        return _manner(adverb, head.head)
    # After a full verb, "clearly" is manner ("she spoke clearly"); before it, certainty.
    return head.pos_ == "VERB" and adverb.i > head.i and head.lemma_ != "be"


def _predictions(doc: Doc) -> list[EvaluativePredicate]:
    verbs = _prediction_verbs()
    found = []
    for token in tokens_with_lemma(doc, verbs):  # whatever it reads, the lemma is a verb's
        lemma = token.lemma_.lower()
        verb = token
        if lemma in {"able", "safe"} and token.dep_ == "acomp":
            verb = token.head  # "will not be able to", "will not be safe": the modal is on "be"
        elif lemma not in verbs or token.pos_ not in {"VERB", "AUX"}:
            continue
        if lemma not in verbs:
            continue
        particle = _prediction_particles().get(lemma)
        if particle is not None and not any(c.lower_ == particle for c in token.children):
            continue  # "She will give you the figures": "give out" is the forecast, not "give"
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ASPECTUAL:
            verb = verb.head  # "will just keep falling": the modal sits on "keep"
        modal = next(
            (c for c in verb.children if c.dep_ == "aux" and c.lower_ in PREDICTIVE_MODALS), None
        )
        if modal is None or _subordinate(verb):
            continue
        if lemma in {"need", "require"} and not any(c.dep_ == "dobj" for c in verb.children):
            continue  # "will need to pay": a step in a plan, not a forecast about the person
        if lemma in {"need", "require"} and _need_from_stated_fact(verb):
            continue  # "He is non-verbal so will need a provider who signs": what follows
        subject = subject_of(verb)
        if subject is not None and subject.lower_ == "you":
            continue  # a letter telling the person what happens next
        if _within_wish(verb):
            continue  # "wants to start college and will need support": the person's plan
        referent = _referent(subject)
        if referent not in ABOUT_PEOPLE or (subject is None and not _opens_fragment(verb)):
            continue
        start = min(modal.i, verb.i, token.i)
        found.append(
            EvaluativePredicate(Judgement.PREDICTION, start, token.i + 1, verb, subject, referent)
        )
    found += _inferred_forecasts(doc, {p.predicate.i for p in found})
    found += _likelihoods(doc)
    found += _failing_arrangements(doc)
    return found


def _need_from_stated_fact(verb: Token) -> bool:
    """Whether a forecast need follows from a fact stated about the same person just before
    it in the sentence: joined to a present "is" or "has" clause, sharing its subject ("He is
    a smoker and will need supervised access to the shelter"), or drawn with "so" ("He's
    non-verbal so will need a provider who uses Makaton"). The sentence gives what the need
    rests on, as arrangements for a provider do. A need joined to a forecast of its own ("will
    not manage at home much longer and will need residential care") or to another judgement
    ("lacks capacity and will need a DoLS") is not: that clause is the verdict."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    head = verb.head
    if head.i >= verb.i or head.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.lower_ in {"so", "therefore"} and c.i < verb.i for c in verb.children):
        return True
    return head.lemma_ in {"be", "have"} and head.tag_ in {"VBZ", "VBP"}


# What stands for the person's care when it is said to fail: a word for a service ("the
# placement", "the package") or the person's circumstances ("the situation").
CIRCUMSTANCES = frozenset({"situation", "arrangement", "arrangements"})
# Outcome verbs that say such an arrangement fails: "break down", "deteriorate".
FAILING = frozenset({"break", "deteriorate"})


def _failing_arrangements(doc: Doc) -> list[EvaluativePredicate]:
    """Forecasts about the person whose subject is the arrangement that supports them or their
    circumstances: "The placement will break down", "The situation will break down very soon
    without more support": a verdict on how the person and those caring for them will
    manage, stated as fact. What a service will do ("The package will end on Friday", "The
    placement will start on Monday") is a plan and is left alone, as is a breakdown asked
    about or offered as possible ("if the placement breaks down", "it may break down") and
    one under way ("informal support is breaking down"), often what someone reported."""
    found = []
    for verb in tokens_with_lemma(doc, FAILING):
        if verb.pos_ != "VERB" or _subordinate(verb) or _possible(verb):
            continue
        if verb.lemma_.lower() == "break" and not any(
            c.dep_ == "prt" and c.lower_ == "down" for c in verb.children
        ):
            continue
        subject = subject_of(verb)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
            continue
        lemma = subject.lemma_.lower()
        if lemma not in CIRCUMSTANCES and not _a_service_not_a_someone(lemma):
            continue
        auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
        if not any(c.lower_ in PREDICTIVE_MODALS for c in auxiliaries):
            continue  # "informal support is breaking down": what is happening, often reported
        start = min([subject.left_edge.i, *(c.i for c in auxiliaries)])
        end = max([verb.i + 1, *(c.i + 1 for c in verb.children if c.dep_ == "prt")])
        found.append(
            EvaluativePredicate(Judgement.PREDICTION, start, end, verb, subject, Referent.PERSON)
        )
    return found


def _inferred_forecasts(doc: Doc, taken: set[int]) -> list[EvaluativePredicate]:
    """Forecasts drawn from a state or a judgement of the same person and stated as certain,
    whatever their verb: a "will" clause coordinated after a clause that says what someone is
    or has ("is frail and will burn out", "is very motivated and will be a good tenant", "has
    no motivation and the flat will be a mess"). A plan or an arrangement stands alone ("She
    will start at the day centre on Monday", "The carers will visit at 8"): nothing it is
    drawn from is stated beside it. After a label of conduct, "won't" reports a refusal ("is
    hostile and will not engage"), whose wording the respectful-language rule reports. Verbs
    the prediction list already reads (``taken``) are left to that reading."""
    found = []
    for modal in tokens_with_lower(doc, {"will", "wo", "'ll"}):
        verb = modal.head
        if modal.dep_ != "aux" or verb.i in taken or verb.dep_ != "conj":
            continue
        if not _stative(verb.head) or _subordinate(verb) or _within_wish(verb):
            continue
        if any(c.dep_ == "auxpass" for c in verb.children):
            continue  # "will be discharged": what others will do, not a forecast of her
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "is hostile and will not engage": a refusal, not a forecast
        if verb.lemma_.lower() in {"need", "require"} and _need_from_stated_fact(verb):
            continue  # "is a smoker and will need supervised access": what the fact asks for
        subject = subject_of(verb)
        if subject is None or subject.lower_ == "you":
            continue
        referent = _referent(subject)
        own = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        if referent not in FORECAST_SUBJECTS or (own and referent is not Referent.HOME):
            # With a subject of its own, only the home is forecast from the person's state
            # ("has no motivation and the flat will be a mess"); "he is on the register and
            # they will look at the discount" tells what a service will do.
            continue
        found.append(
            EvaluativePredicate(Judgement.PREDICTION, modal.i, verb.i + 1, verb, subject, referent)
        )
    return found


def _stative(head: Token) -> bool:
    """Whether a clause says what someone is or has, not what they did or will do: a copula
    or a verb of having or lacking, a predicate adjective or noun (a note: "Pt forgetful"), or
    a state of coping ("is not coping")."""
    if head.pos_ in {"ADJ", "NOUN", "PROPN"}:
        return True
    if head.lemma_.lower() not in STATIVE_HEADS:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in PREDICTIVE_MODALS for c in head.children)


def _likelihoods(doc: Doc) -> list[EvaluativePredicate]:
    """Forecasts of what someone will do or become, stated as a likelihood of the person ("He
    is unlikely to stick to any plan", "is likely to decline"): a verdict on their future. An
    outcome of a stay or a state ("likely to be in hospital for a week", "likely to have
    eligible needs") is honest uncertainty about a fact not yet known."""
    found = []
    for word in tokens_with_lower(doc, {"likely", "unlikely"}):
        if word.dep_ != "acomp" or word.head.lemma_ != "be" or _subordinate(word.head):
            continue
        action = next((c for c in word.children if c.dep_ == "xcomp"), None)
        if action is None or action.pos_ != "VERB":
            continue
        if action.lemma_.lower() in COPULAS | {"have", "get"}:
            continue  # "likely to be in hospital", "likely to become more serious": a state
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in action.children):
            continue  # "likely to have died": a guess at what happened
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in word.head.children):
            continue  # "would have been likely to", "may be likely to": not stated as fact
        if _possible(word):
            continue
        subject = subject_of(word.head)
        if subject is None or subject.lower_ == "you":
            continue
        referent = _referent(subject)
        if referent not in {Referent.PERSON, Referent.OTHER_PERSON}:
            continue
        found.append(
            EvaluativePredicate(
                Judgement.PREDICTION, word.i, action.i + 1, action, subject, referent
            )
        )
    return found


def _risk_verdicts(doc: Doc) -> list[EvaluativePredicate]:
    """Verdicts on risk stated of the person or their home: a risk or danger noun or a denied
    "safe" as what the clause says of them ("Kaz is high risk", "is at significant risk of
    falls", "Property is a fire risk", "is a danger to himself", "is not safe to leave the home
    alone"), a note that is nothing else ("At risk of falls.", "High risk of self-neglect.",
    "Not safe for stairs."), a bare "Risk" graded ("Risk remains high.") or denied ("There are
    no risks."). A risk as the object of an act ("explained the fire risk", "putting herself
    at risk"), a noun it describes ("an adult at risk", "a risk assessment") or one said of a
    thing ("the tenancy is at risk", "which is not safe practice") is left alone."""
    found = []
    for word in tokens_with_lemma(doc, set(_markers("risk")[0])):
        verdict = _risk_predicate(word)
        if verdict is None:
            continue
        predicate, start, bare = verdict
        if _possible(predicate) or _subordinate(predicate) or _in_relative_clause(predicate):
            continue
        subject = None if bare else subject_of(predicate)
        if subject is not None and subject.lower_ in {"you", *POINTING_BACK}:
            continue  # a letter's "you", or "which is not safe practice": said of an act
        referent = Referent.UNKNOWN if subject is None else referent_of(subject)
        if subject is None and not bare and not _opens_fragment(predicate):
            continue
        if referent not in FORECAST_SUBJECTS | {Referent.UNKNOWN}:
            continue
        end = max(word.i + 1, min(_own_right_edge(predicate) + 1, sentence_of(word).end))
        found.append(EvaluativePredicate(Judgement.RISK, start, end, predicate, subject, referent))
    return found


# Tenses of "be" that state how someone is now: "is unable to", "are not able to".
PRESENT_BE = frozenset({"VBZ", "VBP"})


def _inabilities(doc: Doc) -> list[EvaluativePredicate]:
    """Verdicts that someone cannot run their own affairs, take part or make themselves
    understood, stated as how they are ("Mr B is unable to express his wishes", "Iris is
    unable to contribute", "Pauline unable to manage finances.", "Unable to manage personal
    care."): a denied ability before a verb of the shared list ``capability_verb``. What
    happened at a visit ("She was unable to engage on my visit"), what may come ("will be
    unable to cope"), a condition ("if he is unable to manage") and what a service or a thing
    cannot do ("Placement unable to meet needs", "we are unable to give a date") are left
    alone, as are other verbs, which record what was seen ("unable to access the bathroom")."""
    found = []
    for verb in tokens_with_lemma(doc, word_list("capability_verb")):
        if verb.pos_ != "VERB" or verb.dep_ != "xcomp" or not _denied_ability(verb.head):
            continue
        ability = verb.head
        holder = ability
        while holder.dep_ == "conj" and holder.head.i != holder.i:
            holder = holder.head  # "is elderly and confused and unable to express a view"
        subject: Token | None
        if holder.dep_ == "acomp" and holder.head.lemma_ == "be":
            copula = holder.head
            if copula.tag_ not in PRESENT_BE or _subordinate(copula):
                continue  # "was unable to engage on my visit", "if he is unable to"
            if any(c.dep_ == "aux" for c in copula.children):
                continue  # "will be unable to cope", "may be unable to"
            subject = subject_of(copula)
            if subject is None:
                continue
        elif holder.dep_ == "ROOT" and holder.i - fragment_start(holder) <= 1:
            subject = None  # "Unable to manage personal care.": a note about the person
        elif holder.dep_ == "amod" and holder.head.dep_ == "ROOT" and holder.head.i < holder.i:
            subject = holder.head  # "Pauline unable to manage finances."
        else:
            continue
        if subject is not None and subject.lower_ == "you":
            continue  # a letter telling the person what they can and cannot do
        referent = _referent(subject)
        if referent not in ABOUT_PEOPLE or _in_relative_clause(ability):
            continue
        found.append(
            EvaluativePredicate(
                Judgement.MENTAL_STATE, ability.i, verb.i + 1, verb, subject, referent
            )
        )
    return found


NEED_VERBS = frozenset({"need", "require"})


def _needs_verdicts(doc: Doc) -> list[EvaluativePredicate]:
    """What someone needs, stated as how they are, where the need is itself a verdict on them
    (words of the shared lists ``effort_need`` and ``constant_care``): that they must be
    pushed or held in ("Needs a push.", "needs to push herself more", "needs firm
    boundaries"), a judgement of their effort or conduct, or that they cannot be left ("Needs
    24hr care.", "needs round-the-clock supervision"), a verdict on the risk to them. What someone
    thinks they need ("Lorraine thinks Edna needs a care home"), a forecast ("will need",
    read as a prediction), a past need ("needed two carers") and a denied one are left
    alone, as is anyone else's need ("you need to push the button")."""
    effort, constant = word_list("effort_need"), word_list("constant_care")
    found = []
    for verb in tokens_with_lemma(doc, NEED_VERBS):
        if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in PRESENT_BE:
            continue
        if any(c.dep_ in {"aux", "neg"} for c in verb.children) or _subordinate(verb):
            continue
        holder = verb
        while holder.dep_ == "conj" and holder.head.i != holder.i:
            holder = holder.head
        if holder.dep_ in {"ccomp", "advcl", "relcl", "csubj", "pcomp", "acl"}:
            continue  # "thinks Edna needs a care home": what someone else thinks
        kind = None
        objects = [c for c in verb.children if c.dep_ in {"dobj", "xcomp"}]
        end = verb.i + 1
        for obj in objects:
            lemma = obj.lemma_.lower()
            if lemma in effort:
                kind, end = Judgement.CHARACTER, obj.i + 1
            elif obj.dep_ == "dobj" and any(
                c.dep_ in {"amod", "compound", "nummod"}
                and (c.lower_ in constant or c.lemma_.lower() in constant)
                for c in obj.children
            ):
                kind, end = Judgement.RISK, obj.i + 1
        if kind is None:
            continue
        subject = subject_of(verb)
        if subject is None and verb.i - fragment_start(verb) > 1 and verb.dep_ != "conj":
            continue
        if subject is not None and subject.lower_ == "you":
            continue
        referent = _referent(subject)
        if referent not in ABOUT_PEOPLE:
            continue
        found.append(EvaluativePredicate(kind, verb.i, end, verb, subject, referent))
    return found


def _graded(word: Token) -> bool:
    return any(c.dep_ in {"amod", "advmod"} and c.lower_ in RISK_DEGREES for c in word.children)


def _risk_predicate(word: Token) -> tuple[Token, int, bool] | None:
    """For a risk word, the predicate that states it of someone, where the verdict's words
    start, and whether it is a bare "Risk" or "no risks" standing for the person's; None when
    the word is not a verdict."""
    head = word.head
    if word.lemma_.lower() == "safe":
        if word.pos_ != "ADJ" or not _negated(word):
            return None
        if word.dep_ == "acomp" and head.lemma_.lower() in COPULAS:
            return word, word.left_edge.i if word.left_edge.i > head.i else word.i, False
        if word.dep_ == "ROOT" or (word.dep_ == "conj" and head.dep_ in {"acomp", "ROOT"}):
            return word, word.left_edge.i, False  # "Not safe for stairs."
        return None
    if word.pos_ not in {"NOUN", "PROPN"}:
        return None
    first = min(c.i for c in word.subtree if c.i <= word.i)
    if word.dep_ == "pobj" and head.lower_ == "at":
        holder = head.head
        if head.dep_ in {"ROOT", "conj"} or holder.lemma_.lower() in COPULAS:
            return head, head.i, False  # "is at high risk of falls", "and at risk"
        return None  # "an adult at risk", "putting herself at risk"
    if word.dep_ == "attr" and head.lemma_.lower() in COPULAS:
        if any(c.dep_ == "expl" for c in head.children):
            # "There are no risks": denied of whoever the record is about.
            denied = any(c.dep_ == "det" and c.lower_ == "no" for c in word.children)
            if any(c.dep_ == "amod" for c in word.children):
                return None  # "no known risk to others": what is known, not a verdict
            return (word, first, True) if denied else None
        return word, first, False  # "is a fire risk", "is high risk", "is a risk to her"
    if word.dep_ == "compound" and head.dep_ == "attr" and _graded(word):
        return head, first, False  # "is a high risk service user"
    if word.dep_ == "nsubj" and head.lemma_.lower() in COPULAS:
        if any(c.dep_ in {"det", "poss", "compound", "amod"} for c in word.children):
            return None  # "the risk is high", "his biggest risk is": a risk of something named
        graded = next(
            (c for c in head.children if c.dep_ == "acomp" and c.lower_ in RISK_DEGREES), None
        )
        return (graded, word.i, True) if graded is not None else None  # "Risk remains high."
    note = word.dep_ == "ROOT" and _graded(word) and word.i - fragment_start(word) <= 1
    if note and any(c.dep_ == "prep" and c.lower_ in {"of", "to"} for c in word.children):
        return word, first, True  # "High risk of self-neglect.": a note of its own
    return None


@functools.cache
def _wish_verbs() -> frozenset[str]:
    """The verbs of the person's wishes and plans ("want", "would like" -> "like")."""
    verbs = set()
    for entry in load_lexicon("speech").entries:
        if entry.kind == "wish_verb":
            words = [w for w in entry.term.lower().split() if w not in {"would", "be", "to"}]
            verbs.add(words[0])
    return frozenset(verbs)


def _within_wish(verb: Token) -> bool:
    """Whether a verb is coordinated with or governed by a wish ("wants to start college and
    will need support"), so it is part of the person's own plan."""
    current = verb
    while current.dep_ in {"conj", "xcomp"} and current.head.i != current.i:
        current = current.head
        if current.lemma_.lower() in _wish_verbs():
            return True
    return False


def _subordinate(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ in {"mark", "advmod"} and child.lower_ in SUBORDINATING:
            return True
    return verb.dep_ in {"advcl", "relcl", "pcomp", "csubj"}


def _opens_fragment(token: Token) -> bool:
    """Whether ``token`` is in a note-style fragment with no subject ("Will not manage at
    home.", "Resident not spoken to - lacks capacity."), or in a clause that shares its
    subject through coordination."""
    return token.i - fragment_start(token) <= 2 or token.dep_ == "conj"


# Marks that end one note and start the next within a line ("not spoken to - lacks
# capacity", "Mobility: will not manage the stairs").
NOTE_BREAKS = frozenset({"-", "–", "—", ":", ";", "("})


def fragment_start(token: Token) -> int:
    """Where the note holding ``token`` begins: the start of its sentence, or just after the
    last dash, colon, semicolon or bracket before it, where records run notes together."""
    sentence = sentence_of(token)
    text = token_view(token.doc).text
    for position in range(token.i - 1, sentence.start - 1, -1):
        if text[position] in NOTE_BREAKS:
            return position + 1
    return sentence.start


def _person_predicates(doc: Doc) -> list[EvaluativePredicate]:
    words = _person_words()
    terms, phrases = _person_phrases()
    found = []
    for match in longest_first(phrases.matches(doc)):
        kind, negated_only = words[terms[match.entry].lower()]
        if kind is Judgement.PLAUSIBILITY:
            continue  # a ruling on what was said, not on a person: see _rulings
        token = _phrase_root(doc, match)
        inside = range(match.start, match.end)
        if len(inside) == 1 and _names_a_service(token):
            continue  # "managed without paid care": the service, not a state of mind
        describes = kind is Judgement.CHARACTER or (len(inside) == 1 and not negated_only)
        if (
            describes
            and _inflected_action(token)
            and not _a_verbless_state(token, terms[match.entry])
        ):
            # "had not opened the letter", "struggled to stand": the verb records an action,
            # not a state said of someone ("is struggling", "not open", "Wife exhausted.").
            continue
        if negated_only and not _negated(token, inside):
            continue
        if _looks_after(token):
            continue  # "is unable to care for herself": looking after, an act, not a mind
        if not negated_only and _negated(token, inside):
            continue  # "she is not difficult": no judgement stated as fact
        predicate = _predicate_head(token)
        if predicate is None:
            continue
        subject = subject_of(predicate)
        referent = _referent(subject)
        if referent is Referent.THING and subject is not None and subject.dep_ == "dobj":
            holder = subject_of(subject.head)  # "has no motivation": said of the haver
            if holder is not None:
                subject, referent = holder, referent_of(holder)
        if subject is None and not _opens_fragment(predicate):
            continue
        judges_service = kind is Judgement.CHARACTER and not negated_only and referent in SERVICES
        if referent not in ABOUT_PEOPLE and not judges_service:
            continue
        if kind in {Judgement.FEELING, Judgement.MENTAL_STATE} and _in_relative_clause(predicate):
            continue  # "the housemate she was frightened of": describes the housemate
        if kind in {Judgement.FEELING, Judgement.MENTAL_STATE} and _an_episode(predicate):
            continue  # "She got a bit confused about what day it was": what was seen happen
        if _possible(predicate):
            continue  # "may be struggling to accept": offered as a possibility, not a fact
        found.append(
            EvaluativePredicate(kind, match.start, match.end, predicate, subject, referent)
        )
    return found


def _looks_after(token: Token) -> bool:
    """Whether "care" is the verb of looking after someone ("cannot care for herself",
    "does not care for his wife at night"), not of minding about something ("does not care
    about her health")."""
    return (
        token.lemma_.lower() == "care"
        and token.pos_ == "VERB"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
    )


def _a_verbless_state(token: Token, term: str) -> bool:
    """Whether a word the lexicon lists in this very form ("exhausted", "confused", not
    "struggle") is the state of a verbless note about someone ("Wife exhausted."), though
    the tagger read it as a past tense."""
    return token.lower_ == term.lower() and verbless_state(token, sentence_of(token))


def _a_service_not_a_someone(word: str) -> bool:
    """'reablement', 'respite': what a service provides, and not also someone ("carer")."""
    return (
        word in word_list("service")
        and word not in word_list("other_person")
        and word not in word_list("professional")
    )


def _names_a_service(word: Token) -> bool:
    """A word that also names what a service provides, used as a noun ("without paid care",
    "no support at home"): the service, not how someone feels about anything."""
    return word.pos_ == "NOUN" and word.lemma_.lower() in word_list("service")


# Subjects that point back at what someone just said or asked for ("this is unrealistic",
# "which is unlikely").
POINTING_BACK = frozenset({"this", "that", "which"})


def _rulings(doc: Doc) -> list[EvaluativePredicate]:
    """Rulings on whether what someone said or wants is true or realistic, stated as fact:
    a plausibility word as the whole predicate of a subject that points back at a statement
    ("she wants to go home, which is unlikely", "This is not realistic.") or standing alone
    after a dash ("Family want her home - unrealistic."). A likelihood with its own
    complement ("it is unlikely that she will return", "unlikely to change") is honest
    uncertainty about an outcome, not a ruling."""
    words = _person_words()
    terms, phrases = _person_phrases()
    found = []
    for match in longest_first(phrases.matches(doc)):
        kind, negated_only = words[terms[match.entry].lower()]
        if kind is not Judgement.PLAUSIBILITY or match.end - match.start != 1:
            continue
        word = doc[match.start]
        if word.pos_ != "ADJ" or negated_only != _negated(word):
            continue
        if any(c.dep_ in {"xcomp", "ccomp", "prep"} for c in word.children):
            continue  # "unlikely to change", "unlikely that ...", "realistic for him"
        subject = None
        if word.dep_ == "acomp" and word.head.lemma_ == "be":
            if any(c.dep_ in {"ccomp", "xcomp"} for c in word.head.children):
                continue
            # The copula's own subject: through a relative clause subject_of would give the
            # noun "which" hangs from, not the statement it points back at.
            subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ not in POINTING_BACK:
                continue
        elif not _after_a_dash(word):
            continue
        start = subject.i if subject is not None else word.i
        found.append(
            EvaluativePredicate(
                Judgement.PLAUSIBILITY, start, word.i + 1, word, subject, Referent.UNKNOWN
            )
        )
    return found


def _after_a_dash(word: Token) -> bool:
    """Whether ``word`` stands alone after a dash at the end of its sentence, as a verdict
    on what comes before it ("Family want her home - unrealistic.")."""
    sentence = sentence_of(word)
    before = [t for t in word.doc[sentence.start : word.i] if not t.is_space]
    after = [t for t in word.doc[word.i + 1 : sentence.end] if not t.is_punct]
    return bool(before) and before[-1].text in DASHES and not after


def _summing_up(doc: Doc, taken: set[int]) -> list[EvaluativePredicate]:
    """Character judgements that sum a person up as a kind of person ("Mr Baptiste is a very
    challenging man", "a very demanding lady"): the predicate noun is a word for a person
    and all it adds is an adjective of degree. Relations are left out ("a very dear friend of
    the family" says who she is); predicates already found from the lexicon (``taken``) are
    left to that finding."""
    people = word_list("person")
    found = []
    for noun in tokens_with_lemma(doc, people):
        if noun.i in taken or noun.dep_ != "attr":
            continue
        for adjective in noun.children:
            if adjective.dep_ != "amod" or adjective.pos_ != "ADJ" or adjective.i in taken:
                continue
            if not any(c.dep_ == "advmod" and c.lower_ in INTENSIFIERS for c in adjective.children):
                continue
            subject = subject_of(noun)
            referent = _referent(subject)
            if subject is None or referent not in ABOUT_PEOPLE:
                continue
            start = min(c.i for c in adjective.subtree)
            found.append(
                EvaluativePredicate(Judgement.CHARACTER, start, noun.i + 1, noun, subject, referent)
            )
            break
    return found


# Verbs that turn a state into something that happened: "got confused", "became upset".
INCHOATIVE = frozenset({"get", "become", "grow"})


def _an_episode(predicate: Token) -> bool:
    """Whether a feeling or state of mind is told as an episode, with a past "got",
    "became" or "grew" ("She got a bit confused about what day it was", "became upset when
    this was raised"): the writer records a change they saw happen, not a lasting state
    they read into someone. A present or habitual one ("he gets anxious") reads a tendency
    and is not an episode."""
    head = predicate.head if predicate.dep_ in {"acomp", "attr", "oprd", "conj"} else predicate
    while head.dep_ == "conj" and head.head.i != head.i and head.pos_ not in {"VERB", "AUX"}:
        head = head.head
    return head.lemma_.lower() in INCHOATIVE and head.tag_ == "VBD"


def _inflected_action(token: Token) -> bool:
    """Whether a character word is a finite, perfect or past passive verb doing something
    ("opens", "had not opened", "were coached"), not a participle that describes ("are
    disengaged", "a controlling wife", "is being exploited")."""
    if token.pos_ != "VERB" or token.lower_ == token.lemma_.lower():
        return False
    if token.tag_ in {"VBD", "VBZ", "VBP"}:
        return True
    if token.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in token.children
    ):
        return True  # "The carers were coached on moving and handling": a past event
    return token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in token.children
    )


def _motives(doc: Doc) -> list[EvaluativePredicate]:
    """Motives read into what someone does, stated as fact: a phrase of purpose or intent
    (opinion markers of kind ``motive``: "for attention", "on purpose", "deliberately", "to
    get his way") on a verb whose doer is the person or someone around them ("Mrs T is doing
    this for attention", "is deliberately being difficult", "refuses her frame out of
    stubbornness"). Why someone acts is the writer's reading of their mind. Left out: a
    motive denied ("did not do it on purpose"), offered as a possibility ("may be doing it
    for attention"), asked about or set as a condition ("whether it was deliberate", "if he
    does it on purpose"), and one in the passive ("was harmed on purpose"), whose doer the
    clause does not name."""
    found = []
    for match, _term in marker_matches(doc, "motive"):
        verb = _phrase_root(doc, match).head
        for _ in range(3):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"} or match.start <= verb.i < match.end:
            continue
        holders = [verb, verb.head] if verb.dep_ in {"xcomp", "acomp"} else [verb]
        if any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for h in holders for c in h.children):
            continue  # "not on purpose", "was harmed on purpose"
        if any(c.dep_ == "neg" for a in verb.ancestors for c in a.children):
            continue  # "I do not think she is doing this on purpose": denied
        if any(_subordinate(h) for h in holders) or _possible(verb):
            continue
        if _content_of_a_noun(verb):
            continue  # "the Council's decision that she had deliberately deprived herself"
        said_of = _of_a_person(verb)
        if said_of is None:
            continue
        found.append(EvaluativePredicate(Judgement.MOTIVE, match.start, match.end, verb, *said_of))
    return found


def _of_a_person(verb: Token) -> tuple[Token | None, Referent] | None:
    """The subject and referent of a judgement said of a person or relative, or of a note's
    fragment that leaves the person unsaid ("Doing this for attention."); None otherwise."""
    subject = subject_of(verb)
    referent = _referent(subject)
    if referent in {Referent.PERSON, Referent.OTHER_PERSON} or (
        subject is None and _opens_fragment(verb)
    ):
        return subject, referent
    return None


def _content_of_a_noun(verb: Token) -> bool:
    """Whether a clause is what a noun holds ("the decision that she had deliberately
    deprived herself of assets", "the allegation that he did it on purpose"): a decision,
    a view or a claim someone else made, not the writer's own reading."""
    return (
        verb.dep_ in {"acl", "ccomp"}
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    )


# Degree words that make a change a verdict on how much someone has changed: "has deteriorated
# significantly", "has improved a lot", "has got much worse".
CHANGE_DEGREES = frozenset(
    {"significantly", "greatly", "considerably", "dramatically", "markedly", "massively",
     "hugely", "rapidly", "much", "lot", "enormously", "vastly", "drastically", "substantially"}
)  # fmt: skip
# Verbs a comparative hangs on to tell a change: "has got worse", "became better".
BECOMING = frozenset({"get", "become", "go", "grow"})


def _changes(doc: Doc) -> list[EvaluativePredicate]:
    """A change in a person judged by its size, stated as fact: a change word (the domain
    word list ``change_word``: "deteriorate", "improve", a comparative "worse" after "get")
    with a degree word on it ("Mrs S has deteriorated significantly since last review", "Mr
    N has improved a lot since moving", "Ethan's behaviour has got much worse"), said of the
    person or of something of theirs. How much someone has changed is the writer's
    comparison; what was different, and when, is the record. A change said without a degree
    ("his transfers have deteriorated") or of a thing ("the situation has improved a lot")
    is left alone, as is one forecast, offered as possible, denied or asked about."""
    found = []
    words = word_list("change_word")
    for word in doc:
        if word.lemma_.lower() not in words and word.lower_ not in words:
            continue  # the lower-case form too: "worse" has the lemma "bad"
        verb = word
        if word.pos_ == "ADJ":
            if word.dep_ not in {"acomp", "oprd"} or word.head.lemma_.lower() not in BECOMING:
                continue  # "a better flat", "worse than before" without a verb of becoming
            verb = word.head
        elif word.pos_ != "VERB":
            continue
        degrees = [*word.children, *verb.children]
        if not any(
            c.lower_ in CHANGE_DEGREES and c.dep_ in {"advmod", "npadvmod"} for c in degrees
        ):
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
            continue  # "has not improved much", "will deteriorate rapidly": another rule's
        if _subordinate(verb) or verb.dep_ == "xcomp":
            continue
        said_of = _of_a_person(verb)
        if said_of is None:
            continue
        found.append(EvaluativePredicate(Judgement.CHANGE, word.i, word.i + 1, verb, *said_of))
    return found


def _possible(token: Token) -> bool:
    """Whether a predicate is offered as a possibility ("may be struggling", "might be
    frightened"): a modal of possibility on it or on the copula it hangs from."""
    holders = [token, token.head] if token.dep_ in {"acomp", "attr", "xcomp", "prep"} else [token]
    return any(
        c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for h in holders for c in h.children
    )


def _in_relative_clause(token: Token) -> bool:
    return any(t.dep_ in {"relcl", "acl"} for t in [token, *token.ancestors])


def _negated(token: Token, inside: range = range(0)) -> bool:
    """Whether a word is negated: "not motivated", "does not understand", "no motivation",
    "lacks insight", "little interest". Words of the phrase itself (``inside``) do not
    negate it: "poor" is part of "a poor historian"."""
    related = [*token.children, token.head] if token.dep_ in {"dobj", "pobj"} else token.children
    for word in related:
        if word.i in inside:
            continue
        if word.lower_ in NEGATIVES or word.lemma_.lower() == "lack":
            return True
        if word.dep_ == "prep" and word.head.lemma_.lower() == "lack":
            return True
        if word.dep_ == "advmod" and any(c.dep_ == "neg" for c in word.children):
            return True  # "no longer safe"
    if token.dep_ in {"pobj"} and token.head.head.lemma_.lower() == "lack":
        return True  # "lack of motivation"
    if token.dep_ == "xcomp" and _denied_ability(token.head):
        return True  # "is unable to understand", "is not able to appreciate the risk"
    if token.dep_ in {"acomp", "xcomp"}:
        return any(
            c.dep_ == "neg" or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children))
            for c in token.head.children
        )
    return False


def _denied_ability(word: Token) -> bool:
    """Whether ``word`` denies an ability: "unable", or "able" negated ("not able", "no
    longer able"), so the verb after it is negated as surely as by "not"."""
    if word.lower_ == "unable":
        return True
    return word.lower_ == "able" and _negated(word)


def _predicate_head(token: Token) -> Token | None:
    """The word that makes ``token`` what the clause says of its subject: itself as a
    predicate ("is controlling", "does not understand"), the noun it describes as a predicate
    ("is a very controlling wife"), or None for a word in passing ("a difficult decision")."""
    if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"amod", "acomp"}:
        return token
    if token.dep_ in {"acomp", "oprd", "attr"}:
        return token
    if token.dep_ == "advmod" and token.head.lemma_ == "be":
        return token  # "is over-protective": the parser split the hyphenated adjective
    if token.dep_ in {"dobj", "pobj"}:
        return token  # "has no motivation", "lack of insight"
    if token.dep_ == "conj":
        head = token.head
        while head.dep_ == "conj":
            head = head.head
        return token if head.dep_ in {"acomp", "oprd", "attr"} else None
    described = referent_of(token.head)
    if token.dep_ == "amod" and token.head.dep_ == "ROOT" and described in THINGS:
        return None  # a fragment about a thing: "CHC checklist completed - negative"
    if token.dep_ == "amod" and token.head.dep_ in {"attr", "ROOT"}:
        return token.head  # "is a very difficult man", "Very difficult man."
    if token.dep_ == "ROOT":
        return token  # a fragment: "Family unhelpful."
    return None
