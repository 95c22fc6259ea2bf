"""`recordlint serve`: LanguageTool's HTTP API as LanguageTool's own clients use it, the
drafting page's API and the server's protections on a shared desktop."""

from __future__ import annotations

import json
import logging
import urllib.parse
from collections.abc import Iterator

import language_tool_python
import pytest
import requests
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from recordlint import Linter
from recordlint.cli import cli
from recordlint.offsets import utf16_length
from recordlint.serve import GuardSettings, create_app
from tests.serving import running

pytestmark = pytest.mark.loopback

EMOJI_NOTE = (
    "😀🎉 Home visit on 3 March. The OT visited with me. 😀 Mrs Khan refused her tablets "
    'and said "I feel fine and I want to stay at home."'
)


@pytest.fixture(scope="module")
def base_url(default_linter: Linter) -> Iterator[str]:
    with running(create_app(default_linter)) as url:
        yield url


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy set in the environment must not carry test requests off the machine."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def _utf16_slice(text: str, offset: int, length: int) -> str:
    encoded = text.encode("utf-16-le")
    return encoded[2 * offset : 2 * (offset + length)].decode("utf-16-le")


def _check(base_url: str, **form: str) -> requests.Response:
    return requests.post(f"{base_url}/v2/check", data=form, timeout=60)


# --- LanguageTool's API, through LanguageTool's own Python client -------------------------


def test_languagetool_client_finds_the_flagged_words_after_emoji(
    base_url: str, default_linter: Linter
) -> None:
    client = language_tool_python.LanguageTool("en-GB", remote_server=base_url)
    try:
        matches = client.check(EMOJI_NOTE)
    finally:
        client.close()
    expected = {
        (f.code, f.text) for f in default_linter.lint(EMOJI_NOTE).findings if not f.document_level
    }
    # The client turns UTF-16 offsets back into Python indices; each match must select
    # exactly the words the linter flagged, though two emoji come before every one of them.
    found = {(m.rule_id, EMOJI_NOTE[m.offset : m.offset + m.error_length]) for m in matches}
    assert ("RL101", "OT") in found
    assert ("RL501", "refused") in found
    assert expected <= found


def test_raw_offsets_count_utf16_code_units(base_url: str) -> None:
    payload = _check(base_url, text=EMOJI_NOTE, language="en-GB").json()
    selected = {
        m["rule"]["id"]: _utf16_slice(EMOJI_NOTE, m["offset"], m["length"])
        for m in payload["matches"]
    }
    assert selected["RL101"] == "OT"
    assert selected["RL501"] == "refused"
    for match in payload["matches"]:
        context = match["context"]
        assert _utf16_slice(context["text"], context["offset"], context["length"]) == (
            _utf16_slice(EMOJI_NOTE, match["offset"], match["length"])
        )


def test_check_answers_with_languagetools_documented_shape(base_url: str) -> None:
    payload = _check(base_url, text=EMOJI_NOTE, language="en-GB", motherTongue="de").json()
    assert payload["software"]["name"] == "recordlint"
    assert payload["software"]["apiVersion"] == 1
    assert payload["language"]["code"] == "en-GB"
    assert payload["language"]["detectedLanguage"]["code"] == "en-GB"
    acronym = next(m for m in payload["matches"] if m["rule"]["id"] == "RL101")
    assert {r["value"] for r in acronym["replacements"]} >= {"occupational therapist"}
    assert acronym["rule"]["category"] == {"id": "ACRONYM", "name": "Acronyms and abbreviations"}
    assert acronym["rule"]["issueType"] == "terminology"
    assert acronym["type"]["typeName"] == "Other"
    assert "OT" in acronym["sentence"]
    assert acronym["shortMessage"]
    assert acronym["message"].startswith("'OT'")
    url = acronym["rule"]["urls"][0]["value"]
    assert url == f"{base_url}/rules/RL101"
    page = requests.get(url, timeout=30)
    assert page.status_code == 200
    assert "RL101" in page.text and "Why it matters" in page.text


def test_languages_lists_british_english(base_url: str) -> None:
    listed = requests.get(f"{base_url}/v2/languages", timeout=30).json()
    assert {"name": "English (GB)", "code": "en", "longCode": "en-GB"} in listed


def test_annotated_text_skips_markup_but_counts_it(base_url: str) -> None:
    annotation = [
        {"markup": "<p title='OT'>"},
        {"text": "😀 The OT visited."},
        {"markup": "</p>", "interpretAs": "\n\n"},
        {"markup": "<p>"},
        {"text": "She refused her tablets."},
        {"markup": "</p>"},
    ]
    original = "".join(part.get("text", part.get("markup", "")) for part in annotation)
    payload = _check(base_url, data=json.dumps({"annotation": annotation}), language="en").json()
    selected = [
        (m["rule"]["id"], _utf16_slice(original, m["offset"], m["length"]))
        for m in payload["matches"]
    ]
    # The OT inside the markup's attribute is not checked; the one in the text is.
    assert selected.count(("RL101", "OT")) == 1
    assert ("RL501", "refused") in selected
    ot = next(m for m in payload["matches"] if m["rule"]["id"] == "RL101")
    assert ot["offset"] == utf16_length("<p title='OT'>😀 The ")


def test_forms_are_read_however_clients_encode_them(base_url: str) -> None:
    """Multipart, URL-encoded without a Content-Type (as some editor clients send it), and
    ``data`` wrapping plain text all give the same matches as a plain form."""
    expected = _check(base_url, text=EMOJI_NOTE, language="en-GB").json()["matches"]
    multipart = requests.post(
        f"{base_url}/v2/check",
        files={"text": (None, EMOJI_NOTE), "language": (None, "en-GB")},
        timeout=60,
    )
    untyped = requests.post(
        f"{base_url}/v2/check",
        data=urllib.parse.urlencode({"text": EMOJI_NOTE, "language": "en-GB"}).encode(),
        headers={"Content-Type": ""},
        timeout=60,
    )
    wrapped = _check(base_url, data=json.dumps({"text": EMOJI_NOTE}), language="en-GB")
    for response in (multipart, untyped, wrapped):
        assert response.status_code == 200
        assert response.json()["matches"] == expected


def test_rule_and_category_selection(base_url: str) -> None:
    def codes(**form: str) -> set[str]:
        payload = _check(base_url, text=EMOJI_NOTE, language="en-GB", **form).json()
        return {m["rule"]["id"] for m in payload["matches"]}

    everything = codes()
    assert {"RL101", "RL501"} <= everything
    assert "RL101" not in codes(disabledRules="RL101")
    # LanguageTool's own rule identifiers, which clients send by habit, change nothing.
    assert codes(disabledRules="WHITESPACE_RULE,UPPERCASE_SENTENCE_START") == everything
    assert codes(enabledOnly="true", enabledCategories="ACRONYM") == {"RL101"}
    assert codes(enabledOnly="true", enabledRules="RL501") == {"RL501"}
    assert "RL501" not in codes(disabledCategories="JUDGEMENTAL")


@pytest.mark.parametrize(
    ("form", "reason"),
    [
        ({"language": "en-GB"}, "Missing 'text' or 'data'"),
        ({"text": "The OT visited."}, "Missing 'language'"),
        ({"text": "Der OT kam.", "language": "de-DE"}, "not a language recordlint checks"),
        ({"data": "{not json", "language": "en"}, "not valid JSON"),
        ({"data": '{"annotation": [{"text": 1}]}', "language": "en"}, "part 1"),
        ({"text": "x", "language": "en", "enabledOnly": "true"}, "enabledOnly"),
    ],
)
def test_bad_requests_say_why(base_url: str, form: dict[str, str], reason: str) -> None:
    response = _check(base_url, **form)
    assert response.status_code == 400
    assert response.text.startswith("Error: ")
    assert reason in response.text


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.text(
        # A lone surrogate cannot be encoded in a request body, so no client can send one;
        # the linter's own handling of them is tested on the library (test_robustness).
        alphabet=st.sampled_from(list("abcOT HV/.\n'\"😀é\u00a0𝒜,"))
        | st.characters(exclude_categories=("Cs",)),
        max_size=160,
    )
)
def test_any_text_gets_matches_inside_the_text(base_url: str, text: str) -> None:
    payload = _check(base_url, text=text, language="auto").json()
    length = utf16_length(text)
    for match in payload["matches"]:
        assert 0 <= match["offset"] <= match["offset"] + match["length"] <= length
        # An offset never falls between the two halves of a character.
        _utf16_slice(text, match["offset"], match["length"])


# --- the drafting page's API -----------------------------------------------------------


def test_page_check_gives_javascript_offsets_explanations_and_a_summary(base_url: str) -> None:
    response = requests.post(
        f"{base_url}/api/check", json={"text": EMOJI_NOTE, "kind": "letter"}, timeout=60
    )
    result = response.json()
    assert result["kind"] == "letter" and result["kindInferred"] is False
    for finding in result["findings"]:
        assert (
            _utf16_slice(EMOJI_NOTE, finding["start"], finding["end"] - finding["start"])
            == (finding["text"])
        )
    acronym = next(f for f in result["findings"] if f["code"] == "RL101")
    assert acronym["standard"] == "Standard 2: plain language"
    assert acronym["why"] and acronym["summary"]
    assert "occupational therapist" in acronym["suggestions"]
    summary = result["summary"]
    assert summary["total"] == len(result["findings"])
    assert sum(entry["count"] for entry in summary["byStandard"]) == summary["total"]
    assert isinstance(summary["readingAge"], float)
    inferred = requests.post(f"{base_url}/api/check", json={"text": EMOJI_NOTE}, timeout=60)
    assert inferred.json()["kindInferred"] is True
    bad_kind = requests.post(
        f"{base_url}/api/check", json={"text": "x", "kind": "memo"}, timeout=60
    )
    assert bad_kind.status_code == 400


def test_page_and_its_files_are_all_local(base_url: str) -> None:
    page = requests.get(f"{base_url}/", timeout=30)
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for name in ("drafting.js", "drafting.css"):
        asset = requests.get(f"{base_url}/static/{name}", timeout=30)
        assert asset.status_code == 200
        assert "http://" not in asset.text and "https://" not in asset.text
        assert "@import" not in asset.text and "@font-face" not in asset.text
    assert "https://" not in page.text and "http://" not in page.text
    assert requests.get(f"{base_url}/rules/RL999", timeout=30).status_code == 404


# --- protections -----------------------------------------------------------------------


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8081", "192.168.1.20"])
def test_requests_for_another_host_are_refused(base_url: str, host: str) -> None:
    """DNS rebinding: a hostile name pointed at 127.0.0.1 still carries its own name."""
    response = requests.post(
        f"{base_url}/v2/check",
        data={"text": "The OT visited.", "language": "en"},
        headers={"Host": host},
        timeout=30,
    )
    assert response.status_code == 421
    assert "OT" not in response.text


def test_localhost_names_are_answered(base_url: str) -> None:
    port = base_url.rsplit(":", 1)[1]
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", "localhost"):
        response = requests.get(f"{base_url}/v2/languages", headers={"Host": host}, timeout=30)
        assert response.status_code == 200


def test_cross_origin_calls_only_from_allowed_origins(base_url: str) -> None:
    form = {"text": "The OT visited.", "language": "en"}
    refused = requests.post(
        f"{base_url}/v2/check", data=form, headers={"Origin": "https://evil.example"}, timeout=30
    )
    assert refused.status_code == 403
    addon = "chrome-extension://oldceeleldhonbafppcapldpdifcinji"
    allowed = requests.post(
        f"{base_url}/v2/check", data=form, headers={"Origin": addon}, timeout=30
    )
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == addon
    preflight = requests.options(
        f"{base_url}/v2/check",
        headers={"Origin": "moz-extension://1b2c", "Access-Control-Request-Method": "POST"},
        timeout=30,
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "moz-extension://1b2c"
    private = requests.options(
        f"{base_url}/v2/check",
        headers={
            "Origin": addon,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Private-Network": "true",
        },
        timeout=30,
    )
    assert private.headers["access-control-allow-private-network"] == "true"
    same_origin = requests.post(
        f"{base_url}/api/check", json={"text": "The OT visited."}, headers={"Origin": base_url}
    )
    assert same_origin.status_code == 200


def test_configured_origins_replace_the_add_on_default(default_linter: Linter) -> None:
    guard = GuardSettings.for_server(
        "127.0.0.1", origins=["https://records.example.gov.uk/"], extension_origins=False
    )
    form = {"text": "The OT visited.", "language": "en"}
    with running(create_app(default_linter, guard)) as url:
        listed = requests.post(
            f"{url}/v2/check",
            data=form,
            headers={"Origin": "https://records.example.gov.uk"},
            timeout=30,
        )
        addon = requests.post(
            f"{url}/v2/check", data=form, headers={"Origin": "chrome-extension://abc"}, timeout=30
        )
    assert listed.status_code == 200
    assert addon.status_code == 403


def test_large_requests_are_refused(base_url: str) -> None:
    big = {"text": "The OT visited. " * 70_000, "language": "en"}
    assert _check(base_url, **big).status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server must count as it reads
        yield b"language=en&text="
        for _ in range(300):
            yield b"x" * 4096

    streamed = requests.post(
        f"{base_url}/v2/check",
        data=chunks(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        timeout=30,
    )
    assert streamed.status_code == 413


def test_record_text_is_never_logged(
    base_url: str, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    secret = "Zebedee Quillfeather"
    with caplog.at_level(logging.DEBUG):
        _check(base_url, text=f"{secret} refused his tablets.", language="en")
        requests.post(f"{base_url}/api/check", json={"text": secret}, timeout=60)
        _check(base_url, text=secret, language="xx")
    captured = capfd.readouterr()
    assert secret not in caplog.text
    assert secret not in captured.out + captured.err


# --- forwarding to the user's own LanguageTool -----------------------------------------


def _fake_languagetool() -> Starlette:
    """A stand-in LanguageTool server that reports 'have' as a grammar error."""

    async def languages(request: Request) -> JSONResponse:
        return JSONResponse([{"name": "English (GB)", "code": "en", "longCode": "en-GB"}])

    async def check(request: Request) -> JSONResponse:
        text = (await request.form())["text"]
        assert isinstance(text, str)
        at = text.index(" have ") + 1
        utf16_at = utf16_length(text[:at])
        match = {
            "message": "The verb does not agree with 'She'.",
            "replacements": [{"value": "has"}],
            "offset": utf16_at,
            "length": 4,
            "rule": {
                "id": "HE_VERB_AGR",
                "issueType": "grammar",
                "category": {"id": "GRAMMAR", "name": "Grammar"},
            },
        }
        return JSONResponse({"matches": [match]})

    return Starlette(
        routes=[
            Route("/v2/languages", languages),
            Route("/v2/check", check, methods=["POST"]),
        ]
    )


def test_grammar_matches_from_a_local_languagetool_are_merged() -> None:
    from tests.conftest import linter_for

    text = "😀 She have lived in the flat for ten years. The OT visited."
    with running(_fake_languagetool()) as languagetool:
        linter = linter_for({"grammar": {"server-url": languagetool}})
        with running(create_app(linter)) as url:
            payload = _check(url, text=text, language="en-GB").json()
    selected = {
        m["rule"]["id"]: _utf16_slice(text, m["offset"], m["length"]) for m in payload["matches"]
    }
    assert selected["RL451"] == "have"
    assert selected["RL101"] == "OT"
    grammar = next(m for m in payload["matches"] if m["rule"]["id"] == "RL451")
    assert grammar["rule"]["issueType"] == "grammar"
    assert grammar["replacements"] == [{"value": "has"}]


# --- the command -----------------------------------------------------------------------


def test_serve_refuses_to_forward_text_off_the_machine() -> None:
    result = CliRunner().invoke(cli, ["serve", "--languagetool", "https://api.languagetool.org/v2"])
    assert result.exit_code == 2
    assert "not on this machine" in result.output


def test_serve_says_how_to_install_what_it_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "recordlint.serve", None)
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 2
    assert "pip install 'recordlint[serve]'" in result.output


def test_serve_help_names_its_options() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--allow-origin", "--languagetool", "--max-size"):
        assert option in result.output


def test_loopback_tests_still_cannot_reach_other_machines() -> None:
    import socket

    from tests.conftest import NetworkBlocked

    with pytest.raises(NetworkBlocked):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("example.org", 443)


def test_serve_says_when_its_port_is_taken() -> None:
    import socket

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1 port {port}" in result.output
