"""The shape of the codebase: public API, layering, rule metadata and docs."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import recordlint
from recordlint.docs import REQUIRED_SECTIONS, parse_docs
from recordlint.rules import RULE_MODULES, SLOW_LOAD_MODULES
from recordlint.rules.registry import all_rules
from recordlint.standards import CLAUSES

SRC = Path(recordlint.__file__).parent
# The shells (command line, language server, HTTP server, Spark, Word annotation) and the
# readers and writers of exports and reports may use interface libraries; everything else
# is the core, listed from the folder so that a module or package added later is held too.
NOT_CORE = {"cli", "language_server", "serve", "spark", "docx_annotate.py", "io", "qa"}
NOT_CORE |= {"__main__.py", "__pycache__", "data", "dictionaries"}
CORE = sorted(
    p.name
    for p in SRC.iterdir()
    if p.name not in NOT_CORE and (p.suffix == ".py" or (p / "__init__.py").is_file())
)
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
    assert {"api", "rules", "dates", "usage", "matching"} <= set(CORE)
    files: list[Path] = []
    for part in CORE:
        path = SRC / part
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.exists() else []
    offenders = {str(p.relative_to(SRC)): _imports(p) & SHELL_ONLY for p in files}
    assert {k: v for k, v in offenders.items() if v} == {}


RULES_DIR = SRC / "rules"
# Infrastructure every rule uses; everything else in rules/ is a rule family.
RULE_INFRASTRUCTURE = {"registry", "__init__"}


def _rule_modules() -> list[Path]:
    """Every file of a rule family: a module rules/x.py, or each module of a package
    rules/x/ (a family split by concern)."""
    modules = [p for p in RULES_DIR.glob("*.py") if p.stem not in RULE_INFRASTRUCTURE]
    modules += [p for p in RULES_DIR.glob("*/*.py") if (p.parent / "__init__.py").is_file()]
    return sorted(modules)


def _module_id(path: Path) -> str:
    return path.relative_to(RULES_DIR).with_suffix("").as_posix()


def _family(path: Path) -> str:
    """The family a rule file belongs to: its module's name, or its package's."""
    return path.stem if path.parent == RULES_DIR else path.parent.name


def _family_of(module: str) -> str | None:
    """The family (or infrastructure module) an absolute module name lies in:
    "recordlint.rules.acronyms.scanner" -> "acronyms"; None outside rules/."""
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["recordlint", "rules"] else None


def _other_families(imported: set[str], family: str) -> set[str]:
    """The rule families other than ``family`` that the modules ``imported`` lie in: a module
    of a family's package may import its siblings in that package, never another family."""
    families = {_family(p) for p in _rule_modules()}
    return {f for f in map(_family_of, imported) if f in families and f != family}


def _imported_modules(path: Path, package: str | None = None) -> set[str]:
    """Every module ``path`` imports, absolute names, at any depth (lazy imports too).
    Relative imports are read from ``package``, by default the one ``path`` lies in."""
    if package is None:
        package = ".".join(path.relative_to(SRC.parent).parts[:-1])
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
                names |= {f"{module}.{alias.name}" for alias in node.names}
            elif node.module:
                names.add(node.module)
                names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


@pytest.mark.parametrize("path", _rule_modules(), ids=_module_id)
def test_rule_modules_never_import_each_other(path: Path) -> None:
    """rules/x.py (or any module of a package rules/x/) imports no other rule family: what
    two rules share lives outside rules/ (segments, matching, inflection, lexicon,
    subjects), so rules cannot drift apart."""
    assert _other_families(_imported_modules(path), _family(path)) == set()


def test_the_family_check_tells_a_sibling_from_another_family(tmp_path: Path) -> None:
    """Inside a family's package, a sibling module (absolute or relative) is allowed; another
    family, or a module of another family's package, is not; infrastructure is allowed."""
    path = tmp_path / "example.py"
    path.write_text(
        "from recordlint.rules.acronyms.lexicon import Lexicons\n"
        "from .scanner import abbreviations\n"
        "from ..registry import rule\n"
        "from recordlint.rules import jargon\n"
        "from ..voice import VOICE_FACTS\n",
        encoding="utf-8",
    )
    imported = _imported_modules(path, package="recordlint.rules.acronyms")
    assert "recordlint.rules.acronyms.scanner.abbreviations" in imported
    assert _other_families(imported, "acronyms") == {"jargon", "voice"}
    assert _other_families(imported, "jargon") == {"acronyms", "voice"}


# Modules that may still import another module's private name, with the reason. Empty: a name
# one module imports from another is that package's internal API and has no leading underscore.
PRIVATE_IMPORT_EXCEPTIONS: dict[str, str] = {}


def _is_private(name: str) -> bool:
    """A name with one leading underscore ("_words"), not a dunder ("__version__")."""
    return name.startswith("_") and not name.startswith("__")


def _private_imports(path: Path) -> list[str]:
    """The private names ``path`` imports from another module, as "line: module.name":
    ``from x import _y``, ``from .x import _y`` and ``import x._y``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            found += [
                f"{node.lineno}: {module}.{alias.name}"
                for alias in node.names
                if _is_private(alias.name)
            ]
        elif isinstance(node, ast.Import):
            found += [
                f"{node.lineno}: {alias.name}"
                for alias in node.names
                if any(_is_private(part) for part in alias.name.split("."))
            ]
    return found


def _source_modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", _source_modules(), ids=lambda p: p.relative_to(SRC).as_posix())
def test_no_module_imports_another_modules_private_name(path: Path) -> None:
    """A name one module imports from another is internal API, named without a leading
    underscore; a leading underscore means the name is used only where it is defined."""
    if path.relative_to(SRC).as_posix() in PRIVATE_IMPORT_EXCEPTIONS:
        pytest.skip(PRIVATE_IMPORT_EXCEPTIONS[path.relative_to(SRC).as_posix()])
    assert _private_imports(path) == []


def test_the_private_import_check_sees_each_form(tmp_path: Path) -> None:
    """Absolute, relative and dotted imports of a private name are found; public names and
    dunders are not."""
    path = tmp_path / "example.py"
    path.write_text(
        "from recordlint.rules.voice.names import _at, mentions\n"
        "from .syntax import (\n    _words,\n    label_of,\n)\n"
        "from recordlint import __version__\n"
        "import recordlint._private.module\n"
        "import recordlint.rules\n"
        "def lazy():\n    from ..registry import _Hidden\n",
        encoding="utf-8",
    )
    assert _private_imports(path) == [
        "1: recordlint.rules.voice.names._at",
        "2: .syntax._words",
        "7: recordlint._private.module",
        "10: ..registry._Hidden",
    ]


@pytest.mark.parametrize("path", _rule_modules(), ids=_module_id)
def test_rule_modules_never_load_a_pipeline(path: Path) -> None:
    """Rules read the engine's one parse; none loads or borrows a spaCy pipeline itself."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    used |= {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    used |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
             for alias in node.names}  # fmt: skip
    assert not used & {"load_pipeline", "shared_pipeline"}
    assert "spacy.load" not in path.read_text(encoding="utf-8")


def test_every_rule_module_exists_and_registers_rules() -> None:
    """Each family listed in rules/__init__.py (a module, or a package whose modules
    register its rules) exists and registers a rule."""
    codes_by_module: dict[str | None, list[str]] = {}
    for r in all_rules():
        codes_by_module.setdefault(_family_of(r.check.__module__), []).append(r.code)
    for module in RULE_MODULES:
        importlib.import_module(f"recordlint.rules.{module}")
        assert codes_by_module.get(module), f"rules/{module} registers no rule"


def test_every_rule_with_a_slow_load_is_in_a_module_started_early() -> None:
    """A command starts the rules' slow loads by importing only SLOW_LOAD_MODULES; a rule
    with a warm-up load elsewhere would silently miss that early start."""
    modules = {_family_of(r.check.__module__) for r in all_rules() if r.warm_up}
    assert modules
    assert modules <= set(SLOW_LOAD_MODULES)


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


# A word list longer than this belongs in lexicons/ (typed, reviewed, one source per concept).
MAX_WORDS_IN_CODE = 30
_COLLECTION_CALLS = {"frozenset", "set", "tuple", "list", "dict", "_words", "words"}
# The helpers that split a space-separated string of words ("_words" or, where a package's
# modules share it, "words").
_WORD_SPLITTERS = {"_words", "words"}


def _entries(node: ast.expr) -> int:
    """How many words a module-level collection holds: its string elements, or the words
    of a space-separated string handed to a ``_words("...")`` function."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        if node.func.id in _WORD_SPLITTERS:
            return sum(
                len(arg.value.split())
                for arg in node.args
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            )
        return sum(_entries(arg) for arg in node.args)
    if isinstance(node, ast.Dict):
        keys = [k for k in node.keys if isinstance(k, ast.Constant)]
        return sum(1 for key in keys if isinstance(key.value, str))
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        strings = [i for i in node.elts if isinstance(i, ast.Constant)]
        return sum(1 for item in strings if isinstance(item.value, str))
    return 0


def _word_collections(path: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name):
            continue
        is_collection = isinstance(value, (ast.Set, ast.List, ast.Tuple, ast.Dict)) or (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id in _COLLECTION_CALLS
        )
        if is_collection:
            found[target.id] = _entries(value)
    return found


@pytest.mark.parametrize(
    "path",
    [*_rule_modules(), *sorted((SRC / "subjects").glob("*.py"))],
    ids=lambda p: p.relative_to(SRC).as_posix(),
)
def test_no_long_word_list_in_rule_code(path: Path) -> None:
    """Domain words live in lexicons/, not in rule code or the subjects package."""
    long_lists = {
        name: size for name, size in _word_collections(path).items() if size > MAX_WORDS_IN_CODE
    }
    assert long_lists == {}


def test_the_word_list_check_sees_a_long_list(tmp_path: Path) -> None:
    """The check above counts both a literal set and a ``_words`` string."""
    path = tmp_path / "example.py"
    words = " ".join(f"w{n}" for n in range(MAX_WORDS_IN_CODE + 1))
    path.write_text(
        f"LISTED = frozenset({set(words.split())!r})\nSPLIT = _words({words!r})\nSHORT = ('a',)\n",
        encoding="utf-8",
    )
    assert _word_collections(path) == {
        "LISTED": MAX_WORDS_IN_CODE + 1,
        "SPLIT": MAX_WORDS_IN_CODE + 1,
        "SHORT": 1,
    }


# The text layer's shared word and tag sets: a rule reads these, never a copy of its own.
SHARED_WORD_SETS = (
    "subjects/words.py",
    "evaluative/vocabulary.py",
    "matching/pronouns.py",
)


def _string_sets(path: Path) -> list[tuple[int, frozenset[str]]]:
    """Every literal set of two or more strings in ``path``, with its line."""
    return [
        (node.lineno, frozenset(e.value for e in node.elts if isinstance(e, ast.Constant)))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Set)
        and len(node.elts) >= 2
        and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)
    ]


def _shared_sets() -> dict[frozenset[str], str]:
    return {
        words: f"{module}:{line}"
        for module in SHARED_WORD_SETS
        for line, words in _string_sets(SRC / module)
    }


@pytest.mark.parametrize("path", _rule_modules(), ids=_module_id)
def test_no_rule_module_keeps_a_copy_of_a_shared_word_set(path: Path) -> None:
    """A set of words or tags the text layer already holds (the writer's pronouns, the tags
    of a tensed verb, a pronoun slot's pronouns) is read from there, so that two copies
    cannot drift apart."""
    shared = _shared_sets()
    copies = [
        f"line {line}: {shared[words]}" for line, words in _string_sets(path) if words in shared
    ]
    assert copies == []
