"""Titled names ("Mrs Doreen Pollard", "Mr H Yusuf", "Mrs Edna FARROW"), keyed by the
surname's token (:func:`titled_names`). It stands apart from ``names`` because a titled
name is found in the text rather than the parse, with its nickname in brackets, its
surname in capitals and a call written before it, and is handed to :func:`mentions`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recordlint.doc_access import char_span, doc_text, first_token
from recordlint.lexicon import acronym_terms
from recordlint.names import CAPITAL, name_particles, names_somebody, title_gender, titled_name
from recordlint.rules.voice.facts import Mention, Ref, RefKind
from recordlint.rules.voice.lexicon import SpeechLexicon, person_cue
from recordlint.rules.voice.reaching import called_just_before
from recordlint.rules.voice.roles import (
    about_somebodys_relative,
    clean,
    reached,
    role_in_text,
    title_role,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
        contacted = reached(token, lexicon) or called_just_before(doc_text(doc), start, lexicon)
        cue = bool(person_cue().search(doc_text(doc)[max(0, start - 24) : start]))
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


def _surname_in_capitals(words: list[str]) -> bool:
    """Whether the last of a titled name's words is its surname in capitals, as case
    systems print it ("Mrs Edna FARROW"), not an acronym after the name ("Mr Yusuf DP"):
    it follows one or two first names in lower case ("Mr Kam Fai WONG") and is no acronym
    the lexicon knows."""
    *firsts, last = words
    return (
        len(firsts) in {1, 2}
        and not any(first.isupper() for first in firsts)
        and len(last) > 2
        and last.isalpha()
        and last not in acronym_terms()
    )


# The name in brackets or quotes after a name, closed there: not a possessive whose
# apostrophe only looks like a closing quote ("Dr Paul Wendt (Nora's GP)",
# "Mr Tom Reyes (Parkinson's disease)"), which names somebody or something else.
_NICKNAME = re.compile(
    r"[ \t]*[(\"“‘'][ \t]*(?P<nick>" + CAPITAL + r"[^\W\d_]+)[ \t]*[)\"”’'](?![^\W\d_])"
)
