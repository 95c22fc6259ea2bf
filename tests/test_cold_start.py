"""What `recordlint check` imports: only what checking a record needs.

Each test runs the command in a fresh interpreter (a test session has imported everything
already) and reads that interpreter's ``sys.modules`` after the run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "corpus" / "n001.txt"
# Extras and other commands' packages that the check path must never import.
NEVER_ON_THE_CHECK_PATH = ("pyspark", "pandas", "pyarrow", "pygls", "lsprotocol", "docx",
                           "openpyxl", "starlette", "uvicorn", "language_tool_python")  # fmt: skip
# What spaCy's command-line interface would bring along (see recordlint.spacy_import).
SPACY_CLI = ("spacy.cli", "typer", "rich", "weasel", "httpx")

_RUN_AND_LIST_MODULES = """
import json, sys
from recordlint.cli import main
sys.argv = ["recordlint", "check", *sys.argv[1:]]
try:
    main(leave_at_once=False)
except SystemExit:
    pass
print("MODULES " + json.dumps(sorted(sys.modules)))
"""


def modules_after_check(*arguments: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN_AND_LIST_MODULES, *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("MODULES ")]
    assert lines, f"the check did not finish:\n{done.stdout}\n{done.stderr}"
    assert "RL" in done.stdout, "the check found nothing, so it may not have linted at all"
    return set(json.loads(lines[-1].removeprefix("MODULES ")))


def imported(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in packages or m in packages)


def test_a_check_without_model_rules_imports_neither_spacy_nor_the_extras() -> None:
    modules = modules_after_check(str(RECORD), "--select", "RL101,RL103,RL911")
    assert imported(modules, NEVER_ON_THE_CHECK_PATH) == []
    assert "spacy" not in modules, "the model loaded though no selected rule needs it"
    assert "harper" not in modules, "Harper loaded though RL452 was not selected"
    # Other commands' modules stay unimported too.
    assert not {"recordlint.qa.report", "recordlint.evaluate", "recordlint.docx_annotate"} & modules


def test_a_check_with_the_model_imports_spacy_without_its_command_line() -> None:
    modules = modules_after_check(str(RECORD), "--select", "RL101,RL501")
    assert "spacy" in modules
    assert imported(modules, NEVER_ON_THE_CHECK_PATH) == []
    assert [m for m in modules if m in SPACY_CLI or m.split(".")[0] in SPACY_CLI[1:]] == []


def test_spacy_imported_without_its_command_line_still_offers_it() -> None:
    script = """
import sys
from recordlint.spacy_import import import_spacy
spacy = import_spacy()
assert "spacy.cli" not in sys.modules
import spacy.cli.info
real = sys.modules["spacy.cli.info"]
assert real.__file__.endswith("info.py"), real
assert "Python version" in spacy.info(markdown=True, silent=True)
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr


def test_spacy_imported_without_the_old_pydantic_or_requirements_still_offers_them() -> None:
    script = """
import sys
from recordlint.spacy_import import import_spacy
spacy = import_spacy()
left_out = [name for name in ("pydantic.v1", "packaging.requirements") if name in sys.modules]
assert left_out == [], left_out
assert spacy.util.split_requirement("spacy>=3.8.0,<3.9.0") == ("spacy", "<3.9.0,>=3.8.0")
import packaging.requirements
import pydantic.v1
assert packaging.requirements.__file__.endswith("requirements.py")
assert pydantic.v1.BaseModel.__module__.startswith("pydantic.v1")
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr


_RUN_AND_LIST_MODULES_AT_EARLY_LOADS = """
import json, sys
from recordlint.cli import main, start_up
seen = []
start_rule_loads = start_up.start_rule_loads
def listing_start_rule_loads(config):
    seen.append(sorted(m for m in sys.modules if m.startswith(("recordlint", "spacy"))))
    start_rule_loads(config)
start_up.start_rule_loads = listing_start_rule_loads
sys.argv = ["recordlint", "check", *sys.argv[1:]]
try:
    main(leave_at_once=False)
except SystemExit:
    pass
print("MODULES " + json.dumps(seen))
"""


def test_a_check_starts_the_rules_slow_loads_before_it_imports_the_linter() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _RUN_AND_LIST_MODULES_AT_EARLY_LOADS, str(RECORD)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("MODULES ")]
    assert lines, f"the check did not finish:\n{done.stdout}\n{done.stderr}"
    (modules,) = json.loads(lines[-1].removeprefix("MODULES "))
    assert "recordlint.config" in modules, "the loads were started before the configuration"
    too_soon = {"recordlint.api", "recordlint.rules.respectful", "recordlint.lexicon", "spacy"}
    assert too_soon.isdisjoint(modules)


def test_the_early_loads_follow_the_selection() -> None:
    from recordlint.config import Config
    from recordlint.rules import early_loads
    from recordlint.rules.grammar import grammar_offline
    from recordlint.rules.registry import get_rule

    harper = get_rule("RL452")
    assert harper is not None and harper.check is grammar_offline
    assert early_loads(Config()) == [harper.warm_up]
    assert early_loads(Config().with_overrides(select=("RL4",))) == [harper.warm_up]
    assert early_loads(Config().with_overrides(select=("RL101",))) == []
    assert early_loads(Config().with_overrides(ignore=("grammar-offline",))) == []
