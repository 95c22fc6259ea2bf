"""Mentions of people by name in a paragraph: titled names, first names cued as the
person's, names given in full, object pronouns and every other mention a parse offers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from recordlint.doc_access import char_span, doc_text, first_token
from recordlint.inflection import word_forms
from recordlint.lexicon import load_lexicon, word_list
from recordlint.names import (
    CAPITAL,
    name_particles,
    name_word,
    names_somebody,
    title_gender,
    titled_name,
    titles,
)
from recordlint.rules.voice.facts import Mention, Ref, RefKind
from recordlint.rules.voice.lexicon import PERSON_CUE, SpeechLexicon, speech_lexicon
from recordlint.rules.voice.roles import (
    CALLER_BEFORE,
    IRREGULAR_PAST,
    ROLE_BEFORE,
    about_somebodys_relative,
    clean,
    mention,
    reached,
    role_in_text,
    role_kind,
    role_word_ends,
    title_role,
)
from recordlint.segments import DASHES
from recordlint.subjects import WEEKDAYS
from recordlint.token_view import TokenView, token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONTACTED = re.compile(
    r"\b(?:rang|phoned|called|e-?mailed|texted|messaged|contacted|spoke\s+(?:to|with)|"
    r"wrote\s+to|referred\s+to|chased)\b",
    re.IGNORECASE,
)


_SENTENCE_PUNCTUATION = re.compile(r"[.!?…]")


_TRANSLATION_AFTER = re.compile(r"^\W?\s*[(\[]")


_OPENS_BEFORE = re.compile(r"\w\W*[:.!?…–—-]\s*\W?$")


_OBJECT_PRONOUNS = {"her": "f", "him": "m"}


_OBJECT_DEPS = frozenset({"dobj", "dative"})


def object_pronouns(doc: Doc) -> list[Mention]:
    """The pronouns "her" and "him" as the object of a verb ("her neighbour found her",
    "the GP examined him"), each with where its verb's subject stands: a pronoun that is
    not reflexive never means the subject of its own verb, so it may name the person past
    somebody who stands nearer."""
    found: list[Mention] = []
    view = token_view(doc)
    for index, (lower, tag) in enumerate(zip(view.lower, view.tag, strict=True)):
        gender = _OBJECT_PRONOUNS.get(lower)
        if gender is None or tag != "PRP":
            continue  # passed over without a token object
        token = doc[index]
        if token.dep_ not in _OBJECT_DEPS:
            continue
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        apart = None
        if subject is not None:
            words = list(subject.subtree)
            apart = (words[0].idx, words[-1].idx + len(words[-1].text))
        found.append(Mention(Ref(RefKind.PRONOUN), at=token.idx, gender=gender, not_within=apart))
    return found


def spoken_words(text: str, start: int, end: int) -> bool:
    """Whether the quotation ``text[start:end]`` reads as somebody's words rather than a
    scare-quoted label ("resistive") or a title ("Living Well"): it starts with a capital
    and is a sentence ("No more. Home."), stands on its own after a colon or a full stop,
    or comes with a translation in brackets ("Ghar hi changa hai" (home is best))."""
    words = text[start:end].strip()
    first = next((c for c in words if c.isalpha()), "")
    if not first.isupper():
        return False
    if _SENTENCE_PUNCTUATION.search(words) or _TRANSLATION_AFTER.match(text[end:]):
        return True
    # After a colon or a full stop, not alone on a line, where it may be a heading.
    title_case = all(w[:1].isupper() for w in words.split())
    return bool(_OPENS_BEFORE.search(text[:start])) and not title_case


def titled_names(doc: Doc, lexicon: SpeechLexicon) -> dict[int, Mention]:
    """Titled names ("Mrs Doreen Pollard", "Mr H Yusuf"), keyed by the surname's token.

    Read from the text rather than the parse: the parser happily joins a name to the
    heading or address line after it ("Mrs Anita Desai / Social Worker").
    """
    found: dict[int, Mention] = {}
    for match in titled_name().finditer(doc_text(doc)):
        if not names_somebody(match):
            continue  # "PC Monday", "Nurse Practitioner": a role or an abbreviation
        title = match.group("title").lower()
        words = match.group("names").split()
        while (
            len(words) > 1
            and words[-1].isupper()
            and len(words[-1]) > 1
            and not _surname_in_capitals(words)
        ):
            words.pop()  # an acronym after the name ("Mr Yusuf DP") is not part of it
        surname = words[-1]
        offset = match.start("names") + match.group("names").index(surname)
        token = first_token(char_span(doc, offset, offset + len(surname), "expand"))
        if token is None:
            continue
        start = match.start()
        # "Mr Oluwaseun Adebayo (Seun)": the name the record goes on to use is one of the
        # person's first names too.
        after = _NICKNAME.match(doc_text(doc), match.end("names"))
        nicknames = [after.group("nick")] if after is not None else []
        role = role_in_text(doc_text(doc), start, match.end("names"), lexicon)
        # "08/09 14:15 Tel Mr B. Answered.": the parser may fold a note's call into the
        # name; the words before it still say who was rung.
        contacted = reached(token, lexicon) or bool(
            _contact_before(lexicon).search(doc_text(doc), max(0, start - 24), start)
        )
        cue = bool(PERSON_CUE.search(doc_text(doc)[max(0, start - 24) : start]))
        if role == "relevant_other" and about_somebodys_relative(doc_text(doc), start, lexicon):
            # "Dtr rang re her father Mr George Pemberton": the call is about him, and "her
            # father" says whose father he is, the caller's; he is the record's person.
            role, cue = None, True
        found[token.i] = Mention(
            Ref(RefKind.NAME, clean(surname)),
            at=start,
            first=tuple(
                clean(w)
                for w in [*words[:-1], *nicknames]
                if len(w.rstrip(".")) > 1 and w.lower() not in name_particles()
            ),
            gender=title_gender(title),
            title=title,
            initial=clean(words[0]) if len(words) == 2 and _INITIAL.fullmatch(words[0]) else None,
            role=role or title_role(title),
            is_subject=token.dep_ == "nsubj" or contacted,
            reached=contacted,
            cue=cue,
        )
    return found


_INITIAL = re.compile(CAPITAL + r"\.")


@cache
def known_acronyms() -> frozenset[str]:
    """The acronyms and initialisms the acronyms lexicon lists, as written ("NOK", "SW")."""
    return frozenset(load_lexicon("acronyms").terms())


def _surname_in_capitals(words: list[str]) -> bool:
    """Whether the last of a titled name's words is its surname in capitals, as case
    systems print it ("Mrs Edna FARROW"), not an acronym after the name ("Mr Yusuf DP"):
    it follows one first name in lower case and is no acronym the lexicon knows."""
    *firsts, last = words
    return (
        len(firsts) == 1
        and not firsts[0].isupper()
        and len(last) > 2
        and last.isalpha()
        and last not in known_acronyms()
    )


# The name in brackets or quotes after a name, closed there: not a possessive whose
# apostrophe only looks like a closing quote ("Dr Paul Wendt (Nora's GP)",
# "Mr Tom Reyes (Parkinson's disease)"), which names somebody or something else.
_NICKNAME = re.compile(
    r"[ \t]*[(\"“‘'][ \t]*(?P<nick>" + CAPITAL + r"[^\W\d_]+)[ \t]*[)\"”’'](?![^\W\d_])"
)


_contact_patterns: dict[int, tuple[SpeechLexicon, re.Pattern[str]]] = {}


def _contact_before(lexicon: SpeechLexicon) -> re.Pattern[str]:
    """A way of reaching somebody written straight before a name, opening a note's line or
    sentence or after "I" or a time: "Tel Mr B", "14:15 rang Mrs K", "I spoke to Mr O"."""
    known = _contact_patterns.get(id(lexicon))
    if known is None or known[0] is not lexicon:
        forms: set[str] = set()
        for head, preposition in lexicon.contact:
            pasts = [past for past, base in IRREGULAR_PAST.items() if base == head]
            after = rf"[ \t]+{preposition}" if preposition else r"(?:[ \t]+(?:to|with))?"
            forms.update(rf"{re.escape(w)}{after}" for w in [*word_forms(head), *pasts])
        words = "|".join(sorted(forms, key=len, reverse=True))
        pattern = re.compile(
            rf"(?:^|[.;:!?\d]|\bI\b|\bwe\b)[ \t]*(?i:{words})[ \t]+\Z", re.MULTILINE
        )
        known = _contact_patterns[id(lexicon)] = (lexicon, pattern)
    return known[1]


def mentions(doc: Doc, lexicon: SpeechLexicon, names: dict[int, Mention]) -> list[Mention]:
    """People named or described in the text, in order; pronouns come with clauses."""
    in_names = set(names)
    view = token_view(doc)
    title_tokens = {i for i, lower in enumerate(view.lower) if lower.rstrip(".") in titles()}
    found: list[Mention] = list(names.values())
    for index in _may_name_somebody(view, lexicon):
        if index in in_names or index in title_tokens:
            continue
        token = doc[index]
        if token.dep_ in {"compound", "flat"} and token.head.pos_ == "PROPN":
            continue  # part of a longer name; the name's head token speaks for it
        if any(c.i in title_tokens for c in token.lefts):
            continue  # the first name of a titled name
        token_mention = mention(token, lexicon)
        if token_mention is not None:
            found.append(token_mention)
    taken = {m.at for m in found}
    found.extend(m for m in cued_first_names(doc_text(doc)) if m.at not in taken)
    found.sort(key=at)
    # "Caller: Mr Lionel Fairweather (self)", "Anon caller (neighbour)": who rang.
    text = doc_text(doc)
    found = [
        replace(m, reached=True, is_subject=True)
        if CALLER_BEFORE.search(text, max(0, at(m) - 12), at(m))
        else m
        for m in found
    ]
    # "Ana rang about her mother, Mrs Lopes": whoever "her mother" belongs to is family too.
    for relative in list(found):
        about = relative.role == "relevant_other" or relative.cue
        if relative.ref.kind is RefKind.NAME and about:
            offset = at(relative)
            possessive = ROLE_BEFORE.search(doc_text(doc)[max(0, offset - 30) : offset])
            if possessive is None or possessive.group("role") is None:
                continue
            # Not across a list's semicolon or a line: "Present: Daniel; his mother, Mrs
            # Carol Whitcombe" names two people.
            found = [
                replace(m, role=m.role or "relevant_other")
                if m.ref.kind is RefKind.FIRST
                and at(m) < offset
                and not _LIST_BREAK.search(doc_text(doc), at(m), offset)
                else m
                for m in found
            ]
    return found


NAMING_POS = frozenset({"NOUN", "PROPN"})


_LIST_BREAK = re.compile(r"[;\n]")


def _may_name_somebody(view: TokenView, lexicon: SpeechLexicon) -> Iterator[int]:
    """The indexes of the tokens :func:`mention` may read as somebody: a noun or a name,
    or a word that ends a role ("PT", "daughter"). Every other token it turns down, so
    they are passed over without a token object each."""
    ends = role_word_ends(lexicon)
    for index, (text, lower, lemma, pos, tag) in enumerate(
        zip(view.text, view.lower, view.lemma, view.pos, view.tag, strict=True)
    ):
        if (
            pos in NAMING_POS
            or tag == "NNP"
            or text == "PT"
            or lower in ends
            or lemma in ends
            or " " in lower
            or " " in lemma
        ):
            yield index


def at(the_mention: Mention) -> int:
    return the_mention.at if the_mention.at is not None else 0


# A name given in a field or after "re": "Name: Priya Shah", "Re: Dougie (DOB 3.4.51)",
# "Person: Jamie". Titled names are read elsewhere.
@cache
def _cued_first_name() -> re.Pattern[str]:
    return re.compile(
        r"^[ \t]*(?:name|person|re|regarding|service\s+user|client|adult|about)[ \t]*[:\-–]"
        r"[ \t]*"
        rf"(?P<name>{CAPITAL}[^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t]+{name_word()}){{0,2}})"
        # The name ends the line, or a field after a gap: "Person: Joan Pickering    DOB".
        r"[ \t]*(?=$|[,(.;/–-]|[ \t]{2})",
        re.IGNORECASE | re.MULTILINE,
    )


# A header field giving a full name with its surname in capitals, as case systems print it:
# after a label ("Resident: Edna POLLARD   Rm 4", "SU: Dean FAIRCLOUGH"), or opening its line
# before the next field ("Callum REID   ASC ID 512604"). The label is asked of the lexicon:
# one naming the person's role to the service ("resident", "applicant") gives the person.
@cache
def _capitals_surname_field() -> re.Pattern[str]:
    return re.compile(
        rf"^[ \t]*(?:(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]*:[ \t]*)?"
        rf"(?P<name>{CAPITAL}[^\W\d_A-Z]+(?:['’-][^\W\d_]+)*"
        rf"(?:[ \t]+{CAPITAL}[^\W\d_]+)?[ \t]+{CAPITAL}{{2,}}(?:['’-]{CAPITAL}+)?)"
        # The field ends the line, or another follows after a gap; without a label a field
        # must follow, so a signature ("Sam HUGHES") never names the person.
        r"(?=[ \t]*(?:$|[,(])|[ \t]{2}|\t)",
        re.MULTILINE,
    )


def _names_the_person_by_field(match: re.Match[str], lexicon: SpeechLexicon) -> bool:
    label = match.group("label")
    if label is None:
        # "Callum REID   ASC ID 512604": a field after the name, not the line's end, and
        # no role on the line ("Judith OKAFOR   Reviewing Officer" is whoever wrote it).
        rest = match.string[match.end("name") :].split("\n", 1)[0]
        roles = {role_kind(word, lexicon) for word in re.findall(r"[^\W\d_]+", rest.lower())}
        return bool(re.match(r"[ \t]{2,}\S|\t\S", rest)) and not roles & {
            "relevant_other",
            "professional",
        }
    return serves_the_person(label, lexicon)


def serves_the_person(label: str, lexicon: SpeechLexicon | None = None) -> bool:
    """Whether a field's label names whom the record serves ("Resident", "Applicant",
    "SU"), not a relative's role ("Mum") nor anybody else's."""
    word = label.strip(" \t:").lower()
    role = role_kind(word, lexicon or speech_lexicon())
    return role == "person" or (role is None and word in word_list("person"))


# A record of the carer's own needs: "Carer's assessment", "Carers support note", "Carer's
# conversation - Mrs Ellen Byrne", "Carer contact - telephone".
CARERS_RECORD = re.compile(
    r"\bcarer'?s'?\s+(?:assessment|conversation|support|contact|review|break)\b", re.IGNORECASE
)


# A full name closing a title after a dash ("Supported living tenancy - Kieran Walsh",
# "Review visit - Leonard (Len) Gibbs"), or standing between dashes before the place or the
# date ("Visit - Tadeusz Nowak, Marine Court - 15/04/2026", "Carer's conversation - Ewa
# Nowak - 27/11/2026"), or given after a line's label
# with the age that describes whom a record is about ("RS: Danny Whelan, approx. 40s"): how
# records without a title name their person.
@cache
def _introduced_full_name() -> re.Pattern[str]:
    dashes = "".join(re.escape(dash) for dash in sorted(DASHES))
    known_as = rf"(?:[ \t]+\({CAPITAL}[^\W\d_]+\))?"
    full_name = rf"(?P<name>{CAPITAL}[^\W\d_]+{known_as}(?:[ \t]+{name_word()}){{1,2}})"
    # "Kayleigh Marsh (KM)": the initials the record goes on to call them by.
    initials = r"(?:[ \t]+\((?P<initials>[A-Z]{2,3})\))?"
    return re.compile(
        rf"^(?P<before>[^\n]*?)[ \t][{dashes}][ \t]+{full_name}{initials}[ \t]*"
        rf"(?:$|,[^\n{dashes}]*[ \t][{dashes}][ \t][^\n]*$|[{dashes}][ \t]+\d[^\n]*$)|"
        # "Arthur Penrose - daily log 03/03/26": the name opening the record's title.
        rf"\A[ \t]*{full_name.replace('name>', 'opening>')}[ \t]+[{dashes}][ \t]+"
        r"(?P<after>[^\n]*)$|"
        rf"^[ \t]*(?:(?P<label>[^\W\d_][^:\n]{{0,24}}):[ \t]*)?"
        + full_name.replace("name>", "aged>")
        + r"[ \t]*[,(][ \t]*(?:(?:approx\.?|aged?)[ \t]*)?\d{1,3}(?!\d)",
        re.MULTILINE,
    )


_WHOSE_RELATION = re.compile(
    rf"\([ \t]*(?P<name>{CAPITAL}[^\W\d_]+)['’]s[ \t]+(?P<role>[\w-]+)[ \t]*[),]"
)


_FOR_A_RELATIVE = re.compile(
    r"\((?:[^()\n]{0,24}[ \t])?(?:re|regarding|about|for)[ \t]+(?:his|her|their)[ \t]+"
    rf"(?P<role>[\w-]+)[ \t]+(?P<name>{CAPITAL}[^\W\d_]+)[ \t]*\)"
)


def cued_first_names(text: str, lexicon: SpeechLexicon | None = None) -> list[Mention]:
    """Untitled names given where a record names its person: "Name: Priya", "Re: Dougie",
    a title's "- Kieran Walsh" (not one introduced by a role: "Call with advocate - Chidi
    Obi"), "RS: Danny Whelan, 40", a header's name with its surname in capitals
    ("Resident: Edna POLLARD   Rm 4", "Callum REID   ASC ID 512604")."""
    lexicon = lexicon or speech_lexicon()
    matches = list(_cued_first_name().finditer(text))
    taken = {match.start("name") for match in matches}
    matches.extend(
        match
        for match in _capitals_surname_field().finditer(text)
        if match.start("name") not in taken and _names_the_person_by_field(match, lexicon)
    )
    for match in _introduced_full_name().finditer(text):
        # "Call with advocate - Chidi Obi", "Daughter: Sarah Jones, 45", "Sarah Jones, 45,
        # daughter": a role before or after the name introduces somebody else.
        before = (
            match.group("before") or match.group("label") or match.group("after") or ""
        ).lower()
        # "Carer's conversation - Ewa Nowak": a carer's own record names the carer.
        before = CARERS_RECORD.sub(" ", before)
        words = re.findall(r"[\w-]+", before)
        roles = {role_kind(w, lexicon) for word in words for w in (word, word.removesuffix("s"))}
        name = "aged" if match.group("aged") else "opening" if match.group("opening") else "name"
        roles.add(role_in_text(text, match.start(name), match.end(name), lexicon))
        if roles & {"relevant_other", "professional"}:
            continue
        given = match.group("initials")
        if given and given != "".join(w[:1] for w in match.group(name).split() if w[:1] != "("):
            continue  # "(SW)", "(IMCA)": no initials of the name
        matches.append(match)
    # "Phone call from Jane Feltham (Dorothy's daughter)", "call from Amina (AP for her
    # mother Halima)": whose relative or worker the caller is introduced as is the one the
    # record is about.
    for match in _WHOSE_RELATION.finditer(text):
        if role_kind(match.group("role").lower(), lexicon) in {"relevant_other", "professional"}:
            matches.append(match)
    for match in _FOR_A_RELATIVE.finditer(text):
        if role_kind(match.group("role").lower(), lexicon) == "relevant_other":
            matches.append(match)
    found: list[Mention] = []
    for match in matches:
        groups = match.groupdict()
        group = "aged" if groups.get("aged") else "opening" if groups.get("opening") else "name"
        words = match.group(group).split()
        lowered = {word.lower() for word in words}
        if any(role_kind(word, lexicon) for word in lowered) or lowered & word_list("home"):
            continue  # "- West Team", "- Anchor House": a team, a role or a place
        if words[0].lower().rstrip(".") in titles() | WEEKDAYS or words[0].isupper():
            continue
        if any(m.at == match.start(group) for m in found):
            continue  # "Client: Harvey Bell, 41" is given by a label and by an age
        found.append(
            Mention(
                Ref(RefKind.FIRST, clean(words[0])),
                at=match.start(group),
                surname=clean(words[-1]) if len(words) > 1 else None,
                cue=True,
            )
        )
    return found
