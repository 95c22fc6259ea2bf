"""Garbage collection is paused while a command starts, and only then."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from recordlint.cli import start_up

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "corpus" / "n001.txt"


@pytest.fixture
def collector() -> Iterator[None]:
    """Leaves the collector as the test found it."""
    thresholds, enabled = gc.get_threshold(), gc.isenabled()
    yield
    start_up.resume()
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    if enabled:
        gc.enable()


@pytest.mark.usefixtures("collector")
def test_a_pause_outlasts_a_library_switching_the_collector_off_and_on() -> None:
    gc.set_threshold(700, 10, 10)
    start_up.pause()
    gc.disable()  # what the model's file readers do around each read
    gc.enable()
    assert gc.get_threshold()[0] == 0, "automatic collection came back on"
    start_up.resume()
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.usefixtures("collector")
def test_resuming_freezes_what_start_up_made() -> None:
    gc.unfreeze()
    start_up.pause()
    made_during_start_up = [[index] for index in range(1000)]
    start_up.resume()
    assert gc.get_freeze_count() >= len(made_during_start_up)


@pytest.mark.usefixtures("collector")
def test_resuming_without_a_pause_changes_nothing() -> None:
    gc.unfreeze()
    gc.set_threshold(900, 11, 12)
    start_up.resume()
    assert gc.get_threshold() == (900, 11, 12)
    assert gc.get_freeze_count() == 0


_RUN_AND_REPORT = """
import gc, json, sys
import recordlint.cli.start_up as start_up
seen = {}
real_resume = start_up.resume
def resume():
    seen["threshold_before_resume"] = gc.get_threshold()[0]
    real_resume()
start_up.resume = resume
from recordlint.cli import main
sys.argv = ["recordlint", *sys.argv[1:]]
try:
    main(leave_at_once=False)
except SystemExit:
    pass
seen["threshold_after"] = gc.get_threshold()[0]
print("COLLECTOR " + json.dumps(seen))
"""


def _collector_during(*arguments: str) -> dict[str, int]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN_AND_REPORT, *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("COLLECTOR ")]
    assert lines, f"the command did not finish:\n{done.stdout}\n{done.stderr}"
    return json.loads(lines[-1].removeprefix("COLLECTOR "))


def test_check_collects_again_once_it_has_loaded_what_it_needs() -> None:
    seen = _collector_during("check", str(RECORD), "--select", "RL101,RL103")
    assert seen["threshold_before_resume"] == 0, "collection was not paused during start-up"
    assert seen["threshold_after"] > 0


def test_other_commands_collect_normally_while_they_run() -> None:
    seen = _collector_during("rules")
    assert seen["threshold_before_resume"] == 0
    assert seen["threshold_after"] > 0


_RUN_WITH_WITNESSES = """
import atexit, os, sys
from recordlint.cli import main

real_exit, this_process = os._exit, os.getpid()
def leave(status):
    if os.getpid() == this_process:  # not a worker process that ends
        sys.stdout.write("LEFT AT ONCE\\n")
        sys.stdout.flush()
    real_exit(status)
os._exit = leave
atexit.register(lambda: sys.stdout.write("EXIT HANDLERS RAN\\n"))
sys.argv = ["recordlint", *sys.argv[1:]]
main()
"""


def _run_with_witnesses(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _RUN_WITH_WITNESSES, *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_check_ends_without_freeing_the_heap_once_its_output_is_written(tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    done = _run_with_witnesses(
        "check", str(RECORD), "--select", "RL101,RL103", "--format", "jsonl", "-o", str(output)
    )
    assert done.returncode == 1, done.stderr  # the record has findings
    assert done.stdout.splitlines() == ["EXIT HANDLERS RAN", "LEFT AT ONCE"]
    (line,) = output.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["findings"], "the output file is not whole"


def test_check_to_standard_output_loses_no_line() -> None:
    done = _run_with_witnesses("check", str(RECORD), "--select", "RL101,RL103")
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[-2:] == ["EXIT HANDLERS RAN", "LEFT AT ONCE"]
    assert lines[-3].startswith("Found ")
    assert sum(" RL10" in line for line in lines) >= 2


def test_other_commands_and_failed_checks_end_the_normal_way() -> None:
    listed = _run_with_witnesses("rules")
    assert listed.returncode == 0, listed.stderr
    assert "LEFT AT ONCE" not in listed.stdout
    assert listed.stdout.endswith("EXIT HANDLERS RAN\n")
    mistyped = _run_with_witnesses("check", str(RECORD), "--select", "RL10l")
    assert mistyped.returncode == 2, mistyped.stderr  # a usage error, before any output
    assert mistyped.stdout == "EXIT HANDLERS RAN\n"
