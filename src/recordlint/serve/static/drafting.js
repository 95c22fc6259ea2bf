// recordlint drafting page: check as the writer types, mark findings, apply fixes.
// Offsets from the server are UTF-16 code units, the way JavaScript indexes strings, so
// they slice the textarea's value directly. Text is only ever inserted with textContent.
"use strict";

(function () {
  const DEBOUNCE_MS = 450;
  const SEVERITY_LABEL = { error: "Error", warning: "Warning", info: "Suggestion" };
  const SEVERITY_ICON = { error: "!", warning: "!", info: "i" };
  const SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
  const KIND_NAME = {
    case_note: "a case note", letter: "a letter", assessment: "an assessment", email: "an email",
  };

  const draft = document.getElementById("draft");
  const kind = document.getElementById("kind");
  const highlights = document.getElementById("highlights");
  const backdrop = highlights.parentElement;
  const findingsList = document.getElementById("findings");
  const summary = document.getElementById("summary");
  const figures = document.getElementById("figures");
  const byStandard = document.getElementById("by-standard");
  const standardsHeading = document.getElementById("standards-heading");
  const notice = document.getElementById("notice");
  const announce = document.getElementById("announce");
  const checkState = document.getElementById("check-state");

  let timer = null;
  let sequence = 0;
  let inFlight = null;
  let current = { text: "", findings: [] };

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }

  function scheduleCheck() {
    clearTimeout(timer);
    checkState.textContent = "Checking when you pause…";
    timer = setTimeout(check, DEBOUNCE_MS);
  }

  async function check() {
    const text = draft.value;
    const mine = ++sequence;
    if (inFlight) inFlight.abort();
    inFlight = new AbortController();
    checkState.textContent = "Checking…";
    try {
      const response = await fetch("/api/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: text, kind: kind.value || null }),
        signal: inFlight.signal,
      });
      if (!response.ok) throw new Error(await response.text());
      const result = await response.json();
      // A slower answer to an older version of the text must not overwrite a newer one.
      if (mine !== sequence || text !== draft.value) return;
      current = { text: text, findings: result.findings };
      renderHighlights(text, result.findings);
      renderSummary(result);
      renderFindings(result.findings);
      checkState.textContent = "Up to date.";
    } catch (error) {
      if (error.name === "AbortError") return;
      checkState.textContent = "Could not check: " + error.message;
    }
  }

  // --- the highlight layer ---------------------------------------------------------------

  function renderHighlights(text, findings) {
    // Cut the text at every finding edge; each piece is marked with the findings covering it.
    // A finding about the whole record (no voice of the person, no contact details) is not
    // about particular words, so it is listed but not marked in the text.
    const marked = findings.filter(function (f) { return !f.documentLevel; });
    const edges = new Set([0, text.length]);
    marked.forEach(function (f) { edges.add(f.start); edges.add(f.end); });
    const points = Array.from(edges).filter(function (p) { return p >= 0 && p <= text.length; })
      .sort(function (a, b) { return a - b; });
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i], to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = [];
      findings.forEach(function (f, index) {
        if (!f.documentLevel && f.start <= from && f.end >= to && f.end > f.start) covering.push(index);
      });
      if (!covering.length) {
        fragment.appendChild(document.createTextNode(piece));
        continue;
      }
      const worst = covering.reduce(function (a, b) {
        return SEVERITY_RANK[findings[b].severity] > SEVERITY_RANK[findings[a].severity] ? b : a;
      });
      const mark = element("mark", "sev-" + findings[worst].severity, piece);
      mark.dataset.findings = covering.join(" ");
      fragment.appendChild(mark);
    }
    // A trailing line break needs something after it to take up its line.
    fragment.appendChild(document.createTextNode("\n "));
    highlights.replaceChildren(fragment);
    syncScroll();
  }

  function syncScroll() {
    backdrop.scrollTop = draft.scrollTop;
  }

  function setActive(index, on) {
    highlights.querySelectorAll("mark").forEach(function (mark) {
      const ids = mark.dataset.findings.split(" ");
      mark.classList.toggle("active", on && ids.indexOf(String(index)) !== -1);
    });
    const item = findingsList.children[index];
    if (item) item.classList.toggle("active", on);
  }

  // --- the summary -----------------------------------------------------------------------

  function renderSummary(result) {
    const s = result.summary;
    const kindText = (KIND_NAME[result.kind] || result.kind) +
      (result.kindInferred ? " (worked out from the text)" : "");
    const counts = [];
    ["error", "warning", "info"].forEach(function (severity) {
      const n = s.bySeverity[severity] || 0;
      if (n) counts.push(plural(n, SEVERITY_LABEL[severity].toLowerCase(), SEVERITY_LABEL[severity].toLowerCase() + "s"));
    });
    const said = s.total
      ? plural(s.total, "finding", "findings") + " (" + counts.join(", ") + "), checked as " + kindText + "."
      : "No findings, checked as " + kindText + ".";
    // Screen readers announce the summary when it changes, not after every pause in typing.
    if (summary.textContent !== said) summary.textContent = said;

    figures.replaceChildren();
    [["Findings", s.total], ["Words", s.words], ["Reading age", s.readingAge === null ? "–" : Math.round(s.readingAge)]]
      .forEach(function (pair) {
        const box = element("div");
        box.appendChild(element("dt", "", pair[0]));
        box.appendChild(element("dd", "", String(pair[1] === undefined ? "–" : pair[1])));
        figures.appendChild(box);
      });

    byStandard.replaceChildren();
    s.byStandard.forEach(function (entry) {
      byStandard.appendChild(element("li", "", entry.standard + ": " + entry.count));
    });
    standardsHeading.hidden = s.byStandard.length === 0;
    notice.textContent = result.errors.length ? "Some checks could not run: " + result.errors.join("; ") : "";
  }

  // --- the findings list -----------------------------------------------------------------

  function renderFindings(findings) {
    findingsList.replaceChildren();
    if (!findings.length) {
      findingsList.appendChild(element("li", "empty", "Nothing to change."));
      return;
    }
    findings.forEach(function (f, index) {
      const item = element("li", "finding sev-" + f.severity);
      item.addEventListener("mouseenter", function () { setActive(index, true); });
      item.addEventListener("mouseleave", function () { setActive(index, false); });
      item.addEventListener("focusin", function () { setActive(index, true); });
      item.addEventListener("focusout", function () { setActive(index, false); });

      const heading = element("h3");
      const severity = element("span", "severity");
      severity.appendChild(element("span", "icon", SEVERITY_ICON[f.severity])).setAttribute("aria-hidden", "true");
      severity.appendChild(element("span", "", SEVERITY_LABEL[f.severity]));
      heading.appendChild(severity);
      heading.appendChild(element("span", "", f.categoryName + (f.documentLevel ? " (whole record)" : "")));
      heading.appendChild(element("span", "rule-code", f.code + " " + f.name));
      item.appendChild(heading);

      if (!f.documentLevel && f.text) {
        const flagged = element("p", "flagged", "Found: ");
        flagged.appendChild(element("q", "", f.text));
        item.appendChild(flagged);
      }
      item.appendChild(element("p", "message", f.message));
      item.appendChild(element("p", "standard", f.standard + (f.standardQuote ? ": “" + f.standardQuote + "”" : "")));

      const details = element("details");
      details.appendChild(element("summary", "", "Why this matters"));
      if (f.why) details.appendChild(element("p", "", f.why));
      const more = element("a", "", "More about " + f.code + " " + f.name);
      more.href = f.url;
      details.appendChild(more);
      item.appendChild(details);

      const actions = element("div", "actions");
      if (!f.documentLevel) {
        f.suggestions.slice(0, 4).forEach(function (value) {
          const button = element("button", "fix" + (f.fix === "safe" ? "" : " review"), "Replace with “" + value + "”");
          button.type = "button";
          button.addEventListener("click", function () { applyFix(f, value); });
          actions.appendChild(button);
        });
      }
      if (!f.documentLevel) {
        const show = element("button", "show", "Show in text");
        show.type = "button";
        show.addEventListener("click", function () { showInText(f); });
        actions.appendChild(show);
      }
      if (actions.children.length) item.appendChild(actions);
      if (f.suggestions.length && f.fix !== "safe" && !f.documentLevel) {
        item.appendChild(element("p", "review-note", "Check the wording still says what you mean after replacing."));
      }
      findingsList.appendChild(item);
    });
  }

  function showInText(f) {
    draft.focus();
    draft.setSelectionRange(f.start, f.end);
  }

  function applyFix(f, value) {
    if (current.stale || draft.value !== current.text || draft.value.slice(f.start, f.end) !== f.text) {
      announce.textContent = "The text changed since it was checked; checking again.";
      check();
      return;
    }
    draft.focus();
    draft.setSelectionRange(f.start, f.end);
    // insertText keeps the browser's undo history; setRangeText is the fallback.
    const inserted = document.execCommand && document.execCommand("insertText", false, value);
    if (!inserted || draft.value.slice(f.start, f.start + value.length) !== value) {
      draft.setRangeText(value, f.start, f.end, "end");
      draft.dispatchEvent(new Event("input", { bubbles: true }));
    }
    announce.textContent = "Replaced “" + f.text + "” with “" + value + "”.";
  }

  // Between checks the marks follow the text: those before the edit stay, those after it
  // move with it, and those the edit touched go until the next check.
  function shiftedFindings(before, after, findings) {
    let prefix = 0;
    const shortest = Math.min(before.length, after.length);
    while (prefix < shortest && before[prefix] === after[prefix]) prefix++;
    let suffix = 0;
    while (suffix < shortest - prefix &&
           before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
    const editEnd = before.length - suffix;
    const delta = after.length - before.length;
    return findings.flatMap(function (f) {
      if (f.end <= prefix) return [f];
      if (f.start >= editEnd) return [Object.assign({}, f, { start: f.start + delta, end: f.end + delta })];
      return [];
    });
  }

  draft.addEventListener("input", function () {
    const moved = shiftedFindings(current.text, draft.value, current.findings);
    current = { text: draft.value, findings: moved, stale: true };
    renderHighlights(draft.value, moved);
    scheduleCheck();
  });
  draft.addEventListener("scroll", syncScroll);
  kind.addEventListener("change", check);
  window.addEventListener("resize", syncScroll);
  if (draft.value) check();
})();
