"""Configuration: discovery, validation and the resolved settings rules read.

``recordlint.toml`` or ``[tool.recordlint]`` in ``pyproject.toml``, found by walking up from
the linted file's folder; the first match wins and no match gives the defaults.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from recordlint.config.messages import describe
from recordlint.config.options import Options
from recordlint.errors import ConfigError

CONFIG_FILE_NAMES = ("recordlint.toml", ".recordlint.toml", "pyproject.toml")


@dataclass(frozen=True)
class Config:
    """Resolved configuration. Frozen and fingerprinted, so it can key caches."""

    options: Options = field(default_factory=Options)
    source: Path | None = None  # the file it came from; None for the defaults

    @cached_property
    def fingerprint(self) -> str:
        dumped = self.options.model_dump_json() + "|" + self._team_files_stamp()
        return hashlib.sha1(dumped.encode()).hexdigest()[:16]

    def _team_files_stamp(self) -> str:
        stamps = []
        for path in self.team_paths().values():
            try:
                stat = path.stat()
                stamps.append(f"{path}:{stat.st_mtime_ns}:{stat.st_size}")
            except OSError:
                stamps.append(f"{path}:missing")
        return ";".join(stamps)

    def team_paths(self) -> dict[str, Path]:
        """Team files named in config, made absolute relative to the config file's folder."""
        team = self.options.team
        named = {
            "allow_file": team.allow_file,
            "words_file": team.words_file,
            "jargon_file": team.jargon_file,
            "acronyms_file": team.acronyms_file,
            "hidden_file": team.hidden_file,
        }
        if not any(named.values()):
            return {}  # rules ask on every paragraph: no need to read the working folder
        base = self.source.parent if self.source else Path.cwd()
        return {key: base / value for key, value in named.items() if value}

    def with_overrides(self, **changes: Any) -> Config:
        """A copy with top-level options replaced (used by the CLI's flags)."""
        data = self.options.model_dump(by_alias=False)
        data.update({k: v for k, v in changes.items() if v is not None})
        return Config(Options.model_validate(data), self.source)

    @cached_property
    def allowed_terms(self) -> frozenset[str]:
        """Terms the team accepts, from config and the team allow file (case as written)."""
        terms = set(self.options.acronyms.allow) | set(self.options.jargon.allow)
        terms |= set(read_word_list(self.team_paths().get("allow_file")))
        return frozenset(terms)

    @cached_property
    def dictionary_words(self) -> frozenset[str]:
        words = set(self.options.spelling.words) | self.allowed_terms
        words |= set(read_word_list(self.team_paths().get("words_file")))
        return frozenset(words)


def read_word_list(path: Path | None) -> list[str]:
    """One term per line; blank lines and lines starting with # are skipped."""
    if path is None or not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def find_config_file(start: Path) -> Path | None:
    """The first recordlint config found walking up from ``start``."""
    folder = start if start.is_dir() else start.parent
    for candidate_dir in (folder.resolve(), *folder.resolve().parents):
        for name in CONFIG_FILE_NAMES:
            path = candidate_dir / name
            if not path.is_file():
                continue
            if name != "pyproject.toml" or _has_tool_table(path):
                return path
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "recordlint" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
        return False


def load_config(start: Path | None = None, *, path: Path | None = None) -> Config:
    """Find and read the configuration for files under ``start`` (or read ``path``)."""
    config_path = path if path is not None else find_config_file(start or Path.cwd())
    if config_path is None:
        return Config()
    return Config(parse_options(config_path), config_path.resolve())


def parse_options(path: Path) -> Options:
    try:
        text = path.read_text(encoding="utf-8")
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path.name}: not valid TOML: {error}") from error
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path.name}: not UTF-8 text; save it as UTF-8") from error
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read: {error.strerror}") from error
    if path.name == "pyproject.toml":
        raw = raw.get("tool", {}).get("recordlint", {})
    return options_from_mapping(raw, path.name, text)


def options_from_mapping(raw: dict[str, Any], origin: str, text: str | None = None) -> Options:
    """Validated options; a mistake raises ConfigError in plain words, naming the file, the
    line (when ``text`` is the file's TOML), the key and what was expected."""
    try:
        return Options.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        raise ConfigError(describe(first, Options, origin, text)) from error
