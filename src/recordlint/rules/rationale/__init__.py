"""RL7xx: rationale. Key decisions recorded with the reason for them.

The decisions lexicon says which words record a decision ("agree", "case closed", "NFA",
"not eligible") and which mark a reason ("because", "due to", "so that"). The rule says when
they count, on spaCy's dependency parse:

- a decision counts when the writer or the service makes it: not the person or a relative
  ("she agreed with her daughter"), not another body ("NFA by police"), not a hospital
  discharge, not a question, a condition ("if no reply, the case will be closed") or a
  possibility ("this would reduce the risk"), and not a decision word used as a label or a
  topic ("discharge meeting", "with her agreement", "the referral was received");
- a reason counts when it is really a reason: "as" as a conjunction ("as she asked"), not
  "as well", "such as", "as soon as" or "as we agreed"; "since" before a clause, not
  "since Monday"; "following" an event ("following the fall"), not a step in a process
  ("following the assessment").

Sentences are also cut at line breaks, so each header line and list item stands alone.

The family is a package, one concern a module:

* ``words``: the fixed word sets and patterns the tests below share.
* ``units``: the decisions lexicon compiled for lookups, the quick pre-check on raw text
  (:func:`may_record_a_decision`) and the units (sentences and lines) a record is read in.
* ``syntax``: small tests on the parse that several concerns share (a verb's subject, a
  dash between words, a heading line, a label, a wisher).
* ``lines``: what a labelled line is (another body's report, a form field, a label with
  only dates after it).
* ``headings``: what a whole line is by its shape (a heading, a section heading, a title,
  a heading over a list).
* ``line_words``: words on a line that are not a decision (part of a name, "close" as an
  adjective, a finding reported, a way of moving).
* ``services``: the nouns a decision is about (a service, a case, a plan).
* ``verdicts``: verdicts in the shapes records give them (not eligible, not for us, no need).
* ``bare_notes``: a note that keeps, closes or moves what is in place with a bare verb
  ("Continue as is", "Mrs Lambert – close"), and a case left open while steps go ahead.
* ``service_shapes``: what a note does to a service with no decision word (refused ahead,
  an amount changed, ended, left as it is, a request refused).
* ``notes``: decisions in the shapes notes give them, with no decision word ("Placement to
  continue", "Case kept open") and changes to a service.
* ``settled``: decision words that do not make a decision here (history, an obligation,
  an end already planned, a step arranged).
* ``exceptions``: when a decision word does not count for the shape of its sentence (a
  question, a condition, a decision still to make, a label, a topic, a purpose).
* ``doers``: when a decision is someone else's (the person's, a relative's, another
  body's), and words taken for a name that are not one.
* ``deciding``: whose decision a verb makes, and whether it makes one.
* ``others``: decision words whose decision is someone else's (a person's choice or mood,
  a manager's approval, a prescriber's change).
* ``undecided``: decision words that decide nothing here (a pointer to a decision made
  elsewhere, an open question, how a process works, a misread tag).
* ``decisions``: reading a unit's decisions (:func:`decisions_in`, :class:`Decision`).
* ``marked``: a reason a word marks in the unit ("because", "as", "since"), or a reason
  label or heading.
* ``unmarked``: a reason given around a decision with no marker word (before "so", after a
  colon, across a dash, in closing brackets, no needs found).
* ``reasons``: what a decision carries with it (a contingency, a purpose, wishes weighed)
  and where else its reason may be (under a label, a heading, a list); the one place the
  judge takes every reason test from.
* ``decision_heads``: what a decision's own verb says of it (it refuses, points back,
  closes the case, keeps a service as it is).
* ``list_lines``: lines of a list (aims listed, requests listed, a line of its own, a list
  line that keeps a service), and a line trimmed of its bullet.
* ``asking``: what someone asks for or wants (a wish, a bare "Agreed." after a request or
  a step, a request passed on).
* ``context``: what the units around a decision say of it (topics, eligibility reasoned,
  evidence after a request, a reason that opens the next line).
* ``judge``: :class:`Verdict` and :func:`judge`, one verdict per decision in a record.
* ``said_again``: a closure or a change on the same line that says a decision again.
* ``findings``: the rule's findings on one paragraph, and the facts it leaves for its
  neighbours.
* ``paragraphs``: the finalizer that reads reasons across paragraphs.
* ``rule``: the registered rule RL701, its documentation and its finalizer's registration.
"""

from __future__ import annotations

from recordlint.rules.rationale import rule as rule  # registers RL701 and its finalizer
from recordlint.rules.rationale.decisions import Decision, decisions_in
from recordlint.rules.rationale.judge import Verdict, judge
from recordlint.rules.rationale.units import find_terms, may_record_a_decision, units_of

__all__ = [
    "Decision",
    "Verdict",
    "decisions_in",
    "find_terms",
    "judge",
    "may_record_a_decision",
    "rule",
    "units_of",
]
