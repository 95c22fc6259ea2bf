"""Import spaCy without its command-line interface, which recordlint never uses.

``import spacy`` runs ``from .cli.info import info``, and ``spacy.cli`` imports every spaCy
command with the packages behind them (typer, rich, weasel, requests, httpx, jinja2): about
a third of spaCy's import time, paid at every start of ``recordlint check``. While spaCy is
first imported, :func:`import_spacy` puts two stand-ins under those names; once it is
imported they are taken away again, so a later ``import spacy.cli`` gets the real module,
and ``spacy.info`` still works, importing the real one when it is called.

spaCy's registries (catalogue) look up their installed entry points by group some two
hundred times while a pipeline loads, and on Python 3.11 each lookup filters the entry
points of every installed package, a few hundredths of a second in all. :func:`import_spacy`
gives catalogue the same entry points in a table that answers a lookup by group at once.
"""

from __future__ import annotations

import sys
import threading
import types
from importlib.metadata import EntryPoints
from typing import Any

_lock = threading.Lock()
_CLI = "spacy.cli"
_CLI_INFO = "spacy.cli.info"


def import_spacy() -> types.ModuleType:
    """The ``spacy`` module, imported without ``spacy.cli`` when it was not imported yet."""
    with _lock:
        if "spacy" in sys.modules or _CLI in sys.modules or _CLI_INFO in sys.modules:
            import spacy

            return spacy
        cli = types.ModuleType(_CLI)
        cli.__path__ = []  # a package, so that its submodule can be found in sys.modules
        info = types.ModuleType(_CLI_INFO)
        info.info = _info  # type: ignore[attr-defined]
        stand_ins = {_CLI: cli, _CLI_INFO: info}
        sys.modules.update(stand_ins)
        try:
            _group_entry_points()
            import spacy
        finally:
            for name, module in stand_ins.items():
                if sys.modules.get(name) is module:
                    del sys.modules[name]
            package = sys.modules.get("spacy")
            if package is not None and getattr(package, "cli", None) is cli:
                del package.cli
        return spacy


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported on first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _group_entry_points() -> None:
    """Answer catalogue's lookups of entry points by group from its own table of groups."""
    try:
        import catalogue
    except ImportError:  # spaCy will say so itself
        return
    available = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    # Only the grouped table Python 3.11 makes; anything else is left as it is.
    if _SelectableGroups is not dict and type(available) is _SelectableGroups:
        catalogue.AVAILABLE_ENTRY_POINTS = _EntryPointsByGroup(dict.items(available))


try:
    from importlib.metadata import SelectableGroups as _SelectableGroups  # type: ignore
except ImportError:  # Python 3.12 and later: _group_entry_points leaves catalogue alone
    _SelectableGroups = dict  # type: ignore[assignment,misc]


class _EntryPointsByGroup(_SelectableGroups):  # type: ignore[misc,valid-type]
    """Installed entry points grouped once, as ``entry_points()`` gives them on Python 3.11,
    whose ``select(group=...)`` reads the group's entry points instead of filtering all."""

    def select(self, **params: Any) -> EntryPoints:
        if params.keys() == {"group"}:
            # dict's own lookup: the mapping interface of these groups warns that it is
            # deprecated, though it holds the same entry points in the same order.
            return dict.get(self, params["group"]) or EntryPoints(())
        return super().select(**params)  # type: ignore[no-any-return]
