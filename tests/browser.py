"""Debian's headless chromium driven by Playwright (no browser download), for the view's tests and bench.

Every page opened through :func:`open_view` records its console errors, uncaught exceptions,
dialogs and requests, so that a test can assert that nothing ran and nothing left the file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 860}


def available() -> str | None:
    """Why the browser tests cannot run, or None when they can."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (make test installs Debian's chromium)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "the playwright package is missing (pip install playwright)"
    return None


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)


@dataclass
class Log:
    """What a page did besides drawing."""

    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def outside(self) -> list[str]:
        """Requests for anything but the page's own file."""
        return [r for r in self.requests if r != self.url]


def open_view(browser, path: Path, wait: bool = True, viewport: dict | None = None):
    """A new page showing the HTML file ``path`` and its :class:`Log`; waits for ``geopolView.ready``."""
    page = browser.new_page(viewport=viewport or VIEWPORT)
    log = Log(url=path.resolve().as_uri())
    page.on("console", lambda m: log.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: log.errors.append(f"uncaught: {exc}"))
    page.on("request", lambda r: log.requests.append(r.url))

    def dialog(d):
        log.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(log.url)
    if wait:
        wait_ready(page)
    return page, log


def wait_ready(page, timeout: float = 30_000) -> None:
    # a function, not an expression: the page's policy forbids eval, which Playwright uses for expressions
    page.wait_for_function("() => window.geopolView && window.geopolView.ready === true", timeout=timeout,
                           polling="raf")
