"""RL7xx: rationale. Key decisions recorded with the reason for them.

The decisions lexicon says which words record a decision ("agree", "case closed", "NFA",
"not eligible") and which mark a reason ("because", "due to", "so that"). The rule says when
they count, on spaCy's dependency parse:

- a decision counts when the writer or the service makes it: not the person or a relative
  ("she agreed with her daughter"), not another body ("NFA by police"), not a hospital
  discharge, not a question, a condition ("if no reply, the case will be closed") or a
  possibility ("this would reduce the risk"), and not a decision word used as a label or a
  topic ("discharge meeting", "with her agreement", "the referral was received");
- a reason counts when it is really a reason: "as" as a conjunction ("as she asked"), not
  "as well", "such as", "as soon as" or "as we agreed"; "since" before a clause, not
  "since Monday"; "following" an event ("following the fall"), not a step in a process
  ("following the assessment").

Sentences are also cut at line breaks, so each header line and list item stands alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice, pairwise
from typing import TYPE_CHECKING, Any

from recordlint.doc_access import char_span, doc_text
from recordlint.findings import RECORD_KINDS, Category, Finding, RecordKind, Severity
from recordlint.inflection import word_forms
from recordlint.kinds import is_information_page
from recordlint.lexicon import load_lexicon, word_list
from recordlint.matching import TermIndex, term_words
from recordlint.names import only_an_ordinary_word
from recordlint.nlp import Need
from recordlint.rules.registry import DocumentContext, ParagraphContext, finalizer, rule
from recordlint.segments import BULLET_GLYPHS, DASHES, LIST_MARKER
from recordlint.sentence_model import confident_sentences
from recordlint.subjects import Referent, doer_of, is_attributed, referent_of, subject_of
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Words that open a question or a topic heading rather than a statement of a decision
# ("What we decided and why", "Whether she can decide where to live").
_WH_WORDS = frozenset({"what", "whether", "how", "why", "where", "who", "when", "which"})
# Subordinators that make a decision hypothetical or still to come: "if no reply, the case
# will be closed", "before anything is decided".
_CONDITIONS = frozenset({"if", "unless", "whether", "once", "until", "should", "before"})
# Modals of possibility: "a cooker would reduce the risk", "we may need to refer".
_POSSIBILITY = frozenset({"would", "could", "might", "may"})
# Verbs that complete a decision named by a noun: "a best interests decision will be made",
# "OT referral completed". Other verbs make the noun a topic: "the referral was received".
_COMPLETING = frozenset(
    {"make", "complete", "send", "submit", "do", "agree", "approve", "proceed", "progress",
     "take", "reach", "confirm", "accept", "authorise", "authorize", "record", "put"}
)  # fmt: skip
# Events that follow one another in a process; "following the assessment" dates a
# decision but does not explain it, where "following the fall" does.
_PROCEDURAL = frozenset(
    {"assessment", "review", "referral", "meeting", "discussion", "visit", "call",
     "conversation", "supervision", "contact", "panel", "screening", "triage", "allocation",
     "enquiry", "mdt", "appointment", "appt", "day", "date", "time", "this", "that",
     "completion", "involvement", "consultation", "period", "work"}
)  # fmt: skip
# "As we agreed" and "as discussed" refer back; they do not give a reason.
_REFERRING_VERBS = frozenset(
    {"agree", "discuss", "say", "explain", "mention", "arrange", "plan", "state", "tell"}
)
# "Care to stay as is", "as before", "as usual" keep things the same; they give no reason.
_NOT_A_REASON_AFTER_AS = frozenset(
    {"well", "soon", "if", "though", "long", "much", "far", "per", "is", "are", "before", "now",
     "usual"}
)  # fmt: skip
_FUTURE = frozenset({"will", "shall", "'ll", "would"})
# Connectives that say the reason is in the previous sentence.
_CONSEQUENCE = frozenset({"therefore", "so", "consequently", "thus", "hence", "accordingly"})
# A labelled line that gives the reason: "Reason: she has a hot meal at the day centre."
_REASON_LABELS = frozenset({"reason", "reasons", "rationale", "why", "because"})
# Places a person is discharged from; that is an event, not the service's decision.
_DISCHARGED_FROM = re.compile(r"\b(?:hospital|hosp|ward|a&e|infirmary|unit)\b", re.I)
# Who else may decide: the person, their family, other professionals.
_OTHERS = frozenset(r for r in Referent if r.value in {"person", "other_person", "professional"})
# Verbs only someone can do; for the others ("needs are escalating", "the call will
# cease") a subject that is a thing makes the sentence an event, not a decision.
_AGENTIVE = frozenset(
    {"agree", "decide", "approve", "recommend", "refer", "authorise", "authorize", "award",
     "fund", "conclude", "arrange", "decline", "withdraw"}
)  # fmt: skip
# Nouns whose infinitive says what someone wants, not what was decided.
_WANTING_NOUNS = frozenset(
    {"request", "wish", "wishes", "hope", "attempt", "offer", "need", "ability", "chance",
     "opportunity", "right", "choice", "plan", "way", "time", "desire", "capacity"}
)  # fmt: skip
# Header lines of an email or form that name a topic: "Subject: case closure".
_TOPIC_LABELS = frozenset({"subject", "re", "title", "from", "to", "cc", "regarding"})
# Form fields that hold a name, an address or a contact, never a decision:
# "Caller: Mrs Aziz (self-referral)", "Address: 4 Elm Close".
_FIELD_LABELS = frozenset(
    {"address", "caller", "name", "referrer", "source", "gp", "tel", "telephone", "phone",
     "mobile", "email", "dob", "location", "venue", "present", "attendees", "contact",
     "nok", "kin", "carer", "landlord", "provider", "author", "by"}
)  # fmt: skip
# Labels that introduce the decision itself; the lines after them may give its reason.
_DECISION_LABELS = frozenset({"decision", "outcome", "plan", "agreed", "action", "actions"})
# Words that attach a condition to a decision after it: "respite to be arranged if her
# daughter cannot continue", "case to close once the new team allocates", "care
# suspended while in hospital".
_CONTINGENCIES = frozenset({"if", "once", "unless", "until", "till", "while", "whilst"})
# What may follow "until" and only say when, not on what: "until 31/03", "until further
# notice", "until Monday".
_ONLY_WHEN = re.compile(
    r"\d.*|further|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan\w*|feb\w*|mar\w*|apr\w*|may"
    r"|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|next|the|end|tomorrow|today",
    re.I,
)
# A decision on eligibility: "not eligible", "does not meet the eligibility criteria".
_ELIGIBILITY = re.compile(r"\b(?:in)?eligib(?:le|ility)\b", re.I)
# Words that open a request to another team: "Pls suspend the DP", "Please close the case".
_REQUESTING = frozenset({"please", "pls", "plz", "kindly"})
# Headings that announce the reason on the lines below: "Why", "Reasons for the decision".
_REASON_HEADING = re.compile(
    r"(?:why|reasons?|rationale)(?: for (?:the|this|our|my) decisions?| we decided(?: this)?)?"
    r"\s*:?",
    re.I,
)
# The person's consent or request given as the reason: "with your consent", "at your request".
# Kept in code, not the lexicon: the lexicon matches word by word and these need any owner.
_CONSENT = re.compile(
    r"\b(?:with|at) (?:your|his|her|their|my|\w+'s) "
    r"(?:full )?(?:consent|agreement|permission|request)\b"
    r"|\bas you (?:asked|requested|wanted|wished)\b"
    r"|\b(?:you|she|he|they) (?:was|were|is|are) keen\b"
    r"|\bas per (?:(?:your|his|her|their|the|\w+'s) )?(?:[\w']+ )?(?:request|wishes|wish)\b"
    # A best interests decision names whose interests it serves: "in Mrs Khan's best
    # interests" (the lexicon has "in her best interests", word by word).
    r"|\bin (?:\w+ )?\w+['’]s? best interests?\b",
    re.I,
)
# Note-style decisions with no lexicon word: "Placement to continue", "Day service to end",
# "Your support will not change". "End", "stop" and "stay" are too often events to be
# lexicon entries ("the call ended"); here they count only in these note or future shapes.
_CONTINUING = frozenset({"remain", "continue", "end", "stay", "stop", "cease"})
# "Will cease" stays out: "cease" is a decision word already, read (see _someone_elses and
# _service_will_end) only of a service the writer names; "will end" is how letters tell a
# person their service ends.
_CHANGING_IN_FUTURE = (_CONTINUING - {"cease"}) | {"change"}
# Events that begin and end by themselves: "the meeting will end at 3".
_EVENTS = frozenset(
    {"meeting", "appointment", "appt", "day", "date", "time",
     "conversation", "discussion", "session", "week", "month", "year"}
)  # fmt: skip
# "Plan continues", "Package remains the same": a service kept as it is, said in the present.
_KEPT_AS_IT_IS = frozenset({"remain", "continue", "stay"})
# What a service kept as it is stays: "Package remains the same", "Case remains open".
_AS_IT_IS = frozenset({"same", "unchanged", "open"})
# Verbs that end a service, which a note puts in the passive: "Placement to be ended".
_ENDING = frozenset({"end", "stop", "cease"})
# Verbs that refuse what was asked for: "Application rejected", "Claim refused".
_REFUSING = frozenset({"refuse", "reject"})
# Calls that are conversations, not visits of a service: "Phone call ended".
_PHONE_WORDS = frozenset({"phone", "telephone", "tel", "video", "zoom", "teams", "mobile"})
# The same said with no verb: "Package of care unchanged".
_LEFT_AS_IT_IS = frozenset({"unchanged"})
# Words that negate a verdict in a note: "Checklist not needed", "no longer appropriate".
_NEGATIONS = frozenset({"not", "n't", "never"})
# Words that head a list of what a plan aims at; "Outcomes" is read in the plural only,
# since "Outcome:" heads the decisions a note records.
_AIM_WORDS = frozenset({"goal", "aim", "objective", "achieve", "target"})
# Decision verbs that change a service, and so need the service they change.
_CHANGING_SERVICES = frozenset({"pause", "suspend", "cancel", "cease", "discontinue"})
# Bodies that are the service itself, whose active decisions are the service's own.
_OUR_SERVICE = frozenset(
    {"council", "authority", "la", "asc", "department", "team", "directorate", "we"}
)
# Who else a decision may belong to, when a verb says what was done: the care home
# ("Home agreed to keep Violet") as well as the person, family and other professionals.
_OTHER_DOERS = _OTHERS | {Referent.HOME}
# What a verdict is passed on besides a service: "Checklist not needed", "threshold not met",
# "Daniel's request for a move not supported". Other subjects make the verdict a description
# ("his friendships did not extend beyond work").
_DECIDED_BESIDES_SERVICES = frozenset(
    {"checklist", "threshold", "criteria", "assessment", "request", "application", "move",
     "place", "extension", "increase", "change", "adaptation", "equipment", "aid"}
)  # fmt: skip
# Having or lacking what a capacity assessment looks for.
_HAVING = frozenset({"have", "lack"})
# Verbs that set up a step in a process: "arrange a review", "hold a meeting".
_SETTING_UP = frozenset({"arrange", "hold", "book", "convene", "organise", "organize"})
# Things a service keeps a case on: "Case kept on the duty list", "S42 kept open".
_KEPT_ON = frozenset({"list", "hold", "caseload", "duty", "books", "file", "waiting"})
# Places a person is moved between in a transfer ("Transfer bed to chair with one carer"):
# an observation of how someone moves, not a move of service.
_BODY_TRANSFER = re.compile(
    r"\b(?:independent(?:ly)?|assist\w*|with (?:one|two|1|2) carers?|grab rail|bed|chair|"
    r"toilet|commode|bath|shower|wheelchair|stand(?:ing)?|sit(?:ting)?|on/off|car)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Unit:
    """A sentence, cut at line breaks: tokens [start, end) of the paragraph's Doc."""

    start: int
    end: int


@cache
def _decision_terms(kind: str) -> TermIndex:
    entries = load_lexicon("decisions").entries
    return TermIndex(e.term for e in entries if e.kind == kind)


@cache
def _services() -> frozenset[str]:
    """What a service provides (the shared word list "service"), so that "your homecare
    will end" counts and "her pain will not change" does not."""
    return word_list("service")


@cache
def _verdict_subjects() -> frozenset[str]:
    return _services() | _DECIDED_BESIDES_SERVICES


@cache
def _wish_terms() -> TermIndex:
    entries = load_lexicon("speech").entries
    return TermIndex(e.term for e in entries if e.kind == "wish_verb")


def find_terms(doc: Doc | Span, terms: TermIndex | str) -> Iterator[tuple[int, int]]:
    """Token ranges (doc indices) of ``terms`` (or the decisions lexicon's terms of that
    kind), matched word by word on the words as written or on their lemmas."""
    index = _decision_terms(terms) if isinstance(terms, str) else terms
    return index.find(doc)


# Words the parser marks as negating a verb ("neg"), besides the "not" and "n't" that
# _negated_verdicts reads before a verdict: the gate below must not miss any of them.
_NEGATING = re.compile(
    r"\b(?:not|no|nor|never|neither|none|nothing|nobody|nowhere|cannot|nt)\b|n['’]t\b"
    r"|\b(?:do|does|did|is|are|was|were|has|have|had|ca|can|could|should|would|wo|must"
    r"|need|ai|might|sha)nt\b"  # "dont", "isnt": the tokenizer splits off "nt"
)
# A negation with a future or "to be" next to it: "will not be", "not to be made", "won't".
# The shape that reads a service refused ahead (_service_refused_ahead) asks for it in its
# sentence, so the gate, which asks for it in the paragraph, lets every such sentence in.
_NOT_AHEAD = re.compile(
    r"\b(?:not|never)\s+(?:to|be)\b|(?:\b(?:will|shall|would|wo)|'ll)\s*(?:not|never|n['’]t|nt)\b"
)
# "Shower call stopped": the gate's cue for _service_ended, the past forms of _ENDING.
_ENDED = re.compile(r"\b(?:ended|stopped|ceased)\b")
# "Claim refused": the gate's cue for _request_refused.
_REFUSED = re.compile(r"\b(?:refused|rejected)\b")
# "Not for s42", "No role for EDT": the gate's cue for _not_for_us.
_NOT_FOR = re.compile(r"\b(?:not|no\s+role)\s+for\b|\bno\s+(?:further\s+)?\S+\s+role\b")
# A future auxiliary (_FUTURE) anywhere in the text, as the gate reads it.
_FUTURE_CUE = re.compile("|".join(re.escape(word) for word in sorted(_FUTURE)))
# The lemmas the note shapes read (see _note_style_decisions), by what else they need:
# _CONTINUING after "to"; _KEPT_AS_IT_IS in the present; the rest with a future auxiliary.
_KEEPING = frozenset({"keep"})
_FUTURE_ONLY = _CHANGING_IN_FUTURE | {"offer", "provide", "give"}


def _cues(word: str) -> tuple[str, ...]:
    """Strings, one of which a token's lower-case text holds whenever its text or its lemma
    is ``word``: the word's start, which its regular inflections keep ("clos" in "closing",
    "appl" in "applied"), and its irregular forms ("said" for "say"); "n't" for "not"."""
    if word == "not":
        return ("not", "n't", "n’t", "nt")
    stem = word[:-1] if len(word) > 2 and word[-1] in "eyf" else word
    return (stem, *sorted(f for f in word_forms(word) if not f.startswith(stem)))


@cache
def _term_cues(*kinds: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """For each decisions-lexicon term of these kinds, the cues of each of its words."""
    entries = load_lexicon("decisions").entries
    terms = {term_words(e.term) for e in entries if e.kind in kinds}
    return tuple(tuple(_cues(word) for word in term) for term in sorted(terms) if term)


@cache
def _lemma_cues(lemmas: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted({cue for lemma in lemmas for cue in _cues(lemma)}))


def _any_term(text: str, terms: tuple[tuple[tuple[str, ...], ...], ...]) -> bool:
    return any(all(any(c in text for c in word) for word in term) for term in terms)


def _any_cue(text: str, cues: tuple[str, ...]) -> bool:
    return any(cue in text for cue in cues)


def may_record_a_decision(text: str) -> bool:
    """False only when ``decisions_in`` can find no decision in ``text``: no word of a
    decision or service-change term, no negated verdict, no note-shape verb. Such a
    paragraph needs no parse for this rule; what it tells the paragraphs either side
    (a reason, a wish) is asked for only where one of them needs it (see the finalizer)."""
    lower = text.lower()
    if _any_term(lower, _term_cues("decision", "change")):
        return True
    if _NEGATING.search(lower) and _any_term(lower, _term_cues("verdict", "not_done")):
        return True
    if _NOT_AHEAD.search(lower) or _NOT_FOR.search(lower):
        return True
    if _any_cue(lower, _lemma_cues(_KEPT_AS_IT_IS | _KEEPING | _LEFT_AS_IT_IS)):
        return True
    if "to" in lower and _any_cue(lower, _lemma_cues(_CONTINUING)):
        return True
    if _ENDED.search(lower) or _REFUSED.search(lower):
        return True
    if "eligib" in lower:
        return True  # "Eligible.", "meets eligibility": see _eligibility_found
    return _FUTURE_CUE.search(lower) is not None and _any_cue(lower, _lemma_cues(_FUTURE_ONLY))


def units_of(doc: Doc) -> list[_Unit]:
    """Sentences of ``doc``, also cut where the text breaks the line."""
    units: list[_Unit] = []
    for sentence in doc.sents:
        start = sentence.start
        for token in sentence:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    units.append(_Unit(start, token.i))
                start = token.i + 1
        if sentence.end > start:
            units.append(_Unit(start, sentence.end))
    return [u for u in units if any(not doc[i].is_space and not doc[i].is_punct
                                    for i in range(u.start, u.end))]  # fmt: skip


# ---------------------------------------------------------------------------------------
# Decisions
# ---------------------------------------------------------------------------------------


def _head_of(doc: Doc, start: int, end: int) -> Token:
    """The token of a matched phrase that the rest of the sentence hangs from."""
    for token in doc[start:end]:
        if token.pos_ == "VERB" and not start <= token.head.i < end:
            return token  # "said" in "said no to": a verb even when it is a stop word
    for token in doc[start:end]:
        outside = not start <= token.head.i < end or token.head.i == token.i
        # "made" in "referral made" is a spaCy stop word, but it is still the verb.
        if outside and (not token.is_stop or end - start == 1):
            return token
    return doc[end - 1]


def _starts_with_wh(span: Span) -> bool:
    words = [t for t in span if not t.is_punct and not t.is_space]
    return bool(words) and words[0].lower_ in _WH_WORDS


def _is_question(span: Span) -> bool:
    return span.text.rstrip().endswith("?")


def _hypothetical(token: Token) -> bool:
    """Inside a condition, or under a modal of possibility."""
    for node in (token, *token.ancestors):
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ in _CONDITIONS:
                return True
            if child.dep_ == "aux" and child.lower_ in _POSSIBILITY:
                return True
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in _CONDITIONS for g in child.children
            ):
                return True  # "If we do not hear from you, your case will be closed"
    return False


def _still_to_decide(token: Token) -> bool:
    """'TM to decide', 'The panel will decide on Friday', 'not decided yet': deciding is
    still to come; the decision, with its reason, is for the record that makes it."""
    if token.lemma_.lower() != "decide" or token.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "neg" for c in token.children):
        return True  # "the plan is not decided yet": nothing decided to give a reason for
    auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
    return bool(auxiliaries & (_FUTURE | {"to"})) and token.dep_ not in {"xcomp", "ccomp"}


def _someone_elses(token: Token, phrase: range) -> bool:
    """The decision is the person's, a relative's or another body's, not the service's."""
    if token.pos_ not in {"VERB", "AUX"} and token.dep_ != "ROOT":
        return False
    if is_attributed(token):
        return True  # "the manager says they may serve notice": their words, not ours
    if _asks_the_reader(token):
        return False  # "please can you reduce his PoC": the writer's decision, for them to do
    doer, noun = doer_of(token)
    if noun is not None and noun.lower_ in {"who", "whom"}:
        return True  # "the GP, who agreed to visit": the writer would have said "I"
    if noun is not None and (noun.i in phrase or _not_a_name(noun)):
        doer = Referent.THING  # "Referral made to OT": the parser took "Referral" for a name
    if noun is not None and _own_body(noun):
        doer = Referent.ORGANISATION  # the service's own panel or manager
    if doer is Referent.ORGANISATION and noun is not None and _another_body_acts(token, noun):
        return True
    if doer in _OTHER_DOERS and noun is not None and _labels_the_line(token, noun):
        doer = Referent.UNKNOWN  # "- Miss D Walsh - reduce to 1 x AM call": whom it is about
    if doer in _OTHER_DOERS and noun is not None:
        # A manager deciding for the team is the service deciding; a care home manager
        # or a ward manager is not.
        if noun.lemma_.lower() == "manager":
            return any(c.lower_ in {"home", "ward", "care"} for c in noun.children)
        return True
    if doer is Referent.THING and noun is not None and noun.dep_ == "nsubj":
        # "Needs are escalating", "the phone call will end": a thing changing. Notes drop the
        # auxiliary of a passive ("Case closed", "Lunch visit cancelled"); those stay.
        changes = token.lemma_.lower() not in _AGENTIVE
        has_object = any(c.dep_ == "dobj" for c in token.children)
        auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
        finite = bool(auxiliaries - {"to"}) or token.tag_ in {"VBG", "VBZ", "VBP"}
        if changes and not has_object and finite and not _service_will_end(token, noun):
            return True
    return _decided_by_other(token)


def _asks_the_reader(verb: Token) -> bool:
    """'Please can you reduce Mr Ashdown's PoC', 'Pls could you end the lunch call': a
    request to whoever reads the email to carry out the change, as "Pls suspend the DP"
    is; the decision is the writer's."""
    subject = _has_subject(verb)
    return (
        subject is not None
        and subject.lower_ == "you"
        and any(c.lower_ in _REQUESTING for c in verb.children)
        and any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)
    )


def _labels_the_line(verb: Token, noun: Token) -> bool:
    """'Miss D Walsh - reduce to 1 x AM call', 'Mr Grimshaw: close': the "subject" is set
    off by a dash or a colon before a bare verb of a note, so it names whom the line is
    about, and the verb is the writer's."""
    if noun.i > verb.i or verb.tag_ != "VB" or any(c.dep_ == "aux" for c in verb.children):
        return False
    between = verb.doc[noun.i + 1 : verb.i]
    return any(t.text in DASHES or t.text == ":" for t in between)


def _service_will_end(verb: Token, noun: Token) -> bool:
    """'Your lunch call will cease from Monday', 'The sitting service will end': a service
    the writer names ending ahead is the service's decision, not a thing changing by
    itself; a phone call or a visit in progress ends by itself ("the call ended")."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (
        verb.lemma_.lower() in _ENDING
        and bool(auxiliaries & (_FUTURE - {"would"}))
        and _names_a_service(noun)
        and not any(t.lower_ in _PHONE_WORDS for t in noun.subtree)
    )


def _another_body_acts(verb: Token, noun: Token) -> bool:
    """Another body does the deciding, in the active voice: "Day centre have suspended him",
    "fire service have closed their side". The service's own bodies (the council, the
    local authority, a team, a panel) decide for it, and a note's passive ("Package
    cancelled", "IMCA not required") names what was decided, not who decided."""
    if noun.dep_ != "nsubj" or _own_body(noun):
        return False
    active = any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in verb.children)
    if not active or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return not any(t.lemma_.lower() in _OUR_SERVICE for t in noun.subtree)


def _not_a_name(token: Token) -> bool:
    """A word the tagger took for a name that is not one: lower case ("referral") or
    capitals inside it, as acronyms have ("DoLS not required")."""
    if token.pos_ != "PROPN":
        return False
    if token.i == token.sent.start and token.lower_ in _verdict_subjects() | _WANTING_NOUNS:
        return True  # "Request for a sitting service declined": a note's first word
    if (
        _opens_its_line(token)
        and only_an_ordinary_word(token.text)
        and referent_of(token) is Referent.PERSON
        and not {token.lower_, token.lemma_.lower()} & _people_words()
    ):
        return True  # "Review closed.": a capital opening a note, on a word no name uses
    return not token.text[:1].isupper() or sum(c.isupper() for c in token.text[1:]) > 1


@cache
def _people_words() -> frozenset[str]:
    """Words that name someone by who they are to the person: "Mum", "Carer", "GP"."""
    return word_list("person") | word_list("other_person") | word_list("professional")


def _opens_its_line(token: Token) -> bool:
    """The first word of its sentence, of its line, or of a label's value ("Outcome:
    Package reduced to one call per day")."""
    if token.i == token.sent.start:
        return True
    before = token.doc[token.i - 1]
    return (before.is_space and "\n" in before.text) or before.text == ":"


def _decided_by_other(token: Token) -> bool:
    """'NFA by police', 'discharged by the hospital': another body's decision."""
    for child in token.children:
        if child.dep_ in {"agent", "prep"} and child.lower_ == "by":
            # "DD cancelled by bank 01/10": the parse may hang the body on a date after it.
            objects = [o for c in child.children for o in (c, *c.children) if o.dep_ != "det"]
            first = token.doc[child.i + 1] if child.i + 1 < len(token.doc) else None
            if (
                first is not None
                and first.dep_ == "compound"
                and any(first.i in range(o.left_edge.i, o.i) for o in objects)
                and referent_of(first) in _OTHERS
            ):
                return True  # "declined by SU - lacks insight": the parse ran the words on
            for obj in objects:
                if _own_body(obj):
                    continue  # "declined by panel", "NFA by EDT": the service's own decision
                if obj.dep_ == "compound" and obj.head.dep_ == "pobj":
                    if obj.head.pos_ != "NUM" or referent_of(obj) is not Referent.ORGANISATION:
                        continue  # only a body before a date, not a word of a name
                    return True
                if obj.dep_ == "pobj" and (
                    referent_of(obj) in _OTHERS or referent_of(obj) is Referent.ORGANISATION
                ):
                    return True
    return False


def _own_body(noun: Token) -> bool:
    """A part of the service that decides for it: a panel, the team manager, the emergency
    duty team (the decisions lexicon's ``own_body`` entries)."""
    phrase = noun.doc[noun.left_edge.i : noun.i + 1]
    return any(True for _ in find_terms(phrase, "own_body"))


def _noun_as_topic(token: Token) -> bool:
    """A decision noun that names a topic, a label or someone else's decision.

    "with her agreement", "the referral was received", "discharge meeting", "Ms Rossi's
    decision", "your advance decision", "Decision to be made: whether ...".
    """
    if token.tag_ == "VBG" and token.dep_ in {"compound", "amod"} and token.i < token.head.i:
        return True  # "Funding panel 28/01": the panel that decides, named by what it does
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.tag_ in {"NNS", "NNPS"}:
        return True  # "referrals", "decisions": talk about them in general
    if _a_gloss_in_brackets(token):
        return True  # "a best interests decision (a decision made on his behalf ...)"
    if token.dep_ == "dobj" and _what_an_event_is_for(token.head):
        return True  # "A meeting to make a best interests decision will be held on Friday"
    if token.dep_ in {"compound", "pobj", "poss"}:
        return True
    for child in token.children:
        if child.dep_ == "poss" and referent_of(child) is not Referent.WRITER:
            return True
        if child.lower_ == "advance":
            return True
        if child.dep_ == "amod" and token.dep_ == "attr":
            return True  # "this is an unwise decision": what a choice is called
        if child.dep_ in {"acl", "relcl"} and _taken_by_another(child):
            return True  # "BI decision taken by GP": the GP's decision, reported
        if child.dep_ in {"acl", "relcl"} and child.lemma_ == "make":
            # "decision to be made": the decision is still to come ("decision made by
            # EDT" has been made)
            return child.tag_ != "VBN" or any(g.lower_ == "to" for g in child.children)
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return token.head.lemma_.lower() not in _COMPLETING
    if token.dep_ == "dobj":
        verb = token.head
        doer, _ = doer_of(verb)
        return verb.lemma_.lower() not in _COMPLETING or doer not in {
            Referent.WRITER,
            Referent.UNKNOWN,
            Referent.ORGANISATION,
        }
    return False


def _a_gloss_in_brackets(noun: Token) -> bool:
    """'(a decision made on his behalf that must take his wishes into account)': a noun
    with "a" opening a bracket says what a term before it means, not what was decided."""
    if noun.i < 2 or noun.doc[noun.i - 2].text != "(":
        return False
    return noun.doc[noun.i - 1].lower_ in {"a", "an"}


def _what_an_event_is_for(verb: Token) -> bool:
    """'a meeting to make a decision', 'a visit to agree the plan': an infinitive hung on a
    noun says what a planned event is for; the decision is still to be made there."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VB"
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _taken_by_another(verb: Token) -> bool:
    """'taken by GP', 'made by the ward': a decision's maker named after it, someone
    other than the writer or the service."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for maker in (g for g in agent.children if g.dep_ == "pobj"):
            if referent_of(maker) in _OTHER_DOERS and not _own_body(maker):
                return True
    return False


def _adjective_as_label(token: Token) -> bool:
    """'eligible needs', 'the closed day centre': an adjective describing a noun.

    An adjective after its noun is the value of a label instead ("Eligibility: eligible").
    """
    return token.dep_ == "amod" and token.i < token.head.i


def _purpose_or_request(token: Token) -> bool:
    """'Rang to arrange a review', 'her request to stop the tea visit'."""
    auxiliaries = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if token.dep_ == "advcl" and any(c.lower_ == "to" for c in auxiliaries):
        # A purpose of another verb; under a noun it is the note-style "Placement to
        # continue", which is the decision itself.
        return token.head.pos_ in {"VERB", "AUX"}
    if token.dep_ in {"acl", "relcl"}:
        # "reablement to end on Friday" is a decision; "her request to stop the visit" and
        # "the man who closed the gate" are not.
        if token.head.lemma_.lower() in _WANTING_NOUNS:
            return True
        if token.head.dep_ != "ROOT" and not _note_predicate(token):
            return not any(c.lower_ == "to" for c in auxiliaries)
    # "the changes to your care agreed at your review": a participle pointing back at a
    # decision already made, not the decision being recorded. ("Lunch visit cancelled"
    # hangs its participle on the noun too, but there the noun is the whole sentence.)
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    return token.dep_ == "advcl" and not has_subject and not auxiliaries


def _note_predicate(participle: Token) -> bool:
    """'Referral to Citizens Advice money advice cancelled': a note with no verb but the
    participle that ends it, which the parse hung on the last noun of the phrase before."""
    sentence = participle.sent
    rest = [t for t in sentence if t.i > participle.i and not (t.is_punct or t.is_space)]
    verbs = [t for t in sentence if t.pos_ in {"VERB", "AUX"} and t.i != participle.i]
    return (
        participle.tag_ in {"VBN", "VBD"}
        and not rest
        and not verbs
        and sentence.root.pos_ in {"NOUN", "PROPN"}
    )


def _discharge_from_hospital(token: Token, unit: Span) -> bool:
    return token.lemma_.lower() == "discharge" and bool(_DISCHARGED_FROM.search(unit.text))


# Verbs of amount, said of a service ("POC increased to QDS") or of anything else.
_AMOUNT_VERBS = frozenset({"increase", "reduce"})


def _level_reported(token: Token) -> bool:
    """'Risk reduced to high', 'Score increased from low to medium': a level that went up
    or down, reported as the outcome of an assessment, where "POC increased to QDS" and
    "Befriending reduced to 2 hours" decide the person's support."""
    if token.lemma_.lower() not in _AMOUNT_VERBS:
        return False
    subject = _has_subject(token)
    rated = subject is None and _value_of_a_label(token)
    if rated:
        subject = token.head  # "Risk: reduced.": the level's name is the label
    if subject is None or referent_of(subject) is not Referent.THING:
        return False
    words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
    subjects = _verdict_subjects()
    if any(w.lemma_.lower() in subjects or w.lower_ in subjects for w in words):
        return False
    # A level is a grade ("to high"), where an amount of support has a number or a unit.
    levels = [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in {"to", "from"}
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    return rated or (bool(levels) and all(obj.pos_ == "ADJ" for obj in levels))


def _value_of_a_label(word: Token) -> bool:
    """'Risk: reduced.': ``word`` alone is the value given after a label and its colon."""
    before = [t for t in word.doc[word.head.i + 1 : word.i] if not t.is_space]
    after = []
    for t in word.doc[word.i + 1 : word.sent.end]:
        if t.is_space and "\n" in t.text:
            break  # the line ends the value
        after.append(t)
    return (
        word.head.i < word.i
        and [t.text for t in before] == [":"]
        and all(t.is_punct for t in after)
    )


def _aside_by_someone_else(token: Token) -> bool:
    """'covert medication (paracetamol only, GP and pharmacist agreed 04/26)': a decision in
    brackets, credited to someone named in them, notes who decided what is in place."""
    doc = token.doc
    opening = next(
        (t for t in reversed(doc[token.sent.start : token.i]) if t.text in {"(", ")"}), None
    )
    if opening is None or opening.text != "(":
        return False
    aside = doc[opening.i + 1 : token.i]
    if any(
        t.pos_ in {"NOUN", "PROPN"} and referent_of(t) in _OTHERS and not _not_a_name(t)
        for t in aside
    ):
        return True
    # "(rate exception approved by TM)", "(recommended 02/05/25)": what was decided before,
    # noted by who or when, beside what the sentence records.
    closing = next((t for t in doc[token.i + 1 : token.sent.end] if t.text in {"(", ")"}), None)
    if closing is None or closing.text != ")":
        return False
    rest = [t for t in doc[token.i + 1 : closing.i] if not t.is_space]
    if not rest:
        return False
    return rest[0].lower_ == "by" or _DATE_VALUE.fullmatch(rest[0].text) is not None


# Prepositions that name where money comes from: "funded via EHCP", "funded through CHC".
_SOURCES = frozenset({"via", "through", "from"})


def _funded_from(token: Token) -> bool:
    """'LA funded', 'placement funded via EHCP', 'self funded': how a service is paid for,
    a fact about it, where "DP to be funded", "We will fund" and "Funding agreed" decide.
    The participle has no auxiliary and either names its source or takes its funder as a
    subject with no object ("LA funded" reads "funded by the LA")."""
    if token.lemma_.lower() != "fund" or token.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _SOURCES for c in token.children):
        return True
    subject = _has_subject(token)
    has_object = any(c.dep_ == "dobj" for c in token.children)
    return (
        subject is not None
        and subject.i == token.i - 1
        and not has_object
        and referent_of(subject) is Referent.ORGANISATION
        and subject.lower_ not in _services()  # "DP funded": the service is what is funded
    )


def _agreeing_on_a_step(token: Token) -> bool:
    """'We agreed the home would review the sling size', 'Agreed I could post information',
    'It was agreed that healthcare will do skin checks', 'We agreed this needs a social
    worker's view': agreeing who does what next, or what a situation needs, not a decision
    about the person's care or support. An agreed clause that decides something ("we agreed
    that the case should be closed", "agreed to increase the calls", "agreed that the
    placement continues", "we agreed this did not need a section 42 enquiry", "agreed to
    open an enquiry") stays a decision."""
    if token.lemma_.lower() != "agree":
        return False
    clauses = [
        c for c in token.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}
    ]
    return bool(clauses) and not any(_decides(clause) for clause in clauses)


def _decides(verb: Token) -> bool:
    """The clause headed by ``verb`` holds a decision of its own: a decision word, a change
    to a service, a service kept, ended or refused, or a service as what is done."""
    clause = verb.doc[verb.left_edge.i : verb.right_edge.i + 1]
    if any(
        t.dep_ == "neg" or t.lemma_.lower() in _CONTINUING | _ENDING | _KEPT_AS_IT_IS
        for t in clause
    ):
        return True
    taker = _has_subject(verb)
    if taker is not None and referent_of(taker) in _OTHER_DOERS:
        return False  # "We agreed she will group her visits on Tuesdays": her own step
    if any(
        t.dep_ in {"dobj", "nsubjpass"}
        and t.head.pos_ in {"VERB", "AUX"}
        and _a_service(t)
        and any(w.lemma_.lower() in _services() for w in (t, *t.children))
        for t in clause
    ):
        return True  # "agreed to open an enquiry", "agreed extra calls would be added"
    decides = (
        find_terms(clause, "decision"),
        find_terms(clause, "change"),
        _note_style_decisions(clause),
        _negated_verdicts(clause),
    )
    return any(any(True for _ in found) for found in decides)


# Words before an infinitive that make it what someone can do, not what was decided:
# "able to decide", "long enough to decide", "willing to agree".
def _wanted_or_able(token: Token) -> bool:
    """'She hopes to be discharged next week', 'Remember: yes, for long enough to decide',
    'able and willing to agree to a direct payment': a decision someone else hopes for,
    or a decision a person is able to make, not one the service makes."""
    if token.dep_ != "xcomp":
        return False
    governor = token.head
    if governor.pos_ in {"ADJ", "ADV"} and not governor.text.isupper():
        # ("OT to close": the tagger takes a note's acronym for an adjective.)
        owner = subject_of(governor)
        return owner is None or referent_of(owner) not in {Referent.WRITER, Referent.ORGANISATION}
    if governor.lower_ not in _wishing_words():
        return False
    return doer_of(governor)[0] in _OTHER_DOERS


@cache
def _wishing_words() -> frozenset[str]:
    """Every form of the speech lexicon's wish verbs that govern an infinitive ("hopes to",
    "would like to"). Forms, not lemmas: the tagger reads "hopes" as a form of "hop"."""
    entries = load_lexicon("speech").entries
    verbs = {
        next(w for w in words if w not in {"would", "be"})
        for e in entries
        if e.kind == "wish_verb" and len(words := term_words(e.term)) > 0
    }  # "ask for" -> "ask", "intend to" -> "intend", "would like" -> "like"
    return frozenset(form for verb in verbs for form in word_forms(verb))


def _agreeing_with_a_view(token: Token) -> bool:
    """'I agreed with her that the garden looks nice': agreeing with a view, not deciding."""
    if token.lemma_.lower() != "agree":
        return False
    if any(c.dep_ == "ccomp" and _judgement_clause(c) for c in token.children):
        return True  # "We agreed her approach was reasonable", "Segun agreed it is right"
    with_someone = any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    decided = any(c.dep_ in {"xcomp", "dobj"} for c in token.children)
    if not with_someone or decided:
        return False
    # "agreed with her that carers will come at 8" is a plan, so a decision.
    return not any(
        child.dep_ == "ccomp" and any(a.lower_ in _FUTURE for a in child.children)
        for child in token.children
    )


def _judgement_clause(verb: Token) -> bool:
    """'her approach was reasonable', 'it is right': a clause that judges, with no plan in
    it (no future, no modal)."""
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    if verb.lemma_.lower() in _INFERRING:
        # "this meant she had not been able to speak for herself"; "this meant the care
        # would stop" plans something
        return any(
            c.dep_ == "ccomp" and not any(a.tag_ == "MD" for a in c.children) for c in verb.children
        )
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children)


# Verbs that draw a conclusion from a fact: "this meant ...", "it showed ...".
_INFERRING = frozenset({"mean", "show", "suggest", "indicate"})


def decisions_in(doc: Doc, unit: _Unit, in_quote: Any) -> list[tuple[Token, Span]]:
    """The decisions in ``unit`` that the writer or the service makes: for each, the word
    the sentence hangs it from and the matched phrase."""
    span = doc[unit.start : unit.end]
    # Most sentences hold no decision word at all; the shape checks below matter only when
    # one does, so the words are looked for first.
    note_style = {
        *_note_style_decisions(span),
        *_service_changes(span),
        *_negated_verdicts(span),
        *_not_for_us(span),
        *_eligibility_found(span),
    }
    candidates = sorted({*find_terms(span, "decision"), *note_style})
    if not candidates:
        return []
    if (
        _is_question(span)
        or _introduces_a_list(span)
        or _starts_with_wh(span)
        or _names_a_topic(span)
        or _form_field(span)
        or _heading(span)
        or _section_heading(span)
        or _title_line(span)
        or _heading_over_a_section(span)
        or _another_body_reports(span)
    ):
        return []
    found: list[tuple[Token, Span]] = []
    for start, end in candidates:
        head = _head_of(doc, start, end)
        if in_quote(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
            continue
        if any(h.i == head.i for h, _ in found):
            continue
        if (
            _part_of_a_name(head, span)
            or _not_a_verb_of_deciding(head)
            or _finding_reported(head)
            or _movement_observed(head, span)
            or _hypothetical(head)
            or _still_to_decide(head)
            or (_adjective_as_label(head) and not _opening_verb_misread(head, span))
            or (
                _noun_as_topic(head)
                and not _infinitive_taken_for_a_noun(head, note_style)
                and not _opening_verb_misread(head, span)
            )
            or ((start, end) not in note_style and _purpose_or_request(head))
            or (
                is_attributed(head)
                if (start, end) in note_style
                else _someone_elses(head, range(start, end))
            )
            or _discharge_from_hospital(head, span)
            or _agreeing_with_a_view(head)
            or _arranging_a_step(head)
            or _history(head)
            or _names_what(head)
            or _obligation(head)
            or _declined_by_the_person(head, span)
            or _no_fixed_abode(head)
            or _planned_end(head)
            or _agreeing_on_a_step(head)
            or _wanted_or_able(head)
            or _level_reported(head)
            or _funded_from(head)
            or _aside_by_someone_else(head)
            or _nothing_changed(head)
            or _approval_credited(head)
            or _open_question(head)
            or _how_it_works(head)
            or _step_in_a_sequence(head)
            or _what_a_thing_does(head)
            or _points_at_a_decision(head)
            or _person_opens_the_clause(head)
        ):
            continue
        found.append((head, doc[start:end]))
    return found


# What a person does when they choose: "SU meets eligibility" is the service's verdict.
_CHOOSING = frozenset({"agree", "decide", "decline", "accept", "refuse", "choose", "consent"})
# How many words a clause may hold before its verb for _person_opens_the_clause.
_CLAUSE_OPENING_WORDS = 4


def _person_opens_the_clause(verb: Token) -> bool:
    """'- OT assessment – Rashid and Shahida agreed', 'SU reluctant but agreed to trial':
    the person or a relative opens the clause of a finite verb, however the parse hung the
    verb, so the decision is theirs. "Referral to OT agreed" (the words before the verb
    run on from a preposition) and "Package agreed" (a capital on an ordinary word) are
    still the service's."""
    if (
        verb.lemma_.lower() not in _CHOOSING
        or verb.tag_ not in {"VBD", "VBZ", "VBP"}
        or any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return False
    doc = verb.doc
    words: list[Token] = []
    i = verb.i - 1
    while i >= verb.sent.start and not (doc[i].is_punct or doc[i].is_space):
        words.append(doc[i])
        i -= 1
    if not words or len(words) > _CLAUSE_OPENING_WORDS:
        return False
    words.reverse()
    if any(t.pos_ in {"ADP", "VERB", "AUX", "DET", "PART", "PRON", "NUM"} for t in words):
        return False
    first = words[0]
    if first.pos_ == "PROPN" and only_an_ordinary_word(first.text):
        return False
    return referent_of(first) in {Referent.PERSON, Referent.OTHER_PERSON}


# Words that may stand between "what" and the decision verb of a free relative: "what we
# talked about and agreed", "what was finally decided".
_IN_A_FREE_RELATIVE = frozenset({"PRON", "VERB", "AUX", "ADP", "CCONJ", "ADV", "PART"})


def _points_at_a_decision(verb: Token) -> bool:
    """'Fitted the markers, as agreed on 10 November', 'as we agreed', 'I am writing to
    confirm what we talked about and agreed': the decision word points at a decision made
    and recorded elsewhere, and names none here. "As we agreed to close the case" names one
    and stays."""
    if verb.pos_ not in {"VERB", "AUX"} or any(
        c.dep_ in {"dobj", "ccomp", "xcomp"} and c.tag_ not in {"WP", "WDT"} for c in verb.children
    ):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return True
    if any(c.dep_ == "dobj" and c.tag_ in {"WP", "WDT"} for c in verb.children):
        return True  # "what we agreed"
    for word in reversed(verb.doc[verb.sent.start : verb.i]):
        if word.tag_ in {"WP", "WDT"}:
            return word.lower_ in {"what", "whatever"}
        if word.pos_ not in _IN_A_FREE_RELATIVE or word.is_punct:
            return False
    return False


def _clause_of(token: Token) -> Token:
    """The verb whose auxiliaries and modifiers a coordinated verb shares: "approve" in
    "we will then review and approve" takes "will" and "then" from "review"."""
    while token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
        token = token.head
    return token


def _open_question(token: Token) -> bool:
    """'decide whether you are eligible', 'agree on how best to help you': a question
    still open, what an assessment or a meeting is for, not a decision made. Past tense
    answers the question ("we agreed how the care would be given") and stays."""
    if token.pos_ not in {"VERB", "AUX"} or token.tag_ in {"VBD", "VBN"}:
        return False
    if any(c.lower_ in {"have", "has", "had"} for c in _clause_of(token).children):
        return False

    def asks(clause: Token) -> bool:
        return (
            any(t.dep_ in {"mark", "advmod"} and t.lower_ in _WH_WORDS for t in clause.subtree)
            and clause.left_edge.lower_ in _WH_WORDS
        )

    for child in token.children:
        if child.dep_ in {"ccomp", "xcomp"} and asks(child):
            return True
        if child.dep_ == "prep" and any(
            g.dep_ in {"pcomp", "pobj"} and asks(g) for g in child.children
        ):
            return True
    return False


# Adverbs of how often something happens: with the present tense they make a sentence say
# how things are done ("the budget is agreed annually"), not what was decided.
_HOW_OFTEN = frozenset(
    {"annually", "yearly", "usually", "normally", "generally", "routinely", "typically"}
)
_EVERY = frozenset({"each", "every"})


def _how_it_works(token: Token) -> bool:
    """'It is agreed annually', 'The top-up is agreed when you go into the home': a
    decision in the present tense that happens every time or whenever something happens
    to anyone, a page describing how a process works; no decision about someone is
    recorded. "Funding is agreed." with no such time stays a decision."""
    verb = _clause_of(token)
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if helpers:
        present = len(helpers) == 1 and helpers[0].tag_ in {"VBZ", "VBP"}
    else:
        present = verb.tag_ in {"VBZ", "VBP"}
    if not present:
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in _HOW_OFTEN:
            return True
        if child.dep_ == "npadvmod" and any(g.lower_ in _EVERY for g in child.children):
            return True  # "is reviewed every year"
        if child.dep_ == "advcl" and child.tag_ in {"VBZ", "VBP"}:
            whenever = any(
                g.dep_ in {"advmod", "mark"} and g.lower_ in {"when", "whenever"}
                for g in child.children
            )
            anyone = any(
                g.dep_ == "nsubj" and g.lower_ in {"you", "they", "someone", "anyone"}
                for g in child.children
            )
            if whenever and anyone:
                return True  # "when you go into the home"
    return False


# Adverbs that place a step after another in a sequence of steps.
_THEN = frozenset({"then", "next", "afterwards", "subsequently"})


def _what_a_thing_does(verb: Token) -> bool:
    """'The sensor and the pendant reduce the risk', 'A ramp increases her independence': a
    verb in the present tense with a thing as its subject, not a service, and an object
    says what the thing does to it, not what anyone decided ("Package remains the same",
    "Funding stays at current rate" are notes of a decision)."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(o.lemma_.lower() in _services() for o in objects):
        return False  # "Package remains the same", "The new plan reduces the calls"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(t.pos_ == "NOUN" for t in subjects) and all(
        t.pos_ != "PRON"
        and referent_of(t) is Referent.THING
        and t.lemma_.lower() not in _services()
        for t in subjects
    )


def _step_in_a_sequence(token: Token) -> bool:
    """'We will then review and approve your care and support plan': the next step of a
    process described in advance, not a decision made about someone."""
    verb = _clause_of(token)
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxiliaries & _FUTURE) and any(
        c.dep_ == "advmod" and c.lower_ in _THEN for c in verb.children
    )


_APPROVING = frozenset({"agree", "approve", "authorise", "authorize", "sanction"})


def _approval_credited(verb: Token) -> bool:
    """'Funding agreed by EDT manager', 'Application approved by the Team Manager',
    'Manager agreed.': an approval credited to the service's manager or panel records who
    authorised a decision made elsewhere in the record, not a decision made here. A refusal
    ("declined by panel", "not approved by TM") still leaves the person without a reason,
    and an approval of a clause that decides ("TM agreed case can close") decides."""
    if verb.lemma_.lower() not in _APPROVING or any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ in {"ccomp", "xcomp"} and _decides(c) for c in verb.children):
        return False
    approvers = [c for c in verb.children if c.dep_ == "nsubj"]
    approvers += [
        o
        for c in verb.children
        if c.dep_ in {"agent", "prep"} and c.lower_ == "by"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(_own_body(a) or _our_manager(a) for a in approvers)


def _our_manager(noun: Token) -> bool:
    """'Manager', 'my manager', 'the Head of Service': a manager of the service; a care
    home's or a ward's manager is another body's."""
    if noun.lemma_.lower() not in {"manager", "head"}:
        return False
    return not any(c.lower_ in {"home", "ward", "care"} for c in noun.children)


def _infinitive_taken_for_a_noun(head: Token, note_style: set[tuple[int, int]]) -> bool:
    """'Psychology input to end': the note's infinitive, which its shape was read on, that
    the tagger took for a noun after the preposition "to"."""
    return (head.i, head.i + 1) in note_style and head.doc[head.i - 1].lower_ == "to"


def _opening_verb_misread(word: Token, span: Span) -> bool:
    """'Recommend SA 12 months.', 'Recommend move to EMI nursing.': a note's sentence that
    opens with a decision verb in its bare form, which the tagger, misled by the capital,
    reads as a name or an adjective before the next word. Read as a noun ("Transfer
    summary", "Increase in hours") it stays a label or a topic; and a line without a full
    stop may be a heading."""
    words = [t for t in _words(span) if not (t.is_punct or t.tag_ == "LS" or t.like_num)]
    return (
        bool(words)
        and words[0].i == word.i
        and word.tag_ in {"NNP", "JJ", "VB"}
        and word.dep_ in {"amod", "compound"}
        and word.head.i > word.i
        and word.text[:1].isupper()
        and not word.text.isupper()
        and word.lower_ == word.lemma_.lower()
        and len(words) > 1
        and span[-1].text == "."
    )


def _nothing_changed(verb: Token) -> bool:
    """'She cried when she said this and we paused': a verb that changes a service, said
    of people with nothing it changes, is something they did. "We paused the visits" and
    "Visits paused" name the service; "we agreed" and "we decided" decide on their own."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CHANGING_SERVICES:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or referent_of(subject) not in {Referent.WRITER, *_OTHERS}:
        return False
    return not any(
        c.dep_ in {"dobj", "prep", "xcomp", "ccomp", "prt", "advmod", "npadvmod"}
        for c in verb.children
    )


def _words(span: Span) -> list[Token]:
    return [t for t in span if not t.is_space]


def _label_of(span: Span) -> list[str] | None:
    """The words before a line's first colon when they are a short label: "Next of kin:"."""
    view = token_view(span.doc)
    words = [i for i in range(span.start, span.end) if not view.is_space[i]]
    colon = next((n for n, i in enumerate(words) if view.text[i] == ":"), None)
    if colon is None or not 1 <= colon <= 3:
        return None
    return [view.lower[i] for i in words[:colon]]


def _another_body_reports(span: Span) -> bool:
    """'- Housing: sanctuary scheme works agreed', 'Police: no further action': a line of
    minutes labelled with another body gives that body's part. The service's own labels
    ("ASC view:", "Panel decision:", "LA position:"), a practitioner's ("OT:", "SW:", who
    may be the writer) and a person's name ("Mrs Barker: respite declined") head
    decisions about the case."""
    words = _words(span)
    colon = next((n for n, t in enumerate(words) if t.text == ":"), None)
    label = [t for t in words[:colon] if t.is_alpha] if colon is not None else []
    if len(label) != 1 or _own_body(label[0]) or label[0].lower_ in _OUR_SERVICE:
        return False
    return referent_of(label[0]) is Referent.ORGANISATION


def _form_field(span: Span) -> bool:
    """'Address: 4 Elm Close, Hyde', 'Caller: Mr Bell (self-referral), 70': a name, an
    address or a contact in a form, with no verb to make a decision."""
    label = _label_of(span)
    if label is not None and _only_dates_after_labels(span):
        return True  # "Plan agreed: 03/11/25   Entered: 14/11/25": dates in a form
    if label is None or not _FIELD_LABELS & set(label):
        return False
    # Only finite verbs count: place names are often tagged as verbs ("Bury", "Reading").
    return not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in span)


# A date as notes write it: "03/26", "12/12/2025", "3.4.26".
_DATE_VALUE = re.compile(r"\d{1,2}[/.-]\d{1,4}(?:[/.-]\d{2,4})?")
_DATES_AFTER_LABELS = re.compile(
    r"(?:\s*[A-Za-z][\w ]{0,30}?:\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*)+"
)


def _only_dates_after_labels(span: Span) -> bool:
    """Every label on the line holds a date and nothing else."""
    return _DATES_AFTER_LABELS.fullmatch(span.text) is not None


def _heading(span: Span) -> bool:
    """'Closure of your homecare service', 'Case Closure': a heading or subject line that
    names the decision a letter is about, with no verb and no full stop."""
    words = _words(span)
    if not words or words[-1].is_punct:
        return False
    if _gerund_heading(words):
        return True
    if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in words):
        return False
    alpha = [t for t in words if t.is_alpha]
    if len(alpha) > 1 and all(t.text[:1].isupper() for t in alpha):
        return not all(t.is_upper for t in alpha)  # "NFA", "DP AGREED" are notes
    first = alpha[0] if alpha else None
    return (
        first is not None
        and first.pos_ == "NOUN"
        and first.dep_ == "ROOT"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in first.children)
    )


MAX_SECTION_HEADING_WORDS = 8


def _section_heading(span: Span) -> bool:
    """'Decision', 'Outcome and decision', 'Request to reduce a charge: decision': a short
    heading over the section that records the decision and its reasons, with no full stop
    and no finite verb."""
    words = _words(span)
    alpha = [t for t in words if t.is_alpha]
    if not alpha or words[-1].is_punct or len(alpha) > MAX_SECTION_HEADING_WORDS:
        return False
    # The heading's last part names the section ("...: decision"); before a colon a
    # heading may name its subject with a verb. A verb on the word makes a note of a
    # decision instead: "Decision made to close the case", "Decision to close the case".
    colon = max((n for n, t in enumerate(words) if t.text == ":"), default=-1)
    last_part = words[colon + 1 :]
    if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in last_part):
        return False
    parts = [last_part]
    dashes = [n for n, t in enumerate(words) if t.text in DASHES and 0 < n < len(words) - 1]
    if colon < 0 and len(dashes) == 1:
        # "Manager decision – safeguarding": a title naming the decision and its topic;
        # "Decision – not safeguarding" records the decision on the other side.
        topic = span.doc[words[dashes[0]].i + 1 : words[-1].i + 1]
        verdict = any(t.lower_ in _NEGATIONS | {"no"} for t in topic)
        if not verdict and not any(True for _ in find_terms(topic, "decision")):
            parts.append(words[: dashes[0]])
    return any(
        t.lower_ in {"decision", "decisions"}
        and t.dep_ not in {"dobj", "nsubj", "nsubjpass"}
        and not any(
            c.pos_ in {"VERB", "AUX"} and part[0].i <= c.i <= part[-1].i for c in t.children
        )
        for part in parts
        for t in part
    )


_TITLES_OF_PEOPLE = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


def _title_line(span: Span) -> bool:
    """'27/02/26 Closure', 'Transfer to Mental Health Team – Mr Callum Reid, 41', 'We are
    closing our work with you - a summary': an unfinished line opening a paragraph that
    titles the record, by its date, by the person it is about or as a summary."""
    words = _words(span)
    if not words or words[0].i != token_view(span.doc).is_space.index(False):
        return False  # not the paragraph's first word
    if words[-1].is_punct:
        return False
    after = words[-1].idx + len(words[-1].text)
    if "\n" in span.text.strip() or doc_text(span.doc)[after:].split("\n", 1)[0].strip():
        return False  # the whole of its line
    if _DATE_VALUE.fullmatch(words[0].text):
        return True
    dashes = [n for n, t in enumerate(words) if t.text in DASHES and 0 < n < len(words) - 1]
    if len(dashes) != 1:
        return False
    sides = (words[: dashes[0]], words[dashes[0] + 1 :])
    for side in sides:
        if side[0].lower_ in _TITLES_OF_PEOPLE:
            return True  # "– Mr Callum Reid, 41"
        if len(side) <= 3 and side[0].tag_ == "DT" and not any(t.pos_ == "VERB" for t in side):
            return True  # "- a summary"
    return False


def _heading_over_a_section(span: Span) -> bool:
    """'Agreed next steps' over a list, 'Transfer summary' over labelled lines: a short line
    of its own that names a section with a noun, the decision word only describing that
    noun, above the list or the labelled lines of the section, which are each judged on
    their own. "Case closure" (the decision word is the noun) and "Care agreed" (a note
    with a verb) are still decisions."""
    words = [t for t in _words(span) if not (t.is_punct and t.i == span.start)]
    alpha = [t for t in words if t.is_alpha]
    if len(alpha) < 2 or not alpha[0].text[:1].isupper() or not _line_heading(span):
        return False
    last = words[-1]
    if last.pos_ not in {"NOUN", "PROPN"} or last.tag_ in {"VBN", "VBD"}:
        return False
    if any(
        t.tag_ in {"VBZ", "VBP", "MD"} or (t.tag_ in {"VBD", "VBN"} and t.i != alpha[0].i)
        for t in words
    ):
        return False
    if any(end > last.i for _, end in find_terms(span, "decision")):
        return False  # the decision word heads the line: "Case closure", "Package increase"
    text = doc_text(span.doc)
    line_end = text.find("\n", last.idx + len(last.text))
    if line_end < 0:
        return False
    following = text[line_end + 1 :].split("\n", 1)[0]
    if not following.strip():
        return False  # the paragraph ends: nothing under the heading
    return LIST_MARKER.match(following) is not None or _LABEL_LINE.match(following) is not None


# A line that opens with a short label and its value: "Person: Mrs Quinn", "From: Ruth".
_LABEL_LINE = re.compile(r"[ \t]*[A-Z][\w'’ -]{0,30}:[ \t]+\S")


def _gerund_heading(words: list[Token]) -> bool:
    """'Deciding your support plan', 'Choosing your care', 'Agreeing to a direct payment':
    a section heading that speaks to the reader, with no full stop and no finite verb;
    notes do not say "your" and drop their articles."""
    return (
        len(words) >= 2
        and words[0].tag_ == "VBG"
        and words[0].text[:1].isupper()
        and words[0].dep_ == "ROOT"
        and any(t.lower_ == "your" or (t.dep_ == "det" and t.tag_ == "DT") for t in words[1:])
        and not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in words)
        and not any(t.dep_ in {"nsubj", "nsubjpass", "aux"} for t in words[0].children)
    )


def _part_of_a_name(token: Token, span: Span) -> bool:
    """'4 Elm Close', 'Rose Close, Hyde': a word of a street or a place name."""
    if not token.text[:1].isupper() or token.is_upper or token.i == span.start:
        return False
    before = token.doc[token.i - 1]
    return before.text != ":" and (before.text[:1].isupper() or before.like_num)


def _not_a_verb_of_deciding(token: Token) -> bool:
    """'a flat, which is close to the shops': 'close' as an adjective or adverb. A note of
    the one word ("Needs met. Close.") is the instruction, whatever the tagger says."""
    if sum(1 for t in token.sent if t.is_alpha) == 1:
        return False
    before = next((t for t in reversed(token.doc[: token.i]) if not t.is_space), None)
    after = next((t for t in token.doc[token.i + 1 :] if not t.is_space), None)
    if (
        before is not None
        and before.text in DASHES
        and _between_words(before)
        and (after is None or after.is_punct or "\n" in token.whitespace_)
    ):
        return False  # "Mrs Lambert – close.": the line's instruction, after its dash
    return token.lemma_.lower() == "close" and token.pos_ in {"ADJ", "ADV"}


def _finding_reported(token: Token) -> bool:
    """'The enquiry has concluded', 'the concern has been substantiated': the outcome of an
    enquiry reported as a finding, not a decision the writer makes here. ("Concern not
    substantiated." in note style still counts.)"""
    lemma = token.lemma_.lower()
    subject = _has_subject(token)
    if subject is None or referent_of(subject) in {Referent.WRITER, *_OTHERS}:
        return False
    auxiliaries = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    if lemma == "conclude":
        concluded_what = any(c.dep_ in {"dobj", "ccomp"} for c in token.children)
        return not concluded_what
    if lemma == "determine" and auxiliaries & {"been", "was", "were", "is"}:
        # "It has been determined that you have capacity": what a capacity assessment
        # found, not a decision about support. ("... that you do not have eligible needs"
        # rules on eligibility, and stays a decision.)
        return any(
            c.dep_ == "ccomp"
            and c.lemma_.lower() in _HAVING
            and any(o.dep_ == "dobj" and o.lemma_.lower() == "capacity" for o in c.children)
            for c in token.children
        )
    return lemma == "substantiate" and bool(auxiliaries & {"been", "was", "were", "is", "be"})


def _movement_observed(token: Token, span: Span) -> bool:
    """'Transfer on/off toilet independent with grab rail': how someone moves."""
    if token.lemma_.lower() != "transfer":
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    if (
        token.pos_ == "VERB"
        and following.lower_ not in {"to", "into"}
        and not any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in token.children)
    ):
        return True  # "help me transfer using the hoist": a service transfer says where to
    return bool(_BODY_TRANSFER.search(span.text))


def _note_style_decisions(span: Span) -> Iterator[tuple[int, int]]:
    """Decisions the lexicon has no word for, in the shapes notes and letters give them:
    "Placement to continue", "1:1 hours to remain at 40", "Case kept on the duty list",
    "Your homecare will end on 4 April", "You will not be offered a review", "Guide dog
    referral not to be made"."""
    written = doc_text(span.doc)[span.start_char : span.end_char]
    refusing_ahead = _NOT_AHEAD.search(written.lower()) is not None
    bare = _bare_note_verb(span)
    if bare is not None:
        yield bare.i, bare.i + 1
    doc = span.doc
    view = token_view(doc)
    for index in range(span.start, span.end):
        # Only a word of one of the shapes below, or any verb when a refusal ahead is in
        # the text, can be yielded; every other word is passed over without a token object.
        lemma = view.lemma[index]
        if lemma not in _NOTE_SHAPE_LEMMAS and not (
            view.pos[index] in _VERBS and (refusing_ahead or lemma in _NOTE_SHAPE_VERBS)
        ):
            continue
        token = doc[index]
        if bare is not None and token.i == bare.i:
            continue
        lemma = token.lemma_.lower()
        if lemma in _CONTINUING and _note_infinitive(token, span):
            yield token.i, token.i + 1
            continue
        if lemma in _ENDING and (_service_to_be_ended(token) or _service_ended(token)):
            yield token.i, token.i + 1
            continue
        if lemma in _REFUSING and _request_refused(token):
            yield token.i, token.i + 1
            continue
        if lemma in _LEFT_AS_IT_IS and _service_left_as_it_is(token):
            yield token.i, token.i + 1
            continue
        if token.pos_ not in _VERBS:
            continue
        auxiliaries = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
        negated = any(c.dep_ == "neg" for c in token.children)
        if (
            refusing_ahead
            and negated
            and auxiliaries & (_FUTURE | {"to"})
            and _service_refused_ahead(token)
        ):
            yield token.i, token.i + 1
            continue
        subject = _has_subject(token)
        if lemma in _CHANGING_IN_FUTURE and auxiliaries & _FUTURE:
            if lemma == "change" and not negated:
                continue
            if any(c.dep_ in {"xcomp", "ccomp"} for c in token.children):
                continue  # "the day centre will continue to provide lunch": a description
            if subject is not None and _names_a_service(subject):
                yield token.i, token.i + 1
        elif (
            lemma in _KEPT_AS_IT_IS
            and token.tag_ in {"VBZ", "VBP"}
            and subject is not None
            and _names_a_service(subject)
            and not any(t.dep_ in {"det", "poss"} for t in subject.subtree)
            and not any(
                c.dep_ in {"xcomp", "ccomp"}
                or (c.dep_ in {"acomp", "oprd"} and c.lemma_.lower() not in _AS_IT_IS)
                for c in token.children
            )
        ):  # notes drop the article; "The plan continues with ..." describes the plan
            yield token.i, token.i + 1  # "Outcome: Plan continues", "Package remains same"
        elif lemma in {"offer", "provide", "give"} and negated and auxiliaries & _FUTURE:
            if subject is not None and subject.dep_ == "nsubjpass":
                yield token.i, token.i + 1  # "You will not be offered ongoing support"
        elif (
            lemma == "keep"
            and token.tag_ in {"VBD", "VBN"}
            and not auxiliaries - {"was"}
            and subject is not None
            and _a_service(subject)
            and _kept_on_or_open(token)
        ):
            yield token.i, token.i + 1


_VERBS = frozenset({"VERB", "AUX"})
# The lemmas _note_style_decisions reads whatever their part of speech, and those it
# reads only as verbs.
_NOTE_SHAPE_LEMMAS = _CONTINUING | _ENDING | _REFUSING | _LEFT_AS_IT_IS
_NOTE_SHAPE_VERBS = _CHANGING_IN_FUTURE | _KEPT_AS_IT_IS | {"offer", "provide", "give", "keep"}


# The verbs _bare_note_verb can return: one opening the line, or one closing it after a dash.
_BARE_NOTE_VERBS = _KEPT_AS_IT_IS | {"close"}


def _bare_note_verb(span: Span) -> Token | None:
    """'Continue as is', 'Plan: continue 2 calls', 'To continue.', 'Mrs Lambert – close.':
    a note that keeps or closes what is in place with a bare verb, opening the line (after
    its list marker, a decision label or "To") or closing it after a dash. The tagger often
    takes such a verb for an adjective or a noun, so the shape is read on the words."""
    lower = token_view(span.doc).lower
    if not any(lower[i] in _BARE_NOTE_VERBS for i in range(span.start, span.end)):
        return None  # no verb of the shape anywhere: no token object for each word
    words = _words(span)
    while words and (words[0].is_punct or words[0].tag_ == "LS" or words[0].like_num):
        words = words[1:]  # "- ", "4. ", "(b)"
    label = _label_of(span)
    colon = next((n for n, t in enumerate(words) if t.text == ":"), None)
    if label is not None and label[-1] in _DECISION_LABELS and colon is not None:
        words = words[colon + 1 :]
    if words and words[0].lower_ == "to":
        words = words[1:]
    content = [t for t in words if not t.is_punct]
    if not content or any(
        t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and not _as_it_is(t) for t in content[1:]
    ):
        return None
    first = content[0]
    if first.lower_ in _KEPT_AS_IT_IS:
        rest = content[1:]
        kept_words = rest[: next((n for n, t in enumerate(rest) if t.pos_ == "ADP"), len(rest))]
        # What is kept is a service, an amount of one, or what is in place ("as is");
        # "Continue to monitor" and "Continue cooker practice with carers" are steps.
        kept = (
            not rest
            or rest[0].lower_ == "as"
            or rest[0].like_num
            or any(t.lemma_.lower() in _services() for t in kept_words if t.pos_ != "VERB")
        )
        return first if kept else None
    dashes = [n for n, t in enumerate(words) if t.text in DASHES and _between_words(t)]
    if len(content) >= 2 and dashes and content[-1].lower_ in _BARE_NOTE_VERBS:
        last = content[-1]
        if words[dashes[-1]].i == last.i - 1 and all(
            t.pos_ in {"PROPN", "NOUN", "PUNCT"} for t in words[: dashes[-1]]
        ):
            return last  # "Mrs Lambert – close": the line names whose case, then decides
    return None


def _as_it_is(word: Token) -> bool:
    """The verb of "as is", "as it is", "as they are": what is in place, kept."""
    before = [t.lower_ for t in word.doc[max(word.i - 2, 0) : word.i]]
    return word.lemma_.lower() == "be" and "as" in before


def _service_refused_ahead(verb: Token) -> bool:
    """'Guide dog referral not to be made', 'A Care Act assessment will not be completed',
    'We will not be completing an assessment': a service or an assessment that will not
    be done, said of the thing done, by the service or by nobody named."""
    done = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if done is None:
        doer = _has_subject(verb)
        if doer is None and verb.dep_ == "conj":
            doer = _has_subject(verb.head)  # "she needs help and will not manage"
        if doer is not None and referent_of(doer) not in {Referent.WRITER, Referent.ORGANISATION}:
            return False
        done = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return done is not None and not _someone(done) and _decided_about(done)


def _service_to_be_ended(verb: Token) -> bool:
    """'Placement to be ended', 'The DP is to be ended': a service ended, in the passive
    of a note or of a formal record ("the call was ended" is an event, with no "to")."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if verb.tag_ != "VBN" or not {"to", "be"} <= auxiliaries:
        return False
    subject = _has_subject(verb)
    if subject is None and verb.dep_ == "xcomp":
        subject = _has_subject(verb.head)  # "The DP is to be ended"
    if subject is None and verb.dep_ in {"acl", "relcl"}:
        subject = verb.head  # "Placement to be ended": the parse hangs it on the noun
    return subject is not None and _names_a_service(subject)


def _service_ended(verb: Token) -> bool:
    """'Shower call stopped', 'Sitting service ceased from Monday': a service ended, in a
    note's passive with its auxiliary dropped. With an article or an owner the noun is
    described ("the call ended", "her visit stopped"), and a phone call ends by itself."""
    if verb.tag_ not in {"VBN", "VBD"} or any(
        c.dep_ in {"aux", "auxpass", "dobj", "xcomp", "agent"} or c.lower_ == "by"
        for c in verb.children
    ):
        return False  # "Placement ended by the home": who ended it is named
    subject = _has_subject(verb)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    return (
        subject is not None
        and subject.i < verb.i
        and _names_a_service(subject)
        and not any(t.dep_ in {"det", "poss"} for t in subject.subtree)
        and not any(t.lower_ in _PHONE_WORDS for t in subject.subtree)
    )


def _request_refused(verb: Token) -> bool:
    """'Your claim for heating has been refused', 'Application rejected': what someone asked
    the service for (the shared word list "decided_thing"), refused in the passive. Said of
    people, "refused" is their own choice ("He refused the carers")."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"dobj", "agent"} for c in verb.children):
        return False
    subject = _has_subject(verb)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in word_list("decided_thing")


def _service_left_as_it_is(word: Token) -> bool:
    """'Package of care unchanged', 'POC otherwise unchanged': a note that keeps a service
    as it is, with no verb; "Her mobility unchanged" and "Flat unchanged" observe."""
    if word.pos_ != "ADJ" or word.dep_ != "ROOT":
        return False
    subject = _has_subject(word)
    return (
        subject is not None
        and _names_a_service(subject)
        and not any(t.dep_ in {"det", "poss"} for t in subject.subtree)
    )


def _service_changes(span: Span) -> Iterator[tuple[int, int]]:
    """A change to a service in a note's shape, with a verb the lexicon marks as changing a
    service: "Lunch call to be removed from Monday", "Surplus to be reclaimed", "Medication
    prompts added to POC". In a full sentence with a subject these describe ("we added a
    rail"), so only the subjectless note shapes count, and only about a service."""
    index = _decision_terms("change")
    for start, end in index.find(span):
        verb = span.doc[start]
        particles = span.doc[start + 1 : end]  # "Case to be stepped down"
        if verb.tag_ != "VBN" or any(t.dep_ not in {"prt", "advmod"} for t in particles):
            continue
        auxiliaries = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        if auxiliaries == ["to", "be"] or (not auxiliaries and verb.dep_ in {"ROOT", "acl"}):
            changed = _has_subject(verb)
            if changed is None and verb.dep_ in {"acl", "relcl", "advcl"}:
                changed = verb.head  # "Lunch call to be removed": the parse hangs it on "call"
            if changed is not None and _names_a_service(changed):
                yield start, end


def _negated_verdicts(span: Span) -> Iterator[tuple[int, int]]:
    """A verdict refused in a note: "Day centre not appropriate", "Checklist not needed",
    "Respite not offered at this time", "threshold for s42 – not met". The verdict counts
    only when negated, and only when said of a service or a threshold, or of nothing at
    all, never of a person ("I do not need help at night" is a person's own view)."""
    doc = span.doc
    not_done = set(find_terms(span, "not_done"))
    for start, end in sorted({*find_terms(span, "verdict"), *not_done}):
        word = doc[start]
        before = [t for t in doc[span.start : start] if not t.is_space][-2:]
        subject = subject_of(word)
        negated = (
            any(c.dep_ == "neg" for c in word.children)
            or any(t.lower_ in _NEGATIONS for t in before)
            or (subject is not None and _none_of(subject, word) and (start, end) not in not_done)
        )
        if _no_need_for_a_service(word):
            yield start, end
            continue
        if not negated or word.pos_ not in {"VERB", "AUX", "ADJ"}:
            continue
        if subject is not None and _a_role_as_a_service(subject, word):
            yield start, end  # "OT not needed at this stage": the role's input
            continue
        if subject is not None and (_someone(subject) or not _decided_about(subject)):
            continue
        if subject is None and _outcome_rated(word, span):
            continue
        if subject is None and any(c.dep_ == "dobj" for c in word.children):
            continue  # "does not need any help": someone's need, with its object
        yield start, end


def _eligibility_found(span: Span) -> Iterator[tuple[int, int]]:
    """Eligibility granted in a note or a letter: "Eligible.", "Eligibility: eligible.",
    "Assessed needs remain eligible", "SU meets eligibility". A decision as much as "not
    eligible" (a term of the lexicon) is, and as much in need of its reason. "Eligible
    needs" names a kind of need, and "eligible for" a bus pass or a one-off payment names
    what a scheme gives; only the verdict itself, opening its line with no subject as
    notes write it, as a label's value, or said of the person's needs, counts. Pages of
    information say who is eligible ("people aged 18-65 were eligible", "assessed as being
    eligible"), which decides nothing about anyone."""
    doc = span.doc
    lower = token_view(doc).lower
    # Only the two words read below can start a finding: no token object for the others.
    named = (i for i in range(span.start, span.end) if lower[i] in {"eligibility", "eligible"})
    for word in (doc[index] for index in named):
        if word.lower_ == "eligibility" and word.dep_ == "dobj":
            verb = word.head
            if (
                verb.lemma_.lower() == "meet"
                and verb.i < word.i
                and not any(c.dep_ == "neg" for c in verb.children)
            ):
                yield verb.i, word.i + 1  # "SU meets eligibility"
            continue
        if word.lower_ != "eligible" or (
            word.dep_ in {"amod", "compound", "nmod"} and not _value_of_a_label(word)
        ):
            continue  # "eligible needs"; "Eligibility: eligible." is a label's value
        before = [t for t in doc[span.start : word.i] if not t.is_space][-2:]
        if any(c.dep_ == "neg" for c in word.children) or any(
            t.lower_ in _NEGATIONS | {"no"} for t in before
        ):
            continue  # "not eligible" is the lexicon's
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in word.children):
            continue  # "Eligible for a bus pass", "for a one-off payment": what a scheme gives
        subject = subject_of(word)
        if subject is None:
            words = [t for t in doc[span.start : word.i] if not t.is_space and not t.is_punct]
            if words and not _value_of_a_label(word):
                continue  # "assessed as being eligible": how a scheme works, not a verdict
        elif subject.lemma_.lower() != "need":
            continue  # "people aged 18-65 were eligible": said of anyone who applies
        yield word.i, word.i + 1


def _not_for_us(span: Span) -> Iterator[tuple[int, int]]:
    """A ruling that a case is not one for a service or a process, opening a note or one
    side of its dash or colon: "Not for s42", "Not for us - NFA", "ASC view: no needs -
    not for ASC", "No role for EDT tonight", "No ASC role". "It is not for me to say" is no note's
    opening, and "not for long" names no service."""
    lower = token_view(span.doc).lower
    if not any(lower[index] in {"not", "no"} for index in range(span.start, span.end)):
        return  # most lines: no token object made for their words
    words = _words(span)
    for n, word in enumerate(words):
        opening = n == 0 or words[n - 1].text in {*DASHES, ":", ";"}
        if not opening or word.lower_ not in {"not", "no"}:
            continue
        rest = words[n + 1 : n + 5]
        if word.lower_ == "no" and rest and rest[0].lower_ == "further":
            rest = rest[1:]
        if word.lower_ == "no" and len(rest) > 1 and rest[1].lower_ == "role":
            if _a_service_or_body(rest[0]):
                yield word.i, rest[1].i + 1  # "No ASC role", "No further safeguarding role"
            continue
        if word.lower_ == "no" and rest and rest[0].lower_ == "role":
            rest = rest[1:]
        if len(rest) < 2 or rest[0].lower_ != "for":
            continue
        # What the case is not for: the object of "for", or the word after it where the
        # parse took the note apart ("Not for MARAC" parses as a fragment).
        target = next((c for c in rest[0].children if c.dep_ == "pobj"), rest[1])
        if _a_service_or_body(target) or _a_service_or_body(rest[1]):
            yield word.i, rest[0].i + 1


def _a_service_or_body(word: Token) -> bool:
    """A body ("us", "ASC", "EDT", "MARAC"), a process ("s42", "Section 42 enquiry") or a
    service a case may be for."""
    if word.lower_ == "us" or (word.is_upper and len(word.text) > 1):
        return True
    if any(c.isdigit() for c in word.text) and any(c.isalpha() for c in word.text):
        return True  # "s42"
    phrase = [word, *(t for t in word.head.subtree if t.i > word.i and t.dep_ != "punct")]
    return referent_of(word) is Referent.ORGANISATION or any(
        _decided_about(t) or t.lemma_.lower() in {"enquiry", "safeguarding", "section"}
        for t in phrase[:4]
    )


def _none_of(noun: Token, verdict: Token) -> bool:
    """'No TEC needed', 'No carers assessment required': in a note, with no verb before
    the verdict, the subject itself is refused. (A letter's "No further care is needed"
    reports the outcome its paragraph has just explained.)"""
    if any(c.dep_ in {"aux", "auxpass"} for c in verdict.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _a_role_as_a_service(noun: Token, verdict: Token) -> bool:
    """'OT not needed', 'SW not required': a professional's role named bare, with no
    article, owner or name, and said not to be needed: their input, a service refused.
    ("The OT did not need to visit" says what the OT did.)"""
    if referent_of(noun) is not Referent.PROFESSIONAL or verdict.tag_ != "VBN":
        return False
    if any(c.dep_ in {"det", "poss", "compound", "appos"} for c in noun.children):
        return False
    return not any(c.dep_ in {"xcomp", "dobj", "aux"} for c in verdict.children)


def _no_need_for_a_service(word: Token) -> bool:
    """'No need for BIA reassessment', 'no need for a carers assessment': a verdict that a
    service or an assessment is not needed, said with the noun. ("No needs identified" is
    a finding about the person, which the plural tells apart.)"""
    if word.lemma_.lower() != "need" or word.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(
            obj.dep_ == "pobj"
            and (
                _decided_about(obj) or obj.lemma_.lower().removeprefix("re") in _verdict_subjects()
            )
            for obj in prep.children
        )  # "reassessment": an assessment done again
        for prep in word.children
    )


def _outcome_rated(word: Token, span: Span) -> bool:
    """'Getting out: not met', 'Meals: met': an outcome of a review rated under its own
    label, which assesses the person's life rather than deciding about a service (where
    "Threshold: not met" and "Respite: not needed" decide)."""
    label = _label_of(span)
    if word.lemma_.lower() != "meet" or label is None:
        return False
    subjects = _verdict_subjects()
    return not any(w in subjects or w.rstrip("s") in subjects for w in label)


def _a_service(noun: Token) -> bool:
    """A service, a case or a plan, not a person, a body or an event."""
    if noun.lemma_.lower() in _EVENTS or noun.lemma_.lower() in _WANTING_NOUNS - {"plan"}:
        return False
    if noun.pos_ == "PROPN" and noun.lower_ in _services():
        return True  # "Plan continues": a capitalised note word the tagger took for a name
    return referent_of(noun) in {Referent.THING, Referent.UNKNOWN}


def _decided_about(noun: Token) -> bool:
    """A verdict's subject is something a service decides on: a service or an assessment
    ("Day centre", "CHC checklist", "S42"), or a capitalised word opening a note."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    subjects = _verdict_subjects()
    if any(w.lemma_.lower() in subjects or w.lower_ in subjects for w in words):
        return True
    # The phrase's first word opens the note: "Bed sensor not needed", "Sensory team
    # referral not to be made", "No telecare needed"; an article does not ("The").
    first = noun.left_edge
    while first.i < noun.i and (
        first.is_punct or first.is_space or (first.dep_ == "det" and first.lower_ != "no")
    ):
        first = noun.doc[first.i + 1]  # a list's dash, or "The", opens the line
    opens_the_note = first.i == noun.sent.start or noun.doc[first.i - 1].is_punct
    capitalised = noun.pos_ in {"NOUN", "PROPN"} and first.text[:1].isupper()
    return capitalised and (opens_the_note or noun.text.isupper())


def _someone(noun: Token) -> bool:
    """The noun names a person: the person, family, a professional or the writer. A bare
    capitalised word with no title is not enough ("Checklist not needed" opens a note with
    a capital that the tagger reads as a name)."""
    referent = referent_of(noun)
    if referent is Referent.PERSON and noun.pos_ == "PROPN":
        # The line's first word, after any list marker ("- Meals on wheels not needed").
        opening = next((t for t in noun.sent if not (t.is_punct or t.is_space)), noun)
        return any(c.dep_ == "compound" for c in noun.children) or noun.i > opening.i
    return referent in {*_OTHERS, Referent.WRITER}


def _names_a_service(noun: Token) -> bool:
    """'Your package of support', 'your reablement service': in a full sentence "will end"
    or "will not change" is a decision only about a service ("her pain will not change")."""
    words = [noun, *(c for c in noun.children if c.dep_ in {"compound", "prep"})]
    words += [g for c in noun.children if c.dep_ == "prep" for g in c.children]
    return _a_service(noun) and any(w.lemma_.lower() in _services() for w in words)


def _note_infinitive(verb: Token, span: Span) -> bool:
    """'Placement to continue.', 'Plan: reablement to end 12/12': the line names a thing and
    says what happens to it, with no finite verb of its own. The parse of such fragments
    varies, so the shape is read on the words."""
    previous = verb.i - 1
    if previous <= span.start or verb.doc[previous].lower_ != "to":
        return False
    words = [t for t in verb.doc[span.start : previous] if not t.is_space]
    label = _label_of(span)
    if label is not None:
        words = words[len(label) + 1 :]
    words = [t for t in words if not LIST_MARKER.fullmatch(t.text + " ")]
    if not words or words[0].lower_ in {"for", "if", "when", "whether"}:
        return False
    if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} or t.lower_ == "for" for t in words):
        return False  # "she wants to stay", "her request for the visits to end"
    # Fragments mislead the tagger: "Care/VB to stay", "befriending/VBG to end".
    nouns = [t for t in words if t.pos_ in {"NOUN", "PROPN", "NUM"} or t.tag_ in {"VB", "VBG"}]
    if not nouns:
        return False
    if any(
        t.pos_ == "PRON" or (t.dep_ not in {"pobj", "compound"} and referent_of(t) in _OTHERS)
        for t in words
    ):  # "Day centre": a capitalised word before a noun is not a name
        return False  # "Son to stay with his aunt": the family's arrangement
    if any(t.dep_ != "pobj" and _a_body_by_its_initials(t) for t in words):
        return False  # "TVN to continue", "EH and F&R to continue": another body's work
    if any(
        c.dep_ == "dobj"
        and c.pos_ == "NOUN"
        and c.left_edge.i == verb.i + 1
        and not c.left_edge.is_punct
        for c in verb.children
    ):
        return False  # "to continue their own involvement": someone keeps doing something
    last = words[-1]
    if last.lemma_.lower() == "plan" and len(words) > 1 and words[-2].pos_ in {"NOUN", "PROPN"}:
        return True  # "Care plan to continue": a plan of support, not a plan to do something
    if any(t.lemma_.lower() in _services() for t in words[:-1] if t.dep_ == "compound"):
        return True  # "Day service days to stay at 2": an amount of a service, not an event
    return last.lemma_.lower() not in _EVENTS | _WANTING_NOUNS


def _a_body_by_its_initials(token: Token) -> bool:
    """'TVN', 'F&R', 'CMHT': a team or a body named by its initials, where "POC" and "DP"
    name a service."""
    initials = token.text.replace("&", "")
    return (
        len(initials) > 1
        and initials.isalpha()
        and initials.isupper()
        and token.lower_ not in _services()
        and referent_of(token) in {Referent.ORGANISATION, Referent.PROFESSIONAL}
    )


def _kept_on_or_open(verb: Token) -> bool:
    for child in verb.subtree:
        if child.lower_ == "open" and child.head.i == verb.i:
            return True
        if child.lemma_.lower() in _KEPT_ON and child.dep_ in {"dobj", "pobj", "compound"}:
            return True
    return False


def _names_what(token: Token) -> bool:
    """'I am writing to say what we agreed': a clause naming the decision, not making it.

    So is a decision still to be made, whose question follows it ("we will decide if you
    are eligible", "to decide whether ..."), one whose object is a question word before
    it ("what services the council has agreed they need"), and one that shares that word
    with a verb before it ("to confirm what we talked about and agreed").
    """
    if _shares_a_question_word(token):
        return True
    for child in token.children:
        if child.tag_ in {"WP", "WDT", "WRB"} and child.lower_ in _WH_WORDS:
            return True
        if child.dep_ in {"ccomp", "advcl"} and any(
            g.dep_ == "mark" and g.lower_ in {"if", "whether"} for g in child.children
        ):
            return True
        edge = child.left_edge
        if child.dep_ == "ccomp" and edge.tag_ in {"WP", "WRB"} and edge.lower_ in _WH_WORDS:
            return True  # "the rules councils use to decide who can get care"
        if child.i < token.i and any(
            g.dep_ == "det" and g.lower_ in {"what", "which"} for g in child.children
        ):
            return True
    return False


def _shares_a_question_word(token: Token) -> bool:
    """'what we talked about and agreed': the decision verb, with no object or subject of
    its own, joined by "and" to the verb of a clause that a question word opens."""
    if token.dep_ != "conj" or token.i < 2 or token.doc[token.i - 1].dep_ != "cc":
        return False
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "nsubj", "nsubjpass"} for c in token.children):
        return False
    for before in reversed(token.doc[max(0, token.i - 8) : token.i - 1]):
        if before.is_punct or before.is_space:
            return False
        if before.tag_ == "WP" and before.lower_ in _WH_WORDS:
            return True
    return False


def _obligation(token: Token) -> bool:
    """'You are not required to take any action', 'the council is required to tell you':
    "required to" says what someone must do (a rule), not what was decided; so does "any
    top-up will need to be agreed", a decision still to be made, and "the policy lets us
    reduce a charge", a power to decide."""
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in {"need", "have", "require"}:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if token.dep_ in {"ccomp", "xcomp"} and token.head.lemma_.lower() in {"let", "enable"}:
        return True  # "the policy lets us reduce a charge": a power, not a decision
    return token.lemma_.lower() == "require" and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in token.children
    )


def _history(token: Token) -> bool:
    """'closed to the service in 2024', 'Referral was sent 3 wks ago': background, not the
    decision being recorded."""
    if any(t.lower_ == "ago" for t in token.subtree):
        return True
    if _agreed_before(token):
        return True
    if _in_force_until(token):
        return True
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "during"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and re.fullmatch(r"(?:19|20)\d\d", obj.text):
                    return True
    # "Open to CMHT until 2023, closed": a year earlier in the sentence dates the whole
    # line, however the parse hangs it.
    before = list(token.doc[token.sent.start : token.i])
    return any(
        word.lower_ in {"in", "during", "until", "till"} and _A_YEAR.fullmatch(after.text)
        for word, after in pairwise(before)
    )


_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _agreed_before(token: Token) -> bool:
    """'Fitted markers on the cooker dials, as agreed on 10 November', 'as previously
    decided': the decision word after "as", with no subject of its own between them, points
    back to a decision made before; the sentence records what was done about it. ("as we
    agreed" is judged with the reasons: "as" there may give one.)"""
    mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or mark.i > token.i:
        return False
    subject = _has_subject(token)
    return subject is None or subject.i < mark.i


def _in_force_until(token: Token) -> bool:
    """'DoLS authorised till 03/26', 'DoLS authorised 02/26': a note of what is in force
    and until or since when, not a decision being made. ("Case closed 02/03/26" is dated,
    and still a decision: only an authorisation, which a body outside the team grants,
    is noted by its date alone.)"""
    auxiliaries = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if token.tag_ not in {"VBN", "VBD"} or auxiliaries:
        return False
    following = [t for t in token.doc[token.i + 1 : token.i + 3] if not t.is_space]
    authorised = token.lemma_.lower() in {"authorise", "authorize"}
    if authorised and following and _DATE_VALUE.fullmatch(following[0].text.rstrip(".")):
        return True
    return (
        len(following) == 2
        and following[0].lower_ in {"until", "till", "to"}
        and _DATE_VALUE.fullmatch(following[1].text.rstrip(".")) is not None
    )


def _introduces_a_list(span: Span) -> bool:
    """'The following has been agreed:': the line announces the decisions on the lines
    below it, each of which is judged on its own. So does a heading of the decision word
    alone ("Agreed", "Decisions") on its own line over a list: it names no decision of its
    own; "Care package agreed" over a list still does."""
    words = _words(span)
    if bool(words) and words[-1].text == ":":
        return True
    if len([t for t in words if t.is_alpha]) != 1 or not _line_heading(span):
        return False
    text = doc_text(span.doc)
    line_end = text.find("\n", span[-1].idx + len(span[-1].text))
    following = text[line_end + 1 :].split("\n", 1)[0] if line_end >= 0 else ""
    return LIST_MARKER.match(following) is not None


def _declined_by_the_person(token: Token, span: Span) -> bool:
    """'Carers assessment offered – declined', 'Declined a visit': the person turning down
    an offer, not the service refusing something. A request declined ("Request to increase
    hours declined") or a refusal by a panel stays a decision."""
    if token.lemma_.lower() != "decline":
        return False
    if any(t.lemma_.lower() == "offer" for t in span if t.i < token.i):
        return True
    subject = _has_subject(token)
    if (
        subject is not None
        and subject.lower_ in _services()
        and not any(c.dep_ in {"agent", "aux", "auxpass"} for c in token.children)
    ):
        return True  # "Respite declined": a service offered and turned down, as notes say
    passive = token.tag_ == "VBN" and (
        any(c.dep_ in {"auxpass", "agent", "nsubjpass"} for c in token.children)
        or token.dep_ in {"acl", "amod"}
        or (_has_subject(token) is None and token.dep_ == "ROOT" and token.i > span.start)
    )
    return not passive and _has_subject(token) is None


# What happens to a service when it runs its course: it ends, or goes on to its planned end.
_RUNNING_ITS_COURSE = frozenset({"end", "discharge", "continue", "finish", "stop", "cease"})


def _planned_end(token: Token) -> bool:
    """'Discharge from reablement planned 6 wks', 'Reablement to continue for 2 wks then
    review': a service that is time limited by design (the decisions lexicon's
    ``time_limited`` entries) ending or running on to its end is the plan taking its
    course; the decision, with its reason, was made when the service began."""
    if token.lemma_.lower() not in _RUNNING_ITS_COURSE:
        return False
    edges = [token.left_edge.i, token.right_edge.i]
    subject = _has_subject(token)
    if subject is not None:
        edges += [subject.left_edge.i, subject.right_edge.i]
    phrase = token.doc[min(edges) : max(edges) + 1]
    return any(True for _ in find_terms(phrase, "time_limited"))


def _no_fixed_abode(token: Token) -> bool:
    """'He is NFA', 'The client ... was previously NFA', 'Mr Haile, 49, NFA': said of a
    person, the letters mean no fixed abode."""
    if token.dep_ == "appos":
        # "Mr Haile, 49, NFA": one of the words that introduce a person by name; "Mrs
        # Osborne – NFA" is a line of a list with the decision about her.
        described = [c for c in token.head.children if c.dep_ == "appos" and c.i != token.i]
        return bool(described) and referent_of(token.head) in _OTHERS
    if token.dep_ not in {"attr", "acomp"} or token.head.lemma_ != "be":
        return False
    verb = token.head
    subject = _has_subject(verb)
    if subject is None and verb.dep_ == "conj":
        subject = _has_subject(verb.head)  # "has a long history ... and was NFA"
    return subject is not None and referent_of(subject) in _OTHERS


def _names_a_topic(span: Span) -> bool:
    """'Subject: case closure', 'Decision to be made: whether she can decide where to live'.

    A line whose label is a topic, or whose label is followed by an open question, names
    the decision without making it.
    """
    words = [t for t in span if not t.is_space]
    colons = [n for n, t in enumerate(words) if t.text == ":"]
    if not colons:
        return False
    if colons[0] == 1 and words[0].lower_ in _TOPIC_LABELS:
        return True
    after = colons[0] + 1
    return after < len(words) and words[after].lower_ in _WH_WORDS


def _arranging_a_step(token: Token) -> bool:
    """'We will arrange a review', 'CHC DST to be arranged', 'Agreed to hold an MDT meeting':
    planning a step, not deciding."""
    if token.lemma_.lower() in {"agree", "decide"}:
        steps = [c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in _SETTING_UP]
        return any(_arranging_a_step(step) for step in steps)
    if token.lemma_.lower() not in _SETTING_UP:
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
    if token.dep_ == "acl":
        objects.append(token.head)
    return any(
        o.lemma_.lower() in _PROCEDURAL or (o.text.isupper() and len(o.text) > 1) for o in objects
    )


# ---------------------------------------------------------------------------------------
# Reasons
# ---------------------------------------------------------------------------------------


def _has_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _real_reason(doc: Doc, start: int, end: int) -> bool:
    token = doc[start]
    word = token.lower_
    if end - start > 1:
        return True
    if word == "as":
        before = doc[start - 1].lower_ if start > 0 else ""
        after = doc[start + 1].lower_ if start + 1 < len(doc) else ""
        two_before = doc[start - 2].lower_ if start > 1 else ""
        if (
            before in {"such", "as", "so", "same"}
            or two_before == "as"  # "as soon as", "as long as", "as well as"
            or after in _NOT_A_REASON_AFTER_AS
        ):
            return False
        if token.dep_ == "prep" and _verbless_reason(token):
            return True
        clause = token.head
        if token.dep_ != "mark" or (
            _has_subject(clause) is None and not any(c.dep_ == "expl" for c in clause.children)
        ):
            return False  # "as agreed", "as discussed", "as a carer"; "as there is" stays
        # "as she told me", "as we agreed": pointing at what was said, not giving a reason;
        # "as he has arranged his own care" says what he did, which is a reason.
        pointing_back = not any(
            c.dep_ in {"dobj", "ccomp", "nsubjpass"} and c.pos_ != "PRON" for c in clause.children
        )  # "as a move is planned" names what is planned: the reason, not the plan
        return not (pointing_back and clause.lemma_.lower() in _REFERRING_VERBS)
    if word == "since":
        return token.dep_ == "mark"
    if word in {"following", "after"}:
        if token.dep_ != "prep":
            return token.dep_ == "mark"
        objects = [c for c in token.children if c.dep_ in {"pobj", "pcomp", "dobj"}]
        return bool(objects) and all(o.lemma_.lower() not in _PROCEDURAL for o in objects)
    if word == "grounds":
        return token.head.lower_ == "on"  # "on cost grounds"; not "the grounds of the home"
    if word == "considering":
        return token.dep_ in {"prep", "advcl"} and _has_subject(token) is None
    # "Therefore" is judged with the previous sentence, in judge().
    return word not in _CONSEQUENCE


def _verbless_reason(word: Token) -> bool:
    """'IMCA not required as mum involved', 'not raised as no harm to the tenant': a note's
    reason after "as" with its verb dropped, a noun and what is true of it, or a noun
    denied. "As a carer" and "as a result" name a role or a link, with nothing said."""
    for noun in (c for c in word.children if c.dep_ == "pobj"):
        said = [
            c for c in noun.children
            if c.i > noun.i and (c.tag_ in {"VBN", "JJ"} or c.dep_ in {"acl", "amod"})
        ]  # fmt: skip
        denied = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        if said or denied:
            return True
    return False


def _reason_in(doc: Doc, unit: _Unit) -> bool:
    span = doc[unit.start : unit.end]
    for start, end in find_terms(span, "reason"):
        if _real_reason(doc, start, end):
            return True
    written = doc_text(doc)[span.start_char : span.end_char]
    if _CONSENT.search(written):
        return True  # "With your consent I made a referral": the person's wish is the reason
    if _aims_achieved(span):
        return True  # "Goals met. Case closed.": the work reached what it was for
    # Only the first two words are read: the rest of a long line needs no token objects.
    words = list(islice((t for t in span if not t.is_space), 2))
    text = written.strip().lstrip("#").strip()
    if _REASON_HEADING.fullmatch(text):
        return True  # a "Why" heading: the reason is on the lines below it
    return len(words) >= 2 and words[0].lower_ in _REASON_LABELS and words[1].text in {":", "-"}


# What a piece of work sets out to reach, and the verbs that say it was reached.
_AIMS = frozenset({"goal", "outcome", "objective", "aim"})
_REACHED = frozenset({"meet", "achieve"})
# Words that say an aim was reached only in part, or not at all.
_IN_PART = frozenset({"partially", "partly", "mostly", "not", "n't", "never"})


def _aims_achieved(span: Span) -> bool:
    """'Goals met', 'All goals achieved', 'Your desired outcomes have been met': the aims
    of the work were reached, which is the reason it ends. "Outcomes partially met" and
    "Were his outcomes met?" are not, nor "Needs met" (needs met by the support in place,
    which says nothing of ending it)."""
    doc = span.doc
    view = token_view(doc)
    # Most lines name no aim: their words are read from the doc's view, with no token
    # object made for them.
    aims = [
        index
        for index in range(span.start, span.end)
        if view.lemma[index] in _AIMS and view.pos[index] in {"NOUN", "PROPN"}
    ]
    if not aims or doc_text(doc)[span.start_char : span.end_char].rstrip().endswith("?"):
        return False
    for token in (doc[index] for index in aims):
        if token.dep_ in {"nsubj", "nsubjpass"}:
            verbs = [token.head]
        else:
            verbs = [c for c in token.children if c.dep_ in {"acl", "amod", "relcl"}]
        for verb in verbs:
            if verb.lemma_.lower() not in _REACHED:
                continue
            if not any(c.lower_ in _IN_PART for c in (*verb.children, *token.children)):
                return True
    return False


def _reason_around(doc: Doc, unit: _Unit, head: Token) -> bool:
    """A reason the line gives around the decision without a marker word:
    "Low risk, so no safeguarding referral" (the reason before "so"), and
    "Care increased: two falls at night this week" (the evidence after a colon)."""
    words = [t for t in doc[unit.start : unit.end] if not t.is_space]
    if _reason_before_so(words, head.i):
        return True
    if _reason_across_a_dash(words, head):
        return True
    colon = next((n for n, t in enumerate(words) if t.text == ":"), None)
    if colon is None or not head.i < words[colon].i:
        return False
    before = [t for t in words[:colon] if t.is_alpha]
    after = [t for t in words[colon + 1 :] if t.is_alpha]
    if len(before) < 2 or before[0].lower_ in _DECISION_LABELS | _REASON_LABELS:
        return False
    if head.lemma_.lower() in {"agree", "decide", "decision", "refer", "referral", "make"}:
        return False  # "Agreed: carers at 8", "Referral made: falls team": what, not why
    if len(after) < 3 or after[0].lower_ in {"to", "for"}:
        return False
    if _only_services_listed(words[colon + 1 :]):
        return False  # "Package remains the same: day centre x5, respite 14 nights/yr"
    return not any(True for _ in find_terms(doc[words[colon].i + 1 : unit.end], "decision"))


def _only_services_listed(words: list[Token]) -> bool:
    """What follows a colon lists services and how much of each, with nothing said about
    them: the content of the decision, not the evidence for it."""
    return any(t.lemma_.lower() in _services() for t in words) and not any(
        t.pos_ in {"VERB", "AUX", "ADJ"} and t.lemma_.lower() not in _services() for t in words
    )


def _reason_before_so(words: list[Token], until: int) -> bool:
    """'Low risk, so ...', 'SU has capacity so nothing we can do': a reason stated before
    "so" (or "therefore") in the same line, before the token at ``until``."""
    for n, token in enumerate(words):
        if token.i >= until:
            break
        following = words[n + 1].lower_ if n + 1 < len(words) else ""
        content_before = sum(1 for t in words[:n] if t.is_alpha) >= 2
        if (
            token.lower_ in {"so", "therefore", "hence", "thus"}
            and content_before
            and following not in {"that", "as", "far", "much", "many", "long", "on", "well"}
        ):
            return True
    return False


def _no_needs_found(words: list[Token]) -> bool:
    """'No further OT needs identified', 'no eligible needs': the assessment found no
    needs, which is the reason for closing that follows it."""
    return any(
        t.lemma_.lower() == "need"
        and t.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
        for t in words
    )


def _reason_across_a_dash(words: list[Token], head: Token) -> bool:
    """'Case closed – deceased', 'lunch call to stop – pointless if not eating', 'No
    ongoing needs - case closed': a note joins a decision and its reason with a dash.

    The other half is a reason when it says something about the situation (an adjective,
    a participle, a clause, or "no" needs), not when it names the person or the topic
    ("Mrs Kaur – DP agreed", "Carers assessment for Jim – on hold"), not when it is a
    discussion ("Discussed threshold for s42 – not met"), and not when it holds a decision
    of its own.
    """
    dashes = [
        n
        for n, t in enumerate(words)
        if t.text in DASHES and 0 < n < len(words) - 1 and _between_words(t)
    ]
    if len(dashes) != 1 or head.lemma_.lower() in {"decision", "decide", "agree"}:
        return False  # "Decision – not safeguarding": the decision, not its reason
    cut = dashes[0]
    other = words[cut + 1 :] if head.i < words[cut].i else words[:cut]
    content = [t for t in other if t.is_alpha]
    if not content:
        return False
    half = head.doc[other[0].i : other[-1].i + 1]
    if any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == head.i for t in other):
        return False  # "Request for an extra sitting service - declined": what is decided
    decided = any(True for _ in find_terms(half, "decision"))
    if decided or any(True for _ in _negated_verdicts(half)):
        return False
    if content[0].lemma_.lower() in _REFERRING_VERBS | {"review", "check"}:
        return False
    refusing = head.lemma_.lower() in {"decline", "refuse", "reject"} or any(
        c.dep_ == "neg" for c in head.children
    )
    if not refusing and any(
        _wisher(head.doc[s]) not in _NOT_WISHERS for s, _ in find_terms(half, _wish_terms())
    ):
        # "Shared Lives to continue – Kieran and his carers all want this"; a request
        # refused ("Request for PBS input - declined") is not refused because it was made.
        return True
    # A name stands for who the line is about ("Mrs Kaur – DP agreed"); an owner does not
    # ("Ms Zielinska's needs are short term"), nor a name inside a phrase that qualifies
    # the reason ("no eligible needs under the Care Act").
    names = [
        t for t in content
        if t.pos_ == "PROPN" and "poss" not in {t.dep_, t.head.dep_} and not _in_a_phrase(t)
    ]  # fmt: skip
    if any(referent_of(t) in _OTHER_DOERS for t in names):
        return False
    if any(t.lemma_.lower() == "change" for t in content):
        return False  # "Package to continue - no change": the decision said twice
    says_something = any(
        t.pos_ == "ADJ" or t.tag_ in {"VBN", "VBG", "VBZ", "VBP", "VBD"} or t.lower_ == "no"
        for t in content
    )
    return says_something


def _between_words(dash: Token) -> bool:
    """The dash stands apart ("closed – deceased"), not inside a word ("set-up fee")."""
    joined_before = dash.i > 0 and not dash.doc[dash.i - 1].whitespace_
    return not (joined_before and not dash.whitespace_)


def _in_a_phrase(token: Token) -> bool:
    """The word hangs from a preposition: "under the Care Act", "with the GP"."""
    return any(a.dep_ == "prep" for a in token.ancestors)


def _contingency_after(doc: Doc, unit: _Unit, head: Token) -> bool:
    """'Agreed: Marcus to arrange respite if daughter can't continue', 'Case to remain open
    until the hoist is fitted': the decision is tied to the event it waits on or guards
    against, which is why it is made."""
    words = [t for t in doc[head.i + 1 : unit.end] if not t.is_space and not t.is_punct]
    for n, token in enumerate(words[:-1]):
        if token.lower_ in _CONTINGENCIES and not _ONLY_WHEN.fullmatch(words[n + 1].text):
            return True
    return False


def _items_each_noted(doc: Doc, unit: _Unit, head: Token) -> bool:
    """'Agreed: a night sitter (started 3 August), a carer's budget (used for a course), and
    help with Carer's Allowance (awarded in September).': a list of what was agreed, each
    item with its own note in brackets, which says what it is for or what came of it."""
    colon = next((t for t in doc[head.i + 1 : unit.end] if not t.is_space), None)
    if colon is None or colon.text != ":":
        return False
    items: list[str] = []
    depth = 0
    current = ""
    for char in doc_text(doc)[colon.idx + 1 : doc[unit.end - 1].idx + len(doc[unit.end - 1])]:
        depth += (char == "(") - (char == ")")
        if char in ",;" and depth == 0:
            items.append(current)
            current = ""
        else:
            current += char
    items.append(current)
    items = [i for i in items if i.strip(" .")]
    return len(items) >= 2 and all("(" in i for i in items)


def _labelled_decision(doc: Doc, unit: _Unit) -> bool:
    """'Decision: Rosa will stay in her room': a decision under a label, whose reasons
    often follow under their own heading a line or two below."""
    label = _label_of(doc[unit.start : unit.end])
    return label is not None and bool(_DECISION_LABELS & set(label))


# How many lines under a heading that names a decision are read for its reason.
HEADING_REASON_REACH = 3


def _decision_heading(doc: Doc, unit: _Unit) -> bool:
    """'Decision not to inform the police': a line of its own that opens with the word of a
    decision label and heads the section below it, where its reason follows ("Not reported
    at this stage. Reason: ..."), as it would under the label "Decision:"."""
    span = doc[unit.start : unit.end]
    first = next((t for t in span if t.is_alpha), None)
    return (
        first is not None
        and first.lower_ in _DECISION_LABELS
        and first.text[:1].isupper()
        and _line_heading(span)
    )


def _list_follows(doc: Doc, unit: _Unit) -> bool:
    """The line after ``unit`` is a list item: "Agreed" over "- I will refer ..."."""
    text = doc_text(doc)
    last = doc[unit.end - 1]
    line_end = text.find("\n", last.idx + len(last.text))
    return line_end >= 0 and LIST_MARKER.match(text, line_end + 1) is not None


def _purpose_given(head: Token, phrase: Span) -> bool:
    """The decision carries its own purpose: "..., to give the plan time to work",
    "Referral to OT for a shower assessment". An infinitive with its own subject after
    "for" says what was decided, not what for ("Best interests decision made for Mr Novak
    to stay at Elm Lodge")."""
    for token in head.subtree:
        if (
            token.i != head.i
            and token.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            and not _after_and(head, token)
            and not any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)
        ):
            return True
        if _so_that_dropped(head, token):
            return True
    if any(t.lemma_.lower() in {"refer", "referral"} for t in phrase):
        for token in head.subtree:
            if token.dep_ == "prep" and token.lower_ == "for":
                return any(c.dep_ == "pobj" for c in token.children)
    return False


def _so_that_dropped(head: Token, clause: Token) -> bool:
    """'I am transferring her to your team so she has one worker': a clause after the
    decision, opened by "so" with its own subject, that says what the decision is for
    ("so that" with "that" dropped). "So" opening the sentence, or before the decision
    ("low risk, so no referral"), gives the reason before it instead (see judge)."""
    return (
        clause.dep_ == "advcl"
        and clause.head.i == head.i
        and clause.i > head.i
        and any(c.dep_ == "mark" and c.lower_ == "so" and c.i > head.i for c in clause.children)
        and _has_subject(clause) is not None
    )


def _after_and(head: Token, clause: Token) -> bool:
    """'DP to be suspended and the DP team to arrange care': a second note joined by "and",
    which the parser may take for a purpose ("to arrange care") of the first."""
    low, high = sorted((head.i, clause.i))
    return any(t.dep_ == "cc" for t in head.doc[low + 1 : high])


def _opens_with_consequence(doc: Doc, unit: _Unit) -> bool:
    words = [t for t in doc[unit.start : unit.end] if not t.is_space and not t.is_punct]
    if not words:
        return False
    first = words[0].lower_
    if first in _CONSEQUENCE:
        return True
    return first == "as" and len(words) > 2 and [w.lower_ for w in words[1:3]] == ["a", "result"]


def _refers_back(doc: Doc, unit: _Unit) -> bool:
    """'Agreed.' or 'He agreed to this.': the decision answers the sentence before."""
    words = [t for t in doc[unit.start : unit.end] if t.is_alpha]
    return len(words) <= 2 or any(t.lower_ in {"this", "that"} and t.dep_ == "pobj" for t in words)


# ---------------------------------------------------------------------------------------
# The rule
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Verdict:
    """One sentence's decision, and what it offers the sentences around it."""

    unit: _Unit
    decision: str | None  # the decision words as written
    agreement: bool  # "Agreed to ...", "We agreed that ...": may answer a request before it
    reason_here: bool
    wish_here: bool  # someone asks for or wants something
    unreasoned: bool
    decided: bool = False  # the sentence records a decision, with or without its reason
    closure: bool = False  # its unreasoned decision closes the case: "Case closed."
    eligibility: bool = False  # it decides eligibility, with its reason: "Not eligible as ..."
    after_eligibility: bool = False  # its unreasoned decision closes or grants: "DPA approved."
    # What it decides about, as "verb|noun" keys ("remove|call"): a reasoned decision
    # answers a later sentence that restates it.
    topics: frozenset[str] = frozenset()


def judge(doc: Doc, in_quote: Any) -> list[Verdict]:
    """For each sentence of ``doc``: its decision, if any, and whether it lacks a reason."""
    units = units_of(doc)
    reasons = [_reason_in(doc, u) for u in units]
    found = [decisions_in(doc, u, in_quote) for u in units]
    for n in _aims_listed(doc, units):
        found[n] = []

    def explains(n: int) -> bool:
        """Unit ``n`` gives the reason for a decision before it: its reason is not its own
        decision's ("- Refer to OT. Reason: the bath lift is no longer safe." answers only
        its own line), or it records the person's wish ("She chose to stay with her
        aunt")."""
        if n >= len(units):
            return False
        if _opens_with_reason(doc, units[n]):
            return True
        if _new_line_item(doc, units[n - 1], units[n]):
            return False  # a line of a list or a log keeps its reason for itself
        if found[n]:
            # A decision of its own keeps its reason for itself ("Day centre not offered.
            # Care home not pursued as he does not want this."), unless it points back to
            # the decision before ("I recommend this because ...") or rules out the other
            # choice ("Home with four visits a day. Not a care home, because ...").
            return reasons[n] and (
                any(_points_back(h) for h, _ in found[n])
                or (
                    bool(found[n - 1])
                    and not any(_negated(h, p) for h, p in found[n - 1])
                    and any(_negated(h, p) for h, p in found[n])
                )
            )
        # Sentences of prose explain one another.
        return reasons[n] or _wish_in(doc, units[n])

    verdicts: list[Verdict] = []
    for n, unit in enumerate(units):
        decisions = found[n]
        reasoned = reasons[n] or explains(n + 1)
        if n + 2 < len(units) and _labelled_decision(doc, unit):
            reasoned = reasoned or explains(n + 2)
        if not reasoned and found[n] and _decision_heading(doc, unit):
            # The section under the heading records the decision: its reason is read there,
            # in a line that gives one ("I am closing the enquiry because ..."), and a list
            # under "Agreed" holds the decisions, each judged on its own line.
            below = range(n + 1, min(n + 1 + HEADING_REASON_REACH, len(units)))
            reasoned = _list_follows(doc, unit) or any(
                _opens_with_reason(doc, units[m]) or reasons[m] for m in below
            )
        bare = [
            (h, p)
            for h, p in decisions
            if not _purpose_given(h, p)
            and not _reason_around(doc, unit, h)
            and not _contingency_after(doc, unit, h)
            and not _items_each_noted(doc, unit, h)
        ]
        first = bare[0] if bare else None
        agreement = (
            first is not None
            and not _negated(first[0], first[1])
            and (
                first[0].lemma_.lower() == "agree"
                or (_refers_back(doc, unit) and not _closes(first[0]))
            )
        )  # "Family want it extended. Not extended.": a refusal is not agreeing to it; nor
        # is "Case closed." after "She wants to be left alone" agreeing to her wish
        if first is not None and not reasoned and _evidence_follows_request(doc, units, n, found):
            reasoned = True
        if first is not None and not reasoned and n > 0:
            previous = verdicts[n - 1]
            if _opens_with_consequence(doc, unit):
                # "Therefore we will not provide services": the reason is the sentence
                # before, so it counts only if that sentence is not a bare decision itself.
                reasoned = not previous.unreasoned
            elif agreement:
                # "Jasmine asked for a sign on her door. Agreed.": her request is the reason.
                reasoned = previous.reason_here or previous.wish_here
            before = next((m for m in (n - 1, n - 2) if m >= 0 and found[m]), None)
            if not reasoned and _closes(first[0]) and before is not None:
                # "Not eligible, as her needs are short term. Case closed.": the closure
                # follows from the decision just before it, and shares its reason.
                reasoned = not verdicts[before].unreasoned
            if not reasoned and _closes(first[0]) and not found[n - 1]:
                # "SU has capacity so nothing we can do. NFA.": the closure follows from
                # the reason just given, which belongs to no decision of its own.
                said = [t for t in doc[units[n - 1].start : units[n - 1].end] if not t.is_space]
                reasoned = (
                    reasons[n - 1]
                    or _reason_before_so(said, units[n - 1].end)
                    or _no_needs_found(said)
                )
            if not reasoned and _follows_eligibility(first[0]):
                # "Not eligible - her needs are short term. Checklist not needed. Case
                # closed.": the case closes on the eligibility decision reasoned above.
                reasoned = any(v.eligibility for v in verdicts)
        topics = _topics(doc, unit, decisions if first is None or reasoned else [first])
        if first is not None and not reasoned and n > 0:
            # "Lunch call to be removed, as per family request. ... Lunch call removed from
            # 02/02.": the decision restated, reasoned where it was first made.
            reasoned = any(topics & v.topics for v in verdicts if not v.unreasoned)
        verdicts.append(
            Verdict(
                unit=unit,
                decision=first[1].text if first is not None else None,
                agreement=agreement,
                reason_here=reasons[n],
                wish_here=_wish_in(doc, unit),
                unreasoned=first is not None and not reasoned,
                decided=bool(decisions),
                closure=first is not None and _closes(first[0]),
                eligibility=_eligibility_reasoned(doc, unit, bool(decisions), first, reasoned),
                after_eligibility=first is not None and _follows_eligibility(first[0]),
                topics=topics,
            )
        )
    return verdicts


# Nouns too general to tell one decision from another: "case closed" is every closure.
_GENERAL_NOUNS = frozenset({"case", "decision", "outcome", "plan", "action", "time", "today"})


def _topics(doc: Doc, unit: _Unit, decisions: list[tuple[Token, Span]]) -> frozenset[str]:
    """'remove|call' for "Lunch call to be removed": each decision's verb with each thing
    named in its sentence, so that the same decision said again can be recognised."""
    if not decisions:
        return frozenset()  # most sentences decide nothing: no verb to pair a noun with
    nouns = {
        _name_in(t, unit)
        for t in doc[unit.start : unit.end]
        # The cheap tests first: most words fail one before their children are read.
        if t.dep_ != "compound"
        and t.is_alpha
        and t.lemma_.lower() not in _GENERAL_NOUNS
        # A note's fragments mislead the tagger: "Lunch call/VB to be removed".
        and (t.pos_ in {"NOUN", "PROPN"} or any(c.dep_ == "compound" for c in t.children))
    }
    # "Agreed to remove the lunch call" decides to remove it, as "Lunch call removed" does.
    verbs = [
        (verb, phrase)
        for head, phrase in decisions
        for verb in (head, *(c for c in head.children if c.dep_ in {"xcomp", "ccomp"}))
    ]
    return frozenset(
        f"{verb.lemma_.lower()}|{noun}"
        for verb, phrase in verbs
        for noun in nouns
        if noun not in {t.lemma_.lower() for t in phrase}
    )


def _name_in(noun: Token, unit: _Unit) -> str:
    """A thing named with its compounds in the sentence: "lunch call" and "tea call" are
    different calls (a log's initials on the line before are not part of the name)."""
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.i >= unit.start]
    return " ".join(t.lemma_.lower() for t in (*compounds, noun))


def _evidence_follows_request(
    doc: Doc, units: list[_Unit], n: int, found: list[list[tuple[Token, Span]]]
) -> bool:
    """'Pls suspend the DP with immediate effect. No returns for 6 months.': a request to
    another team is followed by the evidence for it, in a statement with no decision of
    its own, often with no marker word."""
    words = [t for t in doc[units[n].start : units[n].end] if t.is_alpha]
    if not words or words[0].lower_ not in _REQUESTING or n + 1 >= len(units):
        return False
    following = doc[units[n + 1].start : units[n + 1].end]
    content = [t for t in following if t.is_alpha]
    return not found[n + 1] and not _is_question(following) and len(content) >= 3


# Verbs that grant what someone was found eligible for: "Deferred payment approved".
_GRANTING = frozenset({"approve", "award", "grant", "fund"})


def _follows_eligibility(head: Token) -> bool:
    """A decision that follows from an eligibility decision: closing the case after "not
    eligible", granting what was asked for after "eligible"."""
    return _closes(head) or head.lemma_.lower() in _GRANTING


def _eligibility_reasoned(
    doc: Doc, unit: _Unit, decided: bool, bare: tuple[Token, Span] | None, reasoned: bool
) -> bool:
    """The sentence settles eligibility and says why: "Not eligible as her needs are
    short term", "Does not meet eligibility criteria - no care needs" (which the rule
    does not take for a decision of its own, having an object)."""
    span = doc[unit.start : unit.end]
    if _ELIGIBILITY.search(doc_text(doc)[span.start_char : span.end_char]) is None:
        return False
    if decided:
        return bare is None or reasoned
    words = [t for t in doc[unit.start : unit.end] if not t.is_space]
    return reasoned or _reason_before_so(words, unit.end) or _reason_across_a_dash(words, words[0])


def _aims_listed(doc: Doc, units: list[_Unit]) -> Iterator[int]:
    """The lines under a heading of aims ("Outcomes:", "My goals") that each name an aim
    ("To increase independence with ADLs.", "Reduce social isolation."): what the plan
    works towards, not a decision about the person's support."""
    under_aims = False
    for n, unit in enumerate(units):
        span = doc[unit.start : unit.end]
        if _line_heading(span):
            under_aims = _names_aims(span)
        elif n == 0 or not _new_line_item(doc, units[n - 1], unit):
            under_aims = False  # prose after the list
        elif under_aims and _an_aim(span):
            yield n


def _line_heading(span: Span) -> bool:
    """A short line that does not end a sentence: "4. Outcomes", "Outcomes:"."""
    last = span[-1]
    if last.text in {".", "!", "?"}:
        return False  # most lines: their words need not be counted
    text = doc_text(span.doc)
    end = last.idx + len(last.text)
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    if rest.strip():
        return False
    words = [t for t in _words(span) if t.is_alpha]
    return 0 < len(words) <= MAX_SECTION_HEADING_WORDS


def _names_aims(span: Span) -> bool:
    """A heading of what a plan aims at: "Outcomes", "My goals", "What I want to achieve"."""
    return any(t.lower_ == "outcomes" or t.lemma_.lower() in _AIM_WORDS for t in span if t.is_alpha)


def _an_aim(span: Span) -> bool:
    """A line naming an aim as an infinitive or a bare verb: "To be safe.", "Reduce risk."."""
    words = [t for t in span if t.is_alpha]
    if not words:
        return False
    marker = _words(span[: words[0].i - span.start])
    if any(not (t.is_punct or t.like_num) for t in marker):
        return False  # the line opens with something other than its list marker
    if len(words) > 1 and words[0].lower_ == "to" and words[1].tag_ == "VB":
        return True
    return words[0].tag_ == "VB"


def _new_line_item(doc: Doc, before: _Unit, unit: _Unit) -> bool:
    """``unit`` opens a line of its own after a finished line or as a list item, rather
    than continuing a hard-wrapped sentence."""
    start = doc[unit.start].idx
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip(BULLET_GLYPHS + " \t()0123456789."):
        return False
    last = doc[before.end - 1]
    return LIST_MARKER.match(text, line_start) is not None or last.text in {".", "!", "?"}


def _negated(head: Token, phrase: Span) -> bool:
    return any(c.dep_ == "neg" for c in head.children) or any(
        t.lower_ in _NEGATIONS for t in phrase.doc[max(phrase.start - 2, 0) : phrase.end]
    )


def _points_back(head: Token) -> bool:
    """'I recommend this because ...', 'This plan was agreed as ...': a decision that
    names the one before it, by "this" or "that", as what it decides or as its subject."""
    for t in head.subtree:
        if t.lower_ not in {"this", "that"}:
            continue
        if t.dep_ in {"dobj", "nsubj", "nsubjpass"} and t.head.i == head.i:
            return True
        if t.dep_ == "det" and t.head.dep_ in {"nsubj", "nsubjpass"} and t.head.head.i == head.i:
            return True
    return False


def _closes(head: Token) -> bool:
    """A closure of the case: "Case closed", "Close.", "NFA", "no further action"."""
    if head.lemma_.lower() == "action" and any(c.lower_ == "further" for c in head.children):
        return True
    return head.lemma_.lower() in {"close", "closure", "nfa"} or head.lower_ == "nfa"


def _opens_with_reason(doc: Doc, unit: _Unit) -> bool:
    """'Reason: ...', 'Because ...', 'This is because ...': the line is a reason."""
    first = next((t for t in doc[unit.start : unit.end] if not t.is_space and not t.is_punct), None)
    if first is None:
        return False
    if first.lower_ in _REASON_LABELS:
        return True
    if first.lower_ in _CONSEQUENCE:
        return False  # "Therefore ...": a consequence of what came before, not a reason for it
    first_reason = next(iter(find_terms(doc[unit.start : unit.end], "reason")), None)
    return first_reason is not None and first_reason[0] <= first.i + 1


def _wish_in(doc: Doc, unit: _Unit) -> bool:
    """The sentence records what the person or their family asked for or wants: agreeing
    to it has a reason. A provider's or a team's request is not one ("The 1:1 request made
    by the home", "Brokerage request sent"): it asks for the decision, it does not give the
    person's reason for it."""
    span = doc[unit.start : unit.end]
    return any(
        not any(c.tag_ in {"WP", "WDT", "WRB"} for c in doc[start].children)
        and _wisher(doc[start]) not in _NOT_WISHERS
        for start, _ in find_terms(span, _wish_terms())
    ) or any(
        _asks_to_have(word) and _wisher(word) not in _NOT_WISHERS
        for word in _verbs_with_lemma(span, "ask")
    )  # "what she wants from the enquiry" names a topic, not her wish


def _verbs_with_lemma(span: Span, lemma: str) -> Iterator[Token]:
    """The verbs of ``span`` with the lower-case lemma ``lemma``, found in the doc's view:
    a token object is made for those only."""
    view = token_view(span.doc)
    for index in range(span.start, span.end):
        if view.lemma[index] == lemma and view.pos[index] == "VERB":
            yield span.doc[index]


# Modals by which someone asks to be allowed or given something: "asked if she could".
_ASKING_MODALS = frozenset({"can", "could", "may", "might"})


def _asks_to_have(word: Token) -> bool:
    """'You asked whether you could have a shower twice a week', 'He asked to move rooms':
    a request put as a question of what may be done, or with an infinitive."""
    if word.lemma_.lower() != "ask" or word.pos_ != "VERB":
        return False
    for clause in word.children:
        if clause.dep_ == "ccomp" and any(
            c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children
        ):
            return any(c.dep_ == "aux" and c.lower_ in _ASKING_MODALS for c in clause.children)
        if clause.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            return True
    return False


# Whose requests are not the person's wishes: services, teams, bodies, and things.
_NOT_WISHERS = frozenset(
    {Referent.PROFESSIONAL, Referent.ORGANISATION, Referent.HOME, Referent.THING, Referent.WRITER}
)
# Verbs by which a service puts in a request of its own: "Brokerage request sent".
_SENDING = frozenset({"send", "make", "submit", "raise", "email", "forward", "complete", "chase"})


def _wisher(word: Token) -> Referent:
    """Who wants or asks: the subject of a verb ("Raj asked for"), or for a noun its owner
    ("her request"), the body that made it ("the request made by the home"), or the writer
    when the service sends it ("Brokerage request sent for a new provider")."""
    if word.pos_ in {"VERB", "AUX"}:
        return doer_of(word)[0]
    for child in word.children:
        if child.dep_ == "poss":
            return referent_of(child)
        if child.dep_ == "prep" and child.lower_ == "from":
            source = next((g for g in child.children if g.dep_ == "pobj"), None)
            if source is not None:
                return referent_of(source)
        if child.dep_ in {"acl", "relcl"}:
            agent = next((g for g in child.children if g.dep_ == "agent"), None)
            maker = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
            if maker is not None:
                return referent_of(maker)
    if word.dep_ in {"nsubj", "nsubjpass", "dobj"} and word.head.lemma_.lower() in _SENDING:
        doer = doer_of(word.head)[0]
        return Referent.WRITER if doer in {Referent.UNKNOWN, Referent.WRITER} else doer
    return Referent.UNKNOWN


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    start += lead
    bullet = LIST_MARKER.match(text[start:end])
    if bullet:
        start += bullet.end()
    return start, start + len(text[start:end].rstrip())


MODEL_ADVICE = (
    "This sentence reads as a decision recorded without its reason; give the reason in this "
    "sentence or the next."
)


@rule(
    code="RL701",
    name="decision-without-reason",
    category=Category.RATIONALE,
    standard="2.rationale",
    severity=Severity.WARNING,
    needs=[Need.TAGS, Need.PARSE],
    kinds=RECORD_KINDS,
    allow_in_quotes=True,
    merges=False,
    gate=may_record_a_decision,
)
def decision_without_reason(ctx: ParagraphContext) -> None:
    """Finds sentences that record a decision but give no reason for it.

    ## Why it matters
    Standard 2 asks for a clear rationale for key decisions, and Standard 7 for decision
    making that is defensible and clearly recorded. Safeguarding Adults Reviews and the
    Ombudsman keep finding decisions ("NFA", "case closed", "not eligible") with no reason:
    the person cannot see why, and the next worker cannot tell whether it still holds.

    ## Example
    Before:
    > Mrs Pollard told me she manages at home. Case closed.

    After:
    > Mrs Pollard told me she manages at home. Case closed because she has the help she
    > wants from her daughter and asked us to stop visiting.

    ## What counts
    A decision is a sentence with a word or phrase from the decisions lexicon (agreed,
    decided, closed, NFA, not eligible, increase, reduce, best interests decision,
    withdraw ...) that the writer or the service makes. A reason is a marker from the same
    lexicon ("because", "due to", "so that", "given that", "as" before a clause, "since"
    before a clause, "following" an event, "the reason", "Reason:") in the same sentence
    or the next one. A sentence that opens with "Therefore" or "So" takes its reason from
    the sentence before, if that sentence is not itself a decision without a reason; a bare
    "Agreed." takes it from the request or reason just before it. Sentences are also cut at
    line breaks, so a heading or list item stands alone. The next sentence is looked for
    in the same paragraph, and in the first sentence of the next paragraph; under a
    "Decision:" or "Outcome:" label, the line after next too, and a "Why" heading counts
    as the reason that follows it.

    Notes and letters also record decisions with no lexicon word: "Placement to continue",
    "Psychology input to end", "Day service days to stay at 2", "Case kept on the waiting
    list", "Your homecare will end on 4 April", "You will not be offered a further review",
    "Package of care unchanged", "The DP is to be ended"; a verdict refused ("Checklist not
    needed", "Day centre not appropriate", "not offered at this time", "No need for a carers
    assessment", "No telecare needed", "OT not needed"); a service or an assessment that
    will not be done ("Referral not to be made", "We will not be completing an assessment");
    a change to a service in a note's shape ("Lunch call to be removed from Monday", "Case
    to be stepped down to locality"); a service ended in a note's passive ("Shower call
    stopped") or named ending ahead ("Your lunch call will cease"); a claim or an
    application refused ("Your claim has been refused"); an action not taken ("Police not
    informed at this stage", "Safeguarding concern not raised"); a case ruled out for a body
    or a process ("Not for s42", "No role for EDT tonight", "No ASC role"); a bare verb that
    keeps a service or closes a case ("Plan: continue 2 calls", "To continue.", "Mrs Lambert
    – close.", "Outcome: continue as is"); a note's sentence opening with a decision verb
    in its bare form, however the tagger reads it ("Recommend SA 12 months.", "Recommend
    move to EMI nursing."); eligibility granted ("Eligible.", "Eligibility:
    eligible.", "SU meets eligibility"; not "eligible needs" nor "eligible for a bus pass");
    a note's line that names whom it is about before a dash ("Miss D Walsh - reduce to 1 x
    AM call"); and the writer saying no ("I've said no to the extra call"). A closure that
    follows the unreasoned decision just before it ("Not eligible. Case closed.") is one
    finding over both sentences: one decision, said twice; so is a second sentence on the
    same line that changes the same service ("- Miss D Walsh - reduce to 1 x AM call from
    07/12. PM call to cease."). Agreeing to a clause is a decision when the clause decides
    something ("We agree the team can close the case", "Agreed to increase the calls"). A
    reason with no marker word counts too: the person's consent or request ("with your
    consent"), a reason before "so" ("low risk, so no referral"), a reason after "as" with
    its verb dropped ("IMCA not required as family involved"), evidence after a colon ("Care
    increased: two falls at night this week") or across a dash ("Case closed – deceased",
    "Lodgings to continue – she and her hosts want this"), "as" before a clause naming what
    is planned ("as a move is planned"), the person's wish in the next sentence ("She chose
    to stay with her aunt"), a request before an agreement put as a question of what may be
    done ("You asked whether you could have a shower twice a week. I have agreed to this."),
    what a decision is for after "so" with its own subject ("I am transferring her to your
    team so she has one worker"), a reason "on cost grounds", and the event a decision waits
    on or guards against ("respite to be arranged if her daughter cannot continue", "care
    suspended while she is in hospital", "case to close once the mental health team
    allocates"). A request to another team ("Pls suspend the DP", "Please can you reduce his
    PoC") is the writer's decision, and takes the statement after it as its evidence. A line
    of a list or a log keeps its reason for its own decision; a closure shares the reason of
    the decision just before, of a reason or a finding of no needs in the sentence just
    before ("No further OT needs identified. Case closed."), of the aims of the work reached
    ("Goals met. Case closed.", "Your desired outcomes have been met."; not "Outcomes
    partially met" nor "Needs met"), of an eligibility decision made with its reason earlier
    in the record (so does a grant: "Eligible: yes - capital below the limit." ... "Deferred
    payment approved."), and, in a letter, of the reasons closing the paragraph before. A
    decision said again after it was made with its reason shares that reason.

    ## Stays quiet on
    - the person's, a relative's or another body's decisions: "She agreed with her daughter
      that the garden looks nice", "GP agreed to visit", "NFA by police", "Day centre have
      suspended him for a week", a line of minutes labelled with another body ("Housing:
      new locks agreed"), the person or a relative opening the clause however the parse
      hangs the verb ("– Rashid and Shahida agreed", "SU reluctant but agreed to trial");
      a note's capitalised first word that is no one's name is not taken for a person
      ("Review closed." is flagged);
    - an approval credited to the service's manager or panel, which records who authorised
      a decision ("Funding agreed by EDT manager", "Manager agreed."); a refusal by them
      ("declined by panel") and their approving a clause that decides ("TM agreed case can
      close") are still flagged;
    - aims listed under a heading of outcomes or goals ("Outcomes: 1. To be safe. 2. Reduce
      social isolation."), what a capacity assessment found ("it has been determined that
      you have capacity"), and people pausing with nothing paused ("we paused");
    - questions and conditions: "Should we close the case?", "If there is no reply, the
      case will be closed", "a cooker would reduce the risk";
    - decision words as labels or topics: "discharge meeting", "eligible needs", "with her
      agreement", "The referral was received from the GP", "Decision to be made: whether
      ...", "What we decided and why", a meeting planned to make a decision ("A meeting to
      make a best interests decision will be held on Friday"), a bracket saying what a
      term means ("(a decision made on his behalf ...)");
    - a heading over a list or labelled lines whose noun the decision word only describes
      ("Agreed next steps", "Transfer summary"), and a heading that opens with a decision
      label's word whose reason follows within three lines ("Decision not to inform the
      police" / "Not reported at this stage. Reason: ..."; "Decision to close" / "I am
      closing the enquiry because ...") or that stands over a list of the decisions
      ("Agreed" / "- I will refer ...");
    - a decision word that points at a decision made elsewhere and names none here
      ("Fitted the markers, as agreed on 10 November", "I am writing to confirm what we
      talked about and agreed");
    - a thing that acts in the present tense ("the sensor and the pendant reduce it"; "the
      new plan reduces the calls" changes a service and is flagged), a list of agreed
      items each with its own note in brackets, and agreeing on what a fact meant ("we
      agreed that this meant she had not been able to speak for herself");
    - discharge from hospital, and "following the assessment" is not taken for a reason
      (it says when, not why), while "following the fall" is;
    - the person's own quoted words;
    - a page of information checked as a letter, with no salutation or sign-off and
      speaking to its reader as "you" throughout: it tells anyone how things are decided
      ("It is agreed annually", "We will then review and approve your plan") rather than
      recording a decision about someone;
    - form fields, addresses and headings ("Address: 4 Elm Close", "Closure of your
      homecare service", "Manager decision – safeguarding"), findings reported as
      findings ("the concern has been substantiated", "Neglect: substantiated", "lacks
      capacity to decide"), "close" as an adjective, a panel named by what it does
      ("Funding panel 28/01"), and transfers observed in an assessment ("Transfers bed to
      chair with one carer");
    - a service that is time limited by design ending as planned ("Discharge from
      reablement planned at six weeks"), an authorisation noted by its date ("DoLS
      authorised 02/26"), and an outcome rated under its own label ("Getting out: not
      met");
    - agreeing who does what next or what a situation needs ("We agreed the home would
      review the sling size", "We agreed with her that I will ring on Thursday", "Agreed
      I could post the leaflet", "We agreed this needs a second opinion"), a decision
      someone else hopes for ("She hopes to be discharged next week") or a person is able
      to make ("long enough to decide"), a level an assessment reports ("Risk reduced to
      high", "Risk: reduced"), how a service is paid for ("LA funded", "funded via
      EHCP"), another body's work going on ("TVN to continue"), a decision in brackets
      credited to someone else ("(GP and pharmacist agreed)") or noted by who made it or
      when ("(recommended 02/05/25)"), one still to come ("before anything is decided",
      "TM to decide"), a line dated to an earlier year ("open to CMHT until 2023,
      closed"), and "NFA" said of a person, which is no fixed abode ("He was previously
      NFA", "Mr Wrobel, 52, NFA").

    Plans without a decision word ("We will review in six weeks") are not decisions, and
    neither are handoffs ("Referral to OT", "Passed to the duty team", "Escalated to the
    team lead"), a discharge ("to be discharged home on Friday"), the person turning
    down an offer ("Carers assessment offered – declined", "Respite declined"), or lines
    that only announce a list ("The following has been agreed:"). A provider's or a team's
    request is not the person's wish, so it gives no reason for agreeing to it; nor does
    closing a case agree to the wish before it ("She wants to be left alone." ... "Case
    closed." is flagged).

    ## Sentence model
    Off by default; with `[sentence-model] enabled = true`, where the patterns read no
    decision at all, a sentence that the trained sentence model
    (``recordlint.sentence_model``) scores above 0.7 for a decision with no reason is flagged
    ("This sentence reads as a decision recorded without its reason"): the line of the
    sentence that holds its main verb. Never in quotations, never where the patterns read a
    decision (and found or gave its reason), never for a service time limited by design, and
    only in the paragraphs the rule reads (its gate) of case notes, assessments, letters and
    emails. It finds decisions worded in ways no pattern names ("PA hours to remain at 6 per
    week, no change.").

    The model is logistic regression over hashed features of the engine's parse (words,
    lemmas, bigrams, who the subject is, dependency relations, negation, modals, the
    reviewed decision and reason words), trained on the development gold only
    (``bench/train_sentence_model.py``). Measured by leaving one development batch out at a
    time (``bench/sentence_model_cv.py --engine``: the model never saw the writer it
    scores), decisions without a reason went from 0.83 / 0.68 to 0.80 / 0.70 (precision /
    recall pooled over twenty-four groups, seven of them writers added after the model was
    first built; by F1 nine better, four worse, eleven unchanged), with no more warnings on
    exemplary records and none in quotations: a little more recall for a little less
    precision, no clear gain. Dropping the rule's findings that the model scored low lost
    more true findings than false ones, so it is not a gate. Its limits: it learned from
    some 540 marked sentences by twenty-one writers; the thresholds were chosen on the same
    folds, so the gain is if anything a little flattering; it reads one sentence at a time
    (features of the sentences either side made it no better), so a reason in the next
    sentence is for the patterns to see, which is why they go first. It is off by default
    because on the real texts of corpus/real it added one false alarm (a charging policy,
    "The initial six weeks support ... is not charged for.", read as a decision), and false
    alarms on real text must not rise.
    """
    assert ctx.doc is not None
    doc = ctx.doc
    verdicts = judge(doc, ctx.in_quote)
    after_eligibility: list[int] = []
    unreasoned_topics: list[tuple[int, list[str]]] = []
    flagged: list[tuple[int, int, Verdict, bool]] = []  # start, end, verdict, said again
    for n, verdict in enumerate(verdicts):
        if not verdict.unreasoned:
            continue
        first = doc[verdict.unit.start]
        last = doc[verdict.unit.end - 1]
        start, end = _trimmed(ctx.text, first.idx, last.idx + len(last.text))
        if verdict.after_eligibility:
            after_eligibility.append(start)
        unreasoned_topics.append((start, sorted(verdict.topics)))
        said_again = n > 0 and (
            verdict.closure or _same_change_on_the_line(ctx.text, verdicts[n - 1], verdict, doc)
        )
        if said_again and flagged and flagged[-1][2] is verdicts[n - 1]:
            # "NFA. Case closed.", "No role for EDT tonight. NFA.": a closure following
            # from the decision just before wants the same reason, so it is one finding.
            flagged[-1] = (flagged[-1][0], end, flagged[-1][2], True)
            continue
        flagged.append((start, end, verdict, False))
    for start, end, verdict, said_again in flagged:
        where = "These sentences" if said_again else "This sentence"
        ctx.flag(
            start,
            end,
            f'{where} may record a decision ("{verdict.decision}") without saying why; '
            "give the reason in this sentence or the next.",
        )
    read = [
        (doc[v.unit.start].idx, doc[v.unit.end - 1].idx + len(doc[v.unit.end - 1].text))
        for v in verdicts
        if v.decision is not None or v.decided
    ]
    for scored in confident_sentences(doc, ctx.kind.value, ctx.config, "rationale"):
        # A sentence the sentence model is confident records a decision with no reason,
        # where this rule found none (see recordlint.sentence_model).
        start, end = _trimmed(ctx.text, scored.main_start, scored.main_end)
        if start >= end or ctx.in_quote(start, end):
            continue
        if any(start < e and s < end for s, e in read):
            continue  # the rule read a decision here, and gave or found its reason
        sentence = char_span(doc, start, end, "expand")
        if sentence is None or any(True for _ in find_terms(sentence, "time_limited")):
            continue  # a service time limited by design runs its course (see _planned_end)
        ctx.flag(start, end, MODEL_ADVICE)
    if verdicts:
        # What the paragraphs either side need to know (see the finalizer below).
        ctx.facts["rationale.first"] = _edge(verdicts[0])
        last_edge = _edge(verdicts[-1])
        # A long sentence may be cut in two; the decision is in either half.
        last_edge["reasoned_decision"] = any(v.decided and not v.unreasoned for v in verdicts[-2:])
        # A letter gives its reasons, then closes in a paragraph of its own.
        last_edge["reason_near_end"] = any(v.reason_here for v in verdicts[-2:])
        ctx.facts["rationale.last"] = last_edge
        ctx.facts["rationale.eligibility"] = any(v.eligibility for v in verdicts)
        ctx.facts["rationale.after_eligibility"] = after_eligibility
        ctx.facts["rationale.unreasoned_topics"] = unreasoned_topics
        ctx.facts["rationale.reasoned_topics"] = sorted(
            {t for v in verdicts if v.decided and not v.unreasoned for t in v.topics}
        )


def _same_change_on_the_line(text: str, before: Verdict, verdict: Verdict, doc: Doc) -> bool:
    """'- Miss D Walsh - reduce to 1 x AM call from 07/12. PM call to cease.': a second
    sentence on the same line that changes the same service as the one before completes
    that decision, so it is one finding."""
    if not before.unreasoned:
        return False
    gap = text[doc[before.unit.end - 1].idx : doc[verdict.unit.start].idx]
    if "\n" in gap:
        return False

    def services(unit: _Unit) -> set[str]:
        return {
            t.lemma_.lower()
            for t in doc[unit.start : unit.end]
            if t.is_alpha and t.lemma_.lower() in _services()
        }

    return bool(services(before.unit) & services(verdict.unit))


def _decisions_after_eligibility(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Drop closures and grants in paragraphs after one that decided eligibility with its
    reason: "Does not meet the eligibility criteria - no care needs." ... "NFA.";
    "Eligible for a deferred payment: yes - capital below the upper limit." ... "Approved." """
    closing: set[int] = set()
    decided = False
    for block, facts in zip(ctx.blocks, ctx.block_facts, strict=True):
        if decided:
            following = facts.get("rationale.after_eligibility", ())
            closing |= {block.start + start for start in following}
        decided = decided or bool(facts.get("rationale.eligibility"))
    return [f for f in findings if f.start not in closing]


def _restated_decisions(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Drop decisions that restate one made with its reason in an earlier paragraph: an
    outcome line summing up the note, a log entry saying the change is now done."""
    restated: set[int] = set()
    reasoned: set[str] = set()
    for block, facts in zip(ctx.blocks, ctx.block_facts, strict=True):
        for start, topics in facts.get("rationale.unreasoned_topics", ()):
            if reasoned & set(topics):
                restated.add(block.start + start)
        reasoned |= set(facts.get("rationale.reasoned_topics", ()))
    return [f for f in findings if f.start not in restated]


def _edge(verdict: Verdict) -> dict[str, bool]:
    return {
        "unreasoned": verdict.unreasoned,
        "agreement": verdict.agreement,
        "reason": verdict.reason_here,
        "wish": verdict.wish_here,
        "reasoned_decision": verdict.decided and not verdict.unreasoned,
        "closure": verdict.closure,
    }


@finalizer("RL701")
def _reasons_across_paragraphs(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Drop findings whose reason sits just across a paragraph break.

    A paragraph's last decision is answered by a reason opening the next paragraph; a
    paragraph's first agreement by a request or reason closing the one before, and its
    first closure by a reasoned decision closing the one before. A paragraph with no
    decision (which the gate kept the rule off) is read only where it could answer one.

    A page of information checked as a letter (no salutation or sign-off, "you" throughout)
    describes how things are decided for anyone ("It is agreed annually", "We will then
    review and approve your plan"); it records no decision about someone, so nothing stays.
    """
    if ctx.kind is RecordKind.LETTER and is_information_page(ctx.text):
        return []
    answered: list[tuple[int, int, bool]] = []  # block start, end, last (else first) finding
    for n in range(1, len(ctx.blocks)):
        before_block, block = ctx.blocks[n - 1], ctx.blocks[n]
        ending = ctx.block_facts[n - 1].get("rationale.last")
        opening = ctx.block_facts[n].get("rationale.first")
        # A paragraph without either edge holds no decision, so it matters only as the
        # answer to a neighbour's unreasoned one.
        if ending and ending["unreasoned"] and opening is None:
            opening = ctx.facts_of(n, "RL701").get("rationale.first")
        if opening and opening["unreasoned"] and ending is None:
            ending = ctx.facts_of(n - 1, "RL701").get("rationale.last")
        if ending and opening:
            if ending["unreasoned"] and opening["reason"]:
                answered.append((before_block.start, before_block.end, True))
            if opening["unreasoned"] and (
                (opening["agreement"] and (ending["reason"] or ending["wish"]))
                or (
                    opening.get("closure")
                    and (ending.get("reasoned_decision") or ending.get("reason_near_end"))
                )
            ):
                answered.append((block.start, block.end, False))
    findings = _decisions_after_eligibility(ctx, findings)
    findings = _restated_decisions(ctx, findings)
    for start, end, last in answered:
        inside = [f for f in findings if start <= f.start < end]
        if inside:
            drop = (
                max(inside, key=lambda f: f.start) if last else min(inside, key=lambda f: f.start)
            )
            findings = [f for f in findings if f is not drop]
    return findings
