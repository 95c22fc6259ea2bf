"""RL451 grammar: off by default, one LanguageTool request per record, clear failures."""

from __future__ import annotations

import ipaddress
import json
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from recordlint import grammar as backend
from recordlint.grammar import GrammarIssue, GrammarSettings, issues_from_languagetool_json
from recordlint.rules import grammar as rule_module
from tests.conftest import linter_for

DATA = Path(__file__).parent / "data" / "languagetool"
LOCAL = {"grammar": {"server-url": "http://localhost:8081"}}

# Captured before the autouse fixture blocks the network.
_REAL_CONNECT = socket.socket.connect
_REAL_GETADDRINFO = socket.getaddrinfo


def stored_example() -> tuple[str, dict[str, Any]]:
    request = json.loads((DATA / "check-request.json").read_text(encoding="utf-8"))
    response = json.loads((DATA / "check-response.json").read_text(encoding="utf-8"))
    return request["text"], response


@pytest.fixture(autouse=True)
def fresh_state() -> Iterator[None]:
    backend._clients.clear()
    rule_module._failures.clear()
    yield
    backend._clients.clear()
    rule_module._failures.clear()


@pytest.fixture
def stored_issues(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, GrammarSettings]]:
    """check_grammar answers from the stored LanguageTool response; calls are recorded."""
    calls: list[tuple[str, GrammarSettings]] = []
    example_text, payload = stored_example()

    def fake_check(text: str, settings: GrammarSettings) -> list[GrammarIssue]:
        calls.append((text, settings))
        return issues_from_languagetool_json(example_text, payload) if text == example_text else []

    monkeypatch.setattr(backend, "check_grammar", fake_check)
    return calls


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real connections, but only to this machine."""

    def connect(sock: socket.socket, address: Any) -> Any:
        assert ipaddress.ip_address(address[0]).is_loopback, f"connection to {address}"
        return _REAL_CONNECT(sock, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        assert host in ("127.0.0.1", "localhost"), f"name lookup for {host}"
        return _REAL_GETADDRINFO(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def closed_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the block ends


def grammar_findings(config: dict[str, Any], text: str) -> tuple[list[Any], list[str]]:
    report = linter_for({**config, "select": ["RL451"]}).lint(text, kind="case_note")
    return [f for f in report.findings if f.code == "RL451"], report.errors


# --- off by default --------------------------------------------------------------------


def test_default_is_a_no_op_without_network_or_client(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_run(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("grammar checked without configuration")

    monkeypatch.setattr(backend, "check_grammar", must_not_run)
    monkeypatch.delitem(sys.modules, "language_tool_python", raising=False)
    text, _ = stored_example()
    findings, errors = grammar_findings({}, text)
    assert findings == [] and errors == []
    assert "language_tool_python" not in sys.modules


def test_public_service_consent_alone_does_not_switch_grammar_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(backend, "check_grammar", lambda *a: pytest.fail("checked"))
    findings, errors = grammar_findings({"grammar": {"allow-public-service": True}}, "She go.")
    assert findings == [] and errors == []


def test_default_run_in_a_fresh_process_imports_no_client() -> None:
    code = textwrap.dedent(
        """
        import sys
        from recordlint import Config, Linter
        from recordlint.config import options_from_mapping
        linter = Linter(Config(options_from_mapping({"select": ["RL451"]}, "test")))
        report = linter.lint("Mrs Patel have been waiting.")
        assert not report.findings and not report.errors
        assert "language_tool_python" not in sys.modules, "client imported"
        assert "requests" not in sys.modules, "HTTP library imported"
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


# --- mapping ---------------------------------------------------------------------------


def test_issues_become_findings_with_messages_and_replacements(
    stored_issues: list[tuple[str, GrammarSettings]],
) -> None:
    text, _ = stored_example()
    findings, errors = grammar_findings(LOCAL, text)
    assert errors == []
    assert [f.text for f in findings] == ["have", "the the", "  ", "week, she"]
    first = findings[0]
    assert first.message == (
        "The verb form \u2018have\u2019 does not seem to agree with the subject "
        "\u2018Mrs Patel\u2019. (LanguageTool HE_VERB_AGR)"
    )
    assert first.suggestions == ("has",)
    assert first.fix == "review"
    assert first.category.value == "grammar" and first.standard == "2.plain-language"
    assert findings[3].suggestions == ("week; she", "week. She")
    # A message without closing punctuation gets a full stop before the rule identifier.
    assert findings[2].message.endswith("whitespace. (LanguageTool WHITESPACE_RULE)")
    # LanguageTool's spelling match ("recieved") is RL401's business, not this rule's.
    assert "recieved" not in [f.text for f in findings]


def test_one_request_per_record_with_the_configured_settings(
    stored_issues: list[tuple[str, GrammarSettings]],
) -> None:
    config = {
        "grammar": {
            "server-url": "http://localhost:8081",
            "language": "en-GB",
            "disabled-rules": ["COMMA_SPLICE_SHE"],
        }
    }
    record = "She go to the shops.\n\nHe have a dog.\n\nThey is here."
    grammar_findings(config, record)
    assert len(stored_issues) == 1
    text, settings = stored_issues[0]
    assert text == record
    assert settings == GrammarSettings(
        server_url="http://localhost:8081",
        language="en-GB",
        disabled_rules=("COMMA_SPLICE_SHE",),
    )


def test_disabled_rules_are_left_out(stored_issues: list[tuple[str, GrammarSettings]]) -> None:
    text, _ = stored_example()
    config = {
        "grammar": {
            "server-url": "http://localhost:8081",
            "disabled-rules": ["WHITESPACE_RULE", "ENGLISH_WORD_REPEAT_RULE"],
        }
    }
    findings, _ = grammar_findings(config, text)
    assert [f.text for f in findings] == ["have", "week, she"]


def test_issues_inside_the_persons_quoted_words_are_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = 'Mrs Patel said "me and him goes to the market". She have a bus pass.'

    def issue_at(words: str) -> GrammarIssue:
        start = text.index(words)
        return GrammarIssue(start, start + len(words), "Check this.", ("x",), "R", "GRAMMAR", "")

    issues = [issue_at("me and him"), issue_at("have")]
    monkeypatch.setattr(backend, "check_grammar", lambda *a: issues)
    findings, _ = grammar_findings(LOCAL, text)
    assert [f.text for f in findings] == ["have"]


def test_docs_example_with_a_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """The docs' Before example is flagged and the After example is not (agreement rule)."""
    from recordlint.docs import parse_docs
    from recordlint.rules.registry import get_rule

    rule = get_rule("RL451")
    assert rule is not None
    docs = parse_docs(rule)

    def agreement(text: str, settings: GrammarSettings) -> list[GrammarIssue]:
        start = text.find(" have ")
        if start < 0:
            return []
        return [GrammarIssue(start + 1, start + 5, "Agreement.", ("has",), "HE_VERB_AGR", "", "")]

    monkeypatch.setattr(backend, "check_grammar", agreement)
    before, _ = grammar_findings(LOCAL, docs.before)
    after, _ = grammar_findings(LOCAL, docs.after)
    assert [f.text for f in before] == ["have"] and after == []


# --- failures --------------------------------------------------------------------------


def test_unreachable_server_is_reported_clearly(loopback_only: None) -> None:
    port = closed_loopback_port()
    config = {"grammar": {"server-url": f"http://127.0.0.1:{port}"}}
    linter = linter_for({**config, "select": ["RL451"]})
    first = linter.lint("She have a dog.", kind="case_note")
    second = linter.lint("He have a cat.", kind="case_note")
    assert first.findings == [] and second.findings == []
    (error,) = first.errors
    assert error.startswith("RL451 could not run: GrammarUnavailable: ")
    assert f"LanguageTool server at http://127.0.0.1:{port}/" in error
    assert "could not be reached" in error
    assert "remove the grammar setting" in error
    # The next record reports the same problem without waiting on the server again.
    assert second.errors == first.errors


def test_a_remote_server_without_consent_is_refused_without_network() -> None:
    config = {"grammar": {"server-url": "https://grammar.example.org"}}
    findings, errors = grammar_findings(config, "She have a dog.")
    assert findings == []
    (error,) = errors
    assert error.startswith("RL451 could not run: PublicServiceRefused: ")
    assert "allow_public_service" in error


def test_public_service_warning_is_printed_once_by_the_cli(tmp_path: Path) -> None:
    """Two records, one warning that record text leaves the machine."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("She have a dog.\n", encoding="utf-8")
    (tmp_path / "recordlint.toml").write_text(
        '[grammar]\nserver-url = "https://grammar.example.org"\nallow-public-service = true\n',
        encoding="utf-8",
    )
    code = textwrap.dedent(
        """
        import sys
        from recordlint import grammar
        from recordlint.cli import main

        class OfflineClient:
            def __init__(self, server_url, language):
                pass
            def check(self, text, disabled_rules):
                return {"matches": []}

        grammar._LanguageToolClient = OfflineClient
        sys.argv = ["recordlint", "check", "--select", "RL451", sys.argv[1]]
        main()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("sends record text") == 1, result.stderr
    assert result.stderr.startswith("recordlint: warning: "), result.stderr
    assert "outside this machine" in result.stderr
    assert "Found 0 findings in 2 records (2 case notes)." in result.stdout
