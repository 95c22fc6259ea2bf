"""The VS Code extension compiles and packages: `npm ci`, `npm run compile` and
`npm run package` in a temporary copy of lsp/vscode (skipped only where npm is missing)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

EXTENSION = Path(__file__).parents[1] / "lsp" / "vscode"
BUILT = ("node_modules", "out", "recordlint.vsix")


def npm(folder: Path, *args: str) -> None:
    done = subprocess.run(
        ["npm", *args], cwd=folder, capture_output=True, text=True, timeout=240, check=False
    )
    assert done.returncode == 0, f"npm {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"


@pytest.mark.skipif(shutil.which("npm") is None, reason="npm is not installed")
def test_extension_compiles_and_packages(tmp_path: Path) -> None:
    folder = tmp_path / "vscode"
    shutil.copytree(EXTENSION, folder, ignore=shutil.ignore_patterns(*BUILT))
    npm(folder, "ci", "--prefer-offline", "--no-audit", "--no-fund")
    npm(folder, "run", "compile")
    assert (folder / "out" / "extension.js").is_file()
    npm(folder, "run", "package")
    assert (folder / "recordlint.vsix").stat().st_size > 0
