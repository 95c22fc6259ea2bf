"""recordlint: a plain-language and record-quality linter for adult social care records."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recordlint.api import Linter, lint
    from recordlint.config import Config, load_config
    from recordlint.errors import ConfigError, InputError, ModelNotInstalled, RecordlintError
    from recordlint.findings import Category, Finding, RecordKind, Report, Severity

__version__ = "0.1.0"

# Where each public name lives. They are imported on first use, so that `import recordlint`
# (which every command and `python -m recordlint` begin with) stays cheap, and a command
# that never lints never imports the rules or the configuration models.
_EXPORTS: dict[str, str] = {
    "Linter": "recordlint.api",
    "lint": "recordlint.api",
    "Config": "recordlint.config",
    "load_config": "recordlint.config",
    "ConfigError": "recordlint.errors",
    "InputError": "recordlint.errors",
    "ModelNotInstalled": "recordlint.errors",
    "RecordlintError": "recordlint.errors",
    "Category": "recordlint.findings",
    "Finding": "recordlint.findings",
    "RecordKind": "recordlint.findings",
    "Report": "recordlint.findings",
    "Severity": "recordlint.findings",
}

__all__ = [
    "Category",
    "Config",
    "ConfigError",
    "Finding",
    "InputError",
    "Linter",
    "ModelNotInstalled",
    "RecordKind",
    "RecordlintError",
    "Report",
    "Severity",
    "__version__",
    "lint",
    "load_config",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'recordlint' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups find it directly
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
