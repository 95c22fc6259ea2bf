"""RL202 depersonalising-reference: the registered rule, the readings that tell a label
standing in for the person from one that does not, and its record-wide step, which offers
the person's name (see :mod:`recordlint.rules.jargon.person`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from recordlint.doc_access import word_one_space_before
from recordlint.findings import RECORD_KINDS, Category, Finding, RecordKind, Severity
from recordlint.inflection import PLURAL
from recordlint.lexicon import load_lexicon, word_list
from recordlint.matching import (
    lexicon_gate,
)
from recordlint.metrics import sentence_spans
from recordlint.names import titles_as_written
from recordlint.nlp import Need
from recordlint.rules.jargon.matches import jargon_matches
from recordlint.rules.jargon.person import (
    PERSON_PLACEHOLDER,
    SALUTATION_TO_SOMEONE,
    TITLED_NAME,
    best_person_name,
    person_names,
    written_names,
)
from recordlint.rules.jargon.reported_once import once_per_term
from recordlint.rules.registry import DocumentContext, Fix, ParagraphContext, finalizer, rule
from recordlint.text import line_end, line_start
from recordlint.usage import (
    in_a_definition,
)

_NAMES_FACT = "jargon.names"
# Where, in a letter's paragraph, a label that is not about the use of a service ends ("the
# adult"): in a letter that names nobody it stands for anyone the text describes.
_GENERAL_IN_LETTER_FACT = "jargon.general_in_letter"
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|our|my)\s+$", re.IGNORECASE)


@rule(
    code="RL202",
    name="depersonalising-reference",
    category=Category.JARGON,
    standard="2.person-centred",
    severity=Severity.WARNING,
    needs=[Need.TAGS],
    # The entity recogniser is the costliest component, and a record with a salutation or
    # a titled name never reads its names: it runs in the finalizer, only where wanted.
    on_demand=[Need.ENTITIES],
    # Guidance and forms speak of "the adult" and "Client:" in general; only a record has
    # a person whose name a label can stand in for. Professional prose and blank forms are
    # still checked for the labels that name people by their use of a service ("service
    # users", "the service user's views"): judged on real minutes, reviews, guidance and
    # forms, those were worth replacing there too, and so in a practitioner's published
    # account of their work ("I look up the service user on our database").
    kinds=RECORD_KINDS
    | {RecordKind.PROFESSIONAL, RecordKind.PRACTICE_ACCOUNT, RecordKind.TEMPLATE},
    fix=Fix.REVIEW,
    about_wording=True,
    # Only paragraphs holding a label can be flagged (titled names elsewhere are read by
    # pattern in the finalizer).
    gate=lexicon_gate(
        lambda: [e.term for e in load_lexicon("jargon").entries if e.depersonalising]
    ),
)
def depersonalising_reference(ctx: ParagraphContext) -> None:
    """Finds labels that stand in for the person ("the service user", "the client").

    ## Why it matters
    Standard 2 asks that records capture the person, their wishes, feelings and views, and
    Standard 1 that their voice is at the centre. A label such as "the service user" turns
    someone into a category; people reading their own records notice. Use their name.

    ## Example
    Before:
    > I visited Mrs Ahmed at home. The service user said she wants to stay there.

    After:
    > I visited Mrs Ahmed at home. Mrs Ahmed said she wants to stay there.

    ## Reported once
    Calling the person by the same label again and again is one habit with one piece of
    advice: it is reported at the label's first use, with the other uses listed (each with
    the name to use there). A label in the record's title is listed with the first use under
    it, never reported on its own.

    ## Stays quiet on
    - Records written to the person ("You told me...").
    - The person's own quoted words, and exceptions listed in the lexicon.
    - A label's word describing the noun after it ("the adult daughter", "the client
      group", "the council's client account"); in professional prose, a label by the
      service is still reported there ("written from the customer perspective").
    - A label in the plural that is not by the service ("adults at risk of abuse or
      neglect", "the residents"): a group, which no one person's name can stand for.
    - A label after the possessive of one man or woman the text speaks of ("he is
      frightened he will lose his clients", a solicitor who "wanted to be sure her client
      could hear"): that person's own clients or customers, a part of their life or work.
      "My client" (the writer's label for the person) and "its customers" (a company's)
      are still flagged.
    - A text that takes people in turn under the label, twice or more ("his first
      client's house ... his next client", "from client to client", "each client"): a
      day's round told for readers, where "the client" is whoever is visited at the time,
      named nowhere. "Clients" and "service users" in the plural are still flagged there.
    - Texts that are not records about one person: guidance and reports ("the adult" in
      general), blank forms ("Client:"). Professional prose and forms are checked only for
      the labels that name people by their use of a service ("service users",
      "customers"), which the reader of minutes, a review or a form is better off without
      too.
    - A blank form's field labels ("Client:"), where the person's name will go, also in
      a row of fields copied onto one line ("Name:   Cared-for person:"), and a field
      that says which of two people it is, filled in with the titled name ("Carer: Mr
      Hobbs   Cared-for person: Mrs Irene Hobbs"); a label by the service filled in
      ("Client: Mr Sykes") is still flagged.
    - A label in a sentence that opens by defining a service by what is done in it
      ("Reablement is about working with the patient, putting in realistic goals"): it
      names anyone the service is for. "The patient is about to go home" still names one.
    - A label that takes up someone its sentence only supposed ("when an adult in its area
      dies ... to protect the adult", "any individual ... the individual"): anyone, not a
      person whose name was left out.
    - "The adult" or "the individual" in a letter with no "Dear ..." to someone and no
      titled name, such as a leaflet written to the public or a template letter ("Dear
      Sir/Madam", "Dear [name]"): there it means anyone the text describes, not a person
      whose name the writer left out.

    ## Fix safety
    The suggestion is the person's name when the record gives it anywhere: the letter's
    "Dear ..." line, the most frequent title and surname ("Mrs Ahmed"), or a first name the
    entity recogniser finds at least twice. Otherwise it is "the person's name". Always
    offered for review.
    """
    ctx.facts[_NAMES_FACT] = True  # the finalizer reads names in the paragraphs marked
    spans: list[tuple[int, int]] | None = None
    for match, entry in jargon_matches(ctx, depersonalising=True):
        if not ctx.kind.is_record and not entry.labels_by_service:
            continue  # "the adult at risk" in guidance is anyone, not a named person
        if ctx.kind is RecordKind.TEMPLATE and _is_field_label(ctx.text, match.start, match.end):
            continue  # "Client:" is where the person's name will go
        if spans is None:
            spans = sentence_spans(ctx.text)  # once a paragraph, only where a label is met
        if not entry.labels_by_service and in_a_definition(ctx.text, match.start, match.end, spans):
            continue  # "Reablement is about working with the patient": anyone it is for
        if not entry.labels_by_service and _opens_a_name(ctx.text, match.start, match.end):
            # "the Individual Service Agreement", "the Adult Autism and ADHD Team": a
            # capital inside a sentence and more capitals after it make the name of a
            # document or a team, not a label for the person
            continue
        if not entry.labels_by_service and _supposed_earlier(
            ctx.text, match.start, match.end, spans
        ):
            # "... when an adult in its area dies ... to protect the adult": the label takes
            # up someone the sentence supposes, anyone, not a person whose name is left out
            continue
        if match.form == PLURAL and not entry.labels_by_service:
            # "adults at risk of abuse or neglect", "the residents": a group in general,
            # which no one person's name can stand for; "service users" still labels
            # people by the service.
            continue
        if (
            not entry.labels_by_service
            and _is_field_label(ctx.text, match.start, match.end)
            and _filled_with_a_name(ctx.text, match.end)
        ):
            # "Cared-for person: her husband, Mr Dermot Quinn": the field of a carer's form
            # that says which of two people it is, with the name; "Client: Mr Sykes" still
            # files the person under the service's label
            continue
        if ctx.kind is RecordKind.LETTER and not entry.labels_by_service:
            # Kept only if the letter is written to or about someone (the finalizer decides).
            ctx.facts.setdefault(_GENERAL_IN_LETTER_FACT, []).append(match.end)
        if _describes_the_next_noun(ctx, match.end) and (
            not entry.labels_by_service or ctx.kind is not RecordKind.PROFESSIONAL
        ):
            # "the adult daughter", "the client group", and in a record the names of
            # accounts and teams ("the council's client account", "the bank's vulnerable
            # customer team"); but professional prose about services names people by the
            # service before a noun too ("written from the customer perspective", "reflect
            # customer priorities", "the service users families").
            continue
        if _someone_elses(ctx, match.start):
            # "he is frightened he will lose his clients", "her client" said of a
            # solicitor: the clients or customers of someone the text speaks of, a part of
            # that person's own life or work, not the service's label for the person
            continue
        start = match.start
        determiner = _DETERMINER_BEFORE.search(ctx.text, 0, start)
        if determiner and not entry.term.startswith("the "):
            start = determiner.start()  # "the client" is replaced whole by the name
        matched = ctx.text[start : match.end]
        plural = match.form == PLURAL
        suggestions = [] if plural else [PERSON_PLACEHOLDER]
        if ctx.kind is RecordKind.LETTER and not plural:
            suggestions.append("you")
        suggestions += [s for s in entry.suggestions if s != PERSON_PLACEHOLDER]
        ctx.flag(
            start,
            match.end,
            f"'{matched}' labels the person; use their name instead."
            if not plural
            else f"'{matched}' labels people by the service; say who they are instead.",
            suggestions,
        )


@cache
def _name_goes_on() -> re.Pattern[str]:
    """Two or more capitalised words after a label ("Service Agreement", "Autism and ADHD
    Team"), "and" or "of" allowed between them; a title (the titles lexicon: "Mr", "Dr")
    starts a person's name instead."""
    titles = "|".join(re.escape(t) for t in sorted(titles_as_written(), key=len, reverse=True))
    return re.compile(
        rf"[ \t]+(?!(?:{titles})\b)[A-Z][\w'’-]*"
        r"(?:[ \t]+(?:(?:and|of|&)[ \t]+)?[A-Z][\w'’-]*)+\b"
    )


_CAPITALISED_BEFORE = re.compile(r"[A-Za-z][\w'’-]*[ \t]+(?:the[ \t]+)?$")


def _opens_a_name(text: str, start: int, end: int) -> bool:
    """Whether a label written with a capital inside its line opens a longer name in
    capitals ("return the Individual Service Agreement", "open to the Adult Autism and
    ADHD Team")."""
    label = text[start:end].split()
    if not label or not label[-1][:1].isupper():
        return False
    if not _CAPITALISED_BEFORE.search(text, line_start(text, start), start):
        return False  # the line opens with it: a heading's or a sentence's capital
    return _name_goes_on().match(text, end) is not None


# The label's own noun met earlier in its sentence as someone supposed: "an adult",
# "any individual".
_SUPPOSED = r"\b(?:an?|any)\s+(?:[\w'’-]+\s+)?{noun}\b"


def _supposed_earlier(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence before the label already spoke of such a person as anyone:
    "if an adult in its area dies ... to protect the adult"."""
    words = text[start:end].split()
    if not words:
        return False
    sentence_start = next((s for s, e in spans if s <= start < e), start)
    pattern = re.compile(_SUPPOSED.format(noun=re.escape(words[-1])), re.IGNORECASE)
    return pattern.search(text, sentence_start, start) is not None


# Where a row of fields copied as text starts its next cell: a tab, a run of spaces, or " / ".
_CELL_BREAK = re.compile(r"(?:\t|[ ]{2,}|[ \t]/[ \t])[ \t]*$")


def _is_field_label(text: str, start: int, end: int) -> bool:
    """The words are a form's field label ("Client:", "Service user name:"): the line, or a
    cell of a row of fields ("Carer: Mr Hobbs   Cared-for person: Mrs Hobbs"), opens with
    them, and a colon follows within a word or two."""
    before = text[line_start(text, start) : start]
    if before.strip() and not _CELL_BREAK.search(before):
        return False
    return re.match(r"(?:[ \t]+[\w'’]+){0,2}[ \t]*:", text[end : end + 30]) is not None


def _filled_with_a_name(text: str, end: int) -> bool:
    """The field after a label is filled in with a titled name on its line ("Cared-for
    person: her husband, Mr Dermot Quinn, 61")."""
    colon = text.find(":", end, end + 30)
    if colon < 0:
        return False
    value = text[colon + 1 : line_end(text, colon)]
    return TITLED_NAME.search(value) is not None


def _describes_the_next_noun(ctx: ParagraphContext, end: int) -> bool:
    """The label's word describes the noun after it, so it is not standing in for the
    person: "the adult daughter", "the client group"."""
    if ctx.doc is None:
        return False
    following = next((t for t in ctx.doc if t.idx >= end), None)
    if following is None or following.idx != end + 1 or not following.text[:1].islower():
        return False
    if following.pos_ == "ADJ" and following.i + 1 < len(ctx.doc):
        # "the adult social services department": a describing word, then the noun.
        following = ctx.doc[following.i + 1]
        return following.pos_ in ("NOUN", "PROPN") and following.text[:1].islower()
    return following.pos_ in ("NOUN", "PROPN")


def _someone_elses(ctx: ParagraphContext, start: int) -> bool:
    """The label follows the possessive of one man or woman the text speaks of ("his
    clients", "her client"), as the tagger reads it: that person's own clients or
    customers. "My client" and "our client" are the writer's label for the person, and
    "its customers" an organisation's; both are still flagged."""
    if ctx.doc is None:
        return False
    before = word_one_space_before(ctx.doc, ctx.text, start)
    if before is None:
        return False
    morph = before.morph
    return (
        morph.get("Poss", []) == ["Yes"]
        and morph.get("Person", []) == ["3"]
        and bool(set(morph.get("Gender", [])) & {"Masc", "Fem"})
    )


# A text that takes people in turn under one label at least this often ("his first
# client", "his next client", "from client to client") speaks of many people by it.
MIN_PEOPLE_IN_TURN = 2


@cache
def _in_turn_pattern(noun: str) -> re.Pattern[str]:
    """The label's noun after a word that takes people one after another ("next client",
    "each client", "another service user"), a word between allowed ("his first regular
    client"), or said twice around "to" ("from client to client"); its plural and
    possessive too."""
    turns = "|".join(sorted(word_list("person_in_turn"), key=len, reverse=True))
    label = rf"{re.escape(noun)}(?:s|['’]s|s['’])?"
    return re.compile(
        rf"\b(?:{turns})\s+(?:[\w'’-]+\s+)?{label}\b|\b{re.escape(noun)}\s+to\s+{label}\b",
        re.IGNORECASE,
    )


def _people_in_turn(text: str, label: str) -> bool:
    """Whether ``text`` takes people one after another under ``label``'s noun ("his first
    client's house ... his next client ... from client to client"): a day's round told for
    readers, in which "the client" is whoever is being visited at the time, a different
    person each time and named nowhere, not one person whose name the writer left out."""
    words = label.split()
    if not words:
        return False
    found = _in_turn_pattern(words[-1].casefold()).findall(text)
    return len(found) >= MIN_PEOPLE_IN_TURN


@finalizer("RL202")
def _once_per_label(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """The person's name offered for each label, and each label reported once: calling
    the person "the client" throughout is one habit, with one piece of advice. A label
    for one person in a text that takes people in turn under it ("his next client") is
    not reported: there is no one person whose name it stands for."""
    # Whether the text takes people in turn depends on the label's noun alone, so it is
    # read once per noun, not once per finding.
    in_turn: dict[str, bool] = {}
    kept = []
    for finding in findings:
        if finding.suggestions[:1] == (PERSON_PLACEHOLDER,):
            words = finding.text.split()
            noun = words[-1].casefold() if words else ""
            if noun not in in_turn:
                in_turn[noun] = _people_in_turn(ctx.text, finding.text)
            if in_turn[noun]:
                continue
        kept.append(finding)
    return once_per_term(ctx, _name_the_person(ctx, kept))


def _name_the_person(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    if not any(finding.suggestions[:1] == (PERSON_PLACEHOLDER,) for finding in findings):
        return findings
    written = written_names(ctx.text)
    if not any(written.values()) and not SALUTATION_TO_SOMEONE.search(ctx.text):
        # A letter with no "Dear ..." and no titled name is written to anyone who reads it
        # (a leaflet): its "the adult" is anyone the text describes. The entity recogniser
        # is not asked, since it takes headings for names ("Adult Reviews").
        general = {
            block.start + end
            for block, facts in zip(ctx.blocks, ctx.block_facts, strict=True)
            for end in facts.get(_GENERAL_IN_LETTER_FACT, ())
        }
        findings = [finding for finding in findings if finding.end not in general]
    names = [written]
    if not any(written.values()):  # only then do the entities decide (best_person_name)
        marked = [
            block
            for block, facts in zip(ctx.blocks, ctx.block_facts, strict=True)
            if _NAMES_FACT in facts
        ]
        names += [
            person_names(block.text, found)
            for block, found in zip(marked, ctx.entities_of(marked), strict=True)
        ]
    name = best_person_name(names)
    if name is None:
        return findings
    named = []
    for finding in findings:
        if finding.suggestions[:1] == (PERSON_PLACEHOLDER,):
            rest = tuple(s for s in finding.suggestions[1:] if s != name)
            finding = replace(finding, suggestions=(name, *rest))
        named.append(finding)
    return named
