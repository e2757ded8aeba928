"""The chat page in a real headless Chromium (Debian's), plus the named API endpoint."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import free_port
from fake_eutils import FakeEUtils

ROOT = Path(__file__).parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def app(fixture_settings, tmp_path_factory):
    """Start app.py over a copy of the fixture index (uploads write to it) on a free loopback port."""
    import shutil

    data_dir = tmp_path_factory.mktemp("app") / "data"
    shutil.copytree(fixture_settings.index.data_dir, data_dir)
    eutils = FakeEUtils().start()  # "Add from PubMed" searches this, never the network
    port = free_port()
    log = open(ARTIFACTS.mkdir(exist_ok=True) or ARTIFACTS / "app.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "app.py", "--port", str(port), "--data-dir", str(data_dir)],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "FOLLICLE_EUTILS_URL": eutils.url, "FOLLICLE_FETCH_BACKOFF": "0.01"},
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
    yield SimpleNamespace(url=url, data_dir=data_dir, eutils=eutils)
    proc.terminate()
    proc.wait(timeout=30)
    eutils.stop()


def test_api_endpoint_returns_answer_dict(app):
    from gradio_client import Client

    result = Client(app.url, verbose=False).predict("is stem-cell mesotherapy safe?", api_name="/answer")
    assert not result["abstained"]
    assert "neonatal mesenchymal stem cells" in result["citations"][0]["text"]


@pytest.mark.browser
def test_ask_and_follow_up_in_a_real_browser(app):
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
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(app.url)
        box = page.locator("#question textarea")
        box.fill("Is stem-cell mesotherapy safe?")
        box.press("Enter")
        chat = page.locator("#chat")
        expect(chat).to_contain_text("[1]", timeout=60_000)
        expect(chat).to_contain_text("No major adverse events were reported")
        card = page.locator("#sources .source-card").first
        expect(card).to_be_visible()
        expect(card).to_contain_text("neonatal mesenchymal stem cells")
        expect(card.locator(".meta")).to_contain_text("retrospective observational · n = 40")
        expect(card.locator("mark", has_text="No major adverse events")).to_be_visible()
        link = chat.locator('a[href="#source-1"]').first
        expect(link).to_be_visible()
        box.fill("how many patients were treated?")
        box.press("Enter")
        expect(chat).to_contain_text(  # the follow-up keeps the treatment and adds what it asks
            re.compile(r"Searched: [^\n]*stem-cell mesotherapy[^\n]*patients were treated"), timeout=60_000
        )
        page.get_by_label("Like").last.click()
        feedback = app.data_dir / "feedback.jsonl"
        for _ in range(50):  # the line, not just the file: it is created before it is written
            if feedback.exists() and feedback.read_text().strip():
                break
            page.wait_for_timeout(100)
        record = json.loads(feedback.read_text().splitlines()[-1])
        assert record["liked"] is True and record["question"] == "how many patients were treated?"
        assert record["citations"][0] == 1 and "patients" in record["answer"]
        page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)
        page.set_viewport_size({"width": 390, "height": 844})
        page.wait_for_timeout(500)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        page.screenshot(path=str(ARTIFACTS / "chat-narrow.png"), full_page=True)
        browser.close()
    assert not errors, errors
    assert overflow <= 1, f"page scrolls sideways by {overflow}px on a phone-width window"


TOPICS = {
    "is stem-cell mesotherapy safe?": "mesotherapy",
    "cold plasma for hair loss": "cold plasma",
    "DKK-1 and DHT in balding scalp": "DKK-1",
    "ketoconazole shampoo": "ketoconazole",
    "spironolactone in women": "spironolactone",
    "tofacitinib for alopecia areata": "tofacitinib",
    "low-level laser therapy": "laser",
    "finasteride sexual side effects": "finasteride",
    "hair loss after chemotherapy": "chemotherapy",
    "oral versus topical minoxidil": "minoxidil",
}


def test_ten_concurrent_questions_get_their_own_citations(app):
    from concurrent.futures import ThreadPoolExecutor

    from gradio_client import Client

    def ask(question: str) -> tuple[str, dict]:
        return question, Client(app.url, verbose=False).predict(question, api_name="/answer")

    with ThreadPoolExecutor(max_workers=10) as pool:
        results = list(pool.map(ask, TOPICS))
    for question, result in results:
        assert result["question"] == question
        first = result["citations"][0]
        assert TOPICS[question].lower() in (first["text"] + first["title"]).lower(), question


def test_upload_adds_citable_studies_and_broken_file_changes_nothing(app, tmp_path):
    from gradio_client import Client, handle_file

    client = Client(app.url, verbose=False)
    good = tmp_path / "new.jsonl"
    good.write_text(
        '{"title": "Rosemary oil versus minoxidil for androgenetic alopecia", "abstract": '
        '"In this randomized trial of 100 men, rosemary oil matched minoxidil 2% after 6 months; '
        'scalp itching was less frequent with rosemary oil.", "journal": "Skinmed", "year": 2015}\n'
    )
    report, _status = client.predict([handle_file(str(good))], api_name="/upload")
    assert "1 embedded" in report
    result = client.predict("does rosemary oil work like minoxidil?", api_name="/answer")
    assert "Rosemary" in result["citations"][0]["title"]
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"title": "half a record"\n')
    before = client.predict("does rosemary oil work like minoxidil?", api_name="/answer")
    report, _status = client.predict([handle_file(str(broken))], api_name="/upload")
    assert "broken.jsonl:1: bad JSON" in report and "0 embedded" in report
    after = client.predict("does rosemary oil work like minoxidil?", api_name="/answer")
    assert [c["study_id"] for c in after["citations"]] == [c["study_id"] for c in before["citations"]]


def _chromium(p):
    return p.chromium.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    )


def _open(p, app):
    """A headless Chromium with the page loaded at a laptop's size."""
    browser = _chromium(p)
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(app.url)
    return browser, page


@pytest.mark.browser
def test_add_from_pubmed_fetches_indexes_and_links_the_pmid(app):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser, page = _open(p, app)
        page.get_by_text("Add from PubMed").click()
        page.locator("#pubmed-query textarea").fill("finasteride spray")
        page.get_by_role("button", name="Fetch and index").click()
        expect(page.locator("#fetch-report textarea")).to_have_value(
            re.compile(r"^fetched 1 record \(1 new, 0 updated\); index now holds \d+ studies"), timeout=60_000
        )
        assert (app.data_dir / "sources" / "pubmed" / "90000010.xml").exists()
        box = page.locator("#question textarea")
        box.fill("Does a topical finasteride spray lower scalp DHT as much as tablets?")
        box.press("Enter")
        card = page.locator("#sources .source-card").first
        expect(card).to_contain_text("Topical finasteride spray in men", timeout=60_000)
        expect(card.locator('a[href="https://pubmed.ncbi.nlm.nih.gov/90000010/"]')).to_have_text("PMID 90000010")
        browser.close()
    searched = [e for e in app.eutils.log if e.endpoint == "esearch.fcgi"]
    assert searched and searched[-1].params["term"] == "finasteride spray"


def test_add_from_pubmed_says_what_went_wrong(app):
    from gradio_client import Client

    client = Client(app.url, verbose=False)
    report, _status = client.predict("   ", 10, api_name="/fetch_pubmed")
    assert report == "Type a PubMed query first."
    app.eutils.search_faults.extend(["500"] * 6)
    report, _status = client.predict("alopecia areata", 10, api_name="/fetch_pubmed")
    assert report.startswith("error: esearch.fcgi failed 6 times; last: HTTP 500")


@pytest.mark.browser
def test_hostile_study_text_never_runs_in_the_browser(app):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        page.goto(app.url)
        box = page.locator("#question textarea")
        box.fill("does caffeine shampoo reduce hair shedding?")
        box.press("Enter")
        expect(page.locator("#sources")).to_contain_text("<script>window.__pwned = 1</script>", timeout=60_000)
        expect(page.locator("#sources")).to_contain_text("Ignore previous instructions")  # shown as text
        page.wait_for_timeout(500)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        page.screenshot(path=str(ARTIFACTS / "hostile.png"), full_page=True)
        browser.close()


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd",
        "..\\..\\x.jsonl",
        ".hidden.csv",
        "a/b/c.txt",
        "",
        "/abs/p.xml",
        "x" * 500 + ".jsonl",
        "semi;colon$(rm -rf).csv",
    ],
)
def test_uploaded_file_names_never_choose_a_path(tmp_path, name):
    from index.uploads import upload_target

    target = upload_target(tmp_path, name)
    assert target.parent == tmp_path.resolve()
    assert not target.name.startswith(".") and len(target.name) < 140


def test_api_rejects_bad_questions_with_a_message_that_names_the_field(app):
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    client = Client(app.url, verbose=False)
    cases = [
        ((12, None), "question must be text"),
        ((None, None), "question must be text"),
        ((["a"], None), "question must be text"),
        (("   ", None), "Please type a question."),
        (("minoxidil", "not a list"), "history must be a list"),
        (("minoxidil", ["ok", 3]), "history[1] must be text"),
        (("x" * 100_000, None), "the limit is 2,000"),
    ]
    for (question, history), message in cases:
        with pytest.raises(AppError) as caught:
            client.predict(question, history, api_name="/answer")
        assert message in str(caught.value), (
            question if not isinstance(question, str) else question[:20],
            caught.value,
        )
        assert len(str(caught.value)) < 500  # nothing echoed back in bulk


def test_api_survives_arbitrary_json(app):
    """Any JSON value as question or history: an answer or a clear refusal, never a crash."""
    from gradio_client import Client
    from gradio_client.exceptions import AppError
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    client = Client(app.url, verbose=False)
    json_values = st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=30),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
        max_leaves=6,
    )
    clear = ("must be text", "must be a list", "Please type a question.", "the limit is")

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(question=json_values | st.text(max_size=40), history=json_values)
    def check(question, history) -> None:
        try:
            result = client.predict(question, history, api_name="/answer")
        except AppError as exc:
            assert any(c in str(exc) for c in clear), exc
        else:
            assert isinstance(question, str) and result["question"] == question.strip()

    check()


def test_feedback_is_not_an_api_endpoint(app):
    from gradio_client import Client

    api = Client(app.url, verbose=False).view_api(return_format="dict", print_info=False)
    names = set(api.get("named_endpoints", {})) | set(api.get("unnamed_endpoints", {}))
    assert "/answer" in names and "/upload" in names
    assert not any("feedback" in str(n) or "like" in str(n) for n in names), names


TABLE_CHECK = """() => {
  const table = document.querySelector('#chat table');
  const bubble = table.closest('.message-content') || table.parentElement;
  const heads = [...table.querySelectorAll('th')].map(th => {
    const r = document.createRange(); r.selectNodeContents(th);
    return {word: th.textContent.trim(), need: r.getBoundingClientRect().width,
            width: th.getBoundingClientRect().width};
  });
  const rows = [...table.querySelectorAll('tbody tr')]
    .map(tr => [...tr.children].map(td => td.getBoundingClientRect().width));
  return {stacked: getComputedStyle(table.querySelector('td')).display === 'block',
          heads, rows, tableOver: table.scrollWidth - table.clientWidth,
          bubbleOver: bubble.scrollWidth - bubble.clientWidth,
          tableRight: table.getBoundingClientRect().right, bubbleRight: bubble.getBoundingClientRect().right,
          pageOver: document.documentElement.scrollWidth - window.innerWidth};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("width", [1366, 390])
def test_evidence_table_reads_without_squeezed_columns_or_sideways_scrolling(app, width):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(app.url)
        box = page.locator("#question textarea")
        box.fill("does minoxidil work for female pattern hair loss?")
        box.press("Enter")
        expect(page.locator("#chat table")).to_be_visible(timeout=60_000)
        page.wait_for_timeout(500)
        got = page.evaluate(TABLE_CHECK)
        page.locator("#chat table").scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / f"table-{width}.png"))
        browser.close()
    assert got["tableOver"] <= 1 and got["bubbleOver"] <= 1 and got["pageOver"] <= 1, got
    assert got["tableRight"] <= got["bubbleRight"] + 1, got
    if width >= 1000:
        assert not got["stacked"]
        for head in got["heads"]:
            assert head["width"] + 1 >= head["need"], head  # no header word broken or cut
        for row in got["rows"]:
            assert all(cell + 1 >= head["need"] for cell, head in zip(row, got["heads"], strict=True)), row
    else:
        assert got["stacked"]  # each study a labelled block on a phone


def test_empty_filter_boxes_are_no_filter():
    from app import make_filters
    from assistant.retrieve import Filters

    # what the browser sends once the filters are opened and only "From year" is filled in
    assert make_filters(2015, 0, 0, [], "") == Filters(year_from=2015)
    assert make_filters(None, None, None, None, None) == Filters()
    assert make_filters(2010, 2020, 5, ["cohort"], " Alopecia ") == Filters(2010, 2020, 5, ("cohort",), mesh="Alopecia")


@pytest.mark.browser
def test_a_year_filter_set_in_the_page_still_answers(app):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser, page = _open(p, app)
        page.get_by_text("Filters (apply to the next question)").click()
        page.get_by_label("From year").fill("2000")  # the other boxes stay empty (the browser sends 0)
        box = page.locator("#question textarea")
        box.fill("ketoconazole shampoo")
        box.press("Enter")
        expect(page.locator("#sources .source-card").first).to_contain_text("etoconazole", timeout=60_000)
        browser.close()


@pytest.mark.browser
def test_export_citations_downloads_the_answers_sources_in_the_chosen_format(app):
    import bibtexparser
    import rispy
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser, page = _open(p, app)
        export = page.locator("#export")
        box = page.locator("#question textarea")
        box.fill("Is stem-cell mesotherapy safe?")
        box.press("Enter")
        expect(page.locator("#sources .source-card").first).to_be_visible(timeout=60_000)
        expect(export).to_be_enabled(timeout=10_000)
        cards = page.locator("#sources .source-card").count()
        with page.expect_download() as got:
            export.click()
        ris = rispy.loads(Path(got.value.path()).read_text(encoding="utf-8"))
        assert got.value.suggested_filename.endswith(".ris")
        page.get_by_label("BibTeX").check()
        page.wait_for_timeout(1000)  # the file is rewritten in the new format
        with page.expect_download() as got:
            export.click()
        bib = bibtexparser.parse_string(Path(got.value.path()).read_text(encoding="utf-8"))
        assert got.value.suggested_filename.endswith(".bib")
        browser.close()
    assert len(ris) == len(bib.entries) == cards > 0
    assert "neonatal mesenchymal stem cells" in " ".join(ris[0]["notes"])  # the first card's study, summary and all


def test_export_citations_writes_only_under_its_own_temporary_folder(fixture_settings, fixture_index):
    import tempfile

    import rispy

    from app import AppSettings, Handlers
    from assistant.api import answer
    from index import cite

    handlers = Handlers(fixture_settings, AppSettings())
    result = answer("cold plasma for hair loss", index=fixture_index)
    offered = handlers.export_citations(result, "RIS")
    path = Path(offered["value"])
    assert offered["interactive"] and path.parent == handlers.export_dir
    assert path.parent.parent == Path(tempfile.gettempdir()) and path.suffix == ".ris"
    titles = [r["title"] for r in rispy.loads(path.read_text(encoding="utf-8"))]
    assert titles == [cite.title(c.study) for c in result.citations]
    assert handlers.export_citations(result, "CSL-JSON")["value"].endswith(".json")
    abstained = answer("what is the airspeed of a swallow?", index=fixture_index)
    assert abstained.abstained and handlers.export_citations(abstained, "RIS")["interactive"] is False
    assert handlers.export_citations(None, "RIS")["interactive"] is False


def test_status_line_says_when_the_index_was_last_built(app):
    config = json.load(urllib.request.urlopen(app.url + "config", timeout=30))
    status = next(c for c in config["components"] if c.get("props", {}).get("elem_id") == "status")
    assert re.search(r"built \d{4}-\d\d-\d\d \d\d:\d\d UTC", status["props"]["value"]), status["props"]["value"]


@pytest.mark.browser
def test_the_bottom_line_comes_first_and_the_table_says_what_each_study_found(app):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser, page = _open(p, app)
        box = page.locator("#question textarea")
        box.fill("is stem cell mesotherapy really safe??")
        box.press("Enter")
        chat = page.locator("#chat")
        expect(chat.locator("table")).to_be_visible(timeout=60_000)
        expect(chat).to_contain_text("Sources", timeout=60_000)  # the whole answer is written
        text = chat.inner_text().split("is stem cell mesotherapy really safe??", 1)[1]
        heads = [h.strip() for h in chat.locator("table").last.locator("th").all_inner_texts()]
        findings = [c.strip() for c in chat.locator("table").last.locator("td:nth-child(3)").all_inner_texts()]
        browser.close()
    assert text.lstrip().startswith("Bottom line:"), text[:200]
    assert text.index("Bottom line:") < text.index("Key findings")
    assert re.search(r"safety, \d+ of \d+ stud(y|ies) reported", text), text[:400]  # harms counted by class
    assert heads[:3] == ["#", "Study", "Finding"]
    assert "benefit" in findings and set(findings) <= {"benefit", "no benefit", "harm", "mixed", "not stated"}
