"""The chat page in a real headless Chromium (Debian's), plus the named API endpoint."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(fixture_settings):
    """Start app.py over the fixture index on a free loopback port."""
    port = _free_port()
    log = open(ARTIFACTS.mkdir(exist_ok=True) or ARTIFACTS / "app.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "app.py", "--port", str(port), "--data-dir", str(fixture_settings.index.data_dir)],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 120
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError("app did not start; see test-artifacts/app.log") from None
            time.sleep(0.5)
    yield url
    proc.terminate()
    proc.wait(timeout=30)


def test_api_endpoint_returns_answer_dict(app_url):
    from gradio_client import Client

    result = Client(app_url, verbose=False).predict("is stem-cell mesotherapy safe?", api_name="/answer")
    assert not result["abstained"]
    assert "neonatal mesenchymal stem cells" in result["citations"][0]["text"]


@pytest.mark.browser
def test_ask_and_follow_up_in_a_real_browser(app_url):
    from playwright.sync_api import expect, sync_playwright

    assert Path(CHROMIUM).exists(), "install Debian's chromium (.ci/run does)"
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(app_url)
        box = page.locator("#question textarea")
        box.fill("Is stem-cell mesotherapy safe?")
        box.press("Enter")
        chat = page.locator("#chat")
        expect(chat).to_contain_text("[1]", timeout=60_000)
        expect(chat).to_contain_text("No major adverse events were reported")
        card = page.locator("#sources .source-card").first
        expect(card).to_be_visible()
        expect(card).to_contain_text("neonatal mesenchymal stem cells")
        expect(card.locator("mark")).to_contain_text("No major adverse events")
        box.fill("how many patients were treated?")
        box.press("Enter")
        expect(chat).to_contain_text(
            "Searched: how many patients were treated? (stem-cell mesotherapy)", timeout=60_000
        )
        page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)
        browser.close()
    assert not errors
