"""The exit statuses of every command, in one place so scripts can rely on them.

    0  CLEAN           nothing at or above --fail-on was found
    1  FINDINGS        a finding at or above --fail-on was found
    2  USAGE_ERROR     a usage, configuration or input error (a bad option, an unreadable
                       file or record): something the person running recordlint can fix
    3  INTERNAL_ERROR  recordlint itself failed (a crash, a record whose analysis died or
                       ran out of time): worth reporting as a bug

A run that meets both kinds of trouble reports the more serious one: internal over usage
over findings.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    CLEAN = 0
    FINDINGS = 1
    USAGE_ERROR = 2
    INTERNAL_ERROR = 3
