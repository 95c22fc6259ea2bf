"""The drafting page end to end in Chromium: type, see the finding marked, apply a fix.

Uses the system's Chromium (Playwright never downloads a browser here). Screenshots go to
``$RECORDLINT_TEST_ARTEFACTS`` when set, otherwise to the test's temporary folder. Skip these
locally with ``-m 'not browser'``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from recordlint import Linter
from recordlint.serve import create_app
from tests.serving import running

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.loopback,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="chromium is not installed (apt-get install -y chromium), so the drafting page "
        "cannot be driven in a browser",
    ),
]

NOTE = (
    "Home visit 3 March 2026 😀. The OT visited with me and we talked about the stairs. "
    "Mrs Khan refused her tablets this morning."
)


@pytest.fixture
def artefacts(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("RECORDLINT_TEST_ARTEFACTS") or tmp_path) / "serve"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(default_linter: Linter, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    with running(create_app(default_linter)) as url, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--disable-gpu", "--no-first-run", "--disable-background-networking"],
        )
        try:
            context = browser.new_context(viewport={"width": 1360, "height": 1000})
            tab = context.new_page()
            tab.goto(f"{url}/")
            yield tab
        finally:
            browser.close()


def _mark_over(tab: Any, words: str) -> Any:
    return tab.locator("#highlights mark", has_text=words).first


def test_typing_marks_the_words_and_a_fix_edits_the_text(page: Any, artefacts: Path) -> None:
    draft = page.locator("#draft")
    draft.click()
    page.keyboard.type(NOTE[:60])  # typed, so the page checks as the writer types
    draft.press("End")
    page.keyboard.insert_text(NOTE[60:])

    mark = _mark_over(page, "OT")
    mark.wait_for(state="attached", timeout=30_000)
    assert mark.text_content() == "OT"
    # The mark lies under the same words in the textarea: the layers lay text out alike.
    assert page.locator("#highlights").text_content().rstrip() == page.input_value("#draft")
    mark_box, draft_box = mark.bounding_box(), draft.bounding_box()
    assert draft_box["x"] < mark_box["x"] < draft_box["x"] + draft_box["width"]
    assert draft_box["y"] < mark_box["y"] < draft_box["y"] + draft_box["height"]
    assert "finding" in page.locator("#summary").text_content()
    page.screenshot(path=str(artefacts / "drafting-findings.png"), full_page=True)

    card = page.locator("li.finding", has=page.locator(".rule-code", has_text="RL101"))
    card.get_by_role("button", name="Replace with “occupational therapist”").click()
    page.wait_for_function(
        "() => !document.querySelector('#draft').value.includes(' OT ')", timeout=10_000
    )
    value = page.input_value("#draft")
    assert "The occupational therapist visited" in value
    # The page checks the new text, and the finding goes.
    page.wait_for_function(
        "() => ![...document.querySelectorAll('#highlights mark')]"
        ".some(m => m.textContent === 'OT') && document.querySelector('#highlights mark')",
        timeout=30_000,
    )
    assert "occupational therapist" in page.locator("#announce").text_content()
    page.screenshot(path=str(artefacts / "drafting-after-fix.png"), full_page=True)


def test_keyboard_reaches_the_text_and_the_fixes(page: Any) -> None:
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "kind"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "draft"
    page.keyboard.insert_text("Mrs Khan refused her tablets.")
    page.locator("li.finding button.fix").first.wait_for(timeout=30_000)
    # Focus is visible: the focused element gets an outline.
    page.locator("li.finding button.fix").first.focus()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => !document.querySelector('#draft').value.includes('refused')", timeout=10_000
    )
    assert "refused" not in page.input_value("#draft")
