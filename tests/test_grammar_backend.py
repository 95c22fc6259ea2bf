"""The LanguageTool adapter: JSON mapping, privacy defaults and clear failures."""

from __future__ import annotations

import ipaddress
import json
import socket
import subprocess
import sys
import threading
import urllib.parse
import warnings
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from recordlint import grammar
from recordlint.grammar import (
    PUBLIC_SERVICE_URL,
    GrammarIssue,
    GrammarSettings,
    GrammarUnavailable,
    PrivacyWarning,
    PublicServiceRefused,
    check_grammar,
    issues_from_languagetool_json,
)

DATA = Path(__file__).parent / "data" / "languagetool"

# Captured before any fixture patches the socket module.
_REAL_CONNECT = socket.socket.connect
_REAL_CONNECT_EX = socket.socket.connect_ex
_REAL_CREATE_CONNECTION = socket.create_connection
_REAL_GETADDRINFO = socket.getaddrinfo


def load_example() -> tuple[str, dict[str, Any]]:
    request = json.loads((DATA / "check-request.json").read_text(encoding="utf-8"))
    response = json.loads((DATA / "check-response.json").read_text(encoding="utf-8"))
    return request["text"], response


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise NetworkUsed("a connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real sockets, but only to 127.0.0.1: enough to prove a closed local port is reported."""

    def connect(sock: socket.socket, address: Any) -> Any:
        if not ipaddress.ip_address(address[0]).is_loopback:
            raise NetworkUsed(f"connection to {address} attempted")
        return _REAL_CONNECT(sock, address)

    def connect_ex(sock: socket.socket, address: Any) -> Any:
        if not ipaddress.ip_address(address[0]).is_loopback:
            raise NetworkUsed(f"connection to {address} attempted")
        return _REAL_CONNECT_EX(sock, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in ("127.0.0.1", "localhost"):
            raise NetworkUsed(f"name lookup for {host} attempted")
        return _REAL_GETADDRINFO(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", _REAL_CREATE_CONNECTION)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture(autouse=True)
def fresh_clients() -> Iterator[None]:
    grammar._clients.clear()
    yield
    grammar._clients.clear()


class FakeClient:
    """Stands in for the LanguageTool client; records where text would have gone."""

    created: ClassVar[list[tuple[str, str]]] = []

    def __init__(self, server_url: str, language: str) -> None:
        self.created.append((server_url, language))
        self.text, self.payload = load_example()

    def check(self, text: str, disabled_rules: tuple[str, ...]) -> dict[str, Any]:
        assert text == self.text
        return self.payload


@pytest.fixture
def fake_client(monkeypatch: pytest.MonkeyPatch) -> type[FakeClient]:
    FakeClient.created = []
    monkeypatch.setattr(grammar, "_LanguageToolClient", FakeClient)
    return FakeClient


# --- mapping ---------------------------------------------------------------------------


def test_mapping_offsets_messages_and_replacements() -> None:
    text, payload = load_example()
    issues = issues_from_languagetool_json(text, payload)
    assert [issue.rule_id for issue in issues] == [
        "HE_VERB_AGR",
        "ENGLISH_WORD_REPEAT_RULE",
        "WHITESPACE_RULE",
        "COMMA_SPLICE_SHE",
    ]
    first = issues[0]
    assert first == GrammarIssue(
        start=10,
        end=14,
        message="The verb form \u2018have\u2019 does not seem to agree with the subject "
        "\u2018Mrs Patel\u2019.",
        replacements=("has",),
        rule_id="HE_VERB_AGR",
        category="GRAMMAR",
        issue_type="grammar",
    )
    assert text[first.start : first.end] == "have"
    assert issues[3].replacements == ("week; she", "week. She")
    assert issues[3].category == "PUNCTUATION"


def test_spelling_matches_are_left_to_recordlints_spelling_rule() -> None:
    text, payload = load_example()
    assert any(m["rule"]["issueType"] == "misspelling" for m in payload["matches"])
    issues = issues_from_languagetool_json(text, payload)
    assert all(issue.issue_type != "misspelling" for issue in issues)
    assert all(issue.category != "TYPOS" for issue in issues)
    assert "recieved" not in [text[issue.start : issue.end] for issue in issues]


def test_offsets_after_emoji_are_python_indices() -> None:
    text, payload = load_example()
    by_rule = {issue.rule_id: issue for issue in issues_from_languagetool_json(text, payload)}
    repeat = by_rule["ENGLISH_WORD_REPEAT_RULE"]
    # One emoji before it: LanguageTool's UTF-16 offset is one more than the Python index.
    raw = next(m for m in payload["matches"] if m["rule"]["id"] == "ENGLISH_WORD_REPEAT_RULE")
    assert raw["offset"] == repeat.start + 1
    assert text[repeat.start : repeat.end] == "the the"
    # Three astral characters before these (a smiley, a thumb and a skin tone).
    assert text[by_rule["WHITESPACE_RULE"].start : by_rule["WHITESPACE_RULE"].end] == "  "
    splice = by_rule["COMMA_SPLICE_SHE"]
    assert text[splice.start : splice.end] == "week, she"


def test_match_spanning_an_emoji_keeps_it_whole() -> None:
    text = "Felt \U0001f60a today"
    payload = {
        "matches": [
            {
                "message": "Consider words instead of an emoji.",
                "offset": 5,
                "length": 2,
                "replacements": [{"value": "happy"}],
                "rule": {"id": "X", "issueType": "style", "category": {"id": "STYLE"}},
            }
        ]
    }
    (issue,) = issues_from_languagetool_json(text, payload)
    assert text[issue.start : issue.end] == "\U0001f60a"


def test_empty_response_gives_no_issues() -> None:
    assert issues_from_languagetool_json("Fine.", {"matches": []}) == []
    assert issues_from_languagetool_json("Fine.", {}) == []


# --- privacy and availability ----------------------------------------------------------


def test_default_settings_check_nothing_and_touch_no_network(no_network_at_all: None) -> None:
    text, _ = load_example()
    assert not GrammarSettings().enabled
    assert check_grammar(text, GrammarSettings()) == []


def test_language_tool_is_not_imported_with_the_module() -> None:
    code = (
        "import sys, recordlint.grammar as g; "
        "g.check_grammar('Some text.', g.GrammarSettings()); "
        "assert 'language_tool_python' not in sys.modules, 'imported eagerly'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_public_service_is_refused_for_a_remote_server_url(
    fake_client: type[FakeClient], no_network_at_all: None
) -> None:
    settings = GrammarSettings(server_url="https://lt.example.org/v2")
    with pytest.raises(PublicServiceRefused, match="allow_public_service = true"):
        check_grammar("Mrs Patel have been waiting.", settings)
    assert fake_client.created == []


def test_public_service_used_only_when_opted_in_and_warns(
    fake_client: type[FakeClient], no_network_at_all: None
) -> None:
    text, _ = load_example()
    with pytest.warns(PrivacyWarning, match="leaves|outside this machine"):
        issues = check_grammar(text, GrammarSettings(allow_public_service=True))
    assert fake_client.created == [(PUBLIC_SERVICE_URL, "en-GB")]
    assert issues[0].rule_id == "HE_VERB_AGR"


def test_remote_server_allowed_when_opted_in_and_warns(
    fake_client: type[FakeClient], no_network_at_all: None
) -> None:
    text, _ = load_example()
    settings = GrammarSettings(server_url="lt.example.org:8081", allow_public_service=True)
    with pytest.warns(PrivacyWarning):
        check_grammar(text, settings)
    assert fake_client.created == [("http://lt.example.org:8081/", "en-GB")]


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:8081",
        "http://localhost:8081/v2/",
        "localhost:8081",
        "http://127.0.0.1:8081/v2/check",
        "http://[::1]:8081",
    ],
)
def test_local_server_urls_need_no_consent_and_do_not_warn(
    fake_client: type[FakeClient], url: str
) -> None:
    text, _ = load_example()
    with warnings.catch_warnings():
        warnings.simplefilter("error", PrivacyWarning)
        issues = check_grammar(text, GrammarSettings(server_url=url))
    assert len(issues) == 4
    (created_url, _language) = fake_client.created[0]
    assert created_url.endswith(":8081/")


def test_disabled_rules_are_dropped(fake_client: type[FakeClient]) -> None:
    text, _ = load_example()
    settings = GrammarSettings(
        server_url="http://localhost:8081", disabled_rules=("WHITESPACE_RULE",)
    )
    rules = [issue.rule_id for issue in check_grammar(text, settings)]
    assert "WHITESPACE_RULE" not in rules
    assert "HE_VERB_AGR" in rules


def closed_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_unreachable_local_server_gives_a_clear_one_line_message(loopback_only: None) -> None:
    url = f"http://127.0.0.1:{closed_loopback_port()}"
    with pytest.raises(GrammarUnavailable) as raised:
        check_grammar("Mrs Patel have been waiting.", GrammarSettings(server_url=url))
    message = str(raised.value)
    assert "\n" not in message
    assert url in message
    assert "could not be reached" in message
    assert "start the local LanguageTool server" in message
    assert "remove the grammar setting" in message
    assert "(Connection refused)" in message
    assert "HTTPConnectionPool" not in message


def test_missing_local_installation_is_explained(tmp_path: Path, no_network_at_all: None) -> None:
    settings = GrammarSettings(install_path=str(tmp_path / "LanguageTool-6.5"))
    with pytest.raises(GrammarUnavailable, match=r"languagetool-server\.jar"):
        check_grammar("Mrs Patel have been waiting.", settings)


def test_local_installation_without_java_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_network_at_all: None
) -> None:
    (tmp_path / "languagetool-server.jar").write_bytes(b"")
    monkeypatch.setattr(grammar.shutil, "which", lambda name: None)
    with pytest.raises(GrammarUnavailable, match="Java was not found"):
        check_grammar("Text.", GrammarSettings(install_path=str(tmp_path)))


def test_broken_local_installation_is_reported_not_downloaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loopback_only: None
) -> None:
    (tmp_path / "languagetool-server.jar").write_bytes(b"not a jar")
    started: list[list[str]] = []

    class ExitsAtOnce:
        def __init__(self, command: list[str], **kwargs: Any) -> None:
            started.append(command)

        def poll(self) -> int:
            return 1

    monkeypatch.setattr(grammar.shutil, "which", lambda name: "/usr/bin/java")
    monkeypatch.setattr(grammar.subprocess, "Popen", ExitsAtOnce)
    with pytest.raises(GrammarUnavailable, match="did not start"):
        check_grammar("Text.", GrammarSettings(install_path=str(tmp_path)))
    (command,) = started
    assert command[-2] == "--port" and "--public" not in command
    assert "org.languagetool.server.HTTPServer" in command


class FakeLanguageToolHandler(BaseHTTPRequestHandler):
    """Answers like a LanguageTool server: /v2/languages and /v2/check."""

    received: ClassVar[list[dict[str, list[str]]]] = []

    def do_GET(self) -> None:
        if self.path.startswith("/v2/languages"):
            languages = [{"name": "English (GB)", "code": "en", "longCode": "en-GB"}]
            self._reply(languages)
        else:
            self.send_error(404)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
        self.received.append(form)
        _, payload = load_example()
        self._reply(payload)

    def _reply(self, body: Any) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_local_server_round_trip_through_language_tool_python(loopback_only: None) -> None:
    FakeLanguageToolHandler.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLanguageToolHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        text, _ = load_example()
        settings = GrammarSettings(
            server_url=f"http://127.0.0.1:{server.server_port}",
            disabled_rules=("COMMA_SPLICE_SHE",),
        )
        issues = check_grammar(text, settings)
    finally:
        server.shutdown()
        server.server_close()
    assert [issue.rule_id for issue in issues] == [
        "HE_VERB_AGR",
        "ENGLISH_WORD_REPEAT_RULE",
        "WHITESPACE_RULE",
    ]
    (form,) = FakeLanguageToolHandler.received
    assert form["text"] == [text]
    assert form["language"] == ["en-GB"]
    assert form["disabledRules"] == ["COMMA_SPLICE_SHE"]
