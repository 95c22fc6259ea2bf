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

A process that has loaded the model ends slowly too: taking the interpreter down frees
every object start-up made, one by one, only for the operating system to reclaim the
memory at once a moment later. A command whose output is all written and closed says so
with :func:`output_complete`; the command line's entry point then ends the process with
:func:`leave_now` (the exit handlers run and the standard streams are flushed, as a normal
exit does, but nothing is freed).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from recordlint.config import Config

_thresholds: tuple[int, int, int] | None = None
_output_complete = False


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


def output_complete() -> None:
    """Say that the command has written and closed everything it writes (output files,
    baselines, journals), so that the process may end without taking the heap down."""
    global _output_complete
    _output_complete = True


def forget_output_complete() -> None:
    """Start a command with nothing said: only the command that runs may allow
    :func:`leave_now`."""
    global _output_complete
    _output_complete = False


def leave_now(status: object) -> None:
    """End the process at once with exit status ``status``, when the command that ran said
    :func:`output_complete`; otherwise, or where a normal exit would do more than free
    memory, return, and the caller ends the process the normal way.

    A normal exit waits for the threads that are not daemons, runs the exit handlers (the
    worker processes' clean-up, the logging handlers' flush) and flushes the standard
    streams before it frees the heap; this does the same, and does not free. A status that
    is not a number (a message to print) and a stream that cannot be flushed (a closed
    pipe, which a normal exit reports) are left to the normal exit.
    """
    if not _output_complete or not isinstance(status, int | None):
        return
    main_thread = threading.main_thread()
    if any(not t.daemon and t is not main_thread for t in threading.enumerate()):
        return
    if not _flushed_standard_streams():
        return
    atexit._run_exitfuncs()
    if not _flushed_standard_streams():
        # The exit handlers have run; a normal exit reports the stream as it would have.
        return
    os._exit(status or 0)


def _flushed_standard_streams() -> bool:
    """Flush standard output and error; False when one cannot be (a closed pipe)."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return False
    return True
