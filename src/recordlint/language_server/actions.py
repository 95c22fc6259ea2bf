"""Code actions: quick fixes from the diagnostic's data, and team and document commands."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lsprotocol import types

ALLOW_TERM = "recordlint.allowTerm"
HIDE_FALSE_POSITIVE = "recordlint.hideFalsePositive"
IGNORE_RULE = "recordlint.ignoreRuleInDocument"
SHOW_RULE_DOCS = "recordlint.showRuleDocs"
COMMANDS = (ALLOW_TERM, HIDE_FALSE_POSITIVE, IGNORE_RULE, SHOW_RULE_DOCS)

# Only vocabulary can be allowed for a team; allowing "refused" or a sentence makes no sense.
ALLOWABLE_CATEGORIES = {"acronym", "jargon", "spelling"}
MAX_REPLACEMENTS = 3
# Legal terms must stay as the law words them: the writer is shown how to explain the term
# beside it, and is never offered a replacement, whatever suggestions the finding carries,
# nor a team-wide allowance (the reader still needs the explanation).
EXPLAIN_NOT_REPLACE = {"unexplained-legal-term"}


@dataclass(frozen=True)
class TeamFiles:
    """Which team decisions can be kept: only those whose file the configuration names are
    offered, so no menu entry ends in a message about a setting."""

    allow: bool = False
    hidden: bool = False


def actions_for(
    uri: str, diagnostic: types.Diagnostic, hide_key: str, team: TeamFiles
) -> list[types.CodeAction]:
    """The actions for one diagnostic; ``hide_key`` identifies its finding in the hidden file
    (a digest, so the command's arguments carry no record text)."""
    data: dict[str, Any] = diagnostic.data if isinstance(diagnostic.data, dict) else {}
    code = str(diagnostic.code)
    actions: list[types.CodeAction] = []
    fix = data.get("fix")
    explain_only = data.get("name") in EXPLAIN_NOT_REPLACE
    if fix in ("safe", "review") and not explain_only:
        for n, suggestion in enumerate(data.get("suggestions", [])[:MAX_REPLACEMENTS]):
            edit = types.WorkspaceEdit(
                changes={uri: [types.TextEdit(range=diagnostic.range, new_text=suggestion)]}
            )
            title = f"Replace with '{suggestion}'" + ("" if fix == "safe" else " (check it fits)")
            actions.append(
                types.CodeAction(
                    title=title,
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    edit=edit,
                    is_preferred=fix == "safe" and n == 0,
                )
            )
    if explain_only:
        actions.append(
            _command(
                f"Explain '{data.get('text', '')}' in plain words (show how)",
                SHOW_RULE_DOCS,
                [code],
                diagnostic,
            )
        )
    allowable = data.get("category") in ALLOWABLE_CATEGORIES and not explain_only
    if team.allow and allowable and data.get("text"):
        term = data["text"]
        actions.append(
            _command(f"Allow '{term}' for the team", ALLOW_TERM, [uri, term], diagnostic)
        )
    if team.hidden:
        actions.append(
            _command(
                "Hide this false positive", HIDE_FALSE_POSITIVE, [uri, code, hide_key], diagnostic
            )
        )
    actions.append(
        _command(f"Ignore {code} in this document", IGNORE_RULE, [uri, code], diagnostic)
    )
    actions.append(_command(f"Show documentation for {code}", SHOW_RULE_DOCS, [code], diagnostic))
    return actions


def _command(
    title: str, command: str, arguments: list[Any], diagnostic: types.Diagnostic
) -> types.CodeAction:
    return types.CodeAction(
        title=title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        command=types.Command(title=title, command=command, arguments=arguments),
    )


def without_duplicates(found: list[types.CodeAction]) -> list[types.CodeAction]:
    """One entry per distinct action: overlapping findings of one rule in one sentence would
    otherwise list "Hide this false positive" twice. Entries whose titles match but whose
    effects differ (two rules' findings) get the rule's code in the title."""
    seen: dict[tuple[str, str], types.CodeAction] = {}
    for action in found:
        seen.setdefault((action.title, _effect(action)), action)
    kept = list(seen.values())
    titles = [a.title for a in kept]
    for action in kept:
        if titles.count(action.title) > 1 and action.diagnostics:
            code = action.diagnostics[0].code
            action.title = f"{action.title} ({code})"
            if action.command is not None:
                action.command.title = action.title
    return kept


def _effect(action: types.CodeAction) -> str:
    if action.command is not None:
        return f"{action.command.command}{action.command.arguments!r}"
    return repr(action.edit)
