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

import gc

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
