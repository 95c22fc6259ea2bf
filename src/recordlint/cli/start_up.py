"""Garbage collection while a command starts.

Start-up (imports, the model, the word lists, the rules' tables) makes a million objects
and more that live as long as the process. The collector's youngest generation walks every
new container object once, so while they are made it spends a tenth of a second of a cold
start finding no garbage. :func:`pause` stops automatic collection from the start of the
process; :func:`resume`, called once the command has loaded what it needs, freezes what
start-up made (frozen objects are never walked again, here or in a forked worker) and
collects normally from then on what the run itself makes and discards.

Collection is paused with a threshold of zero rather than ``gc.disable()``: the libraries
that read the model's files switch the collector off and on again around each read, which
would end a pause made with ``gc.disable()`` at the first one.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from recordlint.config import Config

_thresholds: tuple[int, int, int] | None = None


def pause() -> None:
    """Stop automatic collection until :func:`resume`."""
    global _thresholds
    if _thresholds is None and gc.get_threshold()[0] > 0:
        _thresholds = gc.get_threshold()
        gc.set_threshold(0)


def resume() -> None:
    """Freeze what start-up made and collect again; nothing when :func:`pause` did not stop
    collection (a caller that runs the commands in its own process keeps its own setting)."""
    global _thresholds
    if _thresholds is not None:
        gc.freeze()
        gc.set_threshold(*_thresholds)
        _thresholds = None


def start_rule_loads(config: Config) -> None:
    """Start the slow loads of the rules ``config`` chooses (Harper's linter) on a second
    thread, before the command imports the linter, the rules and spaCy: the build runs in
    compiled code that lets those imports go on meanwhile, so it no longer starts only once
    they are done. Linter.warm_up asks for the same loads and waits for this one to finish.
    """
    from recordlint.rules import early_loads

    # Found on this thread, so that the rule modules are never imported by two threads at
    # once; only the loads themselves run on the second.
    loads = early_loads(config)
    if loads:
        helper = threading.Thread(
            target=_run_rule_loads,
            args=(loads, config),
            name="recordlint-early-loads",
            daemon=True,
        )
        helper.start()


def _run_rule_loads(loads: list[Callable[[Config], None]], config: Config) -> None:
    for load in loads:
        # A load that fails fails again in Linter.warm_up or the rule, which report it.
        with contextlib.suppress(Exception):
            load(config)
