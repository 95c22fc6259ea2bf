"""A word-choice term used again and again is one finding that lists its other uses."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from recordlint.evaluate import evaluate, read_corpus
from recordlint.findings import Category, Finding, RecordKind, Severity
from recordlint.io.writers import finding_dict
from recordlint.kinds import title_span
from recordlint.language_server.convert import PositionMap, to_diagnostic
from recordlint.repeats import once_per_term, with_repeats
from recordlint.text import LineIndex
from recordlint.verdicts import RealText, read_verdicts, score, with_total
from tests.conftest import linter_for
from tests.test_evaluate import FakeLinter, _corpus

REABLEMENT_NOTE = (
    "Mrs Khan started reablement on Monday. The reablement workers come twice a day. "
    "She said the reablement has helped her walk to the shop."
)


def _place(text: str, needle: str, nth: int, code: str = "RL201") -> Finding:
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return Finding(code, "service-jargon", Category.JARGON, Severity.WARNING, "Say it plainly.",
                   start, start + len(needle), needle, "2.plain-language")  # fmt: skip


def _jargon(text: str, kind: str = "case_note") -> list[Finding]:
    report = linter_for({"select": ["RL201", "RL202"]}).lint(text, kind=kind)
    return [f for f in report.findings if f.code in ("RL201", "RL202")]


def test_each_term_is_reported_at_its_first_use_with_the_others_listed() -> None:
    text = "The OT came. The GP rang. The OT left. The OT rang."
    findings = [_place(text, "OT", 3), _place(text, "GP", 1), _place(text, "OT", 1),
                _place(text, "OT", 2)]  # fmt: skip
    reported = once_per_term(findings, lambda f: f.text)
    assert [(f.text, f.start) for f in reported] == [("OT", 4), ("GP", 17)]
    first = reported[0]
    assert [r.start for r in first.repeats] == [text.index("OT", 20), text.rindex("OT")]
    assert first.message.startswith("Say it plainly.")
    assert "2 more times" in first.message
    assert reported[1].repeats == () and reported[1].message == "Say it plainly."
    assert sorted(f.start for f in with_repeats(reported)) == sorted(f.start for f in findings)


def test_one_more_use_is_said_in_words() -> None:
    text = "The OT came. The OT left."
    (reported,) = once_per_term([_place(text, "OT", 1), _place(text, "OT", 2)], lambda f: f.text)
    assert "used once more" in reported.message


def test_service_jargon_used_three_times_is_one_finding() -> None:
    (finding,) = _jargon(REABLEMENT_NOTE)
    assert finding.start == REABLEMENT_NOTE.index("reablement")
    assert [r.start for r in finding.repeats] == [
        REABLEMENT_NOTE.index("reablement", finding.end),
        REABLEMENT_NOTE.rindex("reablement"),
    ]
    assert all(r.code == "RL201" and r.text == "reablement" for r in finding.repeats)
    assert "2 more times" in finding.message


def test_inflections_of_one_term_are_one_term_and_other_terms_stay_apart() -> None:
    text = (
        "We signposted Mr Cole to the carers' centre. Signposting him to the lunch club "
        "helped too. His care package starts on Monday."
    )
    findings = _jargon(text)
    assert [f.text for f in findings] == ["signposted", "care package"]
    assert [r.text for r in findings[0].repeats] == ["Signposting"]
    assert findings[1].repeats == ()


def test_a_label_for_the_person_used_again_and_again_is_one_finding() -> None:
    text = "Mrs Khan was at home. The client said she was tired. The client wants to stay."
    (finding,) = _jargon(text)
    assert finding.code == "RL202"
    assert [r.text for r in finding.repeats] == ["The client"]
    assert finding.suggestions[0] == finding.repeats[0].suggestions[0] == "Mrs Khan"


def test_a_first_use_talked_about_does_not_stand_for_the_real_uses() -> None:
    """The engine sets aside a word talked about ("the word 'reablement'"); the real uses
    after it are still reported, from the first real one."""
    text = (
        "Mrs Khan asked what the word 'reablement' meant. She started reablement on Monday. "
        "The reablement workers come twice a day."
    )
    (finding,) = _jargon(text)
    assert finding.start == text.index("reablement on")
    assert [r.start for r in finding.repeats] == [text.index("reablement workers")]


def test_gold_scoring_counts_every_use_and_exemplary_warnings_count_findings(
    tmp_path: Path,
) -> None:
    text = "Reablement starts today. The reablement team will ring. Reablement is free."
    gold = {"id": "n1", "kind": "case_note", "exemplary": True, "person_voice": None,
            "contact_details": None, "contact_date": None, "recorded_date": None,
            "spans": [{"label": "JARGON", "text": "Reablement", "occurrence": 1},
                      {"label": "JARGON", "text": "reablement", "occurrence": 1},
                      {"label": "JARGON", "text": "Reablement", "occurrence": 2}]}  # fmt: skip
    places = [_place(text, "Reablement", 1), _place(text, "reablement", 1),
              _place(text, "Reablement", 2)]  # fmt: skip
    (one,) = once_per_term(places, lambda f: f.text.casefold())
    result = evaluate(read_corpus(_corpus(tmp_path, [(gold, text)])), FakeLinter({text: [one]}))
    jargon = result.tallies["jargon"]
    assert (jargon.true_positives, jargon.findings, jargon.matched_gold, jargon.gold) == (
        3, 3, 3, 3)  # fmt: skip
    assert len(result.exemplary_flags) == 1


def test_verdicts_score_each_listed_use_and_count_the_findings_shown(tmp_path: Path) -> None:
    places = [_place(REABLEMENT_NOTE, "reablement", n) for n in (1, 2, 3)]
    (one,) = once_per_term(places, lambda f: f.text)
    verdicts = tmp_path / "verdicts.jsonl"
    lines = [
        {"file": "t1", "code": "RL201", "text": "reablement", "occurrence": n, "verdict": v,
         "reason": "judged by hand"}
        for n, v in ((1, "true"), (2, "true"), (3, "false"))
    ]  # fmt: skip
    verdicts.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    linted = [(RealText("t1", REABLEMENT_NOTE, "dev", None), [one])]
    dev = with_total(score(linted, read_verdicts(verdicts)))["dev"]
    tally = dev.rules["RL201"]
    assert (tally.findings, tally.kept_true, tally.lost_true, tally.false_still_raised) == (
        3, 2, 0, 1)  # fmt: skip
    assert dev.shown == 1 and dev.to_dict()["findings_shown"] == 1


def test_the_json_output_gives_the_other_uses_places() -> None:
    text = "Reablement starts today.\nThe reablement team will ring."
    (one,) = once_per_term(
        [_place(text, "Reablement", 1), _place(text, "reablement", 1)], lambda f: f.text.lower()
    )
    data = finding_dict(one, LineIndex(text))
    assert data["other_uses"] == [{"start": 29, "end": 39, "line": 2, "column": 5,
                                   "end_line": 2, "end_column": 15}]  # fmt: skip
    assert finding_dict(replace(one, repeats=()), LineIndex(text))["other_uses"] == []


_WORDS = st.sampled_from(
    ["reablement", "the client", "signposted", "care package", "Mrs Khan", "said", "went",
     "home", "today", "The", "and", ".", ",", "\n", "provider", "placement"]
)  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_every_place_is_reported_once_and_each_finding_opens_its_term(text: str) -> None:
    """Whatever the text: no place is reported twice, repeats share their finding's rule,
    come after it unless they are in the title or less severe (a team's name before the
    first plain use), and list nothing of their own."""
    findings = _jargon(text, kind=RecordKind.CASE_NOTE.value)
    places = [(f.start, f.end) for f in with_repeats(findings)]
    assert len(places) == len(set(places))
    for finding in findings:
        for repeat in finding.repeats:
            title = title_span(text)
            in_title = title is not None and repeat.start < title[1]
            milder = repeat.severity.rank < finding.severity.rank
            assert repeat.code == finding.code
            assert repeat.start > finding.start or in_title or milder
            assert repeat.repeats == ()
            assert text[repeat.start : repeat.end] == repeat.text


def test_a_term_in_the_title_is_listed_with_its_first_use_under_it() -> None:
    text = (
        "Reablement visit - Ms Precious Adeyemi\nShe started reablement on Monday and is walking."
    )
    (finding,) = _jargon(text)
    assert finding.start == text.index("reablement")
    assert [r.start for r in finding.repeats] == [0]


def test_a_term_only_in_the_title_is_not_reported() -> None:
    titled = "Telecare responder log - Mrs Glenys Pritchard\nShe pressed her pendant at 02:10."
    assert _jargon(titled) == []
    # A first line that runs on into sentences is not a title.
    running = "Telecare call at 02:10. She pressed her pendant.\nI rang her daughter."
    assert [f.text for f in _jargon(running)] == ["Telecare"]


def test_a_title_is_one_short_phrase_with_text_under_it() -> None:
    text = "\n  Case note: missed care calls - Mrs Olive Penhaligon\nText."
    assert title_span(text) == (3, text.index("\nText"))
    assert title_span("Reablement visit") is None  # nothing under it
    assert title_span("Visit today. She was well.\nMore.") is None


def test_the_editor_shows_the_other_uses_as_related_information() -> None:
    text = "Reablement starts today.\nThe reablement team will ring."
    (one,) = once_per_term(
        [_place(text, "Reablement", 1), _place(text, "reablement", 1)], lambda f: f.text.lower()
    )
    diagnostic = to_diagnostic(one, PositionMap(text), None, "file:///note.txt")
    (related,) = diagnostic.related_information or []
    assert related.location.uri == "file:///note.txt"
    assert (related.location.range.start.line, related.location.range.start.character) == (1, 4)
    assert diagnostic.data["otherUses"] == [{"start": 29, "end": 39}]
    assert to_diagnostic(one, PositionMap(text), None).related_information is None
