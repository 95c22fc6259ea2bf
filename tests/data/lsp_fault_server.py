"""recordlint's language server with faults put in, for tests that need them.

    python tests/data/lsp_fault_server.py [--fail-on WORD] [--slow-model SECONDS]

``--fail-on`` makes every check of a text containing WORD raise, as a bug in the core would;
``--slow-model`` makes loading the language model take that much longer, as on a slow disk.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from recordlint.api import Linter
from recordlint.language_server.server import serve


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fail-on", default=None)
    parser.add_argument("--slow-model", type=float, default=0.0)
    args = parser.parse_args()
    if args.fail_on:
        lint = Linter.lint

        def failing_lint(self: Linter, text: str, *rest: Any, **options: Any) -> Any:
            if args.fail_on in text:
                raise RuntimeError("a fault put in for a test")
            return lint(self, text, *rest, **options)

        Linter.lint = failing_lint  # type: ignore[method-assign]
    if args.slow_model:
        warm_up = Linter.warm_up

        def slow_warm_up(self: Linter) -> None:
            time.sleep(args.slow_model)
            warm_up(self)

        Linter.warm_up = slow_warm_up  # type: ignore[method-assign]
    serve()


if __name__ == "__main__":
    main()
