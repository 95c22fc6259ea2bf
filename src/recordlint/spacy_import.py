"""Import spaCy without its command-line interface, which recordlint never uses.

``import spacy`` runs ``from .cli.info import info``, and ``spacy.cli`` imports every spaCy
command with the packages behind them (typer, rich, weasel, requests, httpx, jinja2): about
a third of spaCy's import time, paid at every start of ``recordlint check``. While spaCy is
first imported, :func:`import_spacy` puts two stand-ins under those names; once it is
imported they are taken away again, so a later ``import spacy.cli`` gets the real module,
and ``spacy.info`` still works, importing the real one when it is called.
"""

from __future__ import annotations

import sys
import threading
import types
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
