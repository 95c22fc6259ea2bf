"""RL45x: grammar, with a LanguageTool server the team runs (RL451, off unless configured) or
with Harper, which runs in this process (RL452)."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from recordlint.findings import Category, Severity
from recordlint.nlp import Need
from recordlint.rules.registry import DocumentContext, Fix, ParagraphContext, Scope, rule

if TYPE_CHECKING:
    import harper

    from recordlint.config import Config
    from recordlint.config.options import GrammarOptions
    from recordlint.grammar import GrammarIssue, GrammarSettings, GrammarUnavailable

_SUGGESTIONS_SHOWN = 5
# A server that could not be reached is not asked again for this long, so a folder of records
# costs one connection timeout rather than one per record; a language server retries later.
_RETRY_AFTER_SECONDS = 30.0

_failures: dict[GrammarSettings, tuple[float, GrammarUnavailable]] = {}
_failures_lock = threading.Lock()


@rule(
    code="RL451",
    name="grammar",
    category=Category.GRAMMAR,
    standard="2.plain-language",
    severity=Severity.INFO,
    needs=[Need.TEXT],
    scope=Scope.DOCUMENT,
    fix=Fix.REVIEW,
    merges=False,
)
def grammar(ctx: DocumentContext) -> None:
    """Finds grammar problems with LanguageTool, when the team has a LanguageTool server.

    ## Why it matters
    Standard 2 asks for records in plain language that the person and other professionals
    can follow. A missing word or a verb that does not agree with its subject makes a
    sentence ambiguous, and a record may be read years later by the person, a court or an
    ombudsman.

    ## Example
    Before:
    > She have lived in the flat for ten years.

    After:
    > She has lived in the flat for ten years.

    ## Stays quiet on
    Everything, unless `grammar.server-url` or `grammar.install-path` is set: recordlint
    ships no grammar checker of its own and never downloads one. When it runs, it stays quiet
    on the person's quoted words, on LanguageTool's spelling matches (RL401 checks spelling
    against the British dictionary and the team's words) and on the LanguageTool rules listed
    in `grammar.disabled-rules`.

    ## Settings
    - `grammar.server-url`: a LanguageTool server on this machine, such as
      `"http://localhost:8081"`.
    - `grammar.install-path`: an unpacked LanguageTool release; recordlint starts its server
      on this machine's loopback address (Java 17 or later is needed).
    - `grammar.allow-public-service` (default false): record text is personal data, so a
      `server-url` off this machine, such as LanguageTool's public service, is refused
      unless this is true; then every run warns that record text leaves the machine.
    - `grammar.language` (default `"en-GB"`).
    - `grammar.disabled-rules`: LanguageTool rule identifiers to leave out; each finding's
      message ends with its identifier.

    When the server cannot be reached, each record reports "RL451 could not run" with the
    reason and the other rules still run.

    ## Fix safety
    LanguageTool's replacements are offered for review, never applied on their own.
    """
    options = ctx.config.options.grammar
    if not (options.server_url or options.install_path):
        return  # off by default: no import of the client, no connection
    disabled = frozenset(options.disabled_rules)
    for issue in _issues(ctx.text, _settings(options)):
        if issue.rule_id in disabled or issue.end <= issue.start:
            continue
        ctx.flag(
            issue.start,
            issue.end,
            _message(issue),
            issue.replacements[:_SUGGESTIONS_SHOWN],
            document_level=False,
        )


def _settings(options: GrammarOptions) -> GrammarSettings:
    from recordlint.grammar import GrammarSettings

    return GrammarSettings(
        server_url=options.server_url,
        install_path=options.install_path,
        allow_public_service=options.allow_public_service,
        language=options.language,
        disabled_rules=tuple(options.disabled_rules),
    )


def _issues(text: str, settings: GrammarSettings) -> list[GrammarIssue]:
    """One request for the whole record; a recent failure is reported again, not retried."""
    from recordlint.grammar import GrammarUnavailable, check_grammar

    with _failures_lock:
        failed = _failures.get(settings)
    if failed is not None:
        failed_at, error = failed
        if time.monotonic() - failed_at < _RETRY_AFTER_SECONDS:
            raise type(error)(*error.args)
    try:
        return check_grammar(text, settings)
    except GrammarUnavailable as error:
        with _failures_lock:
            _failures[settings] = (time.monotonic(), error)
        raise


def _message(issue: GrammarIssue) -> str:
    message = issue.message.strip() or "LanguageTool reports a possible grammar problem here."
    if message[-1] not in ".?!":
        message += "."
    return f"{message} (LanguageTool {issue.rule_id})" if issue.rule_id else message


_harper_missing_reported = False
_harper_missing_lock = threading.Lock()


def _harper_for(config: Config) -> harper.Linter | None:
    """The process's Harper linter, or None when LanguageTool checks grammar instead (one
    grammar checker is enough)."""
    options = config.options.grammar
    if options.server_url or options.install_path:
        return None
    from recordlint.offline_grammar import shared_harper

    return shared_harper()


def _build_harper(config: Config) -> None:
    """Building Harper's linter takes a second or more; a server does it before its first
    record."""
    _harper_for(config)


@rule(
    code="RL452",
    name="grammar-offline",
    category=Category.GRAMMAR,
    standard="2.plain-language",
    severity=Severity.INFO,
    needs=[Need.TEXT],
    fix=Fix.REVIEW,
    warm_up=_build_harper,
    merges=False,
)
def grammar_offline(ctx: ParagraphContext) -> None:
    """Finds common grammar slips with Harper, a grammar checker that runs on this machine.

    ## Why it matters
    Standard 2 asks for records in plain language that the person and other professionals
    can follow. "She should of rang" or "more independent then before" makes a reader stop,
    and a record may be read years later by the person, a court or an ombudsman.

    ## Example
    Before:
    > She should of phoned the office before the visit.

    After:
    > She should have phoned the office before the visit.

    ## Stays quiet on
    Everything but a short list of Harper's checks: those that were right at least 9 times
    in 10 on real social care text judged by hand (7 findings of 7 on the texts used to
    choose them, 2 of 2 on held-out texts), and common slips that raised no false alarm
    there, such as "could of", "their is", "it's purpose", "has went" and "she were". Left
    off, for measured imprecision on records: capital letters at sentence starts, serial
    commas, words Harper would split or join, missing "to" or prepositions, unclosed quotes
    across paragraphs, "a"/"an", repeated words and double spaces after a full stop.
    Harper's spelling check is never used: RL401 checks spelling.

    Only prose is checked: lines that end as a sentence ends, after any bullet, list number
    or label ("Plan:"). Headings, labels, and note fragments without a full stop are left
    alone. Nothing touching a capitalised word inside a sentence (a name, a place, a title,
    or an "I" that opens a title after "our" or "the": "our I need help page") is flagged,
    nor anything in the person's quoted words, nor a possessive "their" that opens the
    subject of a verb a word or two on ("Their needs were assessed", "their needs will be
    assessed", "their needs have decreased"), nor "their" read as "there" where no verb
    follows that "there" could stand before ("of their right to apply"; "their is no bus"
    is still reported).

    When a LanguageTool server is configured (`grammar.server-url` or
    `grammar.install-path`), RL451 checks grammar instead and this rule stays quiet.

    ## Settings
    - `grammar.disabled-rules`: Harper check names to leave out as well; each finding's
      message ends with its check name.

    When the `harper` package (harper-py) is not installed, the first record reports
    "RL452 could not run" once and the other rules still run.

    ## Fix safety
    Harper's replacements are offered for review, never applied on their own.
    """
    from recordlint.offline_grammar import HarperUnavailable, harper_issues

    global _harper_missing_reported
    try:
        linter = _harper_for(ctx.config)
    except HarperUnavailable:
        with _harper_missing_lock:
            if _harper_missing_reported:
                return
            _harper_missing_reported = True
        raise
    if linter is None:
        return
    options = ctx.config.options.grammar
    disabled = frozenset(options.disabled_rules)
    for issue in harper_issues(ctx.text, linter):
        if issue.rule_id in disabled:
            continue
        message = issue.message.strip() or "Harper reports a possible grammar problem here."
        if message[-1] not in ".?!":
            message += "."
        ctx.flag(
            issue.start,
            issue.end,
            f"{message} (Harper {issue.rule_id})",
            issue.replacements[:_SUGGESTIONS_SHOWN],
        )
