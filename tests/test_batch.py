"""Batch checking of exports: one result per record, order, formats, resume and baselines.

Only cheap rules are selected (RL101 acronyms, RL301 long sentences): what is tested here
is the plumbing, not the rule set.
"""

from __future__ import annotations

import csv
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from recordlint import Config, Linter
from recordlint.batch import RunOptions, baseline_key, lint_items, run
from recordlint.cli import cli
from recordlint.config import options_from_mapping
from recordlint.io.atomic import Journal
from recordlint.io.readers import iter_records
from recordlint.io.records import Record
from recordlint.io.writers import JsonLinesWriter, safe_cell

EXPORTS = Path(__file__).parent / "data" / "exports"
SELECT = ["--select", "RL101,RL301"]
LONG = (
    "I visited Mrs Khan at home today with her daughter and we talked about how she is "
    "managing with the stairs and the bathroom and whether she would like some help."
)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def write_export(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "team"])
        for number in range(count):
            text = f"Visit {number} with the OT. " + (LONG if number % 3 == 0 else "All well.")
            writer.writerow([f"R{number}", text, "North" if number % 2 else "South"])
    return path


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_every_record_gives_one_line_in_input_order(runner: CliRunner) -> None:
    """Good rows carry findings and the export's details; bad rows carry their error."""
    result = runner.invoke(cli, ["check", str(EXPORTS / "notes.csv"), "--format", "jsonl", *SELECT])
    lines = jsonl(result.stdout)
    assert [line["row"] for line in lines] == [2, 3, 4, 5, 6]
    assert [line["id"] for line in lines] == ["N-001", "N-002", "N-003", "N-004", "N-005"]
    assert lines[1]["team"] == "South" and lines[1]["author"] == "Jo Patel"
    assert lines[1]["contact_date"] == "2026-01-07 10:00"
    assert any(f["code"] == "RL101" and f["text"] == "OT" for f in lines[1]["findings"])
    assert lines[2]["errors"] == ["the text is empty"]
    assert lines[3]["errors"][0].startswith("has 9 fields")
    assert "Read 5 records: 3 linted, 2 failed" in result.stderr
    assert "notes.csv row 4: the text is empty" in result.stderr
    assert result.exit_code == 2


def test_workers_give_the_same_output_as_one_process(runner: CliRunner, tmp_path: Path) -> None:
    export = write_export(tmp_path / "export.csv", 40)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        result = runner.invoke(
            cli,
            ["check", str(export), "--format", "jsonl", "-o", str(out), "--jobs", jobs, *SELECT],
        )
        assert result.exit_code == 1, result.output
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert [r["id"] for r in jsonl(outputs[1])] == [f"R{n}" for n in range(40)]


def test_output_files_are_private_and_redaction_drops_the_words(
    runner: CliRunner, tmp_path: Path
) -> None:
    export = write_export(tmp_path / "export.csv", 3)
    private, redacted = tmp_path / "private.jsonl", tmp_path / "redacted.jsonl"
    runner.invoke(cli, ["check", str(export), "--format", "jsonl", "-o", str(private), *SELECT])
    runner.invoke(
        cli,
        ["check", str(export), "--format", "jsonl", "-o", str(redacted), "--redact", *SELECT],
    )
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert "'OT'" in private.read_text(encoding="utf-8")
    text = redacted.read_text(encoding="utf-8")
    assert "OT" not in text and "Mrs Khan" not in text
    (first, *_) = jsonl(text)
    assert {f["code"] for f in first["findings"]} == {"RL101", "RL301"}
    assert all(f["text"] is None for f in first["findings"])


def test_csv_output_opens_cleanly_in_a_spreadsheet(runner: CliRunner, tmp_path: Path) -> None:
    """A byte order mark, one row per finding, a row for a clean or failed record, and no
    cell that a spreadsheet would run as a formula."""
    out = tmp_path / "out.csv"
    runner.invoke(
        cli,
        [
            "check",
            str(EXPORTS / "notes.csv"),
            "--format",
            "csv",
            "-o",
            str(out),
            "--select",
            "RL101",
        ],
    )
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert {row["row"] for row in rows} == {"2", "3", "4", "5", "6"}
    assert [row["code"] for row in rows if row["row"] == "3"] == ["RL101"]
    assert [row["error"] for row in rows if row["row"] == "4"] == ["the text is empty"]
    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert safe_cell("-2") == "'-2" and safe_cell("@x") == "'@x" and safe_cell("+1") == "'+1"
    assert safe_cell("Plain") == "Plain"


def test_sarif_output(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.sarif"
    runner.invoke(
        cli, ["check", str(EXPORTS / "notes.csv"), "--format", "sarif", "-o", str(out), *SELECT]
    )
    sarif = json.loads(out.read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    (run_,) = sarif["runs"]
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} == {"RL101", "RL301"}
    (result,) = [r for r in run_["results"] if r["ruleId"] == "RL101"]
    assert result["locations"][0]["logicalLocations"][0]["name"] == "N-002"
    assert result["properties"]["row"] == 3
    assert result["properties"]["kind"] == "case_note"
    notifications = run_["invocations"][0]["toolExecutionNotifications"]
    assert len(notifications) == 2


class Interrupted(Exception):
    pass


def failing_after(records: Iterator[Record], count: int) -> Iterator[Record]:
    for number, record in enumerate(records):
        if number == count:
            raise Interrupted
        yield record


def test_resume_finishes_an_interrupted_run_without_losing_or_repeating(tmp_path: Path) -> None:
    """An interrupted run leaves a part file and a journal, never the final name; resuming
    gives exactly what an uninterrupted run gives."""
    export = write_export(tmp_path / "export.csv", 50)
    linter = Linter(Config(options_from_mapping({"select": ["RL101", "RL301"]}, "test")))
    whole = tmp_path / "whole.jsonl"
    run(iter_records((str(export),)), linter, JsonLinesWriter(), RunOptions(output=whole, jobs=1))
    out = tmp_path / "out.jsonl"
    options = RunOptions(output=out, jobs=1, fingerprint="same")
    with pytest.raises(Interrupted):
        run(failing_after(iter_records((str(export),)), 37), linter, JsonLinesWriter(), options)
    assert not out.exists()
    assert (tmp_path / "out.jsonl.part").exists() and (tmp_path / "out.jsonl.journal").exists()
    options.resume = True
    summary = run(iter_records((str(export),)), linter, JsonLinesWriter(), options)
    assert out.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")
    assert (summary.read, summary.linted, summary.failed) == (50, 50, 0)
    assert not (tmp_path / "out.jsonl.journal").exists()


def test_resume_refuses_other_inputs(runner: CliRunner, tmp_path: Path) -> None:
    export = write_export(tmp_path / "export.csv", 3)
    out = tmp_path / "out.jsonl"
    journal = tmp_path / "out.jsonl.journal"
    journal.write_text('{"fingerprint": "another run"}\n', encoding="utf-8")
    (tmp_path / "out.jsonl.part").write_text("", encoding="utf-8")
    result = runner.invoke(
        cli, ["check", str(export), "--format", "jsonl", "-o", str(out), "--resume", *SELECT]
    )
    assert result.exit_code == 2
    assert "other inputs or options" in result.stderr


def test_baseline_reports_only_new_findings(runner: CliRunner, tmp_path: Path) -> None:
    """The first run records the findings; a later run reports only what is new, even when
    text added above an old finding moves its offsets."""
    export = tmp_path / "export.csv"
    export.write_text(f'id,text\nA,"Seen with the OT."\nB,"{LONG}"\n', encoding="utf-8")
    baseline = tmp_path / "baseline.txt"
    args = ["check", str(export), "--format", "jsonl", "--baseline", str(baseline), *SELECT]
    first = runner.invoke(cli, args)
    assert first.exit_code == 1 and baseline.exists()
    assert "OT" not in baseline.read_text(encoding="utf-8")  # hashed, no record text
    export.write_text(
        f'id,text\nA,"Hello.\n\nSeen with the OT. Then the GP."\nB,"{LONG}"\n', encoding="utf-8"
    )
    second = runner.invoke(cli, args)
    found = [f["text"] for line in jsonl(second.stdout) for f in line["findings"]]
    assert found == ["GP"]
    assert "already in" in second.stderr


def test_baseline_key_ignores_offsets() -> None:
    assert baseline_key("A", "RL101", "Seen by the OT.") == baseline_key(
        "A", "RL101", "Seen by the OT."
    )
    assert baseline_key("A", "RL101", "Seen by the OT.") != baseline_key(
        "B", "RL101", "Seen by the OT."
    )


class _Brittle:
    """A linter stand-in that fails whenever a batch holds the poisoned record."""

    def lint_many(self, records: list[tuple[str, str | None, dict]]) -> Iterator[object]:
        if any(text == "poison" for text, _, _ in records):
            raise RuntimeError("paragraph too long")
        return iter(
            Linter(Config(options_from_mapping({"select": ["RL101"]}, "t"))).lint_many(records)
        )


def test_one_faulty_record_does_not_cost_its_chunk() -> None:
    from recordlint.findings import Severity

    items = [
        ("a", "Seen by the OT.", None, {}),
        ("b", "poison", None, {}),
        ("c", "All well.", None, {}),
    ]
    outcomes = lint_items(_Brittle(), items, Severity.INFO)  # type: ignore[arg-type]
    assert [o.kind is not None for o in outcomes] == [True, False, True]
    assert outcomes[1].errors == ["could not be linted: RuntimeError: paragraph too long"]
    assert [f["code"] for f in outcomes[0].findings] == ["RL101"]


def test_config_names_export_columns(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "recordlint.toml").write_text('[batch.columns]\ntext = "Note"\nid = "Ref"\n')
    export = tmp_path / "export.csv"
    export.write_text("Ref,Note\nQ1,Seen with the OT.\n", encoding="utf-8")
    result = runner.invoke(cli, ["check", str(export), *SELECT])
    assert f"{export}[row 2]:1:15: RL101" in result.stdout


def test_a_resumed_run_after_a_checkpoint_cut_short_keeps_its_own_checkpoints(
    tmp_path: Path,
) -> None:
    """A run killed while writing a checkpoint leaves that line cut short; the resumed run's
    checkpoints start on a line of their own, so a second resume still reads them."""
    journal = Journal(tmp_path / "out.jsonl", "run")
    journal.start(fresh=True)
    journal.checkpoint({"records": 32, "offsets": {"output": 100}})
    journal.close()
    with (tmp_path / "out.jsonl.journal").open("a", encoding="utf-8") as handle:
        handle.write('{"records": 64, "offs')  # the kill came mid-line
    assert journal.last_state() == {"records": 32, "offsets": {"output": 100}}

    journal.start(fresh=False)
    journal.checkpoint({"records": 96, "offsets": {"output": 300}})
    journal.close()
    assert journal.last_state() == {"records": 96, "offsets": {"output": 300}}
