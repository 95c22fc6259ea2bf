"""Which rules a configuration enables: by code, code prefix, category or rule name."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from recordlint.config.messages import did_you_mean
from recordlint.errors import ConfigError
from recordlint.findings import Category

if TYPE_CHECKING:
    from recordlint.config import Config
    from recordlint.rules.registry import Rule


def matches(selector: str, rule: Rule) -> bool:
    selector = selector.strip()
    upper = selector.upper()
    if upper == "ALL":
        return True
    if upper.startswith("RL") and upper[2:].isdigit():
        return rule.code.startswith(upper)
    lowered = selector.lower()
    return lowered in (rule.category.value, rule.name)


def check_selectors(selectors: Iterable[str], rules: list[Rule], key: str) -> None:
    categories = {c.value for c in Category}
    for selector in selectors:
        if selector.strip().lower() in categories:
            continue
        if not any(matches(selector, r) for r in rules):
            names = [*sorted(categories), *(r.name for r in rules), *(r.code for r in rules)]
            hint = did_you_mean(selector.strip(), names)
            raise ConfigError(
                f"{key}: '{selector}' matches no rule{hint} (use a code such as RL101, a prefix "
                "such as RL1, a category such as jargon, or a rule name; 'recordlint rules' "
                "lists them)"
            )


def enabled_rules(config: Config, rules: list[Rule]) -> list[Rule]:
    options = config.options
    check_selectors(options.select or (), rules, "select")
    check_selectors(options.ignore, rules, "ignore")
    check_selectors(options.extend_select, rules, "extend-select")
    codes = [r.code for r in rules]
    for code in options.severity:
        if code not in codes:
            # [severity] applies to exact codes only; a typo would silently change nothing.
            raise ConfigError(
                f"severity: '{code}' is not a rule code{did_you_mean(code, codes)} "
                "('recordlint rules' lists them)"
            )
    return chosen_rules(config, rules)


def chosen_rules(config: Config, rules: list[Rule]) -> list[Rule]:
    """The rules that the configuration's selections choose, without checking that each
    selector matches a rule (:func:`enabled_rules` does)."""
    options = config.options
    if options.select is None:
        chosen = [r for r in rules if not r.preview]
    else:
        chosen = [r for r in rules if any(matches(s, r) for s in options.select)]
    chosen += [
        r for r in rules if r not in chosen and any(matches(s, r) for s in options.extend_select)
    ]
    chosen = [r for r in chosen if not any(matches(s, r) for s in options.ignore)]
    # A rule switched "off" in [severity] is not run at all.
    return [r for r in chosen if options.severity.get(r.code) != "off"]
