"""The real-text set in corpus/real holds together: sources, split, verdicts and acronym gold."""

from __future__ import annotations

import itertools
import random
import tomllib
from pathlib import Path

from recordlint.verdicts import (
    ACRONYM_GOLD_FILE,
    SOURCES_FILE,
    VERDICT_VALUES,
    VERDICTS_FILE,
    read_acronym_gold,
    read_texts,
    read_verdicts,
)

REAL = Path(__file__).resolve().parent.parent / "corpus" / "real"
REQUIRED = ("id", "title", "publisher", "source", "date", "licence", "kind", "group", "split")
SEEDED_SPLITS = {"dev", "holdout"}  # drawn together; the fresh batches were added after it
# The fresh batches, in the order they were added.
FRESH_SPLITS = (
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
)


def _sources() -> list[dict]:
    return tomllib.loads((REAL / SOURCES_FILE).read_text(encoding="utf-8"))["text"]


def test_every_text_has_complete_sources_and_no_source_lacks_a_text() -> None:
    entries = _sources()
    assert {e["id"] for e in entries} == {p.stem for p in REAL.glob("*.txt")}
    for entry in entries:
        missing = [key for key in REQUIRED if not str(entry.get(key, "")).strip()]
        assert not missing, f"{entry['id']}: {missing}"
        assert entry["split"] in {*SEEDED_SPLITS, *FRESH_SPLITS}
        assert entry["source"].startswith(("http://", "https://"))
        text = (REAL / f"{entry['id']}.txt").read_text(encoding="utf-8")
        assert entry["words"] == len(text.split())


def test_the_split_is_the_seeded_draw_with_at_least_twenty_holdout_texts() -> None:
    entries = _sources()
    ids = sorted(e["id"] for e in entries if e["split"] in SEEDED_SPLITS)
    holdout = {e["id"] for e in entries if e["split"] == "holdout"}
    assert len(holdout) >= 20
    assert holdout == set(random.Random(20261203).sample(ids, len(holdout)))


def test_every_verdict_names_a_text_and_a_known_value() -> None:
    ids = {p.stem for p in REAL.glob("*.txt")}
    verdicts = read_verdicts(REAL / VERDICTS_FILE)
    assert verdicts
    for key, verdict in verdicts.items():
        assert key.file in ids
        assert verdict.verdict in VERDICT_VALUES and verdict.reason.strip()


def test_acronym_gold_spans_are_found_in_their_texts() -> None:
    gold = read_acronym_gold(REAL / ACRONYM_GOLD_FILE, read_texts(REAL))
    texts = {t.id: t.text for t in read_texts(REAL)}
    assert sum(len(spans) for spans in gold.values()) >= 100
    for text_id, spans in gold.items():
        for start, end in spans:
            assert texts[text_id][start:end].strip() == texts[text_id][start:end]


def test_the_fresh_batches_are_numbered_after_the_seeded_texts_in_order() -> None:
    entries = _sources()
    batches = [[e["id"] for e in entries if e["split"] in SEEDED_SPLITS]]
    batches += [[e["id"] for e in entries if e["split"] == name] for name in FRESH_SPLITS]
    assert all(len(batch) >= 20 for batch in batches)
    for earlier, later in itertools.pairwise(batches):
        assert max(earlier) < min(later)


def test_no_source_address_is_used_twice() -> None:
    addresses = [e["source"] for e in _sources()]
    assert len(addresses) == len(set(addresses))
