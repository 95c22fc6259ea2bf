"""How a titled name is told apart: its key (surname and title), the roles given where it
is introduced, an initial standing for a surname, the role word at a mention, and a short
form of a first name.

Apart because both the carer's record and the person's identity read names through
these, and they read nothing of the record themselves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from recordlint.rules.voice.facts import Mention, ParagraphVoice, RefKind

NameKey = tuple[str, str]  # (surname, title): "Mrs Rossi" and "Ms Rossi" are two people


def initial_of(surname: str, written: str) -> bool:
    """Whether ``written`` is ``surname`` cut to its initial, as notes shorten a name
    already given in full ("Mrs G" for Mrs Gallagher); names are lower case."""
    return len(written) == 1 and len(surname) > 1 and surname[0] == written


def titled(facts: ParagraphVoice) -> list[Mention]:
    return [m for m in facts.mentions if m.ref.kind is RefKind.NAME]


def key(mention: Mention) -> NameKey:
    return (mention.ref.name, mention.title or "")


def name_roles(paragraph_facts: Sequence[ParagraphVoice]) -> dict[NameKey, str]:
    """Roles given where a name is introduced: its first mention, or with a first name."""
    roles: dict[NameKey, str] = {}
    seen: set[NameKey] = set()
    for facts in paragraph_facts:
        for mention in titled(facts):
            name_key = key(mention)
            introduced = name_key not in seen or bool(mention.first)
            seen.add(name_key)
            if introduced and mention.role and name_key not in roles:
                roles[name_key] = mention.role
    # "Caller: Mrs Patricia Doyle (mother of Kerry-Ann) ... Mrs D says": a name cut to its
    # initial is the one titled name of its title and initial, with that name's role.
    for short in seen:
        if len(short[0]) != 1 or short in roles:
            continue
        full = [k for k in seen if k[1] == short[1] and initial_of(k[0], short[0])]
        if len(full) == 1 and full[0] in roles:
            roles[short] = roles[full[0]]
    return roles


_ROLE_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


def role_word_at(text: str, offset: int | None) -> str | None:
    """The role word a mention's offset points at, in lower case."""
    if offset is None:
        return None
    word = _ROLE_WORD.match(text, offset)
    return word.group().lower() if word else None


def same_first_name(written: str, known: str) -> bool:
    """Whether a first name as written is the known one or a short form of it: "Winnie"
    for Winifred, "Tomek" for Tomasz, "Seun" for Oluwaseun (names are lower case)."""
    if written == known:
        return True
    shorter, longer = sorted((written, known), key=len)
    if len(shorter) < MIN_SHORT_NAME:
        return False
    return longer.startswith(shorter[:MIN_SHORT_NAME]) or longer.endswith(shorter)


MIN_SHORT_NAME = 3
