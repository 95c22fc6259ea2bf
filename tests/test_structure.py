"""The shape of the codebase: public API, layering, rule metadata and docs."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import recordlint
from recordlint.docs import REQUIRED_SECTIONS, parse_docs
from recordlint.rules import RULE_MODULES
from recordlint.rules.registry import all_rules
from recordlint.standards import CLAUSES

SRC = Path(recordlint.__file__).parent
CORE = ["api.py", "engine.py", "findings.py", "text.py", "nlp.py", "config", "rules", "docs.py"]
SHELL_ONLY = {"click", "pygls", "lsprotocol", "openpyxl", "jinja2", "rich", "docx"}


def test_all_is_sorted_and_exported() -> None:
    """__all__ is sorted and every name in it exists."""
    assert recordlint.__all__ == sorted(recordlint.__all__)
    for name in recordlint.__all__:
        assert hasattr(recordlint, name)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_does_not_import_interface_libraries() -> None:
    """The core never imports the CLI, language server, spreadsheet or template libraries."""
    files: list[Path] = []
    for part in CORE:
        path = SRC / part
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.exists() else []
    offenders = {str(p.relative_to(SRC)): _imports(p) & SHELL_ONLY for p in files}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_every_rule_module_exists_and_registers_rules() -> None:
    """Each family module listed in rules/__init__.py exists and registers a rule."""
    codes_by_module: dict[str, list[str]] = {}
    for r in all_rules():
        codes_by_module.setdefault(r.check.__module__.rsplit(".", 1)[1], []).append(r.code)
    for module in RULE_MODULES:
        importlib.import_module(f"recordlint.rules.{module}")
        assert codes_by_module.get(module), f"rules/{module}.py registers no rule"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_metadata_and_docs(rule) -> None:
    """Each rule cites a known clause and documents why it matters with an example."""
    assert rule.standard in CLAUSES
    docs = parse_docs(rule)
    assert docs.summary, f"{rule.code} has no summary line"
    for section in REQUIRED_SECTIONS:
        assert section in docs.sections, f"{rule.code} docs lack '## {section}'"


def test_rule_names_are_unique() -> None:
    """No two rules share a name."""
    names = [r.name for r in all_rules()]
    assert len(names) == len(set(names))
