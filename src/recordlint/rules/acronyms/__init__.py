"""RL1xx: acronyms and abbreviations. Standard 2 asks for plain language with no
abbreviations or acronyms; these rules find them and offer the words in full.

Detection works on the raw text, by shape, so it needs no spaCy at all and an acronym the
lexicon has never heard of ("the QZX panel") is still found. The lexicons only supply
expansions (``lexicons/acronyms.toml`` and a team file in the same schema), say which
lower-case words are note shorthand, and list what must never be flagged
(``lexicons/never-flag.toml``, and the titles of ``lexicons/titles.toml``: a rank such as
"PC" only before a name).

One scan per paragraph finds every abbreviation and sorts it to one of three rules:

* RL101 ``unexplained-acronym``: initialisms and acronyms (OT, DoLS, s42, A&E), with their
  plurals and possessives (GPs, OT's, OTs').
* RL102 ``dotted-abbreviation``: abbreviations written with full stops (e.g., i.e., N.B.,
  a.m., etc.).
* RL103 ``note-shorthand``: note-taking shorthand (appt, tel, h/v, c/o, asap, Tues).

The family is a package, one concern a module:

* ``lexicon``: the acronym lexicons compiled for lookups, and the everyday-word tests.
* ``shapes``: how an abbreviation looks (token and word shapes, plural and possessive
  endings, headings in capitals, sentence starts).
* ``expansions``: the offered words fitted to the abbreviation's place.
* ``definitions``: where the writer spells an abbreviation out in the record.
* ``surroundings``: what the characters just around a word say (a name or a number beside
  it, a title, a citation's year, a date phrase, a heading in capitals).
* ``context``: what a word's place says about it (labels, numerals, names in capitals).
* ``pseudonyms``: capitals a text uses throughout as a person's initials ("AB").
* ``scanner``: the one scan per paragraph that finds and sorts every abbreviation.
* ``checks``: the registered rules RL101 to RL103 and RL101's finalizer.
"""

from __future__ import annotations

from recordlint.rules.acronyms import checks as checks  # registers RL101-RL103
from recordlint.rules.acronyms.lexicon import Lexicons, LexiconTerm, lexicons_for
from recordlint.rules.acronyms.scanner import Abbreviation, abbreviations
from recordlint.rules.acronyms.shapes import at_sentence_start

__all__ = [
    "Abbreviation",
    "LexiconTerm",
    "Lexicons",
    "abbreviations",
    "at_sentence_start",
    "checks",
    "lexicons_for",
]
