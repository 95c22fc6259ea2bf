"""The rules' scores on the annotated corpus stay above floors.

The floors sit a little under the scores measured when they were last raised, so a change
that costs real precision or recall fails here. Raise them as the rules improve.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from recordlint.evaluate import Evaluation, evaluate, read_corpus
from tests.conftest import linter_for

CORPUS = Path(__file__).parent.parent / "corpus"

# category: (precision floor, recall floor)
FLOORS: dict[str, tuple[float, float]] = {
    "acronym": (0.95, 0.95),
    # "pendant alarm" is the plain name of a thing (the lexicon review of 2026-11 and the
    # independent writers of corpus-dev agree); this corpus marks it as jargon, so recall
    # against it dropped from 0.52 to 0.50 when it left the lexicon. "Provider" is kept in
    # colleagues' case notes and emails (the sixteen development batches' writers left it
    # unmarked there 64 times and marked it 9); this corpus marks it, so recall against it
    # fell from 0.51 to 0.48. A term only in a record's title ("Case closure summary.",
    # "Safeguarding strategy discussion record") is the case system's name for the record
    # and is not reported (across this corpus and the development batches, 29 title uses
    # of jargon are left unmarked and 9 marked); this corpus marks three titles whose term
    # is not used again under them, so recall against it fell from 0.48 to 0.46. Every use
    # after the first of a term is scored through the finding that lists it. "Duty team"
    # and "duty worker" name the team that takes calls: the development batches' writers
    # left them unmarked in 72 of 73 uses, and this corpus marks the one other ("Passed
    # to duty team for screening."), so recall here fell from 0.451 to 0.446 when they left
    # the lexicon, while jargon precision pooled over development rose from 0.664 to 0.672.
    "jargon": (0.95, 0.44),
    # Legal terms are asked to be explained only where the person reads the text (letters,
    # plans and assessments); the corpus also marks them in case notes and emails, which
    # the rule no longer checks, so recall against the whole corpus is lower by design.
    "legal-term": (0.70, 0.40),
    "spelling": (0.95, 0.95),
    "judgemental": (0.96, 0.96),
    # Behaviour labels ("non-compliant", "aggressive", "unco-operative", "demanding") are
    # marked as opinion here but as judgemental wording by the independent writers of
    # corpus-dev, nearly always; opinion-as-fact now leaves them to the respectful-language
    # rule, so recall against this corpus fell from 0.69 to 0.65 while precision on
    # corpus-dev rose by a quarter or more. Doubt-casting verbs ("claims", "allegedly") now
    # report as judgemental wording, as those writers mark them, and "not engaging" is a
    # behaviour label for the respectful-language rule: 0.64 here, 0.65 once "is
    # struggling" and "is confused" said of someone with nothing shown were read. A manner
    # or look told in the past tense of what was seen ("He was unkempt") is left to that
    # rule too, and "No concerns raised." is a note that no one raised any: the writers of
    # corpus-dev leave both unmarked as opinion (14 of 17 and 4 of 4 times), this corpus
    # marks one of each, so recall here fell from 0.65 to 0.62 while opinion precision on
    # corpus-dev rose from 0.81 to 0.84.
    "opinion": (0.92, 0.62),
    # Referring a person on and passing a case to another team are steps in a plan, not
    # decisions about the person's support (the independent writers of corpus-dev agree:
    # they mark none of theirs); this corpus marks six, so recall against it dropped from
    # 0.84 to 0.71 when handoffs stopped counting, while precision rose. Agreeing to a
    # step that decides nothing stopped counting too: 0.97 precision. A service the letter
    # names ending ahead ("Your lunchtime care call will cease from 23/02/2026") is read as
    # the decision it is; this corpus marks the same paragraph's last sentence instead, so
    # precision is 0.94.
    "rationale": (0.93, 0.70),
    "person-voice": (0.95, 0.95),
    "contact-details": (0.95, 0.95),
    "timeliness": (0.95, 0.95),
}


@pytest.fixture(scope="module")
def scores() -> Evaluation:
    return evaluate(read_corpus(CORPUS), linter_for())


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_category_scores_stay_above_floors(scores: Evaluation, category: str) -> None:
    """Precision and recall of each category are at or above their floors."""
    tally = scores.tallies[category]
    precision_floor, recall_floor = FLOORS[category]
    assert tally.precision is not None and tally.precision >= precision_floor, tally
    assert tally.recall is not None and tally.recall >= recall_floor, tally


def test_no_finding_inside_the_persons_quoted_words(scores: Evaluation) -> None:
    """Nothing the person said is ever 'corrected'."""
    assert scores.quote_flags == []


def test_exemplary_records_draw_almost_no_findings(scores: Evaluation) -> None:
    """Records written the way the standards ask get at most one warning among them."""
    assert scores.exemplary_records >= 15
    assert len(scores.exemplary_flags) <= 1, scores.exemplary_flags
