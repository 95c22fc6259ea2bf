"""Server logs go to stderr and never carry record text unless the ``debug`` setting is on.

pygls logs the parameters of a message it cannot handle (a ``didChange`` carries the text),
and exception messages can quote it too, so its records are redacted to the message's shape:
method names and numbers stay, anything longer or structured is replaced.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger("recordlint.language_server")

_SAFE_ARGUMENT = re.compile(r"^[\w/$.:@#-]{0,64}$")
_debug = False


def _redact(value: object) -> object:
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, str) and _SAFE_ARGUMENT.match(value):
        return value
    return "<redacted>"


class RedactRecordText(logging.Filter):
    """Strip anything that may quote a record from pygls's log records."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _debug or record.name.startswith("recordlint"):
            return True
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(_redact(a) for a in args)
        if record.exc_info and record.exc_info[0] is not None:
            record.msg = f"{record.msg} ({record.exc_info[0].__name__})"
            record.exc_info = None
            record.exc_text = None
        record.stack_info = None
        return True


def configure_logging() -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactRecordText())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # pygls logs whole messages at info and debug level, and they carry record text.
    logging.getLogger("pygls").setLevel(logging.WARNING)


def set_debug(on: bool) -> None:
    """Let logs carry record text (the ``debug`` setting), for reproducing a problem."""
    global _debug
    _debug = on
    logger.setLevel(logging.DEBUG if on else logging.INFO)
