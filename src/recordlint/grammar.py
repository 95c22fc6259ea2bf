"""Grammar checks through LanguageTool, off unless a local LanguageTool is configured.

Record text is personal data, so grammar checking only talks to a LanguageTool server on this
machine: either one the user runs (``server_url = "http://localhost:8081"``) or one recordlint
starts from a local installation (``install_path``), bound to the loopback interface. Any other
server, including the public LanguageTool service, is refused unless the user sets
``allow_public_service = true``, and then every use warns (``PrivacyWarning``) that record text
leaves the machine.

Nothing is ever downloaded. ``language_tool_python`` downloads LanguageTool whenever it starts
a local server itself (``LanguageTool()`` without ``remote_server`` calls
``LocalLanguageTool.download()`` unless ``LTP_JAR_DIR_PATH`` is set, and even then it looks
for the jar in its download folder), so recordlint starts the server from the configured jar
itself and uses ``language_tool_python`` only as a client of a server URL
(``LanguageTool(language, remote_server=url)``), which never downloads.

The check request is posted directly and the raw ``/v2/check`` JSON is mapped by
``issues_from_languagetool_json``: ``language_tool_python.Match`` drops category names,
normalises messages and corrects only offsets (not lengths) for characters outside the Basic
Multilingual Plane, using a process-wide cache that is unsafe across threads.
"""

from __future__ import annotations

import atexit
import bisect
import re
import shutil
import socket
import subprocess
import threading
import time
import urllib.parse
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recordlint.errors import RecordlintError
from recordlint.loopback import is_loopback_url

if TYPE_CHECKING:
    import requests

__all__ = [
    "PUBLIC_SERVICE_URL",
    "GrammarIssue",
    "GrammarSettings",
    "GrammarUnavailable",
    "PrivacyWarning",
    "PublicServiceRefused",
    "check_grammar",
    "issues_from_languagetool_json",
]

PUBLIC_SERVICE_URL = "https://api.languagetool.org/"

# Spelling is recordlint's own rule (British dictionary, team words, care vocabulary).
_SPELLING_ISSUE_TYPES = frozenset({"misspelling"})
_SPELLING_CATEGORIES = frozenset({"TYPOS"})

_CONNECT_TIMEOUT_SECONDS = 5.0
_CHECK_TIMEOUT_SECONDS = 60.0
_LOCAL_SERVER_START_SECONDS = 90.0
_SERVER_CLASS = "org.languagetool.server.HTTPServer"
_JAR_NAMES = ("languagetool-server.jar", "languagetool.jar")


class PrivacyWarning(UserWarning):
    """Record text is being sent to a service outside this machine."""


class GrammarUnavailable(RecordlintError):
    """Grammar checking is configured but LanguageTool cannot be used."""


class PublicServiceRefused(GrammarUnavailable):
    """A LanguageTool server off this machine was configured without explicit consent."""


@dataclass(frozen=True)
class GrammarSettings:
    server_url: str | None = None
    install_path: str | None = None
    allow_public_service: bool = False
    language: str = "en-GB"
    disabled_rules: tuple[str, ...] = ()

    @property
    def enabled(self) -> bool:
        return bool(self.server_url or self.install_path or self.allow_public_service)


@dataclass(frozen=True)
class GrammarIssue:
    """One LanguageTool match; ``start``/``end`` index the checked Python string."""

    start: int
    end: int
    message: str
    replacements: tuple[str, ...]
    rule_id: str
    category: str  # LanguageTool's category id, e.g. "GRAMMAR" (names are localised)
    issue_type: str


def issues_from_languagetool_json(text: str, payload: dict[str, Any]) -> list[GrammarIssue]:
    """Map a ``/v2/check`` response for ``text`` to issues, leaving spelling matches out.

    LanguageTool counts offsets in UTF-16 code units (it is written in Java), so every
    character outside the Basic Multilingual Plane, such as an emoji, counts twice there.
    """
    to_index = _utf16_to_index(text)
    issues: list[GrammarIssue] = []
    for match in payload.get("matches", ()):
        rule = match.get("rule") or {}
        category = rule.get("category") or {}
        issue_type = str(rule.get("issueType", ""))
        category_id = str(category.get("id", ""))
        if issue_type in _SPELLING_ISSUE_TYPES or category_id in _SPELLING_CATEGORIES:
            continue
        offset = int(match["offset"])
        start = to_index(offset)
        end = to_index(offset + int(match["length"]))
        replacements = tuple(
            str(replacement["value"])
            for replacement in match.get("replacements", ())
            if "value" in replacement
        )
        issues.append(
            GrammarIssue(
                start=start,
                end=end,
                message=str(match.get("message", "")),
                replacements=replacements,
                rule_id=str(rule.get("id", "")),
                category=category_id,
                issue_type=issue_type,
            )
        )
    issues.sort(key=lambda issue: (issue.start, issue.end, issue.rule_id))
    return issues


def check_grammar(text: str, settings: GrammarSettings) -> list[GrammarIssue]:
    """Grammar issues in ``text``, or none when grammar checking is not configured.

    Raises ``GrammarUnavailable`` when the configured LanguageTool cannot be used, and
    ``PublicServiceRefused`` for a server off this machine without ``allow_public_service``.
    """
    if not settings.enabled or not text.strip():
        return []
    server_url = _server_url_for(settings)
    client = _client_for(server_url, settings.language)
    payload = client.check(text, settings.disabled_rules)
    disabled = set(settings.disabled_rules)
    return [
        issue
        for issue in issues_from_languagetool_json(text, payload)
        if issue.rule_id not in disabled
    ]


# --- offsets ---------------------------------------------------------------------------


def _utf16_to_index(text: str) -> Any:
    """A function from UTF-16 offsets in ``text`` to Python string indices."""
    astral_indices = [index for index, character in enumerate(text) if ord(character) > 0xFFFF]
    if not astral_indices:
        return lambda offset: max(0, min(offset, len(text)))
    # Where each astral character starts in UTF-16; each one before an offset adds one unit.
    utf16_starts = [index + count for count, index in enumerate(astral_indices)]

    def to_index(offset: int) -> int:
        wider = bisect.bisect_left(utf16_starts, offset)
        return max(0, min(offset - wider, len(text)))

    return to_index


# --- where to send text ----------------------------------------------------------------


def _server_url_for(settings: GrammarSettings) -> str:
    if settings.server_url:
        url = _normalise_server_url(settings.server_url)
        if not is_loopback_url(url):
            if not settings.allow_public_service:
                raise PublicServiceRefused(
                    f"Grammar server_url {settings.server_url!r} is not on this machine, so "
                    "record text would leave it; point server_url at a LanguageTool server on "
                    "localhost, or set allow_public_service = true to accept this."
                )
            _warn_text_leaves_machine(url)
        return url
    if settings.install_path:
        return _local_server_for(settings.install_path).url
    _warn_text_leaves_machine(PUBLIC_SERVICE_URL)
    return PUBLIC_SERVICE_URL


def _normalise_server_url(url: str) -> str:
    if "://" not in url:
        url = f"http://{url}"
    parts = urllib.parse.urlsplit(url)
    # Users paste the base URL, the API root or the check endpoint; keep the base.
    path = parts.path.rstrip("/").removesuffix("/check").removesuffix("/v2")
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, f"{path}/", "", ""))


def _warn_text_leaves_machine(url: str) -> None:
    warnings.warn(
        f"Grammar checking sends record text to {url}, outside this machine "
        "(allow_public_service = true); remove that setting to keep records local.",
        PrivacyWarning,
        stacklevel=4,
    )


# --- talking to a server ---------------------------------------------------------------


class _LanguageToolClient:
    """A LanguageTool server at a known URL, reached through ``language_tool_python``."""

    def __init__(self, server_url: str, language: str) -> None:
        self.server_url = server_url
        self._session = _session_for(server_url)
        self._probe()
        import language_tool_python
        from language_tool_python.exceptions import LanguageToolError

        try:
            # remote_server: the client never starts or downloads a server of its own.
            self._tool = language_tool_python.LanguageTool(language, remote_server=server_url)
        except (LanguageToolError, OSError) as error:
            raise _unreachable(server_url, error) from error
        except ValueError as error:  # the server does not offer this language
            raise GrammarUnavailable(
                f"The LanguageTool server at {server_url} does not support language "
                f"{language!r} ({error}); set the grammar language to one it offers, "
                "such as 'en-GB'."
            ) from error
        self.language = str(self._tool.language)

    def _probe(self) -> None:
        """Fail fast: the client's own first request would wait five minutes on a dead host."""
        import requests

        try:
            response = self._session.get(
                urllib.parse.urljoin(self.server_url, "v2/languages"),
                timeout=_CONNECT_TIMEOUT_SECONDS,
            )
            response.raise_for_status()
        except requests.RequestException as error:
            raise _unreachable(self.server_url, error) from error

    def check(self, text: str, disabled_rules: tuple[str, ...]) -> dict[str, Any]:
        import requests

        form = {"language": self.language, "text": text}
        if disabled_rules:
            form["disabledRules"] = ",".join(disabled_rules)
        try:
            response = self._session.post(
                urllib.parse.urljoin(self._tool.url, "check"),
                data=form,
                timeout=(_CONNECT_TIMEOUT_SECONDS, _CHECK_TIMEOUT_SECONDS),
            )
            response.raise_for_status()
            payload: dict[str, Any] = response.json()
        except (requests.RequestException, ValueError) as error:
            raise _unreachable(self.server_url, error) from error
        return payload


def _session_for(server_url: str) -> requests.Session:
    import requests

    session = requests.Session()
    if is_loopback_url(server_url):
        # A proxy from the environment would carry record text off the machine.
        session.trust_env = False
    return session


def _unreachable(server_url: str, error: BaseException) -> GrammarUnavailable:
    reason = _innermost_reason(error)
    return GrammarUnavailable(
        f"Grammar checking is configured to use the LanguageTool server at {server_url}, "
        f"but it could not be reached ({reason}); start the local LanguageTool server, "
        "or remove the grammar setting from the recordlint configuration."
    )


def _innermost_reason(error: BaseException) -> str:
    """The root cause in plain words ("Connection refused"), not the HTTP library's wrapping
    ("HTTPConnectionPool(host=..., port=...): Max retries exceeded ...")."""
    innermost: BaseException = error
    seen = {id(error)}
    while True:
        inner = innermost.__cause__ or innermost.__context__
        if inner is None and innermost.args and isinstance(innermost.args[0], BaseException):
            inner = innermost.args[0]
        reason = getattr(inner, "reason", None)
        if isinstance(reason, BaseException):
            inner = reason
        if inner is None or id(inner) in seen:
            break
        seen.add(id(inner))
        innermost = inner
    text = str(innermost).splitlines()[0] if str(innermost) else type(innermost).__name__
    refused = re.search(r"\[Errno -?\d+\]\s*([^'\])]+)", text)
    return refused.group(1).strip() if refused else text


_clients: dict[tuple[str, str], _LanguageToolClient] = {}
_clients_lock = threading.Lock()


def _client_for(server_url: str, language: str) -> _LanguageToolClient:
    key = (server_url, language)
    with _clients_lock:
        client = _clients.get(key)
        if client is None:
            client = _clients[key] = _LanguageToolClient(server_url, language)
        return client


# --- a server started from a local installation ------------------------------------------


class _LocalServer:
    """LanguageTool's HTTP server run from an installed jar, listening on loopback only."""

    def __init__(self, install_path: str) -> None:
        self.install_path = install_path
        jar = _find_jar(Path(install_path).expanduser())
        java = shutil.which("java")
        if java is None:
            raise GrammarUnavailable(
                f"Grammar checking is configured to use the LanguageTool installation at "
                f"{install_path}, but Java was not found to run it; install Java 17 or later, "
                "or remove the grammar setting from the recordlint configuration."
            )
        port = _free_loopback_port()
        self.url = f"http://127.0.0.1:{port}/"
        # Without --public the server accepts connections from this machine only.
        self.process = subprocess.Popen(
            [java, "-cp", str(jar), _SERVER_CLASS, "--port", str(port)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        atexit.register(self.stop)
        self._wait_until_ready()

    def _wait_until_ready(self) -> None:
        import requests

        session = _session_for(self.url)
        deadline = time.monotonic() + _LOCAL_SERVER_START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                response = session.get(urllib.parse.urljoin(self.url, "v2/languages"), timeout=2)
                response.raise_for_status()
                return
            except requests.RequestException:
                time.sleep(0.25)
        self.stop()
        raise GrammarUnavailable(
            f"Grammar checking is configured to use the LanguageTool installation at "
            f"{self.install_path}, but its server did not start; check that the folder holds "
            "a complete LanguageTool release, or remove the grammar setting from the recordlint "
            "configuration."
        )

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()


def _find_jar(install_path: Path) -> Path:
    if install_path.is_file() and install_path.suffix == ".jar":
        return install_path
    for name in _JAR_NAMES:
        if (install_path / name).is_file():
            return install_path / name
    raise GrammarUnavailable(
        f"Grammar checking is configured to use the LanguageTool installation at "
        f"{install_path}, but no {' or '.join(_JAR_NAMES)} was found there; point install_path "
        "at an unpacked LanguageTool release, or remove the grammar setting from the recordlint "
        "configuration."
    )


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


_local_servers: dict[str, _LocalServer] = {}
_local_servers_lock = threading.Lock()


def _local_server_for(install_path: str) -> _LocalServer:
    with _local_servers_lock:
        server = _local_servers.get(install_path)
        if server is None or server.process.poll() is not None:
            server = _local_servers[install_path] = _LocalServer(install_path)
        return server
