"""A fake NCBI E-utilities server on 127.0.0.1, for fetch tests and the fetch benchmark.

It serves what ``index.eutils`` and other clients use: ESearch (JSON and XML; ``usehistory``,
``retstart``/``retmax``, ``datetype=mdat`` with ``mindate``/``maxdate``), and EFetch from the
history server (``WebEnv``, ``query_key``, ``retstart``, ``retmax``) or by ``id``, as PubMed XML or
MEDLINE text, by GET or POST. It logs every request with its arrival time (for the rate-limit
test) and can be told to fail the next requests in the ways the real one does: ``429`` with
``Retry-After``, ``500``, a connection dropped mid-body, or a malformed XML body.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse
from xml.etree.ElementTree import Element, SubElement, tostring


def _load_records():  # by path: tests/ is not a package, and this file is also used by bench/fetch.py
    name = "eutils_fixture_records"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / "data" / "eutils" / "records.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


records = _load_records()
RECORDS, Record = records.RECORDS, records.Record

DOCTYPE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
    '1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
)
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


@dataclass
class Logged:
    """One request as it arrived."""

    at: float
    method: str
    endpoint: str
    params: dict[str, str]


def article_xml(r: Record) -> Element:
    """A <PubmedArticle> laid out as PubMed's EFetch XML lays it out."""
    art = Element("PubmedArticle")
    cit = SubElement(art, "MedlineCitation", Status="MEDLINE", Owner="NLM")
    SubElement(cit, "PMID", Version="1").text = r.pmid
    rev = SubElement(cit, "DateRevised")
    for tag, value in zip(("Year", "Month", "Day"), r.revised, strict=True):
        SubElement(rev, tag).text = f"{value:02d}"
    article = SubElement(cit, "Article", PubModel="Print")
    journal = SubElement(article, "Journal")
    issue = SubElement(journal, "JournalIssue", CitedMedium="Internet")
    pub = SubElement(issue, "PubDate")
    if r.online is None:
        SubElement(pub, "Year").text = str(r.year)
        if r.month:
            SubElement(pub, "Month").text = r.month
    SubElement(journal, "Title").text = r.journal
    SubElement(article, "ArticleTitle").text = r.title
    if r.doi:
        SubElement(article, "ELocationID", EIdType="doi", ValidYN="Y").text = r.doi
    if r.abstract:
        abstract = SubElement(article, "Abstract")
        for label, text in r.abstract:
            node = SubElement(abstract, "AbstractText", **({"Label": label, "NlmCategory": label} if label else {}))
            node.text = text
    authors = SubElement(article, "AuthorList", CompleteYN="Y")
    for last, initials in r.authors:
        author = SubElement(authors, "Author", ValidYN="Y")
        if last:
            SubElement(author, "LastName").text = last
            SubElement(author, "Initials").text = initials
        else:
            SubElement(author, "CollectiveName").text = initials
    SubElement(article, "Language").text = "eng"
    types = SubElement(article, "PublicationTypeList")
    for t in r.types:
        SubElement(types, "PublicationType", UI="D000000").text = t
    if r.online:
        date = SubElement(article, "ArticleDate", DateType="Electronic")
        SubElement(date, "Year").text = str(r.online[0])
        SubElement(date, "Month").text = f"{r.online[1]:02d}"
    if r.comments:
        comments = SubElement(cit, "CommentsCorrectionsList")
        for ref_type, pmid in r.comments:
            c = SubElement(comments, "CommentsCorrections", RefType=ref_type)
            SubElement(c, "RefSource").text = "Invented reference"
            SubElement(c, "PMID", Version="1").text = pmid
    if r.mesh:
        headings = SubElement(cit, "MeshHeadingList")
        for term in r.mesh:
            heading = SubElement(headings, "MeshHeading")
            SubElement(heading, "DescriptorName", UI="D000000", MajorTopicYN="N").text = term
    data = SubElement(art, "PubmedData")
    SubElement(data, "PublicationStatus").text = "ppublish"
    ids = SubElement(data, "ArticleIdList")
    SubElement(ids, "ArticleId", IdType="pubmed").text = r.pmid
    if r.doi:
        SubElement(ids, "ArticleId", IdType="doi").text = r.doi
    return art


def article_medline(r: Record) -> str:
    """The same record in MEDLINE text, wrapped at 88 columns as PubMed does."""
    lines = [f"PMID- {r.pmid}", f"DP  - {r.year}" + (f" {r.month}" if r.month else ""), f"TI  - {r.title}"]
    if r.abstract:
        lines.append("AB  - " + " ".join(f"{label}: {text}" if label else text for label, text in r.abstract))
    lines += [f"FAU - {last}, {initials}" if last else f"CN  - {initials}" for last, initials in r.authors]
    lines += [f"PT  - {t}" for t in r.types]
    lines.append(f"JT  - {r.journal}")
    lines += [f"MH  - {term}" for term in r.mesh]
    if r.doi:
        lines.append(f"LID - {r.doi} [doi]")
    out = []
    for line in lines:
        while len(line) > 88:
            cut = line.rfind(" ", 6, 88)
            out.append(line[:cut])
            line = "      " + line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


def matches(record: Record, term: str) -> bool:
    """PubMed-ish matching: OR between alternatives, every other word must occur; field tags ignored."""
    term = re.sub(r"\[[a-z ]+\]", " ", term.lower())
    for alternative in re.split(r"\bor\b", term):
        words = [w for w in re.findall(r"[\w'-]+", alternative) if w not in ("and",)]
        if words and all(w in record.text() for w in words):
            return True
    return False


class FakeEUtils:
    """The server's state: records, history sessions, a request log and queued faults."""

    def __init__(self, records: list[Record] | None = None) -> None:
        self.records: dict[str, Record] = {r.pmid: r for r in (records or RECORDS)}
        self.sessions: dict[str, list[str]] = {}
        self.log: list[Logged] = []
        self.faults: deque[str] = deque()  # applied to the next EFetch requests: 429, 500, drop, malformed
        self.search_faults: deque[str] = deque()  # the same, for ESearch
        self.delay = 0.0  # seconds added to every EFetch (to kill a client mid-fetch)
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # -- data -------------------------------------------------------------------------------
    def revise(self, record: Record) -> None:
        """Replace a record (a test passes ``records.revised(...)``)."""
        with self.lock:
            self.records[record.pmid] = record

    def search(self, params: dict[str, str]) -> list[str]:
        """PMIDs matching the term and the revision-date window, most recently published first."""
        term = params.get("term", "")
        lo, hi = _date(params.get("mindate")), _date(params.get("maxdate"))
        by_date = params.get("datetype") == "mdat"
        with self.lock:
            found = [
                r
                for r in self.records.values()
                if matches(r, term)
                and (not by_date or ((lo is None or r.revised >= lo) and (hi is None or r.revised <= hi)))
            ]
        month = {m: i for i, m in enumerate(MONTHS, 1)}
        found.sort(key=lambda r: (r.online or (r.year, month.get(r.month or "", 0)), r.pmid), reverse=True)
        return [r.pmid for r in found]

    # -- server -----------------------------------------------------------------------------
    @property
    def url(self) -> str:
        """Base URL to give the client (what FOLLICLE_EUTILS_URL would hold)."""
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/entrez/eutils/"

    def start(self) -> FakeEUtils:
        """Serve on a free port of 127.0.0.1 in a background thread."""
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                fake.handle(self, "GET", parse_qs(urlparse(self.path).query))

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                fake.handle(self, "POST", parse_qs(body))

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def handle(self, h: BaseHTTPRequestHandler, method: str, raw: dict[str, list[str]]) -> None:
        """Route one request, applying a queued fault first."""
        params = {k: v[-1] for k, v in raw.items()}
        endpoint = urlparse(h.path).path.rsplit("/", 1)[-1]
        with self.lock:
            self.log.append(Logged(time.monotonic(), method, endpoint, params))
            queue = self.faults if endpoint == "efetch.fcgi" else self.search_faults
            fault = queue.popleft() if queue else None
        if endpoint == "efetch.fcgi" and self.delay:
            time.sleep(self.delay)
        if fault == "429":
            return _send(h, 429, b"Too Many Requests", "text/plain", {"Retry-After": "1"})
        if fault == "500":
            return _send(h, 500, b"<html>Internal error</html>", "text/html")
        if endpoint == "esearch.fcgi":
            return self._esearch(h, params, fault)
        if endpoint == "efetch.fcgi":
            return self._efetch(h, params, fault)
        return _send(h, 404, b"unknown endpoint", "text/plain")

    def _esearch(self, h: BaseHTTPRequestHandler, p: dict[str, str], fault: str | None) -> None:
        if not p.get("term", "").strip():
            error = "Empty term and query_key - nothing todo"
            if p.get("retmode") == "json":
                return _send(h, 200, json.dumps({"esearchresult": {"ERROR": error}}).encode(), "application/json")
            return _send(h, 200, f"<eSearchResult><ERROR>{error}</ERROR></eSearchResult>".encode(), "text/xml")
        ids = self.search(p)
        webenv = ""
        if p.get("usehistory") == "y":
            webenv = f"MCID_{len(self.sessions) + 1:04d}"
            with self.lock:
                self.sessions[webenv] = ids
        start, size = int(p.get("retstart", 0)), int(p.get("retmax", 20))
        page = ids[start : start + size]
        if p.get("retmode") == "json":
            result = {"count": str(len(ids)), "retmax": str(len(page)), "retstart": str(start), "idlist": page}
            if webenv:
                result.update(querykey="1", webenv=webenv)
            body = json.dumps({"header": {"type": "esearch", "version": "0.3"}, "esearchresult": result}).encode()
            if fault == "malformed":
                body = body[: len(body) // 2]
            return _send(h, 200, body, "application/json", drop=fault == "drop")
        history = f"<QueryKey>1</QueryKey><WebEnv>{webenv}</WebEnv>" if webenv else ""
        xml = (
            f'<?xml version="1.0" encoding="UTF-8" ?>\n<eSearchResult><Count>{len(ids)}</Count>'
            f"<RetMax>{len(page)}</RetMax><RetStart>{start}</RetStart>{history}<IdList>"
            + "".join(f"<Id>{i}</Id>" for i in page)
            + "</IdList></eSearchResult>\n"
        )
        return _send(h, 200, xml.encode(), "text/xml", drop=fault == "drop")

    def _efetch(self, h: BaseHTTPRequestHandler, p: dict[str, str], fault: str | None) -> None:
        if p.get("id"):
            ids = [i.strip() for i in p["id"].split(",") if i.strip()]
        else:
            ids = self.sessions.get(p.get("WebEnv", ""))
            if ids is None or p.get("query_key") != "1":
                body = b"<eFetchResult><ERROR>Unable to obtain query #1</ERROR></eFetchResult>"
                return _send(h, 200, body, "text/xml")
            start, size = int(p.get("retstart", 0)), int(p.get("retmax", 20))
            ids = ids[start : start + size]
        with self.lock:
            records = [self.records[i] for i in ids if i in self.records]
        if p.get("rettype") == "medline" or p.get("retmode") == "text":
            body = ("\n\n".join(article_medline(r) for r in records) + "\n").encode()
            return _send(h, 200, body, "text/plain", drop=fault == "drop")
        root = Element("PubmedArticleSet")
        root.extend(article_xml(r) for r in records)
        body = (DOCTYPE + tostring(root, encoding="unicode") + "\n").encode()
        if fault == "malformed":
            body = body.replace(b"</ArticleTitle>", b"</ArticleTitel>", 1)
        return _send(h, 200, body, "text/xml", drop=fault == "drop")


def _date(text: str | None) -> tuple[int, int, int] | None:
    if not text:
        return None
    parts = [int(x) for x in re.findall(r"\d+", text)] + [1, 1]
    return parts[0], parts[1], parts[2]


def _send(
    h: BaseHTTPRequestHandler,
    code: int,
    body: bytes,
    ctype: str,
    headers: dict[str, str] | None = None,
    drop: bool = False,
) -> None:
    """Write a response; ``drop`` announces the whole body, sends half of it and hangs up."""
    h.send_response(code)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        h.send_header(key, value)
    h.end_headers()
    if drop:
        h.wfile.write(body[: len(body) // 2])
        h.wfile.flush()
        h.close_connection = True
        h.connection.shutdown(2)
        return
    h.wfile.write(body)
