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
    main()
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
