"""Scoring real texts against hand verdicts: keys, the verdict reader and the figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from recordlint.cli import cli
from recordlint.errors import InputError
from recordlint.findings import Category, Finding, Severity
from recordlint.verdicts import (
    FindingKey,
    RealText,
    Verdict,
    format_verdict_table,
    keyed_findings,
    read_acronym_gold,
    read_texts,
    read_verdicts,
    score,
    unjudged_lines,
    with_total,
)


def _finding(text: str, needle: str, code: str = "RL101", *, nth: int = 1,
             category: Category = Category.ACRONYM) -> Finding:  # fmt: skip
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return Finding(code, "rule", category, Severity.WARNING, "m", start, start + len(needle),
                   needle, "2.plain-language")  # fmt: skip


def _verdict_line(file: str, code: str, text: str, verdict: str | None, occurrence: int = 1) -> str:
    return json.dumps({"file": file, "code": code, "text": text, "occurrence": occurrence,
                       "verdict": verdict, "reason": "judged by hand"})  # fmt: skip


NOTE = "The OT came. The OT rang the GP. We signposted him."  # 11 words
LETTER = "Dear Sam, the OT will visit. Ring us."  # 8 words


def test_repeats_of_the_same_code_and_text_are_numbered_in_text_order() -> None:
    """The key survives offset shifts: file, code, flagged text and which occurrence it is."""
    findings = [_finding(NOTE, "OT", nth=2), _finding(NOTE, "GP"), _finding(NOTE, "OT", nth=1),
                _finding(NOTE, "OT", "RL999", nth=1)]  # fmt: skip
    keys = [key for key, _ in keyed_findings("n1", findings)]
    assert keys == [
        FindingKey("n1", "RL101", "OT", 1),
        FindingKey("n1", "RL999", "OT", 1),
        FindingKey("n1", "RL101", "OT", 2),
        FindingKey("n1", "RL101", "GP", 1),
    ]


def test_verdict_reader_accepts_unjudged_lines_and_rejects_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "verdicts.jsonl"
    lines = [_verdict_line("n1", "RL101", "OT", "true"), _verdict_line("n1", "RL101", "GP", None)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    verdicts = read_verdicts(path)
    assert verdicts[FindingKey("n1", "RL101", "OT", 1)].verdict == "true"
    assert verdicts[FindingKey("n1", "RL101", "GP", 1)].verdict is None

    path.write_text(_verdict_line("n1", "RL101", "OT", "maybe"), encoding="utf-8")
    with pytest.raises(InputError, match=r"verdicts\.jsonl:1: verdict must be one of"):
        read_verdicts(path)
    line = _verdict_line("n1", "RL101", "OT", "true")
    path.write_text(f"{line}\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"verdicts\.jsonl:2: a second verdict"):
        read_verdicts(path)


def _judged_set(tmp_path: Path) -> tuple[list[tuple[RealText, list[Finding]]], Path]:
    """Two texts (dev and holdout), findings chosen by hand, verdicts written beside them."""
    note, letter = RealText("n1", NOTE, "dev", None), RealText("l1", LETTER, "holdout", None)
    linted = [
        (note, [_finding(NOTE, "OT", nth=1), _finding(NOTE, "OT", nth=2), _finding(NOTE, "GP"),
                _finding(NOTE, "signposted", "RL201", category=Category.JARGON)]),
        (letter, [_finding(LETTER, "OT"), _finding(LETTER, "Ring", "RL201",
                                                   category=Category.JARGON)]),
    ]  # fmt: skip
    lines = [
        _verdict_line("n1", "RL101", "OT", "true", 1),
        _verdict_line("n1", "RL101", "OT", "false", 2),
        _verdict_line("n1", "RL101", "GP", "debatable"),
        _verdict_line("n1", "RL201", "signposted", "true"),
        _verdict_line("n1", "RL101", "DoLS", "true"),  # judged once, not raised any more
        _verdict_line("n1", "RL201", "came", "false"),  # a false alarm that has gone
        _verdict_line("l1", "RL101", "OT", "true"),
        # l1's "Ring" has no verdict yet
    ]
    path = tmp_path / "verdicts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return linted, path


def test_figures_per_rule_and_split_on_a_hand_made_set(tmp_path: Path) -> None:
    linted, path = _judged_set(tmp_path)
    splits = with_total(score(linted, read_verdicts(path)))
    assert list(splits) == ["dev", "holdout", "all"]

    dev = splits["dev"]
    acronyms, jargon = dev.rules["RL101"], dev.rules["RL201"]
    assert (acronyms.findings, acronyms.judged_true, acronyms.judged_false, acronyms.debatable) == (
        3, 1, 1, 1)  # fmt: skip
    assert acronyms.precision == 0.5
    assert (acronyms.kept_true, acronyms.lost_true, acronyms.false_still_raised) == (1, 1, 1)
    assert (jargon.judged_true, jargon.false_gone) == (1, 1)
    assert [v.key.text for v in dev.lost] == ["DoLS"]
    overall = dev.overall()
    assert overall.precision == pytest.approx(2 / 3)
    assert dev.words == 11
    assert dev.to_dict()["overall"]["false_alarms_per_1000_words"] == pytest.approx(1000 / 11)

    holdout = splits["holdout"]
    assert holdout.unjudged == [FindingKey("l1", "RL201", "Ring", 1)]
    assert holdout.overall().precision == 1.0

    total = splits["all"]
    assert (total.texts, total.words, total.overall().findings) == (2, 19, 6)
    assert total.overall().unjudged == 1
    assert with_total(splits)["all"].overall().findings == 6  # totalling twice adds nothing

    table = format_verdict_table(splits)
    assert "holdout: 1 texts, 8 words" in table
    assert "RL101" in table and "0.50" in table


def test_unjudged_findings_are_written_ready_to_judge(tmp_path: Path) -> None:
    linted, path = _judged_set(tmp_path)
    rows = [json.loads(line) for line in unjudged_lines(linted, read_verdicts(path))]
    assert len(rows) == 1
    assert rows[0]["file"] == "l1" and rows[0]["text"] == "Ring" and rows[0]["verdict"] is None
    assert "[[Ring]]" in rows[0]["context"]


def test_acronym_occurrence_recall_counts_gold_spans_overlapped(tmp_path: Path) -> None:
    (tmp_path / "n1.txt").write_text(NOTE, encoding="utf-8")
    gold = {"id": "n1", "spans": [{"text": "OT", "occurrence": 1}, {"text": "OT", "occurrence": 2},
                                  {"text": "GP", "occurrence": 1}]}  # fmt: skip
    (tmp_path / "acronym_gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    texts = read_texts(tmp_path)
    spans = read_acronym_gold(tmp_path / "acronym_gold.jsonl", texts)
    linted = [(texts[0], [_finding(NOTE, "OT", nth=2), _finding(NOTE, "GP")])]
    result = score(linted, {}, spans)["unsplit"]
    assert (result.acronym_found, result.acronym_gold) == (2, 3)
    assert result.acronym_recall == pytest.approx(2 / 3)


def test_split_and_kind_come_from_sources_toml(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Hello.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Dear Sam,", encoding="utf-8")
    (tmp_path / "sources.toml").write_text(
        '[[text]]\nid = "a"\nsplit = "holdout"\n\n'
        '[[text]]\nid = "b"\nsplit = "dev"\nrecord_kind = "letter"\n',
        encoding="utf-8",
    )
    texts = {t.id: t for t in read_texts(tmp_path)}
    assert (texts["a"].split, texts["a"].kind) == ("holdout", None)
    assert (texts["b"].split, texts["b"].kind and texts["b"].kind.value) == ("dev", "letter")


@given(st.lists(st.tuples(st.sampled_from(["OT", "GP", "signposted"]),
                          st.sampled_from(["RL101", "RL201"]), st.integers(1, 3)),
                max_size=12))  # fmt: skip
def test_keys_are_unique_and_numbered_from_one(picks: list[tuple[str, str, int]]) -> None:
    """However findings repeat, each gets its own key and occurrences run 1, 2, 3 ..."""
    text = " ".join(["OT GP signposted"] * 3)
    findings = [_finding(text, needle, code, nth=nth) for needle, code, nth in picks]
    keys = [key for key, _ in keyed_findings("x", findings)]
    assert len(keys) == len(findings)
    by_pair: dict[tuple[str, str], list[int]] = {}
    for key in keys:
        by_pair.setdefault((key.code, key.text), []).append(key.occurrence)
    assert all(numbers == list(range(1, len(numbers) + 1)) for numbers in by_pair.values())


def test_eval_command_reads_verdicts_and_lists_unjudged(tmp_path: Path) -> None:
    """A folder with verdicts.jsonl gets the verdict tables, not the gold scorer."""
    (tmp_path / "n1.txt").write_text("The OT visited on Monday. The DoLS form was sent.",
                                     encoding="utf-8")  # fmt: skip
    (tmp_path / "verdicts.jsonl").write_text(_verdict_line("n1", "RL101", "OT", "true") + "\n",
                                             encoding="utf-8")  # fmt: skip
    unjudged = tmp_path / "todo.jsonl"
    result = CliRunner().invoke(cli, ["eval", str(tmp_path), "--select", "RL101",
                                      "--write-unjudged", str(unjudged)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "all rules" in result.output
    assert "Not judged yet (1):" in result.output and "'DoLS'" in result.output
    assert [json.loads(line)["text"] for line in unjudged.read_text().splitlines()] == ["DoLS"]
    as_json = CliRunner().invoke(
        cli, ["eval", str(tmp_path), "--select", "RL101", "--format", "json"]
    )
    assert json.loads(as_json.output)["unsplit"]["rules"]["RL101"]["true"] == 1


def test_false_alarms_are_listed_for_tuning_texts_only(tmp_path: Path) -> None:
    """--show-false-flags lists the findings judged false on dev and the fresh batches,
    never the holdout's."""
    names = {"d1": "dev", "f1": "fresh2", "h1": "holdout"}
    for name in names:
        (tmp_path / f"{name}.txt").write_text("The DoLS form was sent.", encoding="utf-8")
    (tmp_path / "sources.toml").write_text(
        "".join(f'[[text]]\nid = "{name}"\nsplit = "{split}"\n\n' for name, split in names.items()),
        encoding="utf-8",
    )
    lines = [_verdict_line(name, "RL101", "DoLS", "false") for name in names]
    (tmp_path / "verdicts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["eval", str(tmp_path), "--select", "RL101", "--show-false-flags"]
    )
    assert result.exit_code == 0, result.output
    assert "dev findings judged false and still raised (1):" in result.output
    assert "fresh2 findings judged false and still raised (1):" in result.output
    assert "d1: RL101 'DoLS': judged by hand" in result.output
    assert "f1: RL101 'DoLS': judged by hand" in result.output
    assert "h1: RL101" not in result.output


def test_split_tuning_lints_and_shows_no_holdout_text(tmp_path: Path) -> None:
    """--split tuning reports dev and the fresh batches only: the holdout is never linted,
    so neither its table nor its lost or unjudged findings can be read while tuning."""
    names = {"d1": "dev", "f3": "fresh3", "h1": "holdout"}
    for name in names:
        (tmp_path / f"{name}.txt").write_text("The DoLS form was sent.", encoding="utf-8")
    (tmp_path / "sources.toml").write_text(
        "".join(f'[[text]]\nid = "{name}"\nsplit = "{split}"\n\n' for name, split in names.items()),
        encoding="utf-8",
    )
    (tmp_path / "verdicts.jsonl").write_text(
        _verdict_line("h1", "RL101", "DoLS", "true") + "\n", encoding="utf-8"
    )
    result = CliRunner().invoke(
        cli, ["eval", str(tmp_path), "--select", "RL101", "--split", "tuning"]
    )
    assert result.exit_code == 0, result.output
    assert "dev: 1 texts" in result.output and "fresh3: 1 texts" in result.output
    assert "holdout" not in result.output and "h1" not in result.output
    only = CliRunner().invoke(cli, ["eval", str(tmp_path), "--split", "nosuch"])
    assert only.exit_code != 0 and "no texts in split nosuch" in only.output


def test_a_verdict_stays_with_the_place_it_was_judged_at() -> None:
    """When a rule stops flagging the first "OT", the second keeps its own verdict (false)
    rather than inheriting the first's (true), which is counted as lost."""
    text = RealText("n1", NOTE, "dev", None)
    first, second = _finding(NOTE, "OT", nth=1), _finding(NOTE, "OT", nth=2)
    lines = [
        json.dumps({"file": "n1", "code": "RL101", "text": "OT", "occurrence": 1,
                    "start": first.start, "verdict": "true", "reason": "r"}),
        json.dumps({"file": "n1", "code": "RL101", "text": "OT", "occurrence": 2,
                    "start": second.start, "verdict": "false", "reason": "r"}),
    ]  # fmt: skip
    verdicts: dict[FindingKey, Verdict] = {}
    for line in lines:
        raw = json.loads(line)
        key = FindingKey(raw["file"], raw["code"], raw["text"], raw["occurrence"])
        verdicts[key] = Verdict(key, raw["verdict"], raw["reason"], raw["start"], None)
    dev = score([(text, [second])], verdicts)["dev"]
    acronyms = dev.rules["RL101"]
    assert (acronyms.judged_true, acronyms.judged_false, acronyms.lost_true) == (0, 1, 1)


def test_fresh_batches_are_scored_apart_between_dev_and_holdout() -> None:
    order = (
        "holdout",
        "fresh41",
        "fresh40",
        "fresh39",
        "fresh38",
        "fresh37",
        "fresh36",
        "fresh35",
        "fresh34",
        "fresh33",
        "fresh32",
        "fresh31",
        "fresh30",
        "fresh29",
        "fresh28",
        "fresh27",
        "fresh26",
        "fresh25",
        "fresh24",
        "fresh23",
        "fresh22",
        "fresh21",
        "fresh20",
        "fresh19",
        "fresh18",
        "fresh17",
        "fresh16",
        "fresh15",
        "fresh14",
        "fresh13",
        "fresh12",
        "fresh11",
        "fresh10",
        "fresh9",
        "fresh8",
        "fresh7",
        "fresh6",
        "fresh5",
        "fresh4",
        "fresh3",
        "fresh2",
        "fresh",
        "dev",
    )
    texts = [RealText(name, NOTE, name, None) for name in order]
    splits = with_total(score([(text, []) for text in texts], {}))
    assert list(splits) == [
        "dev",
        "fresh",
        "fresh2",
        "fresh3",
        "fresh4",
        "fresh5",
        "fresh6",
        "fresh7",
        "fresh8",
        "fresh9",
        "fresh10",
        "fresh11",
        "fresh12",
        "fresh13",
        "fresh14",
        "fresh15",
        "fresh16",
        "fresh17",
        "fresh18",
        "fresh19",
        "fresh20",
        "fresh21",
        "fresh22",
        "fresh23",
        "fresh24",
        "fresh25",
        "fresh26",
        "fresh27",
        "fresh28",
        "fresh29",
        "fresh30",
        "fresh31",
        "fresh32",
        "fresh33",
        "fresh34",
        "fresh35",
        "fresh36",
        "fresh37",
        "fresh38",
        "fresh39",
        "fresh40",
        "fresh41",
        "holdout",
        "all",
    ]


def test_a_finding_folded_into_another_on_the_same_words_is_scored_as_raised() -> None:
    """ "Also: 'are not required' is passive ..." tells the writer the folded problem: its
    verdict is kept, not lost."""
    text = "You are not required to act."
    passive = Finding("RL303", "passive-voice", Category.READABILITY, Severity.INFO, "m",
                      4, 20, "are not required", "2.plain-language")  # fmt: skip
    wordy = Finding("RL304", "wordy", Category.READABILITY, Severity.WARNING, "m", 12, 20,
                    "required", "2.plain-language", absorbed=(passive,))  # fmt: skip
    verdicts = {
        FindingKey("t1", "RL303", "are not required", 1): Verdict(
            FindingKey("t1", "RL303", "are not required", 1), "true", "hides who", 4, 20
        )
    }
    splits = score([(RealText("t1", text, "dev", None), [wordy])], verdicts)
    passives = splits["dev"].rules["RL303"]
    assert (passives.kept_true, passives.lost_true) == (1, 0)
    assert splits["dev"].shown == 1
