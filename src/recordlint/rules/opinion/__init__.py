"""RL6xx: fact and opinion. Records keep what was seen and heard apart from what the writer
concluded, and give the evidence for a professional opinion.

The cue words live in ``lexicons/opinion-markers.toml`` (evaluative words, marked opinions,
hedges, credibility markers, capacity statements, vague evaluations and evidence markers).
This package decides when a cue counts: only when the words are the writer's own (not the
person's or a relative's reported view), are said of the person or their home, and come with
no evidence in the sentence. Precision comes first: a practitioner who gets three false
alarms stops reading.

The family is a package, one concern a module:

* ``words``: the fixed word sets the rules share (hedges, credibility words, decision links).
* ``cues``: the cue words compiled for lookups (:class:`Phrases`), the rules' gates, and
  :func:`cues`, the matches of one kind of marker (:class:`Cue`).
* ``sentences``: which sentences state anything (not headings, form labels or questions).
* ``spans``: the words a finding covers, and one finding per clause.
* ``predicates``: what a cue says and of whom (:class:`Predication`).
* ``fragments``: judgements in verbless notes ("Hygiene in flat poor.", "Daughter struggling
  to cope."), read from the note's structure (:mod:`recordlint.verbless`).
* ``speakers``: whose words they are (someone else's report, a named source).
* ``framing``: what is not stated as fact (a possibility, a denial, a condition, a plan).
* ``evidence``: whether a judgement or an opinion has what it rests on, beyond the shared
  evaluative layer's :func:`recordlint.evaluative.has_evidence`.
* ``conclusions``: verdicts drawn in a "which" clause from what was just told ("which says
  it all"), which RL601 reports.
* ``relabelled``: what someone did given a label as what it was ("This was
  attention-seeking behaviour", "Attempts to leave are just sundowning"), which RL601
  reports.
* ``assessment``: a lack of capacity for a named decision with no assessment behind it
  ("lacks capacity re finances"), which RL601 reports unless the record names one.
* ``exempt``: where RL601 leaves a judgement's words alone (a process label, a risk weighed
  as a reason, a label already on record, an episode's wording) and attitudes shown
  towards others.
* ``stated``: RL601's findings on the evaluative predicates, with their advice.
* ``as_fact``: the registered rule RL601 (judgements stated as fact).
* ``without_evidence``: RL602 (opinions without evidence).
* ``hedges``: RL603 (vague hedges), with the impressions and suspicions it reads
  (:class:`HedgeClaim`).
* ``credibility``: RL604 (words that undermine credibility).
* ``capacity``: RL605 (capacity without the decision).
* ``verdicts``: the vague verdicts RL606 reads.
* ``approval``: RL606 (vague approval).
* ``pages``: the document phase of RL601, RL602, RL603, RL605 and RL606, which leaves a
  page of information checked as a letter alone.
"""

from __future__ import annotations

# The rule modules, imported in code order: each registers its rule.
# isort: off
from recordlint.rules.opinion import as_fact as as_fact  # RL601
from recordlint.rules.opinion import without_evidence as without_evidence  # RL602
from recordlint.rules.opinion import hedges as hedges  # RL603
from recordlint.rules.opinion import credibility as credibility  # RL604
from recordlint.rules.opinion import capacity as capacity  # RL605
from recordlint.rules.opinion import approval as approval  # RL606

# After the rules it finishes: a page of information checked as a letter.
from recordlint.rules.opinion import pages as pages

# isort: on
from recordlint.rules.opinion.sentences import is_heading

__all__ = [
    "approval",
    "as_fact",
    "capacity",
    "credibility",
    "hedges",
    "is_heading",
    "pages",
    "without_evidence",
]
