"""The agreement between two annotations of the same records is scored as eval scores findings."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]

TEXT = "Contact 01/11/2026, recorded 05/11/2026. She is manipulative. Day centre stopped."


@pytest.fixture()
def agreement() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import gold_agreement

        yield gold_agreement
    finally:
        sys.path.remove(str(ROOT / "bench"))


def _batch(folder: Path, spans: list[dict[str, object]], **fields: object) -> Path:
    folder.mkdir()
    (folder / "r1.txt").write_text(TEXT, encoding="utf-8")
    record = {"id": "r1", "kind": "case_note", "spans": spans, **fields}
    (folder / "gold.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder


def test_overlapping_spans_agree_and_unmatched_ones_do_not(
    agreement: ModuleType, tmp_path: Path
) -> None:
    reference = _batch(
        tmp_path / "reference",
        [
            {"label": "JUDGEMENTAL", "text": "manipulative"},
            {"label": "NO_RATIONALE", "text": "Day centre stopped."},
        ],
        person_voice=False,
        contact_date="2026-11-01",
        recorded_date="2026-11-05",
    )
    second = _batch(
        tmp_path / "second",
        [
            {"label": "JUDGEMENTAL", "text": "She is manipulative"},
            {"label": "OPINION_AS_FACT", "text": "She is manipulative."},
        ],
        person_voice=True,
        contact_date="2026-11-01",
        recorded_date="2026-11-05",
    )
    from recordlint.evaluate import read_corpus

    tallies = agreement.compare(read_corpus(second), read_corpus(reference))
    judgemental = tallies["judgemental"]
    assert (judgemental.true_positives, judgemental.findings) == (1, 1)
    assert (judgemental.matched_gold, judgemental.gold) == (1, 1)
    assert (tallies["rationale"].matched_gold, tallies["rationale"].gold) == (0, 1)
    assert (tallies["opinion"].true_positives, tallies["opinion"].findings) == (0, 1)
    # the reference says no voice, the second annotator heard one: no agreement on the flag
    voice = tallies["person-voice"]
    assert (voice.findings, voice.gold, voice.matched_gold) == (0, 1, 0)
    # both read the note as written four days late
    late = tallies["timeliness"]
    assert (late.findings, late.gold, late.true_positives) == (1, 1, 1)


@pytest.mark.parametrize(
    "annotation", sorted((ROOT / "corpus-dev" / "second-annotations").glob("*.jsonl")), ids=str
)
def test_each_stored_second_annotation_locates_in_its_batches(
    agreement: ModuleType, annotation: Path
) -> None:
    ids = [json.loads(line)["id"] for line in annotation.read_text(encoding="utf-8").splitlines()]
    batches = sorted({ROOT / "corpus-dev" / record_id.split("-")[0] for record_id in ids})
    from recordlint.evaluate import read_corpus

    reference = [record for batch in batches for record in read_corpus(batch)]
    assert set(ids) <= {record.id for record in reference}
    # every span of the second annotation is found in the batch's own text
    assert agreement.main([str(annotation), *map(str, batches)]) == 0
