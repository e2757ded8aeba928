"""The page's MCP server, driven by the real `mcp` SDK client over streamable HTTP.

One page with a login (the MCP endpoint must ask for it too) and one started with --no-mcp,
both over copies of the fixture index, on free loopback ports.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import asynccontextmanager
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from conftest import free_port

ROOT = Path(__file__).parent.parent
ARTIFACTS = ROOT / "test-artifacts"
USER, PASSWORD = "reader", "s3cret-words"
INIT = {  # a client's first JSON-RPC message
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "0"}},
}
CALL = {
    "jsonrpc": "2.0",
    "id": 2,
    "method": "tools/call",
    "params": {"name": "answer", "arguments": {"question": "is stem-cell mesotherapy safe?"}},
}


def start(name: str, data_dir: Path, *args: str, env: dict | None = None) -> SimpleNamespace:
    """app.py on a free port over ``data_dir``; waits for it in the fixture, not here."""
    port = free_port()
    log = open(ARTIFACTS.mkdir(exist_ok=True) or ARTIFACTS / f"mcp-{name}.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "app.py", "--port", str(port), "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})},
    )
    return SimpleNamespace(proc=proc, url=f"http://127.0.0.1:{port}", name=name)


def wait(server: SimpleNamespace) -> None:
    """Until the page answers (a login page counts), or fail naming its log."""
    deadline = time.time() + 180
    while True:
        try:
            urllib.request.urlopen(server.url + "/", timeout=2)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            if time.time() > deadline or server.proc.poll() is not None:
                server.proc.kill()
                raise RuntimeError(f"app did not start; see test-artifacts/mcp-{server.name}.log") from None
            time.sleep(0.5)


@pytest.fixture(scope="module")
def pages(fixture_settings, tmp_path_factory):
    """The page with a login and MCP on (the default), and a page with --no-mcp; started together."""
    root = tmp_path_factory.mktemp("mcp")
    for name in ("login", "off"):
        shutil.copytree(fixture_settings.index.data_dir, root / name)
    login = start("login", root / "login", env={"FOLLICLE_USER": USER, "FOLLICLE_PASSWORD": PASSWORD})
    off = start("off", root / "off", "--no-mcp")
    try:
        wait(login)
        wait(off)
        yield SimpleNamespace(login=login, off=off)
    finally:
        for server in (login, off):
            server.proc.terminate()
            server.proc.wait(timeout=30)


@asynccontextmanager
async def session(url: str, auth: tuple[str, str] | None = (USER, PASSWORD)):
    """An initialised MCP client session over streamable HTTP."""
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    client = httpx.AsyncClient(auth=httpx.BasicAuth(*auth) if auth else None, timeout=httpx.Timeout(120.0))
    async with client, streamable_http_client(f"{url}/gradio_api/mcp/", http_client=client) as (read, write, _):
        async with ClientSession(read, write) as s:
            await s.initialize()
            yield s


def text_of(result) -> str:
    return "".join(part.text for part in result.content if part.type == "text")


def errors_in(exc: BaseException) -> list[BaseException]:
    """Every exception inside (possibly nested) exception groups."""
    if isinstance(exc, BaseExceptionGroup):
        return [e for inner in exc.exceptions for e in errors_in(inner)]
    return [exc]


async def test_lists_exactly_the_two_read_only_tools(pages):
    async with session(pages.login.url) as s:
        tools = {t.name: t for t in (await s.list_tools()).tools}
        assert set(tools) == {"answer", "search_studies"}  # no upload, fetch or conversation endpoint
        answer = tools["answer"]
        assert "[n]" in answer.description and "hair-loss" in answer.description  # from the docstring
        assert set(answer.inputSchema["properties"]) == {"question", "year_from", "year_to", "design"}
        assert answer.inputSchema["required"] == ["question"]
        assert "k" in tools["search_studies"].inputSchema["properties"]
        for name in ("upload", "add_from_pubmed", "api_answer"):  # the page's other public endpoints
            refused = await s.call_tool(name, {"question": "minoxidil", "query": "minoxidil"})
            assert refused.isError and "Unknown tool" in text_of(refused)


async def test_answer_tool_cites_with_markers_links_and_snippets(pages):
    async with session(pages.login.url) as s:
        result = await s.call_tool("answer", {"question": "does low-level laser therapy help androgenetic alopecia?"})
    assert not result.isError, text_of(result)
    payload = json.loads(text_of(result))
    assert not payload["abstained"] and "bottom_line" in payload
    for c in payload["citations"]:
        assert f"[{c['n']}]" in payload["answer"]
        assert c["snippet"] in payload["answer"]  # each quote is verbatim in the answer text
    laser = next(c for c in payload["citations"] if "laser" in c["title"].lower())
    assert laser["link"].startswith("https://") and laser["journal"] and laser["year"]


async def test_answer_tool_design_filter(pages):
    async with session(pages.login.url) as s:
        result = await s.call_tool("answer", {"question": "does low-level laser therapy help?", "design": "rct"})
    payload = json.loads(text_of(result))
    assert payload["citations"] and {c["design"] for c in payload["citations"]} == {"randomised controlled trial"}


async def test_answer_tool_applies_filters(pages):
    async with session(pages.login.url) as s:
        recent = await s.call_tool("answer", {"question": "does low-level laser therapy help?", "year_from": 2100})
        as_text = await s.call_tool("answer", {"question": "does low-level laser therapy help?", "year_to": "2100"})
    assert not recent.isError and not as_text.isError
    assert json.loads(text_of(recent))["citations"] == []  # nothing indexed is from 2100 on
    assert json.loads(text_of(as_text))["citations"]  # a year written as text is still a year


async def test_search_studies_returns_records_without_an_answer(pages):
    async with session(pages.login.url) as s:
        result = await s.call_tool("search_studies", {"query": "low-level laser therapy", "k": 2})
    assert not result.isError, text_of(result)
    payload = json.loads(text_of(result))
    assert 1 <= len(payload["studies"]) <= 2 and "answer" not in payload
    top = payload["studies"][0]
    assert "laser" in top["title"].lower() and "laser" in top["text"].lower()
    assert top["link"].startswith("https://") and top["pmid"] and top["year"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"question": "   "}, "Please type a question"),
        ({"question": "minoxidil", "year_from": "last year"}, "year_from must be a year"),
        ({"question": "minoxidil", "year_from": 2020, "year_to": 2010}, "is after year_to"),
        ({"question": "minoxidil", "design": "homeopathy"}, "design must be one of"),
    ],
)
async def test_bad_arguments_get_a_clear_tool_error(pages, arguments, message):
    async with session(pages.login.url) as s:
        result = await s.call_tool("answer", arguments)
    assert result.isError
    assert message in text_of(result) and "Traceback" not in text_of(result)


async def test_bad_k_gets_a_clear_tool_error(pages):
    async with session(pages.login.url) as s:
        result = await s.call_tool("search_studies", {"query": "minoxidil", "k": 0})
    assert result.isError and "k must be a whole number from 1 to 20" in text_of(result)


@pytest.mark.parametrize("auth", [None, (USER, "wrong")], ids=["no-login", "wrong-password"])
async def test_login_refuses_an_unauthenticated_mcp_client(pages, auth):
    with pytest.raises(BaseException) as caught:  # noqa: B017 - the SDK raises an exception group
        async with session(pages.login.url, auth=auth) as s:
            await s.call_tool("answer", {"question": "is stem-cell mesotherapy safe?"})
    statuses = [e.response.status_code for e in errors_in(caught.value) if isinstance(e, httpx.HTTPStatusError)]
    assert statuses and set(statuses) == {401}


def test_login_refuses_a_raw_tool_call_and_a_tool_listing(pages):
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
    for body in (INIT, CALL, {**INIT, "method": "tools/list", "id": 3}):
        response = httpx.post(f"{pages.login.url}/gradio_api/mcp/", json=body, headers=headers, timeout=30)
        assert response.status_code == 401
        assert "mesenchymal" not in response.text and "search_studies" not in response.text
    assert httpx.get(f"{pages.login.url}/gradio_api/mcp/schema", timeout=30).status_code == 401
    ok = httpx.post(f"{pages.login.url}/gradio_api/mcp/", json=INIT, headers=headers, auth=(USER, PASSWORD))
    assert ok.status_code == 200  # the same request with the login goes through


def test_no_mcp_serves_no_endpoint(pages):
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
    response = httpx.post(f"{pages.off.url}/gradio_api/mcp/", json=INIT, headers=headers, timeout=30)
    assert response.status_code == 404
    assert httpx.get(pages.off.url + "/", timeout=30).status_code == 200  # the page itself still runs


@pytest.mark.parametrize(("value", "expected"), [("0", "False"), ("false", "False"), (None, "True")])
def test_follicle_mcp_setting(value, expected):
    env = {k: v for k, v in os.environ.items() if k != "FOLLICLE_MCP"} | ({"FOLLICLE_MCP": value} if value else {})
    out = subprocess.run(
        [sys.executable, "-c", "from app import AppSettings; print(AppSettings().mcp)"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == expected
