"""Who the person is: the names a record gives them (a letter's salutation, titled names,
names the entity recogniser finds), and the one RL202 offers in place of a label.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from recordlint.names import COURTESY_TITLE

PERSON_PLACEHOLDER = "the person's name"
TITLED_NAME = re.compile(
    rf"\b(?P<title>{COURTESY_TITLE})\.?\s+(?:(?:[A-Z][a-z]+|[A-Z]\.)\s+)?"
    # "Mrs X. The Council ...": a word that starts a sentence is not a surname.
    r"(?!(?:The|This|That|These|She|He|It|They|We|Her|His)\b)"
    r"(?P<surname>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b"
)
_SALUTATION = re.compile(rf"^\s*Dear\s+(?P<name>(?:{COURTESY_TITLE})\.?\s+[A-Z][\w'’-]+)", re.M)
# A salutation to someone the writer could name; "Dear Sir/Madam", "Dear Colleagues" and a
# placeholder ("Dear [name]") name no one.
SALUTATION_TO_SOMEONE = re.compile(
    r"^\s*Dear\s+(?!(?:Sirs?|Madam|All|Colleagues?|Friends?)\b|\[)\S", re.M
)
# A PERSON entity after one of these words is someone else: a relative or a professional.
_NOT_THE_PERSON_BEFORE = re.compile(
    r"(?:daughter|son|wife|husband|partner|mother|mum|father|dad|brother|sister|friend|"
    r"neighbour|carer|nephew|niece|grandson|granddaughter|aunt|uncle|worker|nurse|doctor|"
    r"gp|dr|manager|officer|therapist|me|from|by|with|colleague|sincerely|regards)"
    r"[\s,(:]*$",
    re.IGNORECASE,
)


def written_names(text: str) -> dict[str, list[str]]:
    """Names written with a title, and the letter's salutation: found by pattern alone, so
    the whole record is read for them, not only the paragraphs the rule ran on."""
    titled = [f"{m.group('title')} {m.group('surname')}" for m in TITLED_NAME.finditer(text)]
    salutation = [m.group("name") for m in _SALUTATION.finditer(text)]
    return {"titled": titled, "salutation": salutation}


def person_names(text: str, found: Iterable[tuple[int, int, str]]) -> dict[str, list[str]]:
    """PERSON entities in the paragraph ``text`` that may be the person's name."""
    entities: list[str] = []
    for start, end, label in found:
        name = text[start:end]
        if label != "PERSON" or TITLED_NAME.search(name):
            continue
        before = text[max(0, start - 30) : start]
        if _NOT_THE_PERSON_BEFORE.search(before) or not name[:1].isupper():
            continue
        entities.append(name)
    return {"entities": entities}


def best_person_name(names: Iterable[dict[str, list[str]]]) -> str | None:
    """The name the record most likely uses for the person: the letter's salutation, else
    the most frequent titled name, else a PERSON entity named at least twice."""
    salutations: list[str] = []
    titled: Counter[str] = Counter()
    entities: Counter[str] = Counter()
    for found in names:
        salutations += found.get("salutation", [])
        titled.update(found.get("titled", []))
        entities.update(found.get("entities", []))
    if salutations:
        return re.sub(r"\s+", " ", salutations[0])
    if titled:
        return titled.most_common(1)[0][0]
    ranked = entities.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None
