"""A small trained sentence model: how likely a sentence is to state an opinion as fact, to
use judgemental wording, or to record a decision with no reason.

Part of the shared text layer. It reads the engine's one parse of a paragraph (``Need.PARSE``)
and gives each sentence three probabilities, computed once per paragraph and kept on the doc
(:func:`sentence_scores`). A rule reads them through :func:`confident_sentences`, which
gives the sentences above the threshold the model's metadata sets for a category (1.0: the
model is not used for it). Only the rationale rule (RL701) uses it, and only when
``[sentence-model] enabled = true``; the opinion and respectful-language rules were measured
with it and are better without (their docs say how).

The model is logistic regression, one per category, over hashed binary features of the
sentence as the parse describes it:

- its lower-cased words and lemmas, and its word bigrams;
- structure: the root's lemma and part of speech, each subject's kind (the person, a relative,
  a professional, the writer, a thing; :func:`recordlint.subjects.referent_of`) with the
  predicate it heads and whether a copula links them ("person + be + ADJ"), the dependency
  relations with their heads' lemmas, negation, modal and future verbs, a sentence with no
  verb (a note-style fragment);
- what the project's reviewed word lists say of its words: evaluative and mental-state words
  (person-evaluations), deficit wording (judgemental), decision words and reason markers
  (decisions), hedges, evidence and certainty markers (opinion-markers), reporting verbs
  (speech);
- the record kind and the sentence's length.

Why this model: it is trained and run with numpy alone (no new dependency), its weights are a
small ``.npz`` file with its settings, thresholds and a hash of its training data in a JSON
metadata entry, training is deterministic, and scoring costs a few look-ups per token on
arrays read once from a parse the engine has already made (switched on, about 5% of the
engine's CPU time on corpus-dev w11 to w13, measured inside the engine: the paragraphs the
rationale rule reads are scored, about half of them). Word lists and structure features
let it carry a judgement worded in a way the rules were never written for; the words let it
learn the field's everyday phrasing. A spaCy ``textcat`` would need its own weights and a
second pass through a network.

Training (``bench/train_sentence_model.py``) reads the development gold only: a sentence is
positive for a category when a gold span of that label overlaps it; sentences inside the
person's quoted words are left out. ``bench/sentence_model_cv.py`` measures each use of it by
leaving one development batch out at a time. It was trained on case notes, assessments,
letters and emails only, and is not used on other kinds of text.
"""

from __future__ import annotations

import functools
import json
import math
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recordlint.doc_access import doc_text
from recordlint.lexicon import load_lexicon
from recordlint.subjects import referent_of
from recordlint.text import line_end, line_start
from recordlint.token_view import token_view

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc

    from recordlint.config import Config

__all__ = [
    "CATEGORIES",
    "FEATURE_VERSION",
    "MODEL_PATH",
    "TRAINED_KINDS",
    "SentenceModel",
    "SentenceScore",
    "confident_sentences",
    "load_model",
    "model_in_use",
    "paragraph_features",
    "sentence_scores",
]

# The categories the model scores, in the order of its weight rows.
CATEGORIES = ("opinion", "judgemental", "rationale")
# Changes whenever paragraph_features changes what it emits: a model trained on other features is
# refused rather than silently misread.
FEATURE_VERSION = 1
HASH_BITS = 16
MODEL_PATH = Path(__file__).parent / "data" / "sentence_model.npz"

# The kinds of record the model was trained on (the gold corpora hold only these): guidance,
# decisions about services, minutes and the person's own account are other kinds of text,
# where its confidence means nothing and the rules stand alone.
TRAINED_KINDS = frozenset({"case_note", "letter", "assessment", "email"})
_SCORES_KEY = "recordlint.sentence_scores"
_LEXICONS = ("person-evaluations", "judgemental", "decisions", "opinion-markers", "speech")
_KEPT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "acomp", "attr", "advmod", "neg", "aux", "auxpass", "xcomp",
     "ccomp", "dobj", "prep", "mark", "advcl", "amod", "oprd", "npadvmod", "agent"}
)  # fmt: skip
_COMPLEMENTS = frozenset({"acomp", "attr", "oprd"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_NEGATIONS = frozenset({"not", "n't", "n’t", "no", "never", "nothing", "none", "without"})
_FUTURE = frozenset({"will", "wo", "shall", "'ll", "going"})


@dataclass(frozen=True, slots=True)
class SentenceScore:
    """One sentence of a paragraph (offsets in the paragraph's text) and its probabilities."""

    start: int
    end: int
    opinion: float
    judgemental: float
    rationale: float
    # The line of the sentence that holds its root: the parser may run a sentence over a
    # heading or a note's several lines, and a finding shows the statement itself.
    main_start: int = 0
    main_end: int = 0

    def of(self, category: str) -> float:
        value: float = getattr(self, category)
        return value


@functools.cache
def _lexicon_tags() -> dict[str, tuple[str, ...]]:
    """Each word of the reviewed lists, lower case, with the families it belongs to."""
    tags: dict[str, set[str]] = {}
    for name in _LEXICONS:
        for entry in load_lexicon(name).entries:
            kind = str(getattr(entry, "kind", "") or "")
            words = entry.term.lower().split()
            family = f"{name}:{kind}"
            if len(words) == 1:
                tags.setdefault(words[0], set()).add("lex:" + family)
            else:
                for word in words:
                    tags.setdefault(word, set()).add("lexpart:" + family)
    return {word: tuple(sorted(found)) for word, found in tags.items()}


_DIGIT = re.compile(r"\d")


def _shape(word: str) -> str:
    return "0" if _DIGIT.search(word) else word


# String ids read once per process (the same in every vocabulary).
_STRINGS: dict[int, str] = {}


def _strings(doc: Doc, ids: list[int]) -> list[str]:
    strings = _STRINGS
    if len(strings) > 100_000:
        strings.clear()
    out = []
    for key in ids:
        word = strings.get(key)
        if word is None:
            word = strings[key] = doc.vocab.strings[key] if key else ""
        out.append(word)
    return out


def paragraph_features(doc: Doc, kind: str) -> list[tuple[int, int, int, list[str]]]:
    """Each sentence of a parsed paragraph as (first token, end token, root token, its
    named features before hashing): the same for training and use.

    The doc is read once as arrays of string ids (no token objects but for the subjects,
    whose kind :func:`recordlint.subjects.referent_of` reads), so scoring a paragraph costs
    little beside the parse. (The evaluative layer's predicates and evidence as features,
    and features lent by the sentences either side, were measured too: they raised the
    cross-validated ranking a little or not at all, at several times the cost.)"""
    if not len(doc):
        return []
    from spacy.attrs import DEP, HEAD, IS_PUNCT, IS_SPACE, TAG

    view = token_view(doc)
    rows = doc.to_array([DEP, TAG, IS_PUNCT, IS_SPACE]).tolist()
    deps = _strings(doc, [r[0] for r in rows])
    tags = _strings(doc, [r[1] for r in rows])
    punct = [bool(r[2]) for r in rows]
    space = [bool(r[3]) for r in rows]
    # Head offsets are signed: read apart from the string ids, which fill 64 bits.
    heads = [i + offset for i, offset in enumerate(doc.to_array([HEAD]).astype("int64").tolist())]
    children: dict[int, list[int]] = {}
    for i, head in enumerate(heads):
        if head != i:
            children.setdefault(head, []).append(i)
    lexicon = _lexicon_tags()
    lowers = [_shape(w) for w in view.lower]
    lemmas = [_shape(w) for w in view.lemma]
    pos = view.pos
    out = []
    for sentence in doc.sents:
        features = [f"kind:{kind}"]
        previous = "<s>"
        words = 0
        has_verb = False
        first = -1
        root = sentence.start
        for i in range(sentence.start, sentence.end):
            if space[i]:
                continue
            lower, lemma, part = lowers[i], lemmas[i], pos[i]
            if not punct[i]:
                words += 1
                if first < 0:
                    first = i
                features.append("w:" + lower)
                if lemma != lower:
                    features.append("l:" + lemma)
                features.append(f"b:{previous}_{lower}")
                previous = lower
                features.extend(lexicon.get(lower, ()) or lexicon.get(lemma, ()))
            if part in ("VERB", "AUX"):
                has_verb = True
            tag = tags[i]
            if tag == "MD":
                features.append("modal")
            if lower in _FUTURE and part in ("AUX", "VERB") and tag in ("MD", "VBG"):
                features.append("future")
            dep = deps[i]
            if lower in _NEGATIONS or dep == "neg":
                features.append("negation")
            head = heads[i]
            if dep in _KEPT_DEPS:
                features.append(f"d:{dep}:{lemmas[head]}")
                features.append(f"dp:{dep}:{part}:{pos[head]}")
            if dep in _SUBJECT_DEPS:
                referent = referent_of(doc[i]).value if dep != "expl" else "it"
                below = [deps[c] for c in children.get(head, ())]
                linked = lemmas[head] == "be" or any(d in ("cop", "acomp", "attr") for d in below)
                complements = [c for c in children.get(head, ()) if deps[c] in _COMPLEMENTS]
                complement = pos[complements[0]] if complements else pos[head]
                features.append(f"subj:{referent}")
                features.append(f"subjpred:{referent}:{'be' if linked else '-'}:{complement}")
                features.append(f"subjverb:{referent}:{lemmas[head]}")
            if dep == "ROOT":
                root = i
                features.append("root:" + lemma)
                features.append("rootpos:" + part)
        if not has_verb:
            features.append("noverb")
        if first >= 0:
            features.append(f"first:{lowers[first]}")
            features.append(f"firstpos:{pos[first]}")
        features.append(f"len:{min(words // 4, 10)}")
        out.append((sentence.start, sentence.end, root, features))
    return out


@functools.lru_cache(maxsize=1 << 16)
def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & ((1 << HASH_BITS) - 1)


def hashed(features: Iterable[str]) -> list[int]:
    """The distinct feature indices, sorted."""
    return sorted({_hash(f) for f in features})


class SentenceModel:
    """Weights (one row per category) and a bias per category over hashed features."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, metadata: dict[str, Any]) -> None:
        if weights.shape != (len(CATEGORIES), 1 << HASH_BITS):
            raise ValueError(f"sentence model weights have shape {weights.shape}")
        if metadata.get("feature_version") != FEATURE_VERSION:
            raise ValueError(
                f"sentence model was trained on features version "
                f"{metadata.get('feature_version')}, this code makes version {FEATURE_VERSION}"
            )
        # Read per feature, column by column: one row of three weights per index.
        self.columns = weights.T.copy()
        self.bias = bias.astype(float).tolist()
        self.metadata = metadata

    def probabilities(self, indices: Sequence[int]) -> tuple[float, float, float]:
        totals = [*self.bias]
        if indices:
            summed = self.columns[list(indices)].sum(axis=0).tolist()
            totals = [a + b for a, b in zip(totals, summed, strict=True)]
        return (_sigmoid(totals[0]), _sigmoid(totals[1]), _sigmoid(totals[2]))

    def save(self, path: Path) -> None:
        import numpy as np

        np.savez_compressed(
            path,
            weights=self.columns.T.astype(np.float32),
            bias=np.asarray(self.bias, dtype=np.float32),
            metadata=np.asarray(json.dumps(self.metadata, sort_keys=True)),
        )


def _sigmoid(value: float) -> float:
    if value >= 0:
        return 1 / (1 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1 + exp)


def read_model(path: Path) -> SentenceModel:
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        metadata = json.loads(str(data["metadata"]))
        return SentenceModel(data["weights"], data["bias"], metadata)


@functools.cache
def load_model(path: str | None = None) -> SentenceModel:
    """The shipped model, or the one at ``path``; read once per process."""
    return read_model(Path(path) if path else MODEL_PATH)


def sentence_scores(doc: Doc, kind: str, path: str | None = None) -> tuple[SentenceScore, ...]:
    """Every sentence of a parsed paragraph with its probabilities, computed once per doc."""
    cached: dict[tuple[str, str | None], tuple[SentenceScore, ...]] = doc.user_data.setdefault(
        _SCORES_KEY, {}
    )
    found = cached.get((kind, path))
    if found is None:
        model = load_model(path)
        scored = []
        text = doc_text(doc)
        for first, end_token, root, features in paragraph_features(doc, kind):
            p = model.probabilities(hashed(features))
            last = doc[end_token - 1]
            start, end = doc[first].idx, last.idx + len(last.text)
            at = doc[root].idx
            main_start = max(start, line_start(text, at))
            main_end = min(end, line_end(text, at))
            scored.append(SentenceScore(start, end, *p, main_start, main_end))
        found = cached[(kind, path)] = tuple(scored)
    return found


def model_in_use(config: Config) -> SentenceModel | None:
    """The model the rules read under ``config``, or None where it is switched off."""
    settings = config.options.sentence_model
    if not settings.enabled:
        return None
    return load_model(settings.path)


def confident_sentences(doc: Doc, kind: str, config: Config, category: str) -> list[SentenceScore]:
    """The sentences of a parsed paragraph that the model scores above its ``source``
    threshold for ``category`` (none where the model is off or has no such threshold)."""
    if kind not in TRAINED_KINDS:
        return []
    model = model_in_use(config)
    if model is None:
        return []
    threshold = float(model.metadata.get("thresholds", {}).get(category, {}).get("source", 1.0))
    if threshold >= 1.0:
        return []
    path = config.options.sentence_model.path
    return [s for s in sentence_scores(doc, kind, path) if s.of(category) > threshold]
