"""The E-utilities client against the fake server: paging, faults, politeness. No model needed."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import httpx
import pytest
from fake_eutils import FakeEUtils, article_xml, records

from index.eutils import EUtils, PubMedError, PubMedUnreachable, RateLimiter, Search, retry_after
from index.settings import IndexSettings
from index.sources.pubmed import article_study, read_medline


def client_for(fake: FakeEUtils, tmp_path: Path, **overrides) -> EUtils:
    settings = IndexSettings(
        data_dir=tmp_path / "data",
        eutils_url=fake.url,
        fetch_backoff=0.01,
        ncbi_email="tests@example.org",
        **overrides,
    )
    return EUtils(settings)


def test_search_uses_the_history_server_and_pages_through_every_match(fake, tmp_path):
    client = client_for(fake, tmp_path)
    search = client.search("hair")
    assert search.count == len(fake.search({"term": "hair"})) > 40
    pmids = [
        r.findtext("MedlineCitation/PMID")
        for start in range(0, search.count, 20)
        for r in client.fetch(search, start, 20)
    ]
    assert len(pmids) == len(set(pmids)) == search.count  # no page repeats or skips a record
    first, page = fake.log[0], fake.log[1]
    assert (first.method, first.endpoint, first.params["usehistory"]) == ("GET", "esearch.fcgi", "y")
    assert (page.method, page.params["WebEnv"], page.params["query_key"]) == ("POST", search.webenv, "1")
    assert all(e.params["tool"] == "follicle" and e.params["email"] == "tests@example.org" for e in fake.log)
    assert all("api_key" not in e.params for e in fake.log)


def test_since_asks_for_records_revised_on_or_after_that_day(fake, tmp_path):
    from datetime import date

    client = client_for(fake, tmp_path)
    assert client.search("hair", since=date(2026, 1, 1)).count == 0
    fake.revise(records.revised(fake.records["90000003"], (2026, 2, 1)))
    assert client.search("hair", since=date(2026, 1, 1)).count == 1
    assert fake.log[-1].params["datetype"] == "mdat" and fake.log[-1].params["mindate"] == "2026/01/01"


def test_a_refused_query_is_an_error_not_a_retry(fake, tmp_path):
    client = client_for(fake, tmp_path)
    with pytest.raises(PubMedError, match="refused the query"):
        client.search("   ")
    assert len(fake.log) == 1


@pytest.mark.parametrize("fault", ["429", "500", "drop", "malformed"])
def test_each_fault_is_retried_and_the_page_comes_back_whole(fake, tmp_path, fault):
    client = client_for(fake, tmp_path, ncbi_api_key="k")  # 10 requests/s: the spacing is tested below
    search = client.search("hair")
    fake.faults.extend([fault, fault])
    page = client.fetch(search, 0, 20)
    assert len(page) == 20
    assert len([e for e in fake.log if e.endpoint == "efetch.fcgi"]) == 3
    assert len(client.retried) == 2


def test_a_garbled_search_response_is_retried(fake, tmp_path):
    client = client_for(fake, tmp_path, ncbi_api_key="k")
    fake.search_faults.extend(["malformed", "drop"])
    assert client.search("hair").count > 40


def test_retry_after_is_honoured(fake, tmp_path):
    client = client_for(fake, tmp_path)
    search = client.search("hair")
    fake.faults.append("429")  # the fake asks for Retry-After: 1
    client.fetch(search, 0, 5)
    refused, retried = [e.at for e in fake.log if e.endpoint == "efetch.fcgi"]
    assert retried - refused >= 0.95  # the backoff alone would have waited 0.01 s


def test_retry_after_header_forms():
    assert retry_after("3") == 3.0
    assert retry_after(None) is None and retry_after("soon") is None
    in_ten = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 10))
    assert 8 <= retry_after(in_ten) <= 10.5


def test_a_page_that_keeps_failing_gives_up_with_the_reason(fake, tmp_path):
    client = client_for(fake, tmp_path, fetch_retries=3)
    search = client.search("hair")
    fake.faults.extend(["500"] * 3)
    with pytest.raises(PubMedError, match=r"failed 3 times; last: HTTP 500"):
        client.fetch(search, 0, 20)


def test_an_expired_history_session_is_retried_then_reported(fake, tmp_path):
    client = client_for(fake, tmp_path, fetch_retries=2)
    with pytest.raises(PubMedError, match="Unable to obtain query"):
        client.fetch(Search(10, "MCID_gone", "1"), 0, 5)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_no_server_is_unreachable_at_once_not_retried(tmp_path):
    settings = IndexSettings(data_dir=tmp_path, eutils_url=f"http://127.0.0.1:{_free_port()}/", fetch_backoff=5)
    start = time.monotonic()
    with pytest.raises(PubMedUnreachable, match="cannot be reached"):
        EUtils(settings).search("hair")
    assert time.monotonic() - start < 2  # a 5 s backoff would have shown


def _busiest_second(times: list[float], window: float = 0.95) -> int:
    """Most requests that arrived within any ``window`` seconds (a little under one, for jitter)."""
    return max(sum(1 for t in times if start <= t < start + window) for start in times)


def test_at_most_three_requests_a_second_without_a_key(fake, tmp_path):
    client = client_for(fake, tmp_path)
    search = client.search("hair")
    for start in range(0, 28, 4):
        client.fetch(search, start, 4)
    times = [e.at for e in fake.log]
    assert len(times) == 8
    assert _busiest_second(times) <= 3


def test_an_api_key_allows_ten_a_second_and_is_sent(fake, tmp_path):
    client = client_for(fake, tmp_path, ncbi_api_key="k123")
    search = client.search("hair")
    for start in range(0, 28, 2):
        client.fetch(search, start, 2)
    times = [e.at for e in fake.log]
    assert 4 <= _busiest_second(times) <= 10  # faster than without a key, never over NCBI's 10
    assert all(e.params["api_key"] == "k123" for e in fake.log)


def test_the_rate_limiter_spaces_threads_too():
    import threading

    limiter = RateLimiter(0.05)
    started: list[float] = []

    def request() -> None:
        limiter.wait()
        started.append(time.monotonic())

    threads = [threading.Thread(target=request) for _ in range(6)]
    begun = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # The sixth start is at least five intervals after the first could begin. A busy machine only
    # delays threads, so this bound holds under load, where comparing neighbouring gaps did not
    # (a thread can be descheduled between its turn and recording it).
    assert len(started) == 6 and max(started) - begun >= 5 * 0.05 - 0.005


def test_fetched_xml_and_medline_read_with_mesh_types_and_notices(fake):
    xml = {pmid: article_study(article_xml(r), "f.xml", 1) for pmid, r in fake.records.items()}
    trial = xml["90000001"]
    assert trial.mesh == ("Alopecia", "Minoxidil", "Female", "Administration, Oral")
    assert trial.study_type == "randomised controlled trial" and trial.doi == "10.5555/fake.2024.001"
    assert trial.summary.startswith("Background: Topical minoxidil")  # labelled sections kept
    assert "\nResults: Hair density" in trial.summary
    assert xml["90000006"].retracted and xml["90000006"].label().startswith("[RETRACTED]")
    assert "notice" in xml["90000007"].message and "notice" in xml["90000008"].message
    assert "no abstract" in xml["90000004"].message
    assert (xml["90000010"].year, xml["90000010"].month) == (2026, 5)  # online-first date
    assert xml["90000009"].authors == ("Invented Society for Hair Research",)
    assert xml["90000005"].authors == ("Lefèvre É", "Grünewald J")
    body = httpx.get(fake.url + "efetch.fcgi", params={"id": "90000001,90000006,90000007", "rettype": "medline"})
    medline = read_medline(body.content, "f.nbib")
    assert [s.pmid for s in medline.studies] == ["90000001", "90000006"]
    assert medline.studies[0].mesh == trial.mesh and medline.studies[1].retracted
    assert "notice" in medline.rejections[0].message
