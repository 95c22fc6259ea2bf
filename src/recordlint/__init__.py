"""recordlint: a plain-language and record-quality linter for adult social care records."""

from recordlint.api import Linter, lint
from recordlint.config import Config, load_config
from recordlint.errors import ConfigError, InputError, ModelNotInstalled, RecordlintError
from recordlint.findings import Category, Finding, RecordKind, Report, Severity

__version__ = "0.1.0"

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
