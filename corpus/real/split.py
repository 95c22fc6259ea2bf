"""Recompute the dev/holdout split recorded in sources.toml (run from the repository root).

The split was drawn once, before recordlint was run on any text, and is kept in sources.toml;
this script only shows how it was drawn so that anyone can check it. Texts added later (the
"fresh" to "fresh41" batches) are not part of the draw, so they are left out of it.
"""

import random
import tomllib
from pathlib import Path

SEED = 20261203
HOLDOUT_SIZE = 25

SEEDED_SPLITS = ("dev", "holdout")

sources = tomllib.loads(Path(__file__).with_name("sources.toml").read_text(encoding="utf-8"))
ids = sorted(text["id"] for text in sources["text"] if text["split"] in SEEDED_SPLITS)
holdout = set(random.Random(SEED).sample(ids, HOLDOUT_SIZE))
recorded = {text["id"] for text in sources["text"] if text["split"] == "holdout"}
print("holdout:", ", ".join(sorted(holdout)))
print("matches sources.toml:", holdout == recorded)
