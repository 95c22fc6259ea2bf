"""Who is who: the role a word names (the person, a relevant other, a professional), its
gender, the role written beside a name, a mention made of a token, and whether somebody was
reached (rang, was rung or was spoken to)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.lexicon import load_lexicon, word_list
from recordlint.names import CAPITAL, is_professional_title
from recordlint.rules.voice.facts import Mention, Ref, RefKind
from recordlint.rules.voice.lexicon import PERSON_CUE, SOMEBODY_ELSE, SpeechLexicon
from recordlint.subjects import WEEKDAYS, Referent, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Token

_ROLE_WORDS = r"(?P<role>[\w-]+(?:\s+[\w-]+)?)"


# "Mrs Linda Shaw, daughter of", "Mr Samuel Osei, 44, son and main carer", "(IMCA)"; not
# "(daughter Efua present)", which introduces somebody else, nor "Ward 4", a place.
_ROLE_AFTER = re.compile(
    r"^['’]?s?\s*[,(]\s*(?:\d{1,3}\s*,\s*)?(?:(?:his|her|their|the|a)\s+)?"
    r"(?P<role>[\w-]+(?:\s+[a-z][\w-]*)?|[A-Z][a-z-]+\s+[A-Z][a-z-]+(?=\s*[,)\n]))"
    r"(?![\w-]|\s+" + CAPITAL + r"|\s*\d)"
)


# "her daughter, Mrs Priya Shah", "Daughter: Mrs Karen Pollard", "his son Mr Ali Khan",
# "Mr Oakley's sister, Mrs Brenda Kilby" (the label never starts inside the possessive).
ROLE_BEFORE = re.compile(
    r"(?:\b(?:his|her|their)\s+"
    + _ROLE_WORDS
    + r"\s*[,(:]?|(?<!['’])"
    + _ROLE_WORDS.replace("role", "label")
    + r"\s*[,(:])\s*$"
)


# "Dtr Mrs Sandra Oduya", "GP Dr Amin": note style writes the role straight before the name.
_BARE_ROLE_BEFORE = re.compile(r"(?:^|[^\w-])(?P<role>[\w-]+)[ \t]+$")


_FROM_ORGANISATION = re.compile(r"^\s+from\s+(?:the\s+)?" + CAPITAL)


# "rang re her father", "about his mum, ", "discharge planning for his father, ", "call re
# husband Alan Rowe": a contact about somebody's relative.
_ABOUT_A_RELATIVE = re.compile(
    r"\b(?:re|regarding|about|concerning|for)\s*:?\s+(?:(?:his|her|their)\s+)?"
    + _ROLE_WORDS
    + r"\s*[,(:]?\s*$",
    re.IGNORECASE,
)


def about_somebodys_relative(text: str, start: int, lexicon: SpeechLexicon) -> bool:
    """Whether the name at ``start`` follows "re her father" or "about his mum": the one a
    contact is about, named by their relation to whoever made it."""
    match = _ABOUT_A_RELATIVE.search(text[max(0, start - 40) : start])
    if match is None:
        return False
    words = match.group("role").lower().split()
    return any(role_kind(p, lexicon) == "relevant_other" for p in (" ".join(words), words[-1]))


def role_in_text(text: str, start: int, end: int, lexicon: SpeechLexicon) -> str | None:
    """A family or professional role written beside a name: "Mrs Linda Shaw, daughter of",
    "her daughter, Mrs Priya Shah", "Mr Rhodri Lewis (IMCA)", "Mrs Kiran Joshi from
    Rainbow Home Care". Read from the text: in lists the parser's appositions wander."""
    return _role_word_in_text(text, start, end, lexicon)[0]


def _role_word_in_text(
    text: str, start: int, end: int, lexicon: SpeechLexicon
) -> tuple[str | None, str | None]:
    """The kind of role written beside a name, and the role word ("son")."""
    after = text[end : end + 40]
    before = text[max(0, start - 30) : start]
    if _FROM_ORGANISATION.match(after):
        return "professional", None
    for match in (
        _ROLE_AFTER.match(after),
        ROLE_BEFORE.search(before),
        _BARE_ROLE_BEFORE.search(before),
    ):
        if match is None:
            continue
        found = match.groupdict().get("role") or match.groupdict().get("label") or ""
        words = found.lower().split()
        if len(words) > 1 and role_kind(words[-1], lexicon) == "person":
            return None, None  # "council tenant": the phrase ends naming the person
        if match.re is ROLE_BEFORE and _role_of_a_name_between(found, lexicon):
            # "Dean's support worker Marcus (Lewis put": the role is Marcus's, whose name
            # comes between it and this one.
            return None, None
        if match.re is not _ROLE_AFTER and words[-1] in word_list("contact_kind"):
            # "SALT session, Mr Nowak", "OT visit: Mrs Dean": the words before the name
            # say what kind of contact it was, with whom; the role is the other worker's.
            return None, None
        for phrase in (" ".join(words), words[0]):
            kind = role_kind(phrase, lexicon)
            if kind in {"relevant_other", "professional"}:
                return kind, phrase
        # In lower case the phrase's last word may name the role: straight after the name
        # ("Mr K Bains, private landlord"), or before it a family member or carer ("a
        # cover carer, Mrs Begum"); not a place ("Mr Alan Hirst, 79, Larkspur Ward") nor a
        # group before the name ("peer group, Rashid will").
        kind = role_kind(words[-1], lexicon) if len(words) > 1 and found.islower() else None
        if kind == "relevant_other" or (kind == "professional" and match.re is _ROLE_AFTER):
            return kind, words[-1]
    return None, None


def _role_of_a_name_between(found: str, lexicon: SpeechLexicon) -> bool:
    """Whether a role phrase before a name ends with another name: a role word, then a
    capitalised word that is no role ("worker Marcus")."""
    words = found.split()
    return (
        len(words) == 2
        and role_kind(words[0].lower(), lexicon) in {"relevant_other", "professional"}
        and words[1][:1].isupper()
        and role_kind(words[1].lower(), lexicon) is None
        and role_kind(found.lower(), lexicon) is None
    )


def mention(token: Token, lexicon: SpeechLexicon) -> Mention | None:
    role = role_of(token, lexicon)
    if role is not None:
        role_mention = _role_mention(token, role)
        if reached(token, lexicon):
            return replace(role_mention, is_subject=True, reached=True)
        if role == "professional" and _organisation_only(token, lexicon):
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
    contacted = reached(token, lexicon)
    if token.dep_ not in {"nsubj", "nsubjpass", "appos"} and not beside and not contacted:
        return None
    words = _name_words(token)
    if referent_of(token) is Referent.ORGANISATION:
        # "I rang Bright Care. They said...": an organisation is a "they" of its own.
        return replace(_role_mention(token, "professional"), plural=True)
    if (
        token.text.isupper()
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
    # "her daughter Ana", "Sam, the OT": the parse does not always join the role to the name.
    role = role_kind(beside, lexicon) if beside else None
    if role is None:
        # "Mrs Ashworth's son, Michael Ashworth": the role gives the name a gender too.
        role, word = _role_word_in_text(text, first.idx, end, lexicon)
        beside = beside or word
    cue = bool(PERSON_CUE.search(text[max(0, first.idx - 24) : first.idx]))
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


# A list of who came that a label opens, where a line or a sentence starts ("Present:",
# "Attended:", "Type: Planned review. Present: Lee, SW."), up to the name; and a bare role
# as the next item ("Callum, mum, SENCO", "Lee, SW."): one lower-case word or a few
# capitals, then the list goes on or ends.
_ATTENDANCE_LABEL = re.compile(
    r"(?:^|[.;][ \t]+)(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]*:[^.:\n]*$"
)
_BARE_ITEM_AFTER = re.compile(r"[ \t]*,[ \t]*(?:[a-z]+|[A-Z]{2,5})[ \t]*(?:[,.;]|$)", re.MULTILINE)


def listed_apart(text: str, start: int, end: int) -> bool:
    """Whether a lone first name stands in a list of who came, with a bare role as the next
    item ("Present: Lee, SW.", "Attended: Callum, mum, Jan F"): the role is somebody else
    who came. A full name ("Rachel Moss, field care supervisor") or a role that goes on to
    a name of its own ("Joan, son Gary") is read as before."""
    if _BARE_ITEM_AFTER.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    label = _ATTENDANCE_LABEL.search(text[line_start:start])
    if label is None:
        return False
    return " ".join(label.group("label").lower().split()) in word_list("attendance_label")


# Past forms the tagger leaves unlemmatised when a note opens with them ("Spoke to pt").
IRREGULAR_PAST = {"spoke": "speak", "spoken": "speak", "rang": "ring", "rung": "ring",
                   "saw": "see", "seen": "see", "met": "meet"}  # fmt: skip


@cache
def note_shorthands() -> frozenset[str]:
    """The lower-case shorthands of notes the acronyms lexicon lists ("meds", "approx",
    "hosp"), which are never somebody's name."""
    entries = load_lexicon("acronyms").entries
    return frozenset(
        e.term for e in entries if e.kind == "shorthand" and e.term.isalpha() and e.term.islower()
    )


def forms(word: Token) -> set[str]:
    lower = word.lower_.rstrip(".")
    return {word.lemma_.lower(), lower, IRREGULAR_PAST.get(lower, lower)}


CALLER_BEFORE = re.compile(r"\bcaller\s*[:(]\s*$", re.IGNORECASE)


_ABBREVIATION = re.compile(r"[A-Z][a-z]?[A-Z][A-Za-z]?")


def reached(token: Token, lexicon: SpeechLexicon) -> bool:
    """Whether ``token`` names who the writer rang, visited or spoke to: "I rang Halina",
    "Spoke with Sidney", "Tel to SU", "Phone call to Mrs Ross". Who was reached is who
    speaks next ("I phoned Tomasz. He said..."), as a subject would be. So is who rang:
    "Karen rang", "Call from Mrs Iyer"."""
    if token.dep_ in {"dobj", "obj"}:
        return any((form, "") in lexicon.contact for form in forms(token.head))
    if token.dep_ == "nsubj":
        # "Karen rang", "Dtr rang re her father", "Carer rang at 9am": whoever rang in;
        # not "Karen rang the GP" or "spoke to the GP", where she reached somebody else.
        verb = token.head
        verb_forms = forms(verb)
        return any((form, "") in lexicon.contact for form in verb_forms) and not any(
            c.dep_ in {"dobj", "obj"}
            or (
                c.dep_ == "prep"
                and (
                    c.lower_ == "to"
                    or any((form, c.lower_) in lexicon.contact for form in verb_forms)
                )
            )
            for c in verb.children
        )
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    preposition = token.head.lower_
    reacher = token.head.head
    verb_forms = forms(reacher)
    if preposition == "from":
        # "Call from Mrs Iyer", "Tel from daughter": the caller is who speaks next; not
        # "two visits a day from Meadowcroft Home Care", a service's pattern of visits.
        if reacher.pos_ == "VERB" or reacher.tag_ == "NNS":
            return False
        return any((form, "") in lexicon.contact for form in verb_forms)
    # "Tel to SU", "phoned to": a bare way of reaching somebody takes "to" for whom.
    prepositions = {preposition, ""} if preposition == "to" else {preposition}
    return any((form, p) in lexicon.contact for form in verb_forms for p in prepositions)


def _role_mention(token: Token, role: str) -> Mention:
    return Mention(
        Ref(RefKind.ROLE, role),
        at=_first_token_of(token).idx,
        gender=role_gender(token.lower_) or role_gender(token.lemma_.lower()),
        role=role,
        is_subject=token.dep_ == "nsubj" or _heads_a_note(token),
        plural=token.tag_ in {"NNS", "NNPS"} or token.lower_ in {"family", "staff", "police"},
    )


def _heads_a_note(token: Token) -> bool:
    """Whether ``token`` opens a note the parser hangs on it, with what it does after it
    ("Pt refusing pendant alarm"): the subject of the note in all but the parse."""
    return token.dep_ == "ROOT" and any(
        c.dep_ == "acl" and c.pos_ == "VERB" and c.i > token.i for c in token.children
    )


def _first_token_of(token: Token) -> Token:
    first = token
    for child in _name_parts(token):
        if child.i < first.i:
            first = child
    return first


def _name_words(token: Token) -> list[str]:
    return [*(c.text for c in _name_parts(token)), token.text]


def _name_parts(token: Token) -> list[Token]:
    """The words the parser joined to a name before it, up to a dash, a bracket or a line
    break: in "Mr Derek Fothergill – Sophie reports" and "Village Agent – Mr Yeo" the words
    before the dash are a heading of their own, and in "Carer: Shannon / Edna was sat in
    her chair" the line before ends with somebody else's name."""
    parts = [c for c in token.lefts if c.dep_ in {"compound", "flat"}]
    doc = token.doc
    breaks = (
        [t.i for t in doc[parts[0].i : token.i] if t.is_punct or "\n" in t.text_with_ws]
        if parts
        else []
    )
    return [c for c in parts if not breaks or c.i > max(breaks)]


def clean(word: str) -> str:
    return re.sub(r"(?:['’]s)$", "", word).strip(".").lower()


def title_role(title: str) -> str | None:
    return "professional" if is_professional_title(title) else None


def role_gender(word: str | None) -> str | None:
    if word in word_list("female_role"):
        return "f"
    if word in word_list("male_role"):
        return "m"
    return None


def role_kind(word: str | None, lexicon: SpeechLexicon) -> str | None:
    if word is None:
        return None
    if word in lexicon.person:
        return "person"
    if word in lexicon.relevant_other:
        return "relevant_other"
    if word in lexicon.professional or word in word_list("organisation"):
        return "professional"
    return None


_role_ends: dict[int, tuple[SpeechLexicon, frozenset[str]]] = {}


def role_word_ends(lexicon: SpeechLexicon) -> frozenset[str]:
    """The last word of every role word and phrase ``role_of`` may find, remembered."""
    known = _role_ends.get(id(lexicon))
    if known is None or known[0] is not lexicon:
        words = (
            lexicon.person | lexicon.relevant_other | lexicon.professional
            | word_list("organisation") | word_list("female_role") | word_list("male_role")
        )  # fmt: skip
        known = _role_ends[id(lexicon)] = (lexicon, frozenset(w.split(" ")[-1] for w in words))
    return known[1]


def role_of(token: Token, lexicon: SpeechLexicon) -> str | None:
    """The role a noun names: "person", "relevant_other", "professional" or None."""
    if token.text == "PT":
        return "professional"  # physiotherapist; "Pt" and "pt" are the patient
    lemma = token.lemma_.lower()
    # Every role phrase below ends with the word itself or its lemma, so a word that ends
    # no role word (most words) needs only the organisation check.
    ends = role_word_ends(lexicon)
    lower = token.lower_
    if lower not in ends and lemma not in ends and " " not in lower and " " not in lemma:
        if token.pos_ == "NOUN" and referent_of(token) is Referent.ORGANISATION:
            return "professional"
        return None
    compounds = [c.lower_ for c in token.lefts if c.dep_ == "compound"]
    phrases = [" ".join([*compounds[i:], w]) for w in (token.lower_, lemma)
               for i in range(len(compounds) + 1)]  # fmt: skip
    # "ward sister" is a nurse and "care home manager" a professional: a professional
    # compound wins over a family word at the end.
    organisation = word_list("organisation")
    if any(c in lexicon.professional or c in organisation for c in compounds) and (
        lemma in word_list("female_role")
        or lemma in word_list("male_role")
        or lemma in lexicon.professional
    ):
        return "professional"
    for phrase in phrases:
        kind = role_kind(phrase, lexicon)
        if kind is not None:
            somebody_else = any(c.lower_ in SOMEBODY_ELSE for c in token.lefts)
            if kind == "person" and (token.tag_ in {"NNS", "NNPS"} or somebody_else):
                return None
            return kind
    if token.pos_ == "NOUN" and referent_of(token) is Referent.ORGANISATION:
        return "professional"
    return None


def _organisation_only(token: Token, lexicon: SpeechLexicon) -> bool:
    """Whether a noun read as a professional names an organisation or a thing rather than
    a worker ("the agency", "bath board", not "the GP" or "ward sister")."""
    lower, lemma = token.lower_, token.lemma_.lower()
    if lower in lexicon.professional or lemma in lexicon.professional:
        return False
    if lemma in word_list("female_role") or lemma in word_list("male_role"):
        return False
    return referent_of(token) is Referent.ORGANISATION or lemma in word_list("organisation")


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
        word = neighbour.lemma_.lower()
        if role_kind(word, lexicon) in {"relevant_other", "professional"}:
            return word
        if neighbour.lower_ in lexicon.professional:
            return neighbour.lower_
    return None


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
