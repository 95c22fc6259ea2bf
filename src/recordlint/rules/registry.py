"""The rule registry: each rule's identity, metadata, check and documentation in one place.

A rule is a function decorated with :func:`rule`. Its docstring is its documentation
(Markdown, with the headings that :mod:`recordlint.docs` requires). Rules never build a
``Finding`` themselves: they call ``ctx.flag(...)`` and the context fills in the code,
name, category, standard and severity from the rule's record, so a rule cannot mislabel
itself.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from recordlint.findings import Category, Finding, RecordKind, Severity
from recordlint.nlp import Need
from recordlint.text import overlaps_any

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from recordlint.config import Config
    from recordlint.kinds import TextReading
    from recordlint.text import Block

CODE_PATTERN = re.compile(r"^RL\d{3}$")
NAME_PATTERN = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


class Scope(StrEnum):
    PARAGRAPH = "paragraph"  # runs per paragraph; results are cached by paragraph text
    DOCUMENT = "document"  # runs once on the whole record, after the paragraph rules
    # Runs once on the whole record after every other rule, when the report's metrics say
    # how much of the record the others could not check.
    COVERAGE = "coverage"


class _RuleDefault(StrEnum):
    DEFAULT = "default"


RULE_DEFAULT = _RuleDefault.DEFAULT  # ctx.flag(fix=...) left out: the rule's own fix applies


class Fix(StrEnum):
    SAFE = "safe"  # the first suggestion may replace the flagged words as they stand
    REVIEW = "review"  # suggestions need the writer's judgement; offered, never applied blind


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    category: Category
    standard: str
    severity: Severity
    check: Callable[..., None]
    needs: frozenset[Need]
    scope: Scope = Scope.PARAGRAPH
    kinds: frozenset[RecordKind] | None = None  # None: every kind of record
    fix: Fix | None = None
    allow_in_quotes: bool = False
    finalize: Callable[[DocumentContext, list[Finding]], list[Finding]] | None = None
    preview: bool = False
    # Whether a finding is about particular words, and so is the same problem as another
    # rule's finding on those words ("lacks insight": an opinion and a label). False for
    # findings about a whole sentence (its length, a missing reason) and for misspellings
    # and grammar, which are problems of their own whatever else is said about the words.
    merges: bool = True
    # Whether the finding is about the choice of a word (jargon, a label, a wordy or unkind
    # word): such advice does not apply where the word is talked about rather than used
    # ("the term 'service user'") or is explained where it stands ("respite (a short
    # break)"); the engine checks both for every such rule.
    about_wording: bool = False
    # A cheap test on a paragraph's text: when it says no, the rule cannot fire there, so
    # the engine neither runs it nor pays for the analysis it needs on that paragraph.
    gate: Callable[[str], bool] | None = None
    # Record fields the rule reads from an export's columns (the record's metadata), so a
    # reader can say when an export has no column for them.
    metadata: frozenset[str] = frozenset()
    # What the rule still needs on a paragraph its gate turns down; None: it does not run
    # there. A rule that reads every paragraph for a little (who is mentioned) but deeply
    # only where its gate says yes (what somebody said) pays for the parse only there.
    gated_needs: frozenset[Need] | None = None
    # A document-phase step of a paragraph rule: it reads the facts the paragraphs left and
    # may flag the record as a whole.
    document_step: Callable[[DocumentContext], None] | None = None
    # Loads what the rule needs before the first record (Linter.warm_up), for a rule whose
    # first run would otherwise pause a language server or a web service.
    warm_up: Callable[[Config], None] | None = None
    # Analysis the rule's document phase may ask for, through DocumentContext.entities, on
    # the few records where it needs it: the pipeline is loaded with it, but no paragraph
    # pays for it unless asked.
    on_demand: frozenset[Need] = frozenset()

    @property
    def docs(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.docs.splitlines()[0] if self.docs else ""

    def applies_to(self, kind: RecordKind) -> bool:
        if self.kinds is not None:
            return kind in self.kinds
        # An account in the first person is the person's own view of their life (or a plan
        # written in their voice): judging it as opinion or deficit wording would correct
        # the person's own words, but abbreviations, jargon and readability still matter to
        # whoever reads it.
        if kind is RecordKind.OWN_ACCOUNT:
            return self.category not in _ABOUT_THE_PERSON or self.allow_in_quotes
        # A practitioner's account of their own work (a published diary) is read by the
        # public and by colleagues: how it speaks of the people it serves ("She is
        # demented") matters as it would in a record, but its writer's views of their own
        # week are theirs to give, not opinions a record would have to ground in evidence.
        if kind is RecordKind.PRACTICE_ACCOUNT:
            return self.category is not Category.OPINION or self.allow_in_quotes
        return True


# Rule families that judge what is said about the person rather than how it is written.
_ABOUT_THE_PERSON = frozenset({Category.JUDGEMENTAL, Category.OPINION})

_RULES: dict[str, Rule] = {}
MetricsProvider = Callable[["DocumentContext"], Mapping[str, Any]]
_METRICS_PROVIDERS: list[MetricsProvider] = []


def metrics_provider(func: MetricsProvider) -> MetricsProvider:
    """Register a function whose metrics every report carries, whatever rules are enabled."""
    _METRICS_PROVIDERS.append(func)
    return func


def metrics_providers() -> list[MetricsProvider]:
    _load_rule_modules()
    return list(_METRICS_PROVIDERS)


def rule(
    *,
    code: str,
    name: str,
    category: Category,
    standard: str,
    severity: Severity = Severity.WARNING,
    needs: Iterable[Need] = (Need.TOKENS,),
    scope: Scope = Scope.PARAGRAPH,
    kinds: Iterable[RecordKind] | None = None,
    fix: Fix | None = None,
    allow_in_quotes: bool = False,
    preview: bool = False,
    gate: Callable[[str], bool] | None = None,
    metadata: Iterable[str] = (),
    merges: bool = True,
    about_wording: bool = False,
    gated_needs: Iterable[Need] | None = None,
    warm_up: Callable[[Config], None] | None = None,
    on_demand: Iterable[Need] = (),
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register the decorated check function as a rule."""

    def register(check: Callable[..., None]) -> Callable[..., None]:
        if not CODE_PATTERN.match(code):
            raise ValueError(f"rule code {code!r} is not RL followed by three digits")
        if not NAME_PATTERN.match(name):
            raise ValueError(f"rule name {name!r} is not kebab-case")
        if code in _RULES:
            raise ValueError(f"rule code {code} is registered twice")
        _RULES[code] = Rule(
            code=code,
            name=name,
            category=category,
            standard=standard,
            severity=severity,
            check=check,
            needs=frozenset(needs),
            scope=scope,
            kinds=frozenset(kinds) if kinds is not None else None,
            fix=fix,
            allow_in_quotes=allow_in_quotes,
            preview=preview,
            gate=gate,
            metadata=frozenset(metadata),
            merges=merges,
            about_wording=about_wording,
            gated_needs=frozenset(gated_needs) if gated_needs is not None else None,
            warm_up=warm_up,
            on_demand=frozenset(on_demand),
        )
        return check

    return register


def finalizer(code: str) -> Callable[[Callable[..., list[Finding]]], Callable[..., list[Finding]]]:
    """Attach a document-phase step to a paragraph rule (for facts spread over paragraphs)."""

    def attach(func: Callable[..., list[Finding]]) -> Callable[..., list[Finding]]:
        existing = _RULES[code]
        _RULES[code] = Rule(**{**_as_dict(existing), "finalize": func})
        return func

    return attach


def document_step(code: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Attach a document-phase step to a paragraph rule: it runs once per record, after the
    paragraphs, with the facts they recorded, and may flag the record."""

    def attach(func: Callable[..., None]) -> Callable[..., None]:
        existing = _RULES[code]
        _RULES[code] = Rule(**{**_as_dict(existing), "document_step": func})
        return func

    return attach


def _as_dict(r: Rule) -> dict[str, Any]:
    return {name: getattr(r, name) for name in Rule.__dataclass_fields__}


def all_rules() -> list[Rule]:
    """Every registered rule, in code order."""
    _load_rule_modules()
    return [_RULES[code] for code in sorted(_RULES)]


def get_rule(code: str) -> Rule | None:
    _load_rule_modules()
    return _RULES.get(code.upper())


def registered_rules() -> list[Rule]:
    """The rules of the rule modules imported so far, in code order."""
    return [_RULES[code] for code in sorted(_RULES)]


def _load_rule_modules() -> None:
    from recordlint.rules import load_rule_modules

    load_rule_modules()


@dataclass(slots=True)
class Flagger:
    rule: Rule
    severity: Severity
    text: str
    offset: int
    out: list[Finding]

    def flag(
        self,
        start: int,
        end: int,
        message: str,
        suggestions: Iterable[str] = (),
        *,
        fix: Fix | _RuleDefault | None = RULE_DEFAULT,
        document_level: bool | None = None,
    ) -> None:
        chosen_fix = self.rule.fix if fix is RULE_DEFAULT else fix
        if document_level is None:
            document_level = self.rule.scope in (Scope.DOCUMENT, Scope.COVERAGE)
        self.out.append(
            Finding(
                code=self.rule.code,
                name=self.rule.name,
                category=self.rule.category,
                severity=self.severity,
                message=message,
                start=self.offset + start,
                end=self.offset + end,
                text=self.text[start:end],
                standard=self.rule.standard,
                suggestions=tuple(dict.fromkeys(s for s in suggestions if s)),
                fix=chosen_fix.value if isinstance(chosen_fix, Fix) else None,
                document_level=document_level,
            )
        )


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FactKey(Generic[T]):
    """A typed key for facts a paragraph rule leaves for the document phase: the value
    stored under ``FactKey[Mentions]("voice")`` is known to be ``Mentions``."""

    name: str


@dataclass(slots=True)
class ParagraphContext:
    """What a paragraph rule sees. Offsets given to :meth:`flag` are paragraph-relative."""

    text: str
    doc: Doc | None
    kind: RecordKind
    config: Config
    quotes: list[tuple[int, int]]  # paragraph-relative
    facts: dict[Any, Any]  # by str (older rules) or FactKey
    _flagger: Flagger

    def record(self, key: FactKey[T], value: T) -> None:
        """Leave ``value`` under ``key`` for the document phase."""
        self.facts[key] = value

    def flag(
        self,
        start: int,
        end: int,
        message: str,
        suggestions: Iterable[str] = (),
        *,
        fix: Fix | _RuleDefault | None = RULE_DEFAULT,
    ) -> None:
        """Flag [start, end) of the paragraph. ``fix`` overrides the rule's fix safety for
        this finding; None means no fix."""
        self._flagger.flag(start, end, message, suggestions, fix=fix)

    def in_quote(self, start: int, end: int) -> bool:
        return overlaps_any(start, end, self.quotes)


@dataclass(slots=True)
class DocumentContext:
    """What a document rule sees: the whole record, and the facts its paragraphs produced."""

    text: str
    kind: RecordKind
    config: Config
    metadata: dict[str, Any]
    blocks: list[Block]
    block_facts: list[dict[Any, Any]]
    quotes: list[tuple[int, int]]
    metrics: dict[str, Any]
    # What kind inference read of the whole text (whose text it is, a page of information),
    # each fact worked out once, when first asked, for every rule's record step to read.
    reading: TextReading
    _flagger: Flagger | None = field(default=None)
    # The named entities of paragraphs' texts, each as (start, end, label) with offsets in
    # that text, found when asked (see Rule.on_demand); None where no rule asked for them.
    _entities: Callable[[list[str]], list[tuple[tuple[int, int, str], ...]]] | None = field(
        default=None
    )
    # A rule's facts on a paragraph its gate turned down, made when asked (see facts_of);
    # None where the rule ran there, or where the engine offers none.
    _gated_facts: Callable[[int, str], dict[Any, Any] | None] | None = field(default=None)

    def facts(self, key: str) -> list[Any]:
        """Every paragraph's value for ``key``, in document order (missing ones skipped)."""
        return [facts[key] for facts in self.block_facts if key in facts]

    def facts_of(self, index: int, code: str) -> dict[Any, Any]:
        """The facts of paragraph ``index``, or, where the gate of rule ``code`` turned that
        paragraph down, the facts that rule records there when run on it now: for a
        finalizer that must read a skipped neighbour of one of its findings."""
        if self._gated_facts is not None:
            found = self._gated_facts(index, code)
            if found is not None:
                return found
        return self.block_facts[index]

    def recorded(self, key: FactKey[T]) -> list[tuple[Block, T]]:
        """Each paragraph with the value its rules recorded under ``key``, in document
        order (paragraphs without one skipped); offsets in the values are the paragraph's."""
        return [
            (block, facts[key])
            for block, facts in zip(self.blocks, self.block_facts, strict=True)
            if key in facts
        ]

    def entities(self, block: Block) -> tuple[tuple[int, int, str], ...]:
        """The named entities of one of the record's paragraphs, as (start, end, label)
        with paragraph offsets; for a rule that declared ``on_demand=[Need.ENTITIES]``."""
        return self.entities_of([block])[0]

    def entities_of(self, blocks: Sequence[Block]) -> list[tuple[tuple[int, int, str], ...]]:
        """The named entities of several of the record's paragraphs, as :meth:`entities`
        gives them, found together: one pass through the pipeline costs less than one per
        paragraph."""
        if self._entities is None:
            raise RuntimeError("no rule of this linter declared on-demand entities")
        return self._entities([block.text for block in blocks])

    def flag(
        self,
        start: int,
        end: int,
        message: str,
        suggestions: Iterable[str] = (),
        *,
        fix: Fix | _RuleDefault | None = RULE_DEFAULT,
        document_level: bool = True,
    ) -> None:
        """Flag [start, end) of the record. ``document_level=False`` marks a finding about
        those words (a grammar error) rather than about the whole record."""
        assert self._flagger is not None, "finalize steps amend findings; they do not flag"
        self._flagger.flag(start, end, message, suggestions, fix=fix, document_level=document_level)

    def first_line_span(self) -> tuple[int, int]:
        """Where a document-level finding is shown: the first line with text on it."""
        for line in self.text.splitlines(keepends=True):
            if line.strip():
                start = self.text.find(line)
                stripped = line.rstrip("\r\n")
                lead = len(stripped) - len(stripped.lstrip())
                return start + lead, start + len(stripped)
        return 0, 0
