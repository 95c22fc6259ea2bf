"""Code actions: quick fixes from the diagnostic's data, and team and document commands."""

from __future__ import annotations

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


def actions_for(uri: str, diagnostic: types.Diagnostic, sentence: str) -> list[types.CodeAction]:
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
    if data.get("category") in ALLOWABLE_CATEGORIES and data.get("text") and not explain_only:
        term = data["text"]
        actions.append(
            _command(f"Allow '{term}' for the team", ALLOW_TERM, [uri, term], diagnostic)
        )
    actions.append(
        _command("Hide this false positive", HIDE_FALSE_POSITIVE, [uri, code, sentence], diagnostic)
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
