"""Import spaCy without the parts of it and of its dependencies that recordlint never uses.

``import spacy`` runs ``from .cli.info import info``, and ``spacy.cli`` imports every spaCy
command with the packages behind them (typer, rich, weasel, requests, httpx, jinja2): about
a third of spaCy's import time, paid at every start of ``recordlint check``. While spaCy is
first imported, :func:`import_spacy` puts two stand-ins under those names; once it is
imported they are taken away again, so a later ``import spacy.cli`` gets the real module,
and ``spacy.info`` still works, importing the real one when it is called.

Two more imports are answered the same way while spaCy is first imported, each worth a few
hundredths of a second of every start:

* ``pydantic.v1`` (pydantic's copy of its old interface), which confection imports only to
  recognise a schema written against it. spaCy and thinc write theirs against pydantic 2,
  so the import is made to fail, as it does where the old interface is missing (confection
  then recognises pydantic 2 schemas only, as it does on Python 3.14).
* ``packaging.requirements``, whose ``Requirement`` spaCy calls only to split a package
  requirement (never while a pipeline loads): the stand-in's ``Requirement`` imports the
  real class when it is called.
"""

from __future__ import annotations

import sys
import threading
import types
from typing import Any

_lock = threading.Lock()
_CLI = "spacy.cli"
_CLI_INFO = "spacy.cli.info"
_PYDANTIC_V1 = "pydantic.v1"
_REQUIREMENTS = "packaging.requirements"


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
        # None in sys.modules makes "import pydantic.v1" raise ModuleNotFoundError.
        blocked = _PYDANTIC_V1 not in sys.modules and "confection" not in sys.modules
        if blocked:
            sys.modules[_PYDANTIC_V1] = None  # type: ignore[assignment]
        if _REQUIREMENTS not in sys.modules:
            requirements = types.ModuleType(_REQUIREMENTS)
            requirements.Requirement = _requirement  # type: ignore[attr-defined]
            stand_ins[_REQUIREMENTS] = requirements
        sys.modules.update(stand_ins)
        try:
            import spacy
        finally:
            for name, module in stand_ins.items():
                if sys.modules.get(name) is module:
                    del sys.modules[name]
            if blocked and _PYDANTIC_V1 in sys.modules and sys.modules[_PYDANTIC_V1] is None:
                del sys.modules[_PYDANTIC_V1]
            package = sys.modules.get("spacy")
            if package is not None and getattr(package, "cli", None) is cli:
                del package.cli
        return spacy


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported on first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _requirement(requirement: str) -> Any:
    """``packaging.requirements.Requirement(requirement)``, imported on first call."""
    from packaging.requirements import Requirement

    return Requirement(requirement)
