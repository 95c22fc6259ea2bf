"""RL2xx: jargon and legal terms. Plain words instead of service jargon, the person's name
instead of a label, and legal terms kept but explained.

Matching works on the surface of the text, not on spaCy lemmas: each lexicon term is
expanded into its regular inflections ("signpost" -> "signposts", "signposted",
"signposting"; "package of care" -> "packages of care") and looked up word by word, case
folded. That catches gerund nouns the lemmatiser leaves alone ("Signposting is...") and
needs no tagger, so these rules run without spaCy at all except RL202, which asks the
entity recogniser for the person's name.

The family is a package, one concern a module:

* ``matches``: the jargon a paragraph holds, once exceptions, allowed terms, legal terms,
  names and everyday senses are set aside (:func:`jargon_matches`).
* ``senses``: the everyday sense of a term the lexicon marks as having one.
* ``team_and_job_names``: jargon words that are part of a team's, a service's or a job's
  name, or of an address.
* ``names_and_headings``: uses in a name or a heading, reported one step lower.
* ``word_choices``: RL201 across the whole record: which findings are the writer's choice
  of word, and at what severity.
* ``reported_once``: each term or label reported once per record (RL201 and RL202).
* ``service_jargon``: the registered rule RL201 and its record-wide step.
* ``person``: the names a record gives the person, and the one RL202 offers.
* ``depersonalising``: the registered rule RL202 and its record-wide step.
* ``legal_terms``: the registered rule RL203 and its record-wide step.
"""

from __future__ import annotations

from recordlint.rules.jargon.depersonalising import depersonalising_reference  # registers RL202
from recordlint.rules.jargon.legal_terms import unexplained_legal_term  # registers RL203
from recordlint.rules.jargon.matches import jargon_matches
from recordlint.rules.jargon.names_and_headings import (
    in_a_heading,
    named_or_heading,
    names_a_body_or_role,
)
from recordlint.rules.jargon.person import PERSON_PLACEHOLDER, best_person_name
from recordlint.rules.jargon.senses import MAX_WORDS_IN_A_TALK_TITLE
from recordlint.rules.jargon.service_jargon import service_jargon  # registers RL201
from recordlint.usage import is_explained

__all__ = [
    "MAX_WORDS_IN_A_TALK_TITLE",
    "PERSON_PLACEHOLDER",
    "best_person_name",
    "depersonalising_reference",
    "in_a_heading",
    "is_explained",
    "jargon_matches",
    "named_or_heading",
    "names_a_body_or_role",
    "service_jargon",
    "unexplained_legal_term",
]
