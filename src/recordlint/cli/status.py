"""Exit statuses of the command-line interface, shared by every command."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """What a run's exit status tells a script or CI job."""

    CLEAN = 0  # nothing at or above the --fail-on level
    FINDINGS = 1  # a finding at or above the --fail-on level
    USAGE = 2  # a usage, configuration or input error: something could not be checked
    INTERNAL = 3  # recordlint itself failed (a bug, a crashed worker)
