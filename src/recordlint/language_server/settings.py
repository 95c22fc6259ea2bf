"""Settings the editor sends (initialization options and workspace configuration).

They are layered over ``recordlint.toml``: the file sets the team's rules; the editor can
narrow them for one person.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, fields, replace
from typing import Any

logger = logging.getLogger("recordlint.language_server")

# "text" is what Neovim and Emacs call a plain text file; "plaintext" is VS Code's name.
DEFAULT_LANGUAGES = ("plaintext", "text", "markdown")


@dataclass(frozen=True)
class ServerSettings:
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    kind: str | None = None  # record kind for every document; inferred when None
    # Long enough that a burst of keystrokes is checked once, short enough that a one-word
    # edit to a 5,000-word assessment is back within half a second (bench/lsp_latency.py).
    debounce_ms: int = 120
    # The finding under the caret waits this long after the last keystroke, so a word
    # being typed is not flagged half-written.
    caret_hold_ms: int = 1200
    # Longer documents are not checked: the server says so once. 150,000 characters is about
    # 25,000 words, five times the longest assessment in the corpus; a cold check of that
    # takes about 20 seconds, and anything longer is almost certainly not one record.
    max_document_chars: int = 150_000
    debug: bool = False  # only then may logs contain record text


def settings_from(raw: Any, base: ServerSettings | None = None) -> ServerSettings:
    """Read settings leniently over ``base``: unknown keys are logged and ignored, never fatal.

    Keys the client leaves out keep their value in ``base`` (the initialization options), so a
    client that answers ``workspace/configuration`` with only some keys loses nothing.
    """
    base = base or ServerSettings()
    if not isinstance(raw, dict):
        return base
    if isinstance(raw.get("recordlint"), dict):
        raw = raw["recordlint"]
    known = {f.name: f for f in fields(ServerSettings)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = key.replace("-", "_")
        name = {
            "debounceMs": "debounce_ms",
            "caretHoldMs": "caret_hold_ms",
            "maxDocumentChars": "max_document_chars",
        }.get(key, name)
        if name not in known:
            logger.info("ignoring unknown setting %r", key)
            continue
        try:
            values[name] = _coerce(name, value)
        except (TypeError, ValueError):
            logger.warning("ignoring setting %r: unexpected value type", key)
    return replace(base, **values)


def _coerce(name: str, value: Any) -> Any:
    if name in ("select", "ignore", "languages"):
        if value is None and name == "select":
            return None
        if isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TypeError(name)
        return tuple(value) if value or name != "select" else None
    if name == "severity":
        if not isinstance(value, dict):
            raise TypeError(name)
        return {str(k): str(v) for k, v in value.items()}
    if name in ("debounce_ms", "caret_hold_ms", "max_document_chars"):
        return max(0, int(value))
    if name == "debug":
        return bool(value)
    if name == "kind":
        return str(value) if value else None
    raise TypeError(name)
