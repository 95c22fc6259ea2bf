"""Batch runs against hostile records, readers and file systems.

A record that crashes or hangs the analysis, a reader that fails part-way, links planted
where working files go, a main process killed outright: none may lose a record, hang the
run, write through a link or leave processes behind.

How records are made to crash or hang: workers are forked from the process that runs the
batch and lint with the very linter object they were given, so the tests pass a stand-in
(:class:`Hostile`) that kills its own process on a record holding ``CRASH`` and sleeps on
one holding ``HANG``. Nothing in recordlint itself knows about these words. Only the
acronym rule is selected: no model loads, and what is tested is the plumbing.
"""

from __future__ import annotations

import csv
import faulthandler
import importlib
import json
import os
import resource
import signal
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, cast

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recordlint.api import Linter
from recordlint.batch import Linting, RunOptions, run
from recordlint.cli import cli
from recordlint.cli.status import ExitStatus
from recordlint.errors import InputError
from recordlint.findings import Report
from recordlint.io.records import Record
from recordlint.io.writers import JsonLinesWriter, SarifWriter
from tests.conftest import linter_for

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="crashes and kills are staged the Linux way"
)

SELECT = ["--select", "RL101"]
# The module, not the command of the same name that it defines.
CHECK_MODULE = importlib.import_module("recordlint.cli.check")


class Hostile:
    """The acronym rule, except that a record holding CRASH kills the worker as a fault in
    compiled code would, and one holding HANG never finishes."""

    def __init__(self) -> None:
        self.real = linter_for({"select": ["RL101"]})
        self.config = self.real.config
        self.rules = self.real.rules

    def warm_up(self) -> None:
        return None

    def lint_many(
        self, records: Iterable[tuple[str, Any, Mapping[str, Any] | None]]
    ) -> Iterator[Report]:
        records = list(records)
        for text, _, _ in records:
            if "CRASH" in text:
                resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file left behind
                faulthandler.disable()  # nor a stack dump on the test's output
                os.kill(os.getpid(), signal.SIGSEGV)
            if "HANG" in text:
                time.sleep(3600)
        return self.real.lint_many(records)


def hostile() -> Linter:
    """A :class:`Hostile` where the batch expects a linter (it quacks like one)."""
    return cast(Linter, Hostile())


def records_of(texts: list[str]) -> list[Record]:
    return [Record("export.csv", f"R{n}", text, row=n + 2) for n, text in enumerate(texts)]


def jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ---------------------------------------------------------------------------------------
# A record that kills its worker or runs past the time budget
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_crashing_record_becomes_an_error_row_and_the_run_goes_on(
    tmp_path: Path, jobs: int
) -> None:
    texts = [f"Seen with the OT on visit {n}." for n in range(70)]
    texts[5] = "CRASH in the tokenizer"
    texts[40] = "CRASH again, in another chunk"
    out = tmp_path / "out.jsonl"
    summary = run(
        records_of(texts), hostile(), JsonLinesWriter(), RunOptions(output=out, jobs=jobs)
    )
    rows = jsonl(out)
    assert [row["id"] for row in rows] == [f"R{n}" for n in range(70)]
    for number in (5, 40):
        assert rows[number]["kind"] is None
        assert rows[number]["errors"] == ["could not be linted: the analysis crashed (SIGSEGV)"]
    healthy = [row for n, row in enumerate(rows) if n not in (5, 40)]
    assert all(row["findings"][0]["text"] == "OT" for row in healthy)
    assert (summary.read, summary.linted, summary.failed, summary.not_analysed) == (70, 68, 2, 2)


def test_a_record_past_its_time_budget_is_stopped_and_the_others_are_not_held(
    tmp_path: Path,
) -> None:
    texts = ["Seen with the OT.", "HANG here", "Seen by the GP."]
    out = tmp_path / "out.jsonl"
    options = RunOptions(output=out, jobs=1, time_budget=3.0)
    started = time.monotonic()
    run(records_of(texts), hostile(), JsonLinesWriter(), options)
    assert time.monotonic() - started < 30  # the sleeper would hold it for an hour
    rows = jsonl(out)
    assert [row["id"] for row in rows] == ["R0", "R1", "R2"]
    assert rows[1]["errors"] == ["could not be linted: took longer than the time budget of 3 s"]
    assert [f["text"] for f in rows[0]["findings"] + rows[2]["findings"]] == ["OT", "GP"]


def test_a_huge_cell_gives_its_row_while_the_normal_rows_are_linted(tmp_path: Path) -> None:
    """A CSV with one 5,000,000-character cell and two normal rows gives three rows."""
    export = tmp_path / "export.csv"
    with export.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerow(["A", "Seen with the OT."])
        writer.writerow(["B", "word " * 1_000_000])
        writer.writerow(["C", "Seen by the GP."])
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        cli,
        ["check", str(export), "--format", "jsonl", "-o", str(out), "--time-budget", "20", *SELECT],
    )
    rows = jsonl(out)
    assert [row["id"] for row in rows] == ["A", "B", "C"], result.output
    assert [f["text"] for f in rows[0]["findings"] + rows[2]["findings"]] == ["OT", "GP"]
    big = rows[1]
    assert big["kind"] is not None or "time budget" in big["errors"][0]


def test_the_command_says_which_record_failed_and_exits_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = tmp_path / "export.csv"
    export.write_text("id,text\nA,Seen with the OT.\nB,CRASH\nC,All well.\n", encoding="utf-8")
    monkeypatch.setattr("recordlint.api.Linter", lambda config: Hostile())
    result = CliRunner().invoke(cli, ["check", str(export), "--format", "jsonl", *SELECT])
    assert result.exit_code == 3
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["A", "B", "C"]
    assert f"{export} row 3: could not be linted: the analysis crashed (SIGSEGV)" in result.stderr
    assert "1 failed" in result.stderr


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=40),
            st.just("CRASH"),
            st.builds(lambda t: t + " CRASH", st.text(max_size=20)),
        ),
        max_size=14,
    )
)
def test_every_record_gives_one_result_in_order_whatever_crashes(texts: list[str]) -> None:
    records = records_of(texts)
    with Linting(records, hostile(), jobs=2, chunk_size=3) as linting:
        results = list(linting)
    assert [record for record, _ in results] == records
    for (record, outcome), text in zip(results, texts, strict=True):
        assert outcome is not None
        assert (outcome.kind is None) == ("CRASH" in text), record


# ---------------------------------------------------------------------------------------
# A reader that fails part-way
# ---------------------------------------------------------------------------------------


def failing_after(count: int, error: Exception) -> Iterator[Record]:
    yield from records_of([f"Note {n} with the OT." for n in range(count)])
    raise error


def test_a_damaged_input_keeps_every_record_read_before_it(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    damaged = InputError("export.xlsx: the workbook is damaged after row 41")
    with pytest.raises(InputError) as raised:
        run(failing_after(40, damaged), hostile(), JsonLinesWriter(), RunOptions(output=out))
    assert str(raised.value) == (
        f"export.xlsx: the workbook is damaged after row 41; the 40 records read before it "
        f"are in {out}"
    )
    assert [row["id"] for row in jsonl(out)] == [f"R{n}" for n in range(40)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_a_damaged_input_makes_the_sarif_run_unsuccessful(tmp_path: Path) -> None:
    out = tmp_path / "out.sarif"
    damaged = InputError("export.xlsx: the workbook is damaged after row 4")
    with pytest.raises(InputError):
        run(failing_after(3, damaged), hostile(), SarifWriter([]), RunOptions(output=out))
    (sarif_run,) = json.loads(out.read_text(encoding="utf-8"))["runs"]
    assert len(sarif_run["results"]) == 3
    invocation = sarif_run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][-1]["message"]["text"] == str(damaged)


def test_an_unexpected_reading_failure_leaves_the_run_resumable(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    options = RunOptions(output=out, fingerprint="same")
    with pytest.raises(KeyError):
        run(failing_after(45, KeyError("xl/sheet1.xml")), hostile(), JsonLinesWriter(), options)
    assert not out.exists()
    options.resume = True
    summary = run(
        records_of([f"Note {n} with the OT." for n in range(50)]),
        hostile(),
        JsonLinesWriter(),
        options,
    )
    assert [row["id"] for row in jsonl(out)] == [f"R{n}" for n in range(50)]
    assert summary.read == 50


def test_resume_does_not_trip_twice_on_a_crashing_record(tmp_path: Path) -> None:
    texts = [f"Note {n} with the OT." for n in range(70)]
    texts[33] = "CRASH"
    out, whole = tmp_path / "out.jsonl", tmp_path / "whole.jsonl"
    run(records_of(texts), hostile(), JsonLinesWriter(), RunOptions(output=whole))
    options = RunOptions(output=out, fingerprint="same")

    def stopped_after(count: int) -> Iterator[Record]:
        yield from records_of(texts)[:count]
        raise KeyError("interrupted")

    with pytest.raises(KeyError):
        run(stopped_after(50), hostile(), JsonLinesWriter(), options)
    options.resume = True
    summary = run(records_of(texts), hostile(), JsonLinesWriter(), options)
    assert out.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")
    assert (summary.read, summary.not_analysed) == (70, 1)


@pytest.mark.parametrize(
    ("error", "status", "line"),
    [
        (
            InputError("export.xlsx: the workbook is damaged"),
            2,
            "recordlint: export.xlsx: the workbook is damaged",
        ),
        (RuntimeError("bad state"), 3, "recordlint: internal error: RuntimeError: bad state"),
    ],
)
def test_the_command_reports_a_reading_failure_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception, status: int, line: str
) -> None:
    monkeypatch.setattr(CHECK_MODULE, "iter_records", lambda *args: failing_after(3, error))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        cli, ["check", "export.xlsx", "--format", "jsonl", "-o", str(out), *SELECT]
    )
    assert result.exit_code == status
    (message,) = result.stderr.splitlines()
    assert message.startswith(line)
    assert "Traceback" not in result.output


def test_any_command_that_crashes_exits_3_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not Python's traceback and status 1, which a script would read as findings."""
    from recordlint import cli as cli_package

    def broken() -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(cli_package, "cli", broken)
    with pytest.raises(SystemExit) as exited:
        cli_package.main()
    assert exited.value.code == ExitStatus.INTERNAL == 3
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("recordlint: internal error: ZeroDivisionError: division by zero.")


# ---------------------------------------------------------------------------------------
# Output files: no writing through links, owner-only
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("planted", ["out.jsonl.part", "out.jsonl.journal"])
def test_a_link_at_a_working_file_is_replaced_not_followed(tmp_path: Path, planted: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    victim.chmod(0o644)
    (tmp_path / planted).symlink_to(victim)
    out = tmp_path / "out.jsonl"
    run(records_of(["Seen with the OT."]), hostile(), JsonLinesWriter(), RunOptions(output=out))
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert mode(victim) == 0o644
    assert [row["id"] for row in jsonl(out)] == ["R0"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "victim.txt"]


def test_resume_refuses_a_working_file_that_is_a_link(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    options = RunOptions(output=out, fingerprint="same")
    with pytest.raises(KeyError):
        run(failing_after(3, KeyError("stop")), hostile(), JsonLinesWriter(), options)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    part = tmp_path / "out.jsonl.part"
    victim.write_bytes(part.read_bytes() + b"more")
    part.unlink()
    part.symlink_to(victim)
    options.resume = True
    with pytest.raises(InputError, match="start again without --resume"):
        run(records_of(["a", "b", "c", "d"]), hostile(), JsonLinesWriter(), options)
    assert victim.read_bytes().endswith(b"more")


def test_resume_refuses_a_journal_that_is_a_pipe_without_waiting_on_it(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    options = RunOptions(output=out, fingerprint="same")
    with pytest.raises(KeyError):
        run(failing_after(3, KeyError("stop")), hostile(), JsonLinesWriter(), options)
    journal = tmp_path / "out.jsonl.journal"
    journal.unlink()
    os.mkfifo(journal)
    options.resume = True
    with pytest.raises(InputError, match="not a file an earlier recordlint run left"):
        run(records_of(["a", "b", "c", "d"]), hostile(), JsonLinesWriter(), options)


@pytest.mark.parametrize("output_format", ["text", "json", "jsonl", "csv", "sarif"])
def test_redacted_outputs_are_owner_only_too(tmp_path: Path, output_format: str) -> None:
    export = tmp_path / "export.csv"
    export.write_text("id,text,author\nA,Seen with the OT.,Jo Patel\n", encoding="utf-8")
    out = tmp_path / f"out.{output_format}"
    old_umask = os.umask(0o022)
    try:
        result = CliRunner().invoke(
            cli,
            ["check", str(export), "--format", output_format, "-o", str(out), "--redact", *SELECT],
        )
    finally:
        os.umask(old_umask)
    assert result.exit_code == 1, result.output
    assert mode(out) == 0o600


def test_report_and_sample_are_owner_only_even_when_redacted(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "id,text,team,author\nA,Seen with the OT.,North,Jo Patel\nB,All well.,South,Sam Lee\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    results, page, sample = tmp_path / "results.jsonl", tmp_path / "report.html", tmp_path / "audit"
    old_umask = os.umask(0o022)
    try:
        runner.invoke(
            cli,
            ["check", str(export), "--format", "jsonl", "-o", str(results), "--redact", *SELECT],
        )
        reported = runner.invoke(cli, ["report", str(results), "-o", str(page)])
        sampled = runner.invoke(
            cli, ["sample", str(export), "--size", "2", "-o", str(sample), "--redact", *SELECT]
        )
    finally:
        os.umask(old_umask)
    assert reported.exit_code == 0 and sampled.exit_code == 0, reported.output + sampled.output
    written = [results, page, sample.with_suffix(".xlsx"), sample.with_suffix(".html")]
    assert {path.name: mode(path) for path in written} == {path.name: 0o600 for path in written}


# ---------------------------------------------------------------------------------------
# The main process killed outright
# ---------------------------------------------------------------------------------------

DRIVER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path

    from recordlint.batch import RunOptions, run
    from recordlint.io.records import Record
    from recordlint.io.writers import JsonLinesWriter
    from tests.conftest import linter_for

    announce, output, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    real = linter_for({"select": ["RL101"]})
    MAIN = os.getpid()

    class Announcing:
        config = real.config

        def warm_up(self):
            real.warm_up()

        def lint_many(self, records):
            records = list(records)
            if os.getpid() == MAIN:  # warming up before the workers start
                return real.lint_many(records)
            (announce / str(os.getpid())).touch()  # a worker at work says who it is
            # "slow": long enough (about 50 s for 400 records on two workers) that a loaded
            # machine still writes several checkpoints well before the run could finish.
            time.sleep(3600 if mode == "hang" else 0.25 * len(records))
            return real.lint_many(records)

    records = (Record("export.csv", f"R{n}", f"Note {n} with the OT.", row=n + 2)
               for n in range(int(sys.argv[4])))
    options = RunOptions(output=output, jobs=2, fingerprint="same")
    run(records, Announcing(), JsonLinesWriter(), options)
    """
)


def start_driver(
    tmp_path: Path, mode: str, count: int
) -> tuple[subprocess.Popen[bytes], Path, Path]:
    script, announce, out = tmp_path / "driver.py", tmp_path / "workers", tmp_path / "out.jsonl"
    script.write_text(DRIVER, encoding="utf-8")
    announce.mkdir()
    root = Path(__file__).parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)])}
    process = subprocess.Popen(
        [sys.executable, str(script), str(announce), str(out), mode, str(count)],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    return process, announce, out


def alive(pid: int) -> bool:
    """Running (a zombie waiting for a parent to collect it counts as ended)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return False
    return fields[0] not in ("Z", "X")


def wait_for(condition: Any, seconds: float) -> bool:
    give_up = time.monotonic() + seconds
    while time.monotonic() < give_up:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def test_workers_end_when_the_main_process_is_killed(tmp_path: Path) -> None:
    process, announce, _ = start_driver(tmp_path, "hang", 200)
    try:
        assert wait_for(lambda: len(list(announce.iterdir())) == 2, 120), "workers never started"
        workers = [int(p.name) for p in announce.iterdir()]
        assert all(alive(pid) for pid in workers)
    finally:
        process.kill()
        process.wait()
    try:
        assert wait_for(lambda: not any(alive(pid) for pid in workers), 10), "orphaned workers"
    finally:  # a failing run must not leave its sleepers behind either
        for pid in workers:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_resume_after_kill_9_is_exact(tmp_path: Path) -> None:
    count = 400
    process, _, out = start_driver(tmp_path, "slow", count)
    journal = tmp_path / "out.jsonl.journal"
    try:
        # Killed once the journal holds a checkpoint past the first (taken every 2 s).
        checkpointed = lambda: journal.exists() and len(journal.read_text().splitlines()) >= 3  # noqa: E731
        assert wait_for(checkpointed, 120), "no checkpoint"
    finally:
        process.kill()
        process.wait()
    assert not out.exists()
    options = RunOptions(output=out, jobs=2, fingerprint="same", resume=True)
    texts = [f"Note {n} with the OT." for n in range(count)]
    summary = run(records_of(texts), hostile(), JsonLinesWriter(), options)
    whole = tmp_path / "whole.jsonl"
    run(records_of(texts), hostile(), JsonLinesWriter(), RunOptions(output=whole, jobs=2))
    assert out.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")
    assert summary.read == count
