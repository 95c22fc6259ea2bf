"""The per-entry comparison of jargon findings with the annotated JARGON spans."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]

TEXT = (
    "Dear Mrs Hale,\n\nThe low sofa makes transfers harder. Your package of care starts Monday.\n"
)


@pytest.fixture()
def agreement() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import jargon_agreement

        yield jargon_agreement
    finally:
        sys.path.remove(str(ROOT / "bench"))


def test_each_entry_counts_its_findings_matches_misses_and_kinds(
    agreement: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "r1.txt").write_text(TEXT, encoding="utf-8")
    span = {"label": "JARGON", "text": "package of care", "occurrence": 1}
    record = {"id": "r1", "kind": "letter", "exemplary": True, "spans": [span]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    entries, batches = agreement.score([str(tmp_path)], None)
    care, transfers = entries["package of care"], entries["transfers"]
    assert (care.findings, care.matched, care.gold, care.missed) == (1, 1, 1, 0)
    assert (transfers.findings, transfers.matched, transfers.gold) == (1, 0, 0)
    assert transfers.by_kind == {"letter": 1} and transfers.writers == {str(tmp_path)}
    assert batches[str(tmp_path)].jargon_warnings == 2


def test_halves_and_refusals(agreement: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    assert [agreement.half_of(b) for b in ("corpus", "corpus-dev/w1", "corpus-dev/w2")] == [
        "odd", "odd", "even"]  # fmt: skip
    for folder in ("corpus-dev/w3", "corpus-dev/w51", "elsewhere"):
        monkeypatch.setattr(sys, "argv", ["jargon_agreement.py", folder])
        with pytest.raises(SystemExit, match="only development batches"):
            agreement.main()
