"""The words of saying, feeling and wanting: which token is a voice term, whether its verb
opens the clause, and the readings that are not somebody's view (a writer's certainty, a
note fragment, a language named, a board sorted)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recordlint.doc_access import span_text
from recordlint.evaluative import feeling_stated_as_fact, marker_matches
from recordlint.lexicon import word_list
from recordlint.rules.voice.lexicon import SpeechLexicon, VoiceTerm, speech_lexicon, words
from recordlint.segments import DASHES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Signing, pointing and mouthing are speech verbs in the lexicon; "sign" is checked further
# in :func:`voice_term` ("signed the form" is not a view).
# "Put swimming on the 'like' side": sorting cards on a Talking Mat or a like/dislike board.
_SORTING_VERBS = frozenset({"put", "place", "move", "sort", "stick"})


_SORTING_BOARD = re.compile(
    r"\b(?:(?:don[’']?t|do\s+not|not\s+sure|dis)?like['’\"]?\s+(?:side|pile|column|half|"
    r"section)|talking\s+mats?|thumbs?[\s-]+(?:up|down))\b",
    re.IGNORECASE,
)


_MODALS = words("may might could can will shall should must 'll ca wo")


_NEEDS_CLAUSE = frozenset({"claim", "admit", "acknowledge"})


ANSWERS_TO_AN_OFFER = frozenset({"accept", "decline"})


_NOT_SPOKEN = frozenset({"door", "phone", "telephone", "call"})


_CONDITIONAL_MARKS = frozenset({"if", "whether", "unless"})


def would(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"would", "'d", "’d"} for c in verb.children)


def would_opens(verb: Token) -> bool:
    """Whether "would" before ``verb`` opens its sentence: "Would like more visits"."""
    if verb.tag_ != "VB":
        return False
    sentence_opening = opening(verb.sent)
    return any(
        c.dep_ == "aux" and c.lower_ in {"would", "'d", "’d"} and c.i == sentence_opening
        for c in verb.children
    )


def said_of_its_head(verb: Token, subject: Token | None) -> bool:
    """Whether a relative clause is what somebody else says of the person it hangs on:
    "about Mrs Hale who she says is aggressive", where "who" is the subject of what is
    said, never Mrs Hale's own words. "Mrs Lee, who said she wants to stay" is hers, and
    "the money which she wants to spend", "the home she chose" are the speaker's own."""
    if verb.dep_ != "relcl" or subject is None or subject.pos_ != "PRON":
        return False
    if subject.tag_ in {"WP", "WDT"} or verb.head.pos_ not in {"PROPN", "NOUN"}:
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(g.dep_ == "nsubj" and g.tag_ == "WP" for c in said for g in c.children)


_INTERPRETING = frozenset({"translate", "interpret"})


def interpreting(verb: Token | None) -> bool:
    """Whether the speaker of ``verb`` was interpreting: "Son translated and said",
    "Imran, interpreting, said"."""
    if verb is None:
        return False
    near = [verb, *verb.children, *(verb.head.children if verb.dep_ == "conj" else ())]
    return any(word.lemma_.lower() in _INTERPRETING for word in [*near, verb.head])


VERBS = frozenset({"VERB", "AUX"})


def voice_term(token: Token, lexicon: SpeechLexicon) -> VoiceTerm | None:
    lemma = token.lemma_.lower()
    if token.pos_ in VERBS and lemma != "be":
        # "She would rather stay": "rather" hangs off the verb it prefers.
        child_words = {c.lower_ for c in token.children}
        if "rather" in child_words and child_words & {"would", "'d", "’d"}:
            return next(iter(lexicon.terms.get("rather", ())), None)
        if _sorted_on_a_board(token, lemma):
            return _SORTING_TERM
    options = lexicon.terms.get(lemma) or lexicon.terms.get(token.lower_)
    if not options and token.pos_ == "VERB":
        options = lexicon.terms.get(lexicon.forms.get(token.lower_, ""))
    if not options:
        return None
    read_as_noun = opening_verb_read_as_noun(token)
    for term in options:
        if term.copular:
            copula = token.pos_ in {"ADJ", "VERB"} and _has_copula(token)
            copula = copula or (token.pos_ == "ADP" and _side_taken(token))
            dash = set_off_by_a_dash(token)
            if not (copula or copula_dropped(token) or dash):
                continue
            if not term.then and not term.complete and not _about_something(token):
                continue  # "she was upset" describes her; "upset about the move" is her view
            if _on_somebodys_word(token) or _writers_certainty(token):
                continue  # "upset per dtr" is the daughter's account, "obviously" the writer's
            if feeling_stated_as_fact(token):
                continue  # "frightened of her son" with nothing shown: the writer's reading
        elif (token.pos_ not in {"VERB", "AUX"} and not read_as_noun) or token.lemma_ == "be":
            continue
        elif term.kind == "feeling" and _on_somebodys_word(token):
            continue  # "overnights, which he enjoys per staff": the staff's account of him
        elif term.kind == "feeling" and _part_of_a_routine(token, lexicon):
            continue  # "spends most of the day in the lounge and enjoys the entertainment"
        if term.would and not any(c.lower_ in {"would", "'d", "’d"} for c in token.children):
            continue
        if term.then and not (
            _followed_by(token, term.then) or (term.without_words and _object_is(token, term.then))
        ):
            continue
        if term.without_words and not _shown_by_the_doer(token, term):
            continue  # "laughed it off", "fell reaching for the kettle"
        if lemma == "answer" and any(c.lemma_ in _NOT_SPOKEN for c in token.children):
            continue  # "answered the door"
        if lemma == "sign" and not _signed_a_view(token):
            continue  # "signed the form", "signed up for the course"
        if term.needs_content and not _says_something(token):
            continue  # "she spoke quietly", "shouting and abusive" describe her, not her view
        if lemma in _NEEDS_CLAUSE and not any(c.dep_ == "ccomp" for c in token.children):
            continue  # "he is claiming pension credit" is a benefit, not a view
        if lemma in ANSWERS_TO_AN_OFFER and token.tag_ == "VBG":
            continue  # "she is declining the commode": a pattern the writer saw, not an answer
        return term
    return None


def _part_of_a_routine(verb: Token, lexicon: SpeechLexicon) -> bool:
    """Whether a feeling in the present simple is joined to a verb of what the person does
    day to day that gives no view ("She spends most of the day in the lounge and enjoys the
    entertainment"): the writer describing a routine, not a feeling the person gave. Joined
    to a view ("says she likes it and enjoys the food") it is still theirs."""
    head = verb.head
    return (
        verb.tag_ in _PRESENT_SIMPLE
        and verb.dep_ == "conj"
        and head.tag_ in _PRESENT_SIMPLE
        and head.pos_ == "VERB"
        and head.lemma_.lower() not in lexicon.terms
        and head.lower_ not in lexicon.terms
    )


_PRESENT_SIMPLE = frozenset({"VBZ", "VBP"})


def _object_is(verb: Token, lemmas_wanted: tuple[str, ...]) -> bool:
    """Whether a verb's direct object is the one noun a term names, however many words
    describe it first: "made a low, long sound", "making his 'aah-ya' noise"."""
    if len(lemmas_wanted) != 1:
        return False
    return any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() == lemmas_wanted[0]
               for c in verb.children)  # fmt: skip


def _shown_by_the_doer(verb: Token, term: VoiceTerm) -> bool:
    """Whether a view shown without words is the doer's own answer, not a phrase or an
    action in passing: a particle the term does not name makes another verb ("laughed it
    off"), and a participle hung on another verb says what somebody was doing when
    something else happened ("fell reaching for the kettle", "tripped turning away"),
    unless a comma sets it beside the rest. Inside a complement it is somebody's report,
    though the parser reads who reports as a noun ("Staff report he is calling out at
    night"), and in the present simple a habit described ("She is attention seeking and
    calls out frequently at night"), not what the person showed the writer."""
    for child in verb.children:
        if child.dep_ == "prt" and child.lemma_.lower() not in term.then:
            return False
    if any(word.dep_ == "ccomp" for word in (verb, *verb.ancestors)):
        return False  # "Carer reports SU is low in mood at night, calling out frequently"
    if verb.tag_ in {"VBZ", "VBP"}:
        return False  # "She calls out frequently at night": a habit, not what was shown
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl", "pcomp"}:
        return True
    # "Callum v upset, crying at 23:00": a comma sets what he showed beside how he was.
    return verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _says_something(verb: Token) -> bool:
    """Whether a verb that is a view only with what was said has it: a clause or an object
    ("shouted that she wants to go home", "spoke of her fears"), what it was about, or a
    quotation straight after it ("shouted 'get out'"), which the parser may hang on it as
    a clause of its own."""
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "dobj"} or c.lower_ in {"about", "of"} for c in children):
        return True
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    # The quoted word hangs on the verb as a clause or, when it is one word, an
    # interjection: "shouted 'get out'", "screamed "no"".
    quoted = {"xcomp", "intj"}
    return after is not None and after.is_quote and any(c.dep_ in quoted for c in children)


def opening_verb_read_as_noun(token: Token) -> bool:
    """A note that opens with its verb, which the tagger reads as a plural noun before the
    clause it reports: "States he is 'fine'", "Claims she eats three meals a day"."""
    if token.tag_ != "NNS" or token.i != token.sent.start or not token.text[:1].isupper():
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        following is not None
        and following.dep_ == "nsubj"
        and following.pos_ == "PRON"
        and following.head.head.i == token.i
    )


def speaker_of_a_verb_read_as_noun(token: Token) -> Token | None:
    """Who speaks in a note whose speech verb the tagger read as a plural noun after them,
    before the clause it reports: "Pt states he wants to go home" ("Pt states" read as one
    noun, what he wants hung on it). The speaker opens the sentence, straight before the
    verb and hung on it, and names somebody; a "he", "she" or "they" opening the reported
    clause follows the verb."""
    if token.tag_ != "NNS" or token.i == token.sent.start:
        return None
    lexicon = speech_lexicon()
    head = lexicon.forms.get(token.lower_)
    if head is None or head == token.lower_ or not token.lower_.endswith("s"):
        return None
    if not any(term.kind == "speech" for term in lexicon.terms.get(head, ())):
        return None
    speaker = token.nbor(-1)
    if speaker.head.i != token.i or speaker.dep_ not in {"compound", "nmod", "amod"}:
        return None
    if speaker.i != opening(token.sent) or not _names_somebody(speaker):
        return None
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is None or following.dep_ != "nsubj" or following.pos_ != "PRON":
        return None
    # The reported clause hangs on the noun ("Pt states he wants": a relative clause).
    if following.head.head.i != token.i:
        return None
    return speaker


def speech_verb_read_as_subject(word: Token) -> bool:
    """A note's speech verb that the tagger read as a name or a noun and the parser made the
    subject of what it reports: "- Says wants to go home", "States wishes to move", "pt
    says would like to go". Only a bare word in the third person that opens its sentence
    (after a bullet), perhaps after who speaks: "Reports from the GP" has words of its own.
    """
    if word.pos_ not in {"NOUN", "PROPN"}:
        return False
    lower = word.lower_
    lexicon = speech_lexicon()
    head = lexicon.forms.get(lower)
    if head is None or not lower.endswith("s") or lower == head:
        return False
    if not any(term.kind == "speech" for term in lexicon.terms.get(head, ())):
        return False
    dependents = [c for c in word.children if not (c.is_punct or c.is_space)]
    speaker = speaker_before(word)
    if any(c.i > word.i for c in dependents) or len(dependents) > (speaker is not None):
        return False
    first = speaker if speaker is not None else word
    return opening(word.sent) == min(t.i for t in first.subtree if not (t.is_punct or t.is_space))


def speaker_before(word: Token) -> Token | None:
    """Who speaks in "pt says would like", where "says" was read as a noun."""
    return next(
        (
            c
            for c in word.lefts
            if c.dep_ in {"nsubj", "compound", "nmod", "amod"} and c.pos_ in {"NOUN", "PROPN"}
        ),
        None,
    )


def opening(sentence: Span) -> int:
    """Where a sentence's words start, after a bullet or a dash."""
    return next((t.i for t in sentence if not (t.is_punct or t.is_space)), sentence.start)


_SORTING_TERM = VoiceTerm("speech", "put", copular=False, would=False, then=())


def _sorted_on_a_board(token: Token, lemma: str) -> bool:
    """Sorting cards: "Jamie put swimming on the 'like' side", "a thumbs down", and a card
    or word placed where a quoted choice is ("placed the garden under 'like'", "put Dad's
    photo on the 'yes' side") or a quoted card placed ("put the 'my flat' card on top")."""
    if lemma in _SORTING_VERBS:
        return bool(_SORTING_BOARD.search(span_text(token.sent))) or _placed_a_quoted_choice(token)
    if lemma == "give":
        return any(c.lower_.startswith("thumb") for c in token.subtree)
    return False


# Where something is placed: "under 'like'", "on the 'not sure' side", "onto the yes pile".
_PLACED_AT = frozenset({"under", "on", "onto", "in", "into", "beside", "below", "above"})


def _placed_a_quoted_choice(verb: Token) -> bool:
    """Whether a placing verb puts something at a quoted place ("under 'don't like'") or
    puts a quoted card ("the 'female carer' card"), as a Talking Mat or a choice board
    records a view; "put the kettle on" and "placed in residential care" quote nothing."""
    for child in verb.children:
        placed_at = child.dep_ == "prep" and child.lower_ in _PLACED_AT
        if not placed_at and child.dep_ not in {"dobj", "obj"}:
            continue
        words = verb.doc[child.left_edge.i : child.right_edge.i + 1]
        if any(word.is_quote for word in words):
            return True
    return False


def _signed_a_view(token: Token) -> bool:
    """Signing words, not papers: "She signed 'finish'", "he signed that he was tired"."""
    for child in token.children:
        if child.dep_ == "prt":
            return False  # "signed up", "signed off"
        if child.dep_ in {"dobj", "obj"} and child.lower_ in word_list("signed_thing") | {"care"}:
            return False
        if child.dep_ in {"dobj", "obj"} and child.pos_ in {"NOUN", "PRON"}:
            # A signed word is quoted or written in capitals ("signed MORE").
            doc = token.doc
            before = doc[child.i - 1].text if child.i > 0 else ""
            if before not in {"'", "‘", '"', "“"} and not child.text.isupper():
                return False
    return True


def copula_dropped(token: Token) -> bool:
    """A note that leaves out "is": "Pt keen to go home", "SU happy with care", and a
    fragment that opens with the feeling ("Unhappy about the carers coming late")."""
    if token.dep_ == "ROOT" and token.pos_ == "ADJ":
        return True
    if token.dep_ == "amod" and token.head.dep_ == "ROOT" and token.head.i == token.sent.start:
        return token.head.pos_ in {"NOUN", "PROPN"} and token.i == token.head.i + 1
    if named_before(token) is not None:
        return True
    if token.pos_ == "ADJ" and _named_subject(token) is not None:
        return True  # "PEG discussed but G not keen", "Karen keen, Pauline reluctant"
    return token.dep_ == "ROOT" and token.i == token.sent.start and token.pos_ == "PROPN"


def _named_subject(token: Token) -> Token | None:
    """The subject a note gives a stance without "is": a name, a word for a person, or a
    name cut to its initials ("G not keen"), as its own subject, with no "be" beside it."""
    if any(c.lemma_ == "be" for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > token.i:
        return None
    initials = subject.text.isalpha() and subject.text.isupper() and len(subject.text) <= 3
    return subject if _names_somebody(subject) or initials else None


def named_before(token: Token) -> Token | None:
    """Who a note names before a stance the tagger read as a noun, with the name as its
    compound: "Mrs R reluctant", "SU reluctant"."""
    if token.dep_ != "ROOT" or token.pos_ != "NOUN":
        return None
    if not any(term.copular for term in speech_lexicon().terms.get(token.lower_, ())):
        return None  # "Pt says ...": a speech verb read as a noun is read elsewhere
    named = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ in {"PROPN", "NOUN"}]
    if not named or named[0].left_edge.i != opening(token.sent) or named[-1].i != token.i - 1:
        return None
    if not _names_somebody(named[-1]):
        return None
    return named[-1]


def _side_taken(token: Token) -> bool:
    """A preposition after "be", or after a name or role opening a note, that takes a side:
    "he is against moving", "Mr Brown against the move"."""
    if token.dep_ != "prep" or token.head.i > token.i:
        return False
    head = token.head
    opens = head.dep_ == "ROOT" and _names_somebody(head)
    return head.lemma_ == "be" or (opens and head.left_edge.i == opening(token.sent))


def _names_somebody(word: Token) -> bool:
    """A name or a word for a person ("Mr Brown", "SU", "wife"), not "Progress against
    goals"."""
    lexicon = speech_lexicon()
    people = lexicon.person | lexicon.relevant_other | lexicon.professional
    return word.pos_ == "PROPN" or word.lower_ in people


def set_off_by_a_dash(token: Token) -> bool:
    """A stance a note sets after a dash, with no subject of its own: "Discussed moving bed
    downstairs - not keen", "Day centre suggested – reluctant"."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return False
    doc = token.doc
    index = token.i - 1
    while index >= token.sent.start and _modifies(doc[index], token):
        index -= 1
    if index < token.sent.start or doc[index].text not in DASHES:
        return False
    return index > 0 and bool(doc[index - 1].whitespace_)


def opens_after_negation(token: Token) -> bool:
    """Whether only its own negation comes before ``token`` in its sentence: "Not keen on
    moving", "Not happy with the carers"."""
    doc = token.doc
    return all(
        t.is_punct or t.is_space or (t.dep_ == "neg" and t.head.i == token.i)
        for t in doc[token.sent.start : token.i]
    )


def _modifies(word: Token, token: Token) -> bool:
    return word.head.i == token.i and word.dep_ in {"neg", "advmod"}


def _about_something(token: Token) -> bool:
    """Whether a feeling or stance after "be" says what it is about: "happy with the
    carers", "anxious about the move", "keen for his son to visit". The parser may hang
    what follows on "is" instead ("adamant she will not move")."""
    after = [c for c in token.head.rights if c.i > token.i] if token.dep_ == "acomp" else []
    return any(
        c.dep_ in _COMPLEMENTS and c.lower_ not in _ON_WORD_OF for c in [*token.children, *after]
    )


def _on_somebodys_word(token: Token) -> bool:
    """A feeling given on somebody else's word: "upset per dtr", "happy, according to
    staff"."""
    near = [*token.children, *(token.head.children if token.dep_ == "acomp" else ())]
    return any(c.dep_ == "prep" and c.lower_ in _ON_WORD_OF for c in near)


def _writers_certainty(token: Token) -> bool:
    """A feeling the writer vouches for ("Ivy is obviously frightened of him") is the
    writer's reading of her, as the evaluative layer reads certainty markers."""
    heads = {token.i, token.head.i if token.dep_ == "acomp" else token.i}
    doc = token.doc
    return any(doc[match.start].head.i in heads for match, _ in marker_matches(doc, "certainty"))


_COMPLEMENTS = frozenset({"prep", "xcomp", "ccomp", "advcl"})


_ON_WORD_OF = frozenset({"per", "according"})


def _has_copula(token: Token) -> bool:
    if token.dep_ == "acomp" and token.head.lemma_ in {"be", "feel", "seem", "become", "get"}:
        return True
    return any(c.lemma_ == "be" and c.dep_ in {"cop", "auxpass", "aux"} for c in token.children)


def _followed_by(token: Token, lemmas_wanted: tuple[str, ...]) -> bool:
    following = [
        t.lemma_.lower() for t in token.doc[token.i + 1 : token.i + 2 + len(lemmas_wanted) * 2]
    ]
    position = 0
    for word in lemmas_wanted:
        if word in {"her", "his", "me", "their"}:
            continue  # "shake her head", "let me know": the pronoun varies
        try:
            position = following.index(word, position) + 1
        except ValueError:
            return False
    return True


def refuses_the_contact(token: Token) -> bool:
    """A refusal of the contact itself, which gives no view: "Tom refused to talk to me
    about it and walked off", "declined to discuss a payment plan", "Reluctant to engage
    with the plan", "unwilling to co-operate", "invited but declined to attend" (staying
    away from what is held for them says nothing of why). Nothing was said, as with "she
    did not say", and nothing proposed was taken or turned down, as "reluctant to accept
    carers" is. A word of refusing with a verb of talking or of taking part as what is
    refused, whichever of the two carries the clause; not an offer turned down ("refused
    to accept carers")."""
    refusing = word_list("refusing_word")

    def takes_part(word: Token) -> bool:
        return word.lemma_.lower() in word_list("engaging_verb")

    if token.dep_ == "xcomp" and token.head.lemma_.lower() in refusing and takes_part(token):
        return True  # "refused to talk": the clause read from what is refused
    if token.lemma_.lower() not in refusing and token.lower_ not in refusing:
        return False
    return any(c.dep_ == "xcomp" and takes_part(c) for c in token.children)


def holds_back_from_a_task(token: Token) -> bool:
    """A reluctance the writer saw in what the person did, not a view of what was put to
    them: "reluctant to go past the end of the drive", "Reluctant to do stairs today",
    "was reluctant to show paperwork". An adjective of refusing (not the verb "refused",
    which records a decision) with a verb of doing something as what is held back from.
    Held back from something proposed it is their side on it: a verb of the lexicon's own
    ("reluctant to accept carers"), moving home ("reluctant to move"), or a service, an
    organisation or a decided thing in what they would do ("reluctant to go into
    respite", "to have carers", "to go into hospital"); with nothing after it ("reluctant
    but agreed") it is the stance itself."""
    if token.pos_ != "ADJ" or token.lemma_.lower() not in word_list("refusing_word"):
        return False
    done = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]
    return bool(done) and not any(map(_proposed, done))


def _proposed(verb: Token) -> bool:
    """Whether what a person holds back from doing is something put to them: a verb of the
    speech lexicon, moving home, or a service, organisation or decided thing it names."""
    if verb.lemma_.lower() in speech_lexicon().terms or verb.lemma_.lower() in word_list(
        "moving_verb"
    ):
        return True
    things = word_list("service") | word_list("organisation") | word_list("decided_thing")
    return any(
        word.lemma_.lower() in things or word.lower_ in things
        for word in verb.subtree
        if word.i != verb.i
    )


def excluded(token: Token, term: VoiceTerm) -> bool:
    """Clauses that are not anybody's view: questions, conditions, passives, speculation."""
    if span_text(token.sent).rstrip().endswith("?"):
        return True
    children = list(token.children)
    if term.copular and token.dep_ in {"acomp", "prep"} and token.head.lemma_ == "be":
        # "He may be reluctant to move": the modal hangs on "be".
        children += [c for c in token.head.children if c.dep_ == "aux"]
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in children) and not term.copular:
        return True  # "she was told", "concerns were raised"
    modals = {c.lower_ for c in children if c.dep_ == "aux" and c.tag_ == "MD"}
    if modals & _MODALS:
        return True  # "she may want", "you can tell me": not a view she gave
    if modals and not term.would and term.kind == "speech":
        return True  # "she would say": hypothetical
    if term.kind == "speech" and any(c.dep_ == "neg" for c in children):
        return True  # "she did not say"
    current = token
    for _ in range(12):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in current.children):
            return True  # "I asked whether she would like", "if you want to talk"
        if current.head.i == current.i:
            break
        current = current.head
    return False


def names_a_language(verb: Token) -> bool:
    """Whether a speech verb's only object is a name or an adjective with nothing said
    after it: "speaks Polish", "speaks little English", "speaks Urdu as her first
    language", not "told Mary she wants to go" or "told Mary about her fears", nor
    "speaks Bengali because she wants to be understood"."""
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp", "dative"} for c in children):
        return False
    # A clause hung before the verb is no content of the speaking: the parser hangs a list's
    # label there ("Present: Mr Ali, son Tahir ... as Mr Ali speaks Urdu").
    if any(c.dep_ == "advcl" and c.i > verb.i for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ != "as" for c in children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in {"PROPN", "ADJ"} for c in children)
